//! The knowledge being served: the engine in an [`ArcSwap`], where it came
//! from, reloading it whole and watching its directory.
//!
//! This sits below the bot handle ([`crate::bot`]) and knows nothing of
//! chats: it turns a knowledge directory into the [`Engine`] everyone reads,
//! and swaps a new one in only when the whole directory is valid.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use arc_swap::ArcSwap;

use crate::engine::Engine;
use crate::knowledge::{self, LoadError, Problem};

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

/// The engine being served and how to replace it.
pub struct Live {
    engine: ArcSwap<Engine>,
    source: Source,
    /// Reloads attempted so far, good or bad; waited on by tests and tools.
    reloads: (Mutex<u64>, Condvar),
    /// Reloads that kept the last good knowledge (invalid or unreadable).
    reloads_failed: AtomicU64,
    /// Held while a reload runs, so that two reloads never build at once.
    reloading: Mutex<()>,
}

impl Live {
    pub fn new(engine: Engine, source: Source) -> Live {
        Live {
            engine: ArcSwap::from_pointee(engine),
            source,
            reloads: (Mutex::new(0), Condvar::new()),
            reloads_failed: AtomicU64::new(0),
            reloading: Mutex::new(()),
        }
    }

    /// The engine as it is now; a reload swaps it whole, so a question in
    /// flight keeps the one it started with.
    pub fn engine(&self) -> Arc<Engine> {
        self.engine.load_full()
    }

    pub fn source(&self) -> &Source {
        &self.source
    }

    /// Loads the knowledge directory again and swaps it in, only if every
    /// file is valid. Blocks while the directory is read and the index
    /// built: call it off the async runtime's threads. Reloads run one at a
    /// time.
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

    /// How many reloads kept the last good knowledge.
    pub fn reloads_failed(&self) -> u64 {
        self.reloads_failed.load(Ordering::Relaxed)
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
                // Conversations go on: the new engine finds their stories again.
                let engine = Engine::after(kb, &self.engine.load());
                self.engine.store(Arc::new(engine));
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
}

/// Watches the knowledge directory and reloads after each burst of changes.
/// Returns the watcher, which must be kept alive; `None` for bundled
/// knowledge or when watching is impossible (logged).
pub fn watch(live: Arc<Live>) -> Option<notify::RecommendedWatcher> {
    use notify::{RecursiveMode, Watcher};
    let Source::Dir(dir) = live.source().clone() else {
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
                live.reload();
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
