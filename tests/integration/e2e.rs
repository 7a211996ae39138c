//! The real binary as a Telegram bot against the fake Bot API server: a
//! private question, a group `/ask@bot`, a button press, an inline query, a
//! 429 followed by delivery, and SIGTERM with exit code 0.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::fake_telegram::{FakeTelegram, Fault};
use crate::util::bin;

const WAIT: Duration = Duration::from_secs(45);

fn sent_to(fake: &FakeTelegram, chat: i64) -> Vec<serde_json::Value> {
    fake.calls_of("sendMessage")
        .into_iter()
        .filter(|c| c.body["chat_id"] == chat)
        .map(|c| c.body)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_telegram_and_stops_on_sigterm() {
    let fake = FakeTelegram::start().await;
    let child = Command::new(bin())
        .arg("run")
        .env("TELOXIDE_TOKEN", FakeTelegram::TOKEN)
        .env("TELOXIDE_API_URL", fake.api_url())
        .env("RUST_LOG", "info")
        .env_remove("KNOWLEDGE_DIR")
        .env_remove("WEBHOOK_URL")
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn nmg-bot run");

    fake.wait_for("getUpdates", 1, WAIT).await;

    fake.push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼？"));
    fake.wait_for("sendMessage", 1, WAIT).await;
    assert!(
        sent_to(&fake, 42)[0]["text"]
            .as_str()
            .unwrap()
            .contains("15万吨以上")
    );

    let ask = format!("/ask@{} 赤峰医保几天到账", FakeTelegram::BOT_USERNAME);
    fake.push(FakeTelegram::group_text(-10077, 7, &ask));
    fake.wait_for("sendMessage", 2, WAIT).await;
    assert!(
        sent_to(&fake, -10077)[0]["text"]
            .as_str()
            .unwrap()
            .contains("2个工作日")
    );

    fake.push(FakeTelegram::callback(
        42,
        42,
        1,
        "v1:f:tongliao-jiuye:stations",
    ));
    fake.wait_for("answerCallbackQuery", 1, WAIT).await;
    fake.wait_for("sendMessage", 3, WAIT).await;
    assert!(
        sent_to(&fake, 42)[1]["text"]
            .as_str()
            .unwrap()
            .contains("123")
    );

    fake.push(FakeTelegram::inline_query(42, "养老金"));
    let inline = fake.wait_for("answerInlineQuery", 1, WAIT).await;
    assert!(!inline[0].body["results"].as_array().unwrap().is_empty());

    fake.fail_next("sendMessage", Fault::TooManyRequests { retry_after: 1 }, 1);
    fake.push(FakeTelegram::private_text(43, "包头有多少个名特优新农产品"));
    fake.wait_for("sendMessage", 4, WAIT).await;
    assert!(
        sent_to(&fake, 43)[0]["text"]
            .as_str()
            .unwrap()
            .contains("72")
    );
    assert_eq!(fake.faulted().len(), 1);

    let pid = child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let status = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert_eq!(status.status.code(), Some(0), "stderr:\n{stderr}");
    assert!(
        !stderr.contains("TEST-TOKEN"),
        "the token was printed:\n{stderr}"
    );
    assert!(fake.violations().is_empty(), "{:#?}", fake.violations());
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
