//! Telegram under real conditions, measured: the real binary (`nmg-bot
//! run`, release build) against the fake Bot API of the tests, which holds
//! long polls for their whole timeout and enforces Telegram's send limits.
//!
//! ```sh
//! cargo bench --bench conditions                 # all four, about 6 minutes
//! cargo bench --bench conditions -- idle flood   # some of them
//! BENCH_IDLE_SECS=60 cargo bench --bench conditions -- idle
//! ```
//!
//! - `idle`: the bot with its default settings (30 s polls) left alone for
//!   `BENCH_IDLE_SECS` (200), then asked: time from the question reaching
//!   Telegram to the answer reaching it; polls abandoned and failed.
//! - `flood`: 90 people `/ask` in one group at once, then one private
//!   question: the private answer's time, and how the group was answered.
//! - `sigterm`, `sigkill`: 1,000 private questions at once; the signal once
//!   100 are answered; the bot started again on the same DATA_DIR: questions
//!   never answered, answered twice, and how long until all were.
//!
//! See BENCHMARKS.md.

// The fake's own tests are compiled out of this harness-less target, which
// leaves their imports unused here.
#![allow(unused_imports, dead_code)]

#[path = "../tests/integration/fake/mod.rs"]
mod fake;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fake::FakeTelegram;

const WAIT: Duration = Duration::from_secs(600);

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nmg-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `nmg-bot run` against `fake` with its default settings, its log in
/// `data/bot.log`.
fn spawn(fake: &FakeTelegram, data: &Path) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(data.join("bot.log"))
        .unwrap();
    Command::new(env!("CARGO_BIN_EXE_nmg-bot"))
        .arg("run")
        .env("TELOXIDE_TOKEN", FakeTelegram::TOKEN)
        .env("TELOXIDE_API_URL", fake.api_url())
        .env("DATA_DIR", data)
        .env("RUST_LOG", "info")
        .env_remove("KNOWLEDGE_DIR")
        .env_remove("WEBHOOK_URL")
        .env_remove("POLL_TIMEOUT_SECS")
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("spawn nmg-bot run")
}

fn signal(child: &Child, sig: &str) {
    let pid = child.id().to_string();
    let _ = Command::new("kill").args([sig, &pid]).status();
}

async fn wait(mut child: Child) -> std::process::ExitStatus {
    tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap()
}

/// When the first message to `chat` arrived at the fake.
fn sent_at(fake: &FakeTelegram, chat: i64) -> Option<Instant> {
    fake.calls_of("sendMessage")
        .iter()
        .find(|c| c.body["chat_id"] == chat)
        .map(|c| c.at)
}

async fn idle() {
    let secs: u64 = setting("BENCH_IDLE_SECS", 200);
    let data = scratch("idle");
    let fake = FakeTelegram::start().await;
    let bot = spawn(&fake, &data);
    fake.wait_for("getUpdates", 1, WAIT).await;
    println!("idle: the bot polls; leaving it alone for {secs} s");
    tokio::time::sleep(Duration::from_secs(secs)).await;
    let polls = fake.count_of("getUpdates");
    let asked = Instant::now();
    fake.push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    fake.wait_sent(42, 1, WAIT).await;
    let answered = sent_at(&fake, 42).unwrap();
    // Read before the stop, which cuts the poll then waiting.
    let abandoned = fake.abandoned_polls();
    signal(&bot, "-TERM");
    wait(bot).await;
    let log = std::fs::read_to_string(data.join("bot.log")).unwrap_or_default();
    println!(
        "idle: first answer after {secs} s idle: {:.1} ms; {polls} polls held, {} abandoned, {} warnings in the log",
        (answered - asked).as_secs_f64() * 1000.0,
        abandoned,
        log.matches(" WARN ").count()
    );
    let _ = std::fs::remove_dir_all(&data);
}

async fn flood() {
    let data = scratch("flood");
    let fake = FakeTelegram::start().await;
    let bot = spawn(&fake, &data);
    fake.wait_for("getUpdates", 1, WAIT).await;
    let group = -100_777;
    let ask = format!("/ask@{} 呼伦湖现在有多少鱼", FakeTelegram::BOT_USERNAME);
    let start = Instant::now();
    for user in 1000..1090 {
        fake.push(FakeTelegram::group_text(group, user, &ask));
    }
    let asked = Instant::now();
    fake.push(FakeTelegram::private_text(
        42,
        "通辽有多少个家门口就业服务站",
    ));
    fake.wait_sent(42, 1, WAIT).await;
    let private = sent_at(&fake, 42).unwrap() - asked;
    // Each asker answered by a reply or by name in a combined message.
    fake.wait_until("the group answered", WAIT, |f| {
        let sent = f.sent_to(group);
        let named: usize = sent
            .iter()
            .map(|m| {
                m["text"]
                    .as_str()
                    .unwrap_or("")
                    .matches("tg://user?id=")
                    .count()
                    .max(1)
            })
            .sum();
        named >= 90
    })
    .await;
    let group_done = fake
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.body["chat_id"] == group)
        .map(|c| c.at)
        .max()
        .unwrap()
        - start;
    let messages = fake.sent_to(group).len();
    signal(&bot, "-TERM");
    wait(bot).await;
    println!(
        "flood: private answer while 90 asked in one group: {:.1} ms; the group: 90 answers in {messages} messages, the last {:.1} s after the first question; 429s: {}",
        private.as_secs_f64() * 1000.0,
        group_done.as_secs_f64(),
        fake.limited().len()
    );
    let _ = std::fs::remove_dir_all(&data);
}

async fn stop(sig: &str) {
    let total: i64 = setting("BENCH_BURST", 1000);
    let data = scratch(sig.trim_start_matches('-'));
    let fake = FakeTelegram::start().await;
    let qs = [
        "呼伦湖现在有多少鱼",
        "通辽有多少个家门口就业服务站",
        "赤峰医保几天到账",
    ];
    let chats: Vec<i64> = (10_000..10_000 + total).collect();
    let first = spawn(&fake, &data);
    fake.wait_for("getUpdates", 1, WAIT).await;
    let start = Instant::now();
    for &chat in &chats {
        fake.push(FakeTelegram::private_text(chat, qs[chat as usize % 3]));
    }
    fake.wait_for("sendMessage", 100, WAIT).await;
    signal(&first, sig);
    let status = wait(first).await;
    let before = fake.count_of("sendMessage");
    let log = data.join("bot.log");
    std::fs::write(&log, "").unwrap();
    let second = spawn(&fake, &data);
    let uncertain = || {
        std::fs::read_to_string(&log)
            .unwrap_or_default()
            .matches("not sent again")
            .count()
    };
    fake.wait_until("the burst settled", WAIT, |f| {
        f.unconfirmed() == 0 && f.count_of("sendMessage") + uncertain() >= total as usize
    })
    .await;
    let elapsed = start.elapsed();
    signal(&second, "-TERM");
    wait(second).await;
    let counts: Vec<usize> = chats.iter().map(|&c| fake.sent_to(c).len()).collect();
    let lost = counts.iter().filter(|&&n| n == 0).count();
    let doubled = counts.iter().filter(|&&n| n > 1).count();
    let replayed = std::fs::read_to_string(&log)
        .unwrap_or_default()
        .split("answering ")
        .nth(1)
        .and_then(|r| r.split(' ').next().map(str::to_string))
        .unwrap_or_else(|| "0".into());
    println!(
        "{}: {total} questions; {before} answered before the signal ({status}); {replayed} answered from the journal after the restart; lost {lost}, answered twice {doubled}, uncertain {}; all settled in {:.1} s; 429s {}",
        sig.trim_start_matches('-'),
        uncertain(),
        elapsed.as_secs_f64(),
        fake.limited().len()
    );
    let _ = std::fs::remove_dir_all(&data);
}

fn main() {
    let chosen: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let run = |name: &str| chosen.is_empty() || chosen.iter().any(|c| c == name);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        if run("flood") {
            flood().await;
        }
        if run("sigterm") {
            stop("-TERM").await;
        }
        if run("sigkill") {
            stop("-KILL").await;
        }
        if run("idle") {
            idle().await;
        }
    });
}
