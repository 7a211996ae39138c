//! Usage figures behind `/stats`: questions, the share answered, the most
//! asked stories and points, the most frequent misses.
//!
//! Counted in memory (atomics and dashmaps, no lock on the answering path)
//! and, when the bot has a data directory, kept in `DATA_DIR/stats.json`
//! so that they survive a restart. The file is written whole to a
//! temporary file, synced and renamed over the old one, so a crash leaves
//! either the old figures or the new, never a torn file; a file that does
//! not parse anyway (edited by hand, a disk fault) is reported, set aside as
//! `stats.json.corrupt` and the figures start afresh — never a crash.
//! A writer thread saves at most every [`SAVE_EVERY`] while figures change,
//! and once more on [`Figures::close`].

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use dashmap::DashMap;
use serde::{Deserialize, Serialize};

/// The file name under the data directory.
pub const FILE: &str = "stats.json";

/// How often, at most, changed figures are written out.
pub const SAVE_EVERY: Duration = Duration::from_secs(5);

/// Distinct miss texts kept; beyond it the rarest are forgotten, so that a
/// flood of random text cannot grow the figures without bound.
const MAX_MISS_TEXTS: usize = 5_000;

/// How many entries of each top list the file keeps.
const KEEP: usize = 1_000;

/// The figures, counted as questions are answered.
pub struct Figures {
    counts: Arc<Counts>,
    started: Instant,
    writer: Mutex<Option<Writer>>,
}

#[derive(Default)]
struct Counts {
    /// When counting began (seconds since the epoch), across restarts.
    since: AtomicU64,
    questions: AtomicU64,
    answered: AtomicU64,
    topics: DashMap<String, u64>,
    facts: DashMap<String, u64>,
    misses: DashMap<String, u64>,
    dirty: AtomicBool,
}

struct Writer {
    stop: mpsc::Sender<()>,
    thread: JoinHandle<()>,
}

/// The figures as the file holds them.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
struct Saved {
    since: u64,
    questions: u64,
    answered: u64,
    topics: BTreeMap<String, u64>,
    facts: BTreeMap<String, u64>,
    misses: BTreeMap<String, u64>,
}

impl Figures {
    /// Figures that live only as long as the process (tests, `ask --record`
    /// without a data directory).
    pub fn in_memory() -> Figures {
        let counts = Counts::default();
        counts.since.store(crate::misses::now(), Ordering::Relaxed);
        Figures {
            counts: Arc::new(counts),
            started: Instant::now(),
            writer: Mutex::new(None),
        }
    }

    /// Figures kept in `dir/stats.json`: read back if the file is there,
    /// and saved from now on. A file that cannot be read is reported and
    /// set aside; the figures then start afresh.
    pub fn open(dir: &Path) -> std::io::Result<Figures> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(FILE);
        let saved = match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<Saved>(&bytes) {
                Ok(saved) => saved,
                Err(e) => {
                    let aside = dir.join(format!("{FILE}.corrupt"));
                    log::warn!(
                        "usage figures in {} cannot be read ({e}); set aside as {} and started afresh",
                        path.display(),
                        aside.display()
                    );
                    let _ = std::fs::rename(&path, &aside);
                    Saved::default()
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Saved::default(),
            Err(e) => return Err(e),
        };
        let counts = Arc::new(Counts::from(saved));
        if counts.since.load(Ordering::Relaxed) == 0 {
            counts.since.store(crate::misses::now(), Ordering::Relaxed);
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = {
            let counts = counts.clone();
            std::thread::Builder::new()
                .name("figures".into())
                .spawn(move || save_loop(&counts, &path, stopped))?
        };
        Ok(Figures {
            counts,
            started: Instant::now(),
            writer: Mutex::new(Some(Writer { stop, thread })),
        })
    }

    /// Counts a question and whether it was answered, and by what.
    pub fn question(&self, answered: Option<(&str, Option<&str>)>) {
        let c = &self.counts;
        c.questions.fetch_add(1, Ordering::Relaxed);
        if let Some((topic, fact)) = answered {
            c.answered.fetch_add(1, Ordering::Relaxed);
            bump(&c.topics, topic);
            if let Some(f) = fact {
                bump(&c.facts, &format!("{topic}/{f}"));
            }
        }
        c.dirty.store(true, Ordering::Relaxed);
    }

    /// Counts a story opened by a button.
    pub fn opened(&self, topic: &str) {
        bump(&self.counts.topics, topic);
        self.counts.dirty.store(true, Ordering::Relaxed);
    }

    /// Counts a question the bot could not answer well, by its normalized text.
    pub fn miss(&self, text: &str) {
        let misses = &self.counts.misses;
        if misses.len() >= MAX_MISS_TEXTS && !misses.contains_key(text) {
            // Forget the questions asked once; if all were asked more
            // often, this one is not kept.
            misses.retain(|_, n| *n > 1);
            if misses.len() >= MAX_MISS_TEXTS {
                return;
            }
        }
        bump(misses, text);
        self.counts.dirty.store(true, Ordering::Relaxed);
    }

    /// `/stats`: the lines of the report, before the knowledge's own line.
    pub fn report(&self, knowledge: &str) -> String {
        let c = &self.counts;
        let q = c.questions.load(Ordering::Relaxed);
        let a = c.answered.load(Ordering::Relaxed);
        let share = if q == 0 {
            0.0
        } else {
            100.0 * a as f64 / q as f64
        };
        let mut lines = vec![
            format!("运行时间：{}", uptime(self.started.elapsed())),
            format!(
                "统计自 {} 起（重启不清零）",
                crate::misses::format_date(c.since.load(Ordering::Relaxed))
            ),
            format!("问题：{q}，答上：{a}（{share:.0}%）"),
            knowledge.to_string(),
        ];
        push_top(&mut lines, "最常问的报道", &c.topics, 5);
        push_top(&mut lines, "最常问的要点", &c.facts, 5);
        push_top(&mut lines, "最常见的没答上的问题", &c.misses, 5);
        lines.join("\n")
    }

    /// Saves the figures a last time and stops the writer.
    pub fn close(&self) {
        let writer = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(w) = writer {
            let _ = w.stop.send(());
            let _ = w.thread.join();
        }
    }
}

impl Drop for Figures {
    fn drop(&mut self) {
        self.close();
    }
}

impl From<Saved> for Counts {
    fn from(s: Saved) -> Counts {
        Counts {
            since: AtomicU64::new(s.since),
            questions: AtomicU64::new(s.questions),
            answered: AtomicU64::new(s.answered),
            topics: s.topics.into_iter().collect(),
            facts: s.facts.into_iter().collect(),
            misses: s.misses.into_iter().collect(),
            dirty: AtomicBool::new(false),
        }
    }
}

impl Counts {
    fn snapshot(&self) -> Saved {
        Saved {
            since: self.since.load(Ordering::Relaxed),
            questions: self.questions.load(Ordering::Relaxed),
            answered: self.answered.load(Ordering::Relaxed),
            topics: top(&self.topics, KEEP),
            facts: top(&self.facts, KEEP),
            misses: top(&self.misses, KEEP),
        }
    }
}

fn save_loop(counts: &Counts, path: &Path, stopped: mpsc::Receiver<()>) {
    loop {
        let last = match stopped.recv_timeout(SAVE_EVERY) {
            Err(mpsc::RecvTimeoutError::Timeout) => false,
            // Asked to stop, or the owner is gone: save once more and end.
            _ => true,
        };
        if counts.dirty.swap(false, Ordering::Relaxed)
            && let Err(e) = save(&counts.snapshot(), path)
        {
            counts.dirty.store(true, Ordering::Relaxed);
            log::error!("cannot save the usage figures to {}: {e}", path.display());
        }
        if last {
            return;
        }
    }
}

/// Writes `saved` to `path` atomically: a temporary file beside it, synced,
/// then renamed over it.
fn save(saved: &Saved, path: &Path) -> std::io::Result<()> {
    let tmp: PathBuf = path.with_extension("json.tmp");
    {
        let mut f = File::create(&tmp)?;
        f.write_all(&serde_json::to_vec(saved)?)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    // The rename itself is durable once the directory is synced.
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(())
}

fn bump(counts: &DashMap<String, u64>, key: &str) {
    match counts.get_mut(key) {
        Some(mut n) => *n += 1,
        None => *counts.entry(key.to_string()).or_default() += 1,
    }
}

/// The `n` largest counts, ties by key.
fn sorted(counts: &DashMap<String, u64>) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = counts
        .iter()
        .map(|e| (e.key().clone(), *e.value()))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

fn top(counts: &DashMap<String, u64>, n: usize) -> BTreeMap<String, u64> {
    sorted(counts).into_iter().take(n).collect()
}

fn push_top(lines: &mut Vec<String>, title: &str, counts: &DashMap<String, u64>, n: usize) {
    let v = sorted(counts);
    if v.is_empty() {
        return;
    }
    lines.push(format!("{title}："));
    for (k, c) in v.into_iter().take(n) {
        lines.push(format!("  {c} × {k}"));
    }
}

fn uptime(d: Duration) -> String {
    let s = d.as_secs();
    format!(
        "{}天{}小时{}分{}秒",
        s / 86_400,
        s / 3600 % 24,
        s / 60 % 60,
        s % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Dir(PathBuf);

    impl Dir {
        fn new(name: &str) -> Dir {
            let dir =
                std::env::temp_dir().join(format!("nmg-figures-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            Dir(dir)
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn figures_survive_a_restart() {
        let dir = Dir::new("restart");
        {
            let f = Figures::open(&dir.0).unwrap();
            f.question(Some(("hulunbuir-hulunhu", Some("fish"))));
            f.question(None);
            f.miss("今天股市怎么样");
            f.close();
        }
        let f = Figures::open(&dir.0).unwrap();
        let report = f.report("");
        assert!(report.contains("问题：2，答上：1（50%）"), "{report}");
        assert!(report.contains("1 × hulunbuir-hulunhu/fish"), "{report}");
        assert!(report.contains("今天股市怎么样"), "{report}");
    }

    #[test]
    fn a_torn_or_corrupt_file_is_set_aside_and_counting_starts_afresh() {
        let dir = Dir::new("corrupt");
        std::fs::create_dir_all(&dir.0).unwrap();
        std::fs::write(dir.0.join(FILE), b"{\"since\": 17, \"questi").unwrap();
        let f = Figures::open(&dir.0).unwrap();
        assert!(f.report("").contains("问题：0，答上：0"));
        assert!(dir.0.join(format!("{FILE}.corrupt")).exists());
        f.question(None);
        f.close();
        let saved: Saved =
            serde_json::from_slice(&std::fs::read(dir.0.join(FILE)).unwrap()).unwrap();
        assert_eq!(saved.questions, 1);
    }

    #[test]
    fn miss_texts_stay_bounded() {
        let f = Figures::in_memory();
        f.miss("常见问题");
        f.miss("常见问题");
        for i in 0..(MAX_MISS_TEXTS * 2) {
            f.miss(&format!("随机{i}"));
        }
        assert!(f.counts.misses.len() <= MAX_MISS_TEXTS);
        assert_eq!(f.counts.misses.get("常见问题").map(|n| *n), Some(2));
    }
}
