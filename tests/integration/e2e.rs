//! The real binary as a Telegram bot against the fake Bot API server: a
//! private question, a group `/ask@bot`, a button press, an inline query, a
//! 429 followed by delivery, SIGTERM with exit code 0; SIGTERM and SIGKILL
//! in the middle of a burst; bad settings and unreadable updates.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::fake::{FakeTelegram, Fault};
use crate::util::{TempDir, bin};

const WAIT: Duration = Duration::from_secs(60);

/// `nmg-bot run` against `fake`, its log in `data/bot.log`.
fn spawn(fake: &FakeTelegram, data: &Path) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(data.join("bot.log"))
        .unwrap();
    Command::new(bin())
        .arg("run")
        .env("TELOXIDE_TOKEN", FakeTelegram::TOKEN)
        .env("TELOXIDE_API_URL", fake.api_url())
        .env("DATA_DIR", data)
        .env("POLL_TIMEOUT_SECS", "1")
        .env("RUST_LOG", "info")
        .env_remove("KNOWLEDGE_DIR")
        .env_remove("WEBHOOK_URL")
        .env_remove("METRICS_LISTEN")
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("spawn nmg-bot run")
}

fn signal(child: &Child, sig: &str) {
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args([sig, &pid])
            .status()
            .unwrap()
            .success()
    );
}

async fn wait(child: Child) -> std::process::ExitStatus {
    let mut child = child;
    tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap()
}

fn text_to(fake: &FakeTelegram, chat: i64) -> String {
    fake.sent_to(chat)
        .iter()
        .map(|m| m["text"].as_str().unwrap_or("").to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_telegram_and_stops_on_sigterm() {
    let data = TempDir::new("e2e-serve");
    let fake = FakeTelegram::start().await;
    let child = spawn(&fake, &data.0);
    fake.wait_for("getUpdates", 1, WAIT).await;

    fake.push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼？"));
    fake.wait_sent(42, 1, WAIT).await;
    assert!(text_to(&fake, 42).contains("15万吨以上"));

    let ask = format!("/ask@{} 赤峰医保几天到账", FakeTelegram::BOT_USERNAME);
    fake.push(FakeTelegram::group_text(-10077, 7, &ask));
    fake.wait_sent(-10077, 1, WAIT).await;
    assert!(text_to(&fake, -10077).contains("2个工作日"));

    fake.push(FakeTelegram::callback(
        42,
        42,
        1,
        "v1:f:tongliao-jiuye:stations",
    ));
    fake.wait_for("answerCallbackQuery", 1, WAIT).await;
    fake.wait_sent(42, 2, WAIT).await;
    assert!(text_to(&fake, 42).contains("123"));

    fake.push(FakeTelegram::inline_query(42, "养老金"));
    let inline = fake.wait_for("answerInlineQuery", 1, WAIT).await;
    assert!(!inline[0].body["results"].as_array().unwrap().is_empty());

    fake.fail_next("sendMessage", Fault::TooManyRequests { retry_after: 1 }, 1);
    fake.push(FakeTelegram::private_text(43, "包头有多少个名特优新农产品"));
    fake.wait_sent(43, 1, WAIT).await;
    assert!(text_to(&fake, 43).contains("72"));
    assert_eq!(fake.faulted().len(), 1);

    signal(&child, "-TERM");
    let status = wait(child).await;
    let log = std::fs::read_to_string(data.0.join("bot.log")).unwrap();
    assert_eq!(status.code(), Some(0), "log:\n{log}");
    assert!(!log.contains("TEST-TOKEN"), "the token was printed:\n{log}");
    assert!(fake.violations().is_empty(), "{:#?}", fake.violations());
}

/// How a burst went across a stop and a restart.
struct Burst {
    /// Chats that got no reply.
    lost: usize,
    /// Chats that got more than one.
    doubled: usize,
    /// Replies the restarted bot said it could not be sure of.
    uncertain: usize,
    /// Updates the restarted bot found in the journal and answered.
    replayed: usize,
}

/// `questions` private questions, one a chat; `sig` sent to the bot once
/// some are answered; the bot started again on the same DATA_DIR.
async fn burst_across(sig: &str, questions: i64, name: &str) -> Burst {
    let data = TempDir::new(name);
    let fake = FakeTelegram::start().await;
    let qs = [
        "呼伦湖现在有多少鱼",
        "通辽有多少个家门口就业服务站",
        "赤峰医保几天到账",
    ];
    let chats: Vec<i64> = (7000..7000 + questions).collect();
    for &chat in &chats {
        fake.push(FakeTelegram::private_text(chat, qs[chat as usize % 3]));
    }
    let first = spawn(&fake, &data.0);
    fake.wait_for("sendMessage", 40, WAIT).await;
    signal(&first, sig);
    let status = wait(first).await;
    if sig == "-TERM" {
        assert_eq!(status.code(), Some(0));
    }
    let answered_first = fake.count_of("sendMessage");
    assert!(
        (answered_first as i64) < questions,
        "the burst was over before the signal"
    );
    std::fs::write(data.0.join("bot.log"), "").unwrap();
    let second = spawn(&fake, &data.0);
    // Every chat answered, but for replies the restart says it cannot be
    // sure of (idle polls keep this looking).
    let log_path = data.0.join("bot.log");
    let uncertain = || {
        std::fs::read_to_string(&log_path)
            .unwrap_or_default()
            .matches("not sent again")
            .count()
    };
    fake.wait_until("the burst answered", WAIT * 2, |f| {
        f.count_of("sendMessage") + uncertain() >= questions as usize
    })
    .await;
    // A last question: answered only after everything before it.
    fake.push(FakeTelegram::private_text(42, qs[0]));
    fake.wait_sent(42, 1, WAIT).await;
    signal(&second, "-TERM");
    assert_eq!(wait(second).await.code(), Some(0));
    let log = std::fs::read_to_string(&log_path).unwrap();
    // (A 429 or two right after the restart is possible and waited out:
    // the new process does not know what the old one sent in its last second.)
    assert!(fake.violations().is_empty(), "{:#?}", fake.violations());
    let counts: Vec<usize> = chats.iter().map(|&c| fake.sent_to(c).len()).collect();
    Burst {
        lost: counts.iter().filter(|&&n| n == 0).count(),
        doubled: counts.iter().filter(|&&n| n > 1).count(),
        uncertain: log.matches("not sent again").count(),
        replayed: log
            .split("answering ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
    }
}

/// Point 3: SIGTERM in the middle of a burst: every question answered once,
/// before the exit or after the restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_mid_burst_loses_and_doubles_nothing() {
    let b = burst_across("-TERM", 600, "e2e-sigterm").await;
    assert_eq!((b.lost, b.doubled, b.uncertain), (0, 0, 0));
    // At 30 messages a second, a 5 s drain cannot answer 600: the rest
    // came back from the journal.
    assert!(b.replayed > 0, "nothing was left for the restart");
}

/// Point 3: SIGKILL in the middle of a burst: nothing answered twice, and only a
/// reply that was being sent at the kill can be lost (the restart says so).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_burst_doubles_nothing_and_loses_only_sends_in_flight() {
    let b = burst_across("-KILL", 600, "e2e-sigkill").await;
    assert_eq!(b.doubled, 0);
    assert!(b.replayed > 0, "nothing was left for the restart");
    assert!(
        b.lost <= b.uncertain,
        "{} lost, {} uncertain",
        b.lost,
        b.uncertain
    );
}

#[test]
fn run_without_a_token_is_a_clear_error() {
    let out = Command::new(bin())
        .arg("run")
        .env_remove("TELOXIDE_TOKEN")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("TELOXIDE_TOKEN is not set"), "{err}");
}

/// Point 9: A malformed TELOXIDE_API_URL or TELOXIDE_PROXY is a clear error that
/// names it, not a panic with a backtrace.
#[test]
fn malformed_api_url_or_proxy_is_a_clear_error() {
    for (key, value) in [
        ("TELOXIDE_API_URL", "api.telegram.org"),
        ("TELOXIDE_API_URL", "http://[::1"),
        ("TELOXIDE_PROXY", "not a proxy"),
        ("TELOXIDE_PROXY", "ftp://proxy.example:21"),
    ] {
        let out = Command::new(bin())
            .arg("run")
            .env("TELOXIDE_TOKEN", FakeTelegram::TOKEN)
            .env(key, value)
            .env("RUST_BACKTRACE", "1")
            .current_dir(std::env::temp_dir())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{key}={value}: {err}");
        assert!(err.contains(key), "{key}={value}: {err}");
        assert!(!err.contains("panicked"), "{key}={value}: {err}");
    }
}

/// Point 12: An update that cannot be read is logged without what it holds (it
/// was logged at ERROR with its text, names and ids), and the next is
/// answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreadable_updates_are_logged_without_personal_data() {
    let data = TempDir::new("e2e-unreadable");
    let fake = FakeTelegram::start().await;
    let child = spawn(&fake, &data.0);
    fake.wait_for("getUpdates", 1, WAIT).await;
    fake.push_raw(serde_json::json!({
        "message": {
            "message_id": "not a number",
            "from": { "id": 987654321, "is_bot": false, "first_name": "秘密姓名" },
            "chat": { "id": 987654321, "type": "private", "first_name": "秘密姓名" },
            "date": 1,
            "text": "秘密问题 13812345678",
        }
    }));
    fake.push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    fake.wait_sent(42, 1, WAIT).await;
    signal(&child, "-TERM");
    assert_eq!(wait(child).await.code(), Some(0));
    let log = std::fs::read_to_string(data.0.join("bot.log")).unwrap();
    assert!(log.contains("cannot be read"), "{log}");
    for secret in ["秘密", "987654321", "13812345678", "not a number"] {
        assert!(!log.contains(secret), "{secret} in the log:\n{log}");
    }
    assert!(!log.contains("ERROR"), "{log}");
}
