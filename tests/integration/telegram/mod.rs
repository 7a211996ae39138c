//! The Telegram adapter, running in this process against the fake Bot API:
//! what it sends for each kind of update (`basics`), how it holds up under
//! Telegram's real conditions (`conditions`), and across stops, crashes and
//! bad start-ups (`restarts`).

mod basics;
mod conditions;
mod restarts;

use std::path::PathBuf;
use std::time::Duration;

use nmg_bot::bot::NewsBot;
use nmg_bot::telegram::{self, Settings};
use serde_json::Value;
use tokio::sync::oneshot;

use crate::fake::FakeTelegram;

/// Longest wait for anything: a safety net, not a timing.
pub const WAIT: Duration = Duration::from_secs(45);

/// A running bot against a fake server; stopped when dropped.
pub struct Running {
    pub fake: FakeTelegram,
    pub news: NewsBot,
    stop: StopOnDrop,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

/// Sends the stop signal when dropped, so that a failed test stops its bot.
struct StopOnDrop(Option<oneshot::Sender<()>>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        if let Some(stop) = self.0.take() {
            let _ = stop.send(());
        }
    }
}

/// The bot over the bundled knowledge, as `nmg-bot run` sets it up (5
/// answers per user per 10 s), recording nothing to disk.
pub fn service() -> NewsBot {
    crate::util::news_bot()
}

/// Settings for a bot against `fake`: Telegram's limits kept, 1 s polls.
pub fn settings(fake: &FakeTelegram) -> Settings {
    let mut s = Settings::new(fake.endpoint());
    s.poll_timeout = Duration::from_secs(1);
    s.send_timeout = Duration::from_secs(5);
    s.webhook_listen = ([127, 0, 0, 1], 0).into();
    s
}

impl Running {
    /// A bot with the default test settings against a new fake.
    pub async fn start() -> Running {
        let fake = FakeTelegram::start().await;
        let settings = settings(&fake);
        Running::on(fake, service(), settings).await
    }

    /// A bot with `settings` changed by `change`.
    pub async fn with(change: impl FnOnce(&mut Settings)) -> Running {
        let fake = FakeTelegram::start().await;
        let mut s = settings(&fake);
        change(&mut s);
        Running::on(fake, service(), s).await
    }

    /// Starts the bot and waits until it polls.
    pub async fn on(fake: FakeTelegram, service: NewsBot, settings: Settings) -> Running {
        let running = Running::spawn(fake, service, settings);
        running.fake.wait_for("getUpdates", 1, WAIT).await;
        running
    }

    /// Starts the bot without waiting for anything.
    pub fn spawn(fake: FakeTelegram, news: NewsBot, settings: Settings) -> Running {
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(telegram::run_until(news.clone(), settings, async {
            let _ = stopped.await;
        }));
        Running {
            fake,
            news,
            stop: StopOnDrop(Some(stop)),
            task,
        }
    }

    /// Stops the bot, checks that it stopped cleanly, and hands back the
    /// fake (to start the bot again on it).
    pub async fn stop(self) -> FakeTelegram {
        let Running {
            fake,
            mut stop,
            task,
            ..
        } = self;
        if let Some(stop) = stop.0.take() {
            let _ = stop.send(());
        }
        let result = tokio::time::timeout(WAIT, task)
            .await
            .expect("the bot stops within the timeout")
            .expect("the bot task does not panic");
        assert!(result.is_ok(), "{result:?}");
        fake
    }

    /// Stops the bot and checks that Telegram rejected nothing it sent.
    pub async fn finish(self) {
        let fake = self.stop().await;
        let violations = fake.violations();
        assert!(
            violations.is_empty(),
            "Telegram would reject: {violations:#?}"
        );
    }

    /// The first `n` messages sent to `chat`.
    pub async fn texts_to(&self, chat: i64, n: usize) -> Vec<Value> {
        self.fake.wait_sent(chat, n, WAIT).await
    }
}

pub fn text(body: &Value) -> &str {
    body["text"].as_str().unwrap_or("")
}

pub fn buttons(body: &Value) -> Vec<String> {
    body["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|r| r.as_array().unwrap().iter())
                .map(|b| b["callback_data"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// A port for the bot's own server, free when chosen: below the ephemeral
/// range, where `bind(0)` of tests running meanwhile cannot take it.
pub fn free_port() -> u16 {
    let seed = std::process::id() as u64
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos() as u64);
    (0..1000u64)
        .map(|k| 20_000 + ((seed + k * 7_919) % 12_000) as u16)
        .find(|&port| std::net::TcpListener::bind(("127.0.0.1", port)).is_ok())
        .expect("a free port between 20000 and 32000")
}

/// GETs `path` on the bot's own server; the status and body.
pub async fn get(port: u16, path: &str) -> (u16, String) {
    let url = format!("http://127.0.0.1:{port}{path}");
    let client = reqwest::Client::new();
    // The server binds before Telegram is reached: it is up by now, but a
    // test may ask the moment the bot starts.
    for _ in 0..200 {
        if let Ok(r) = client.get(&url).send().await {
            let status = r.status().as_u16();
            return (status, r.text().await.unwrap_or_default());
        }
        tokio::task::yield_now().await;
    }
    panic!("nothing answers on {url}");
}

/// The bot's metrics once they show `needle`: a reply is counted just after
/// Telegram took it, so a test that saw the message may ask a moment early.
/// Panics with the metrics if `needle` never shows.
pub async fn metrics_showing(port: u16, needle: &str) -> String {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let (status, metrics) = get(port, "/metrics").await;
        assert_eq!(status, 200, "{metrics}");
        if metrics.contains(needle) {
            return metrics;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the metrics never showed {needle}:\n{metrics}"
        );
        tokio::task::yield_now().await;
    }
}

/// A scratch directory, removed on drop.
pub fn scratch(name: &str) -> crate::util::TempDir {
    crate::util::TempDir::new(name)
}

pub fn path(t: &crate::util::TempDir) -> PathBuf {
    t.0.clone()
}
