//! The record of questions the bot could not answer well, for editors.
//!
//! An append-only file of JSON lines (`DATA_DIR/misses.jsonl`), one line per
//! miss: the normalized question, when, the chat kind and why. No user ids
//! or names. Lines are written by one thread and synced to disk after each
//! batch, so a crash loses at most the batch in flight and can tear only the
//! last line, which the reader skips. Counts, first and last seen are worked
//! out when the record is read.
//!
//! The record is rotated by size, as logs are: when `misses.jsonl` would
//! grow past [`Rotation::max_bytes`] it becomes `misses.1.jsonl` (the older
//! ones move up to `misses.2.jsonl` …) and a new one is started; beyond
//! [`Rotation::keep`] old files the oldest is deleted. The reader reads
//! them all, oldest first, so `nmg-bot misses` sees across a rotation.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// The file name under the data directory.
pub const FILE: &str = "misses.jsonl";

/// One line of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Miss {
    /// The normalized question.
    pub text: String,
    /// Seconds since the Unix epoch.
    pub at: u64,
    /// `private`, `group` or `console`.
    pub chat: String,
    /// `no_match`, `missing` (a region without the story) or `low` (answered by resemblance or ambiguously).
    pub why: String,
}

/// A question with its count, as `nmg-bot misses` lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub text: String,
    pub count: u64,
    pub first: u64,
    pub last: u64,
    pub chats: Vec<String>,
    pub why: String,
}

/// When the record is rotated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rotation {
    /// The size at which `misses.jsonl` is rotated.
    pub max_bytes: u64,
    /// How many rotated files are kept.
    pub keep: u32,
}

impl Default for Rotation {
    /// 10 MB a file (about 100,000 misses), five old files kept.
    fn default() -> Rotation {
        Rotation {
            max_bytes: 10 * 1024 * 1024,
            keep: 5,
        }
    }
}

/// The path of the `n`th rotated file, `misses.N.jsonl`; 0 is the current one.
pub fn rotated(dir: &Path, n: u32) -> PathBuf {
    match n {
        0 => dir.join(FILE),
        n => dir.join(format!("misses.{n}.jsonl")),
    }
}

/// Appends misses to the record from a writer thread.
pub struct MissLog {
    dir: PathBuf,
    tx: Mutex<Option<mpsc::Sender<Miss>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

impl MissLog {
    /// Opens (creating) `dir/misses.jsonl` for appending.
    pub fn open(dir: &Path, rotation: Rotation) -> std::io::Result<MissLog> {
        std::fs::create_dir_all(dir)?;
        let file = Current::open(dir, rotation)?;
        let (tx, rx) = mpsc::channel::<Miss>();
        let writer = std::thread::Builder::new()
            .name("misses".into())
            .spawn(move || write_loop(file, rx))?;
        Ok(MissLog {
            dir: dir.to_path_buf(),
            tx: Mutex::new(Some(tx)),
            writer: Mutex::new(Some(writer)),
        })
    }

    /// The directory the record is kept in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Queues a miss; never blocks on the disk.
    pub fn record(&self, miss: Miss) {
        if let Some(tx) = self.tx.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            let _ = tx.send(miss);
        }
    }

    /// Writes what is queued and stops the writer.
    pub fn close(&self) {
        self.tx.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(w) = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = w.join();
        }
    }
}

impl Drop for MissLog {
    fn drop(&mut self) {
        self.close();
    }
}

/// The file being appended to, and what it takes to rotate it.
struct Current {
    dir: PathBuf,
    rotation: Rotation,
    file: File,
    len: u64,
}

impl Current {
    fn open(dir: &Path, rotation: Rotation) -> std::io::Result<Current> {
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(rotated(dir, 0))?;
        let len = file.metadata()?.len();
        Ok(Current {
            dir: dir.to_path_buf(),
            rotation,
            file,
            len,
        })
    }

    fn append(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if self.len > 0 && self.len + buf.len() as u64 > self.rotation.max_bytes {
            self.rotate()?;
        }
        self.file.write_all(buf)?;
        self.file.sync_data()?;
        self.len += buf.len() as u64;
        Ok(())
    }

    /// `misses.jsonl` becomes `misses.1.jsonl`, each older file moves up
    /// one, and the oldest beyond `keep` is deleted.
    fn rotate(&mut self) -> std::io::Result<()> {
        let keep = self.rotation.keep;
        if keep == 0 {
            self.file.set_len(0)?;
        } else {
            let _ = std::fs::remove_file(rotated(&self.dir, keep));
            for n in (0..keep).rev() {
                let from = rotated(&self.dir, n);
                if from.exists() {
                    std::fs::rename(&from, rotated(&self.dir, n + 1))?;
                }
            }
        }
        *self = Current::open(&self.dir, self.rotation)?;
        Ok(())
    }
}

fn write_loop(mut current: Current, rx: mpsc::Receiver<Miss>) {
    while let Ok(first) = rx.recv() {
        // Everything queued meanwhile goes in the same batch, with one sync.
        let mut batch = vec![first];
        batch.extend(rx.try_iter());
        let mut buf = Vec::new();
        for m in &batch {
            if let Ok(line) = serde_json::to_string(m) {
                buf.extend_from_slice(line.as_bytes());
                buf.push(b'\n');
            }
        }
        if let Err(e) = current.append(&buf) {
            log::error!(
                "cannot write the record of misses in {}: {e}",
                current.dir.display()
            );
        }
    }
}

/// Now, in seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Reads the record in `dir` (the current file and the rotated ones),
/// skipping lines that do not parse (a line torn by a crash), and sums it
/// up by question, most frequent first. Only misses at or after `since`
/// (seconds) count. Returns the summary and how many lines were skipped.
pub fn summarize(dir: &Path, since: u64) -> std::io::Result<(Vec<Summary>, usize)> {
    let mut skipped = 0;
    let mut by_text: HashMap<String, Summary> = HashMap::new();
    let mut files: Vec<(u32, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let n = match name.as_str() {
            FILE => Some(0),
            _ => name
                .strip_prefix("misses.")
                .and_then(|r| r.strip_suffix(".jsonl"))
                .and_then(|n| n.parse().ok()),
        };
        if let Some(n) = n {
            files.push((n, entry.path()));
        }
    }
    // Oldest first, so that "first seen" is read before "last seen".
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, path) in files {
        let file = match File::open(&path) {
            Ok(f) => f,
            // Rotated away between listing and opening.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for line in BufReader::new(file).split(b'\n') {
            let line = line?;
            let Ok(m) = serde_json::from_slice::<Miss>(&line) else {
                if !line.iter().all(u8::is_ascii_whitespace) {
                    skipped += 1;
                }
                continue;
            };
            if m.at < since {
                continue;
            }
            let s = by_text.entry(m.text.clone()).or_insert_with(|| Summary {
                text: m.text.clone(),
                count: 0,
                first: m.at,
                last: m.at,
                chats: Vec::new(),
                why: m.why.clone(),
            });
            s.count += 1;
            s.first = s.first.min(m.at);
            s.last = s.last.max(m.at);
            if !s.chats.contains(&m.chat) {
                s.chats.push(m.chat.clone());
            }
        }
    }
    let mut list: Vec<Summary> = by_text.into_values().collect();
    list.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(b.last.cmp(&a.last))
            .then(a.text.cmp(&b.text))
    });
    Ok((list, skipped))
}

/// `YYYY-MM-DD` as seconds since the epoch (midnight UTC).
pub fn parse_date(s: &str) -> Option<u64> {
    let date: jiff::civil::Date = s.trim().parse().ok()?;
    let at = jiff::tz::Offset::UTC
        .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
        .ok()?;
    u64::try_from(at.as_second()).ok()
}

/// Seconds since the epoch as `YYYY-MM-DD` (UTC).
pub fn format_date(secs: u64) -> String {
    let at = i64::try_from(secs)
        .ok()
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or(jiff::Timestamp::MAX);
    jiff::tz::Offset::UTC.to_datetime(at).date().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn miss(text: &str, at: u64) -> Miss {
        Miss {
            text: text.into(),
            at,
            chat: "private".into(),
            why: "no_match".into(),
        }
    }

    #[test]
    fn records_are_summed_up_and_torn_lines_skipped() {
        let dir = std::env::temp_dir().join(format!("nmg-misses-unit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        {
            let log = MissLog::open(&dir, Rotation::default()).unwrap();
            log.record(miss("天气", 100));
            log.record(miss("天气", 300));
            log.record(miss("股票", 200));
        }
        // A crash in the middle of a line.
        let mut f = OpenOptions::new()
            .append(true)
            .open(dir.join(FILE))
            .unwrap();
        f.write_all(b"{\"text\":\"torn").unwrap();
        let (list, skipped) = summarize(&dir, 0).unwrap();
        assert_eq!(skipped, 1);
        assert_eq!(list[0].text, "天气");
        assert_eq!((list[0].count, list[0].first, list[0].last), (2, 100, 300));
        assert_eq!(list[1].text, "股票");
        let (since, _) = summarize(&dir, 250).unwrap();
        assert_eq!(since.len(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_record_rotates_by_size_and_is_read_across_the_rotation() {
        let dir = std::env::temp_dir().join(format!("nmg-misses-rotate-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let rotation = Rotation {
            max_bytes: 400,
            keep: 2,
        };
        for i in 0..40u64 {
            // One at a time, so that each is a batch of its own.
            let log = MissLog::open(&dir, rotation).unwrap();
            log.record(miss(
                if i < 3 {
                    "最早的问题"
                } else {
                    "后来的问题"
                },
                1000 + i,
            ));
            log.close();
        }
        assert!(rotated(&dir, 1).exists() && rotated(&dir, 2).exists());
        assert!(!rotated(&dir, 3).exists(), "only two old files are kept");
        for n in 0..=2 {
            let len = std::fs::metadata(rotated(&dir, n)).unwrap().len();
            assert!(len <= rotation.max_bytes, "file {n}: {len} bytes");
        }
        let (list, _) = summarize(&dir, 0).unwrap();
        // The oldest lines went with the deleted file; what is kept is read
        // across all the files, oldest first.
        let later = list.iter().find(|s| s.text == "后来的问题").unwrap();
        assert_eq!(later.last, 1039);
        let total: u64 = list.iter().map(|s| s.count).sum();
        let lines: usize = (0..=2)
            .map(|n| {
                std::fs::read_to_string(rotated(&dir, n))
                    .unwrap()
                    .lines()
                    .count()
            })
            .sum();
        assert_eq!(total, lines as u64);
        assert!(total > 10);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn dates_round_trip() {
        let t = parse_date("2026-12-01").unwrap();
        assert_eq!(format_date(t), "2026-12-01");
        assert_eq!(format_date(0), "1970-01-01");
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date(" 2024-02-29 "), Some(1_709_164_800));
        assert_eq!(parse_date("yesterday"), None);
    }
}
