//! The record of questions the bot could not answer well, for editors.
//!
//! An append-only file of JSON lines (`DATA_DIR/misses.jsonl`), one line per
//! miss: the normalized question, when, the chat kind and why. No user ids
//! or names. Lines are written by one thread and synced to disk after each
//! batch, so a crash loses at most the batch in flight and can tear only the
//! last line, which the reader skips. Counts, first and last seen are worked
//! out when the file is read.

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

/// Appends misses to the record from a writer thread.
pub struct MissLog {
    path: PathBuf,
    tx: Mutex<Option<mpsc::Sender<Miss>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

impl MissLog {
    /// Opens (creating) `dir/misses.jsonl` for appending.
    pub fn open(dir: &Path) -> std::io::Result<MissLog> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(FILE);
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        let (tx, rx) = mpsc::channel::<Miss>();
        let shown = path.display().to_string();
        let writer = std::thread::Builder::new()
            .name("misses".into())
            .spawn(move || write_loop(file, rx, &shown))?;
        Ok(MissLog {
            path,
            tx: Mutex::new(Some(tx)),
            writer: Mutex::new(Some(writer)),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
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

fn write_loop(mut file: File, rx: mpsc::Receiver<Miss>, path: &str) {
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
        if let Err(e) = file.write_all(&buf).and_then(|_| file.sync_data()) {
            log::error!("cannot write the record of misses {path}: {e}");
        }
    }
}

/// Now, in seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Reads the record, skipping lines that do not parse (a line torn by a
/// crash), and sums it up by question, most frequent first. Only misses at or
/// after `since` (seconds) count.
pub fn summarize(path: &Path, since: u64) -> std::io::Result<(Vec<Summary>, usize)> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(e),
    };
    let mut skipped = 0;
    let mut by_text: HashMap<String, Summary> = HashMap::new();
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
    let at = date.to_zoned(jiff::tz::TimeZone::UTC).ok()?.timestamp();
    u64::try_from(at.as_second()).ok()
}

/// Seconds since the epoch as `YYYY-MM-DD` (UTC).
pub fn format_date(secs: u64) -> String {
    let at = i64::try_from(secs)
        .ok()
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .unwrap_or(jiff::Timestamp::MAX);
    at.to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
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
            let log = MissLog::open(&dir).unwrap();
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
        let (list, skipped) = summarize(&dir.join(FILE), 0).unwrap();
        assert_eq!(skipped, 1);
        assert_eq!(list[0].text, "天气");
        assert_eq!((list[0].count, list[0].first, list[0].last), (2, 100, 300));
        assert_eq!(list[1].text, "股票");
        let (since, _) = summarize(&dir.join(FILE), 250).unwrap();
        assert_eq!(since.len(), 1);
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
