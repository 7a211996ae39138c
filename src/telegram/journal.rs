//! The journal of received updates: what makes a stop or a crash lose no
//! question and answer none twice.
//!
//! An update is written here, and synced to disk, before Telegram is told
//! it was received (the next `getUpdates` offset, or the webhook's 200).
//! Its reply is claimed (`s`, synced) just before it is sent, and marked
//! done (`d`) after. At start, updates neither claimed nor done are
//! answered; updates claimed but not done were being sent when the process
//! died, and are *not* sent again: that window (a few milliseconds a reply)
//! can lose a reply but never doubles one (ARCHITECTURE.md, "Decisions").
//!
//! The file is JSON lines in `DATA_DIR/updates.jsonl`, written by one thread
//! that syncs once per batch, so that many chats' receipts, claims and done
//! marks share one sync. It
//! is rewritten with only the open entries when it grows past
//! [`COMPACT_AT`], and at every start. The ids of recent updates are kept,
//! so that an update Telegram delivers again (it was journaled, but the
//! process died before the offset told Telegram so) is recognised.
//! `DATA_DIR/updates.lock` keeps a second bot off the same journal.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;

use serde_json::{Value, json};

/// The journal's file name under the data directory.
pub const FILE: &str = "updates.jsonl";
const LOCK: &str = "updates.lock";
/// The file is rewritten with only its open entries past this size.
pub const COMPACT_AT: u64 = 4 << 20;
/// How many recent update ids are remembered to recognise a redelivery.
/// Telegram redelivers at most one `getUpdates` batch (100); a webhook
/// retries one update at a time.
const SEEN_KEEP: usize = 10_000;

/// An update recovered from the journal at start.
#[derive(Debug, Clone)]
pub struct Pending {
    pub id: i64,
    /// When it was received, in seconds since the Unix epoch.
    pub at: u64,
    pub update: Value,
}

/// What the journal held at start.
#[derive(Debug, Default)]
pub struct Recovered {
    /// Updates to answer now, oldest first.
    pub pending: Vec<Pending>,
    /// Updates whose reply was being sent when the process died: not sent again.
    pub uncertain: Vec<i64>,
    /// Lines that could not be read (a write cut short by a crash).
    pub skipped: usize,
}

/// The journal. Without a data directory it keeps only the recent ids.
pub struct Journal {
    seen: Arc<Mutex<Seen>>,
    disk: Option<Disk>,
}

struct Disk {
    path: PathBuf,
    tx: Mutex<Option<mpsc::Sender<Op>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
    /// Held for the life of the journal: one bot per data directory.
    _lock: File,
}

#[derive(Default)]
struct Seen {
    ids: HashSet<i64>,
    order: VecDeque<i64>,
}

impl Seen {
    /// Remembers `id`; false if it was already known.
    fn insert(&mut self, id: i64) -> bool {
        if !self.ids.insert(id) {
            return false;
        }
        self.order.push_back(id);
        while self.order.len() > SEEN_KEEP {
            if let Some(old) = self.order.pop_front() {
                self.ids.remove(&old);
            }
        }
        true
    }

    fn forget(&mut self, id: i64) {
        if self.ids.remove(&id) {
            self.order.retain(|x| *x != id);
        }
    }
}

type Ack = tokio::sync::oneshot::Sender<io::Result<()>>;

enum Op {
    /// New updates: `(id, line)`; synced before the ack.
    Received(Vec<(i64, String)>, Ack),
    /// Replies about to be sent; synced before the ack.
    Sending(Vec<i64>, Ack),
    /// Sends that certainly did not happen: the updates are open again.
    Cleared(Vec<i64>),
    Done(Vec<i64>),
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Journal {
    /// A journal that keeps nothing on disk: updates in flight are lost
    /// with the process. For tests and for running without `DATA_DIR`.
    pub fn in_memory() -> Journal {
        Journal {
            seen: Arc::default(),
            disk: None,
        }
    }

    /// Opens (creating) the journal in `dir` and returns what it held.
    pub fn open(dir: &Path) -> io::Result<(Journal, Recovered)> {
        Journal::open_compacting_at(dir, COMPACT_AT)
    }

    /// [`Journal::open`], compacting past `compact_at` bytes.
    fn open_compacting_at(dir: &Path, compact_at: u64) -> io::Result<(Journal, Recovered)> {
        std::fs::create_dir_all(dir)?;
        let lock_file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK))?;
        match lock_file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "{} is in use by another running nmg-bot",
                        dir.join(FILE).display()
                    ),
                ));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        let path = dir.join(FILE);
        let (mut entries, seen_ids, skipped) = read(&path)?;
        let mut recovered = Recovered {
            skipped,
            ..Recovered::default()
        };
        let mut seen = Seen::default();
        for id in seen_ids {
            seen.insert(id);
        }
        let mut open = BTreeMap::new();
        for (id, entry) in std::mem::take(&mut entries) {
            seen.insert(id);
            match entry.state {
                State::Done => {}
                State::Sending => recovered.uncertain.push(id),
                State::Received => {
                    let Some(line) = entry.line else { continue };
                    if let Ok(v) = serde_json::from_str::<Value>(&line) {
                        recovered.pending.push(Pending {
                            id,
                            at: v["t"].as_u64().unwrap_or(0),
                            update: v["u"].clone(),
                        });
                        open.insert(
                            id,
                            Open {
                                line,
                                sending: false,
                            },
                        );
                    }
                }
            }
        }
        let mut file = compact(&path, &open, &seen)?;
        file.flush()?;
        let bytes = file.metadata()?.len();
        let seen = Arc::new(Mutex::new(seen));
        let (tx, rx) = mpsc::channel();
        let writer = {
            let seen = Arc::clone(&seen);
            let path = path.clone();
            std::thread::Builder::new()
                .name("journal".into())
                .spawn(move || {
                    Writer {
                        file,
                        path,
                        open,
                        seen,
                        bytes,
                        compact_at,
                    }
                    .run(rx)
                })?
        };
        Ok((
            Journal {
                seen,
                disk: Some(Disk {
                    path,
                    tx: Mutex::new(Some(tx)),
                    writer: Mutex::new(Some(writer)),
                    _lock: lock_file,
                }),
            },
            recovered,
        ))
    }

    /// Where the journal is kept, if on disk.
    pub fn path(&self) -> Option<&Path> {
        self.disk.as_ref().map(|d| d.path.as_path())
    }

    /// Records updates as received, durably, and returns the ids of those
    /// not seen before (a redelivered update is dropped here). Only after
    /// this returns may Telegram be told they were received.
    pub async fn received(&self, updates: &[(i64, &Value)]) -> io::Result<Vec<i64>> {
        let fresh: Vec<(i64, &Value)> = {
            let mut seen = lock(&self.seen);
            updates
                .iter()
                .filter(|(id, _)| seen.insert(*id))
                .copied()
                .collect()
        };
        if fresh.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i64> = fresh.iter().map(|(id, _)| *id).collect();
        let Some(disk) = &self.disk else {
            return Ok(ids);
        };
        let now = crate::misses::now();
        let lines = fresh
            .iter()
            .map(|(id, update)| {
                let mut update = (*update).clone();
                crate::privacy::mask_update(&mut update);
                (*id, json!({ "r": id, "t": now, "u": update }).to_string())
            })
            .collect();
        let result = disk.ask(|ack| Op::Received(lines, ack)).await;
        if result.is_err() {
            // Not journaled: Telegram will deliver them again.
            let mut seen = lock(&self.seen);
            for id in &ids {
                seen.forget(*id);
            }
        }
        result.map(|()| ids)
    }

    /// Claims the replies to `ids`, durably, before they are sent: after a
    /// crash they are not sent again.
    pub async fn sending(&self, ids: &[i64]) -> io::Result<()> {
        match &self.disk {
            Some(disk) => disk.ask(|ack| Op::Sending(ids.to_vec(), ack)).await,
            None => Ok(()),
        }
    }

    /// The replies to `ids` were certainly not sent (given up at a stop):
    /// they are answered after the restart.
    pub fn cleared(&self, ids: &[i64]) {
        if let Some(disk) = &self.disk {
            disk.send(Op::Cleared(ids.to_vec()));
        }
    }

    /// `ids` need nothing more.
    pub fn done(&self, ids: &[i64]) {
        if let Some(disk) = &self.disk {
            disk.send(Op::Done(ids.to_vec()));
        }
    }

    /// Writes what is queued, syncs, and stops the writer.
    pub fn close(&self) {
        if let Some(disk) = &self.disk {
            lock(&disk.tx).take();
            if let Some(w) = lock(&disk.writer).take() {
                let _ = w.join();
            }
        }
    }
}

impl Drop for Journal {
    fn drop(&mut self) {
        self.close();
    }
}

impl Disk {
    fn send(&self, op: Op) {
        if let Some(tx) = lock(&self.tx).as_ref() {
            let _ = tx.send(op);
        }
    }

    async fn ask(&self, op: impl FnOnce(Ack) -> Op) -> io::Result<()> {
        let (ack, done) = tokio::sync::oneshot::channel();
        let sent = match lock(&self.tx).as_ref() {
            Some(tx) => tx.send(op(ack)).is_ok(),
            None => false,
        };
        if !sent {
            return Err(io::Error::other("the journal is closed"));
        }
        done.await
            .unwrap_or_else(|_| Err(io::Error::other("the journal writer stopped")))
    }
}

/// An entry not yet done, as the writer keeps it for compaction.
struct Open {
    /// Its `r` line.
    line: String,
    sending: bool,
}

struct Writer {
    file: File,
    path: PathBuf,
    open: BTreeMap<i64, Open>,
    seen: Arc<Mutex<Seen>>,
    bytes: u64,
    compact_at: u64,
}

impl Writer {
    fn run(mut self, rx: mpsc::Receiver<Op>) {
        while let Ok(first) = rx.recv() {
            let mut batch = vec![first];
            batch.extend(rx.try_iter());
            let mut buf = String::new();
            let mut acks = Vec::new();
            for op in batch {
                match op {
                    Op::Received(lines, ack) => {
                        for (id, line) in lines {
                            buf.push_str(&line);
                            buf.push('\n');
                            self.open.insert(
                                id,
                                Open {
                                    line,
                                    sending: false,
                                },
                            );
                        }
                        acks.push(ack);
                    }
                    Op::Sending(ids, ack) => {
                        for id in ids {
                            buf.push_str(&format!("{{\"s\":{id}}}\n"));
                            if let Some(o) = self.open.get_mut(&id) {
                                o.sending = true;
                            }
                        }
                        acks.push(ack);
                    }
                    Op::Cleared(ids) => {
                        for id in ids {
                            buf.push_str(&format!("{{\"c\":{id}}}\n"));
                            if let Some(o) = self.open.get_mut(&id) {
                                o.sending = false;
                            }
                        }
                    }
                    Op::Done(ids) => {
                        for id in ids {
                            buf.push_str(&format!("{{\"d\":{id}}}\n"));
                            self.open.remove(&id);
                        }
                    }
                }
            }
            // Every batch is synced: receipts and claims are waited for;
            // done marks are not, but synced soon they keep a crash from
            // counting replies already sent as uncertain.
            let mut result = self.file.write_all(buf.as_bytes());
            if result.is_ok() {
                result = self.file.sync_data();
            }
            self.bytes += buf.len() as u64;
            if let Err(e) = &result {
                log::error!("cannot write the journal {}: {e}", self.path.display());
            }
            for ack in acks {
                let _ = ack.send(match &result {
                    Ok(()) => Ok(()),
                    Err(e) => Err(io::Error::new(e.kind(), e.to_string())),
                });
            }
            if self.bytes > self.compact_at {
                let seen = lock(&self.seen);
                match compact(&self.path, &self.open, &seen) {
                    Ok(file) => {
                        self.bytes = file.metadata().map_or(0, |m| m.len());
                        self.file = file;
                    }
                    Err(e) => {
                        log::error!("cannot compact the journal {}: {e}", self.path.display())
                    }
                }
            }
        }
        if let Err(e) = self.file.sync_all() {
            log::error!("cannot sync the journal {}: {e}", self.path.display());
        }
        if !self.open.is_empty() {
            log::info!(
                "{} update(s) kept in {} for the next start",
                self.open.len(),
                self.path.display()
            );
        }
    }
}

/// Rewrites the journal with the recent ids and the open entries only, and
/// returns it open for appending. Atomic: a crash leaves the old file or
/// the new one.
fn compact(path: &Path, open: &BTreeMap<i64, Open>, seen: &Seen) -> io::Result<File> {
    let tmp = path.with_extension("jsonl.tmp");
    {
        let mut out = io::BufWriter::new(File::create(&tmp)?);
        let ids: Vec<i64> = seen.order.iter().copied().collect();
        writeln!(out, "{}", json!({ "seen": ids }))?;
        for (id, o) in open {
            writeln!(out, "{}", o.line)?;
            if o.sending {
                writeln!(out, "{{\"s\":{id}}}")?;
            }
        }
        out.flush()?;
        out.get_ref().sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(dir)
    {
        // The rename is durable once the directory is.
        let _ = d.sync_all();
    }
    OpenOptions::new().append(true).open(path)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Received,
    Sending,
    Done,
}

struct Entry {
    line: Option<String>,
    state: State,
}

/// Reads the journal: each update's last state, the remembered ids, and how
/// many lines could not be read.
#[allow(clippy::type_complexity)]
fn read(path: &Path) -> io::Result<(BTreeMap<i64, Entry>, Vec<i64>, usize)> {
    let mut entries: BTreeMap<i64, Entry> = BTreeMap::new();
    let mut seen = Vec::new();
    let mut skipped = 0;
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((entries, seen, 0)),
        Err(e) => return Err(e),
    };
    for line in BufReader::new(file).split(b'\n') {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let Ok(v) = serde_json::from_slice::<Value>(&line) else {
            skipped += 1;
            continue;
        };
        if let Some(ids) = v["seen"].as_array() {
            seen.extend(ids.iter().filter_map(Value::as_i64));
        } else if let Some(id) = v["r"].as_i64() {
            entries.insert(
                id,
                Entry {
                    line: Some(String::from_utf8_lossy(&line).into_owned()),
                    state: State::Received,
                },
            );
        } else {
            let mark = [
                ("s", State::Sending),
                ("c", State::Received),
                ("d", State::Done),
            ]
            .into_iter()
            .find_map(|(key, state)| v[key].as_i64().map(|id| (id, state)));
            match mark {
                Some((id, state)) => {
                    if let Some(e) = entries.get_mut(&id) {
                        e.state = state;
                    } else if state == State::Done {
                        seen.push(id);
                    }
                }
                None => skipped += 1,
            }
        }
    }
    Ok((entries, seen, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("nmg-journal-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    fn update(id: i64) -> Value {
        json!({ "update_id": id, "message": { "text": format!("问题{id}，电话13812345678") } })
    }

    #[tokio::test]
    async fn open_updates_come_back_claimed_ones_do_not_and_none_twice() {
        let d = dir("states");
        {
            let (journal, recovered) = Journal::open(&d).unwrap();
            assert!(recovered.pending.is_empty());
            let (u1, u2, u3, u4) = (update(1), update(2), update(3), update(4));
            let fresh = journal
                .received(&[(1, &u1), (2, &u2), (3, &u3), (4, &u4)])
                .await
                .unwrap();
            assert_eq!(fresh, [1, 2, 3, 4]);
            // Delivered again: not fresh.
            assert!(journal.received(&[(2, &u2)]).await.unwrap().is_empty());
            journal.sending(&[1]).await.unwrap();
            journal.done(&[1]);
            journal.sending(&[2]).await.unwrap();
            journal.sending(&[4]).await.unwrap();
            journal.cleared(&[4]);
            journal.close();
        }
        let (journal, recovered) = Journal::open(&d).unwrap();
        let pending: Vec<i64> = recovered.pending.iter().map(|p| p.id).collect();
        assert_eq!(pending, [3, 4]);
        assert_eq!(recovered.uncertain, [2]);
        // The personal number was masked before it was written.
        let text = recovered.pending[0].update["message"]["text"]
            .as_str()
            .unwrap();
        assert!(!text.contains("13812345678"), "{text}");
        // Ids seen before the restart are still recognised.
        let u1 = update(1);
        assert!(journal.received(&[(1, &u1)]).await.unwrap().is_empty());
        drop(journal);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[tokio::test]
    async fn a_torn_last_line_is_skipped_and_a_second_bot_is_refused() {
        let d = dir("torn");
        {
            let (journal, _) = Journal::open(&d).unwrap();
            let u = update(7);
            journal.received(&[(7, &u)]).await.unwrap();
            assert!(Journal::open(&d).is_err(), "the journal is locked");
            journal.close();
        }
        let mut f = OpenOptions::new().append(true).open(d.join(FILE)).unwrap();
        f.write_all(b"{\"r\":8,\"t\":1,\"u\":{\"upd").unwrap();
        drop(f);
        let (_, recovered) = Journal::open(&d).unwrap();
        assert_eq!(recovered.skipped, 1);
        assert_eq!(recovered.pending.len(), 1);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[tokio::test]
    async fn the_file_is_compacted_to_its_open_entries() {
        let d = dir("compact");
        let limit = 64 << 10;
        let (journal, _) = Journal::open_compacting_at(&d, limit).unwrap();
        let big = json!({ "message": { "text": "长".repeat(500) } });
        let kept = 1;
        journal.received(&[(kept, &big)]).await.unwrap();
        // Three times the limit, all done but the first.
        for id in 2..(3 * limit as i64 / 1500) {
            journal.received(&[(id, &big)]).await.unwrap();
            journal.done(&[id]);
        }
        journal.close();
        let size = std::fs::metadata(d.join(FILE)).unwrap().len();
        assert!(size < 2 * limit, "{size}");
        drop(journal);
        let (_, recovered) = Journal::open(&d).unwrap();
        assert_eq!(
            recovered.pending.iter().map(|p| p.id).collect::<Vec<_>>(),
            [kept]
        );
        let _ = std::fs::remove_dir_all(&d);
    }
}
