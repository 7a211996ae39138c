//! The bot's shared state, the same for Telegram and the console: the engine
//! (swapped whole when the knowledge is reloaded), where the knowledge comes
//! from, usage figures, the record of misses, and who the admins are.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use dashmap::DashMap;

use crate::chat::{ChatKind, Memory};
use crate::engine::{Answer, AnswerKind, Engine};
use crate::knowledge::{self, LoadError, Problem};
use crate::misses::{self, Miss, MissLog};
use crate::text::normalize;

/// Where the knowledge comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A directory, watched and reloadable.
    Dir(PathBuf),
    /// The copy compiled into the binary.
    Bundled,
}

/// What a reload did.
#[derive(Debug)]
pub enum Reloaded {
    /// The new knowledge is being served.
    Ok { topics: usize, facts: usize },
    /// The files have problems; the last good knowledge is still served.
    Invalid(Vec<Problem>),
    /// The directory could not be read; the last good knowledge is still served.
    Unreadable(String),
    /// Nothing to reload: the knowledge is bundled.
    Bundled,
}

pub struct Service {
    engine: ArcSwap<Engine>,
    source: Source,
    admins: Vec<u64>,
    misses: Option<MissLog>,
    started: Instant,
    questions: AtomicU64,
    answered: AtomicU64,
    topics: DashMap<String, u64>,
    facts: DashMap<String, u64>,
    /// Misses since start, by normalized text.
    recent_misses: DashMap<String, u64>,
    /// What each conversation is about.
    memory: Memory,
    /// Reloads attempted so far, good or bad; waited on by tests and tools.
    reloads: (Mutex<u64>, Condvar),
    /// Reloads that kept the last good knowledge (invalid or unreadable).
    reloads_failed: AtomicU64,
    /// Held while a reload runs: two at once would only do the work twice.
    reloading: Mutex<()>,
    /// Questions recorded as missed since start.
    misses_count: AtomicU64,
}

/// Counts of what the service did since start, for metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub questions: u64,
    pub answered: u64,
    pub misses: u64,
    pub reloads: u64,
    pub reloads_failed: u64,
}

impl Service {
    pub fn new(engine: Engine) -> Service {
        Service {
            engine: ArcSwap::from_pointee(engine),
            source: Source::Bundled,
            admins: Vec::new(),
            misses: None,
            started: Instant::now(),
            questions: AtomicU64::new(0),
            answered: AtomicU64::new(0),
            topics: DashMap::new(),
            facts: DashMap::new(),
            recent_misses: DashMap::new(),
            reloads: (Mutex::new(0), Condvar::new()),
            reloads_failed: AtomicU64::new(0),
            reloading: Mutex::new(()),
            misses_count: AtomicU64::new(0),
            memory: Memory::default(),
        }
    }

    /// The conversations' memory, for follow-up questions.
    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    pub fn with_source(mut self, source: Source) -> Service {
        self.source = source;
        self
    }

    pub fn with_admins(mut self, admins: Vec<u64>) -> Service {
        self.admins = admins;
        self
    }

    pub fn with_misses(mut self, log: MissLog) -> Service {
        self.misses = Some(log);
        self
    }

    /// The engine as it is now; a reload swaps it whole, so a question in
    /// flight keeps the one it started with.
    pub fn engine(&self) -> Arc<Engine> {
        self.engine.load_full()
    }

    pub fn source(&self) -> &Source {
        &self.source
    }

    pub fn is_admin(&self, user: Option<u64>) -> bool {
        user.is_some_and(|u| self.admins.contains(&u))
    }

    /// Loads the knowledge directory again and swaps it in, only if every
    /// file is valid.
    /// Blocks while the directory is read and the index built: call it off
    /// the async runtime's threads. Reloads run one at a time.
    pub fn reload(&self) -> Reloaded {
        let result = {
            let _one_at_a_time = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
            self.load_again()
        };
        if matches!(result, Reloaded::Invalid(_) | Reloaded::Unreadable(_)) {
            self.reloads_failed.fetch_add(1, Ordering::Relaxed);
        }
        let (count, changed) = &self.reloads;
        *count.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        changed.notify_all();
        result
    }

    /// How many reloads have been attempted.
    pub fn reload_count(&self) -> u64 {
        *self.reloads.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// What the service did since start.
    pub fn counts(&self) -> Counts {
        Counts {
            questions: self.questions.load(Ordering::Relaxed),
            answered: self.answered.load(Ordering::Relaxed),
            misses: self.misses_count.load(Ordering::Relaxed),
            reloads: self.reload_count(),
            reloads_failed: self.reloads_failed.load(Ordering::Relaxed),
        }
    }

    /// Waits until more than `seen` reloads have been attempted, or until
    /// `timeout`; returns whether one was.
    pub fn wait_for_reload(&self, seen: u64, timeout: Duration) -> bool {
        let (count, changed) = &self.reloads;
        let guard = count.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, _) = changed
            .wait_timeout_while(guard, timeout, |n| *n <= seen)
            .unwrap_or_else(|e| e.into_inner());
        *guard > seen
    }

    fn load_again(&self) -> Reloaded {
        let Source::Dir(dir) = &self.source else {
            return Reloaded::Bundled;
        };
        match knowledge::load(dir) {
            Ok(kb) => {
                let (topics, facts) = (kb.topics.len(), kb.fact_count());
                self.engine.store(Arc::new(Engine::new(kb)));
                log::info!(
                    "knowledge reloaded from {}: {topics} topics, {facts} facts",
                    dir.display()
                );
                Reloaded::Ok { topics, facts }
            }
            Err(LoadError::Invalid(problems)) => {
                log::error!(
                    "knowledge in {} has {} problem(s); still serving the last good knowledge",
                    dir.display(),
                    problems.len()
                );
                for p in &problems {
                    log::error!("{p}");
                }
                Reloaded::Invalid(problems)
            }
            Err(e) => {
                log::error!("{e}; still serving the last good knowledge");
                Reloaded::Unreadable(e.to_string())
            }
        }
    }

    /// Counts a question and its answer, and records it if it was missed or
    /// answered with low confidence.
    pub fn record(&self, question: &str, answer: &Answer, chat: &str) {
        self.questions.fetch_add(1, Ordering::Relaxed);
        if answer.matched {
            self.answered.fetch_add(1, Ordering::Relaxed);
            if let Some(t) = &answer.topic {
                *self.topics.entry(t.clone()).or_default() += 1;
                if let Some(f) = &answer.fact {
                    *self.facts.entry(format!("{t}/{f}")).or_default() += 1;
                }
            }
        }
        let why = match answer.kind {
            AnswerKind::NoMatch => "no_match",
            AnswerKind::Missing => "missing",
            _ if answer.low_confidence => "low",
            _ => return,
        };
        // Phone, ID and card numbers and addresses never reach the record.
        let text = crate::privacy::mask(&normalize(question)).into_owned();
        if text.is_empty() {
            return;
        }
        self.misses_count.fetch_add(1, Ordering::Relaxed);
        *self.recent_misses.entry(text.clone()).or_default() += 1;
        if let Some(log) = &self.misses {
            log.record(Miss {
                text,
                at: misses::now(),
                chat: chat.to_string(),
                why: why.to_string(),
            });
        }
    }

    /// Counts a button press that opened an answer.
    pub fn record_open(&self, answer: &Answer) {
        if let Some(t) = &answer.topic {
            *self.topics.entry(t.clone()).or_default() += 1;
        }
    }

    /// `/stats`: uptime, questions, the share answered, top topics, facts and misses.
    pub fn stats_report(&self) -> String {
        let q = self.questions.load(Ordering::Relaxed);
        let a = self.answered.load(Ordering::Relaxed);
        let share = if q == 0 {
            0.0
        } else {
            100.0 * a as f64 / q as f64
        };
        let mut lines = vec![
            format!("运行时间：{}", uptime(self.started.elapsed())),
            format!("问题：{q}，答上：{a}（{share:.0}%）"),
        ];
        let engine = self.engine();
        let kb = engine.knowledge();
        lines.push(format!(
            "知识库：{} 篇报道，{} 个要点",
            kb.topics.len(),
            kb.fact_count()
        ));
        push_top(&mut lines, "最常问的报道", &self.topics, 5);
        push_top(&mut lines, "最常问的要点", &self.facts, 5);
        push_top(&mut lines, "启动以来没答上的问题", &self.recent_misses, 5);
        lines.join("\n")
    }

    /// `/misses`: the most frequent misses in the durable record.
    pub fn misses_report(&self, top: usize) -> String {
        let Some(log) = &self.misses else {
            return "没有启用未答问题记录（设置 DATA_DIR）。".to_string();
        };
        match misses::summarize(log.path(), 0) {
            Ok((list, _)) if list.is_empty() => "还没有记录到答不上来的问题。".to_string(),
            Ok((list, _)) => {
                let mut lines = vec![format!("最常见的未答问题（前{}条）：", top.min(list.len()))];
                for s in list.iter().take(top) {
                    lines.push(format!("{:>4} 次  {}（{}）", s.count, s.text, s.why));
                }
                lines.join("\n")
            }
            Err(e) => format!("读不了未答问题记录：{e}"),
        }
    }

    /// Writes the record of misses out; call before exiting.
    pub fn close(&self) {
        if let Some(log) = &self.misses {
            log.close();
        }
    }
}

fn push_top(lines: &mut Vec<String>, title: &str, counts: &DashMap<String, u64>, n: usize) {
    let mut v: Vec<(String, u64)> = counts
        .iter()
        .map(|e| (e.key().clone(), *e.value()))
        .collect();
    if v.is_empty() {
        return;
    }
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
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

/// The chat kind as the record names it.
pub fn chat_name(kind: ChatKind) -> &'static str {
    match kind {
        ChatKind::Private => "private",
        ChatKind::Group => "group",
    }
}

/// Watches the knowledge directory and reloads after each burst of changes.
/// Returns the watcher, which must be kept alive; `None` for bundled
/// knowledge or when watching is impossible (logged).
pub fn watch(service: Arc<Service>) -> Option<notify::RecommendedWatcher> {
    use notify::{RecursiveMode, Watcher};
    let Source::Dir(dir) = service.source().clone() else {
        return None;
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher =
        match notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if let Ok(e) = event
                && !e.kind.is_access()
            {
                let _ = tx.send(());
            }
        }) {
            Ok(w) => w,
            Err(e) => {
                log::warn!(
                    "cannot watch {}: {e}; use /reload after edits",
                    dir.display()
                );
                return None;
            }
        };
    if let Err(e) = watcher.watch(&dir, RecursiveMode::Recursive) {
        log::warn!(
            "cannot watch {}: {e}; use /reload after edits",
            dir.display()
        );
        return None;
    }
    let spawned = std::thread::Builder::new()
        .name("knowledge-watch".into())
        .spawn(move || {
            while rx.recv().is_ok() {
                // An editor's save is several events (write, rename, chmod):
                // wait until the directory has been quiet for a moment.
                while rx.recv_timeout(DEBOUNCE).is_ok() {}
                service.reload();
            }
        });
    if let Err(e) = spawned {
        log::warn!("cannot start the knowledge watcher: {e}");
        return None;
    }
    log::info!("watching {} for changes", dir.display());
    Some(watcher)
}

/// Quiet time after a change before reloading; well within the 2 s an
/// editor waits.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Problems as an admin sees them in chat: the first few, and how many more.
pub fn problems_text(problems: &[Problem], dir: &Path) -> String {
    let mut lines = vec![format!(
        "知识库有 {} 个问题，没有更新，仍在使用上一版（{}）：",
        problems.len(),
        dir.display()
    )];
    lines.extend(problems.iter().take(10).map(|p| p.to_string()));
    if problems.len() > 10 {
        lines.push(format!(
            "……还有 {} 个，运行 nmg-bot check 查看全部。",
            problems.len() - 10
        ));
    }
    lines.join("\n")
}
