//! The Telegram adapter through the real handler tree, against the fake Bot
//! API server: what the bot sends for each kind of update, and how it copes
//! with 429 and 5xx answers.

use std::time::Duration;

use nmg_bot::telegram::{self, Settings};
use serde_json::Value;
use tokio::sync::oneshot;

use crate::fake_telegram::{FakeTelegram, Fault};
use crate::util::news_bot;

const WAIT: Duration = Duration::from_secs(45);

/// A running bot against a fake server; stops when dropped.
struct Running {
    fake: FakeTelegram,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl Running {
    async fn start() -> Running {
        Running::with(settings()).await
    }

    async fn with(settings: Settings) -> Running {
        let fake = FakeTelegram::start().await;
        let (stop, stopped) = oneshot::channel::<()>();
        let bot = fake.bot();
        let task = tokio::spawn(telegram::run_until(bot, news_bot(), settings, async {
            let _ = stopped.await;
        }));
        // The bot is up once it polls.
        fake.wait_for("getUpdates", 1, WAIT).await;
        Running {
            fake,
            stop: Some(stop),
            task: Some(task),
        }
    }

    /// Stops the bot and checks that it stopped cleanly and that Telegram
    /// rejected nothing it sent.
    async fn finish(mut self) {
        let _ = self.stop.take().unwrap().send(());
        let result = tokio::time::timeout(WAIT, self.task.take().unwrap())
            .await
            .expect("the bot stops within the timeout")
            .expect("the bot task does not panic");
        assert!(result.is_ok(), "{result:?}");
        let violations = self.fake.violations();
        assert!(
            violations.is_empty(),
            "Telegram would reject: {violations:#?}"
        );
    }

    /// The texts of the `n` first sendMessage calls to `chat`.
    async fn texts_to(&self, chat: i64, n: usize) -> Vec<Value> {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let sent: Vec<Value> = self
                .fake
                .calls_of("sendMessage")
                .into_iter()
                .filter(|c| c.body["chat_id"] == chat)
                .map(|c| c.body)
                .collect();
            if sent.len() >= n {
                return sent;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "waiting for {n} message(s) to {chat}:\n{}",
                self.fake.report()
            );
            self.fake
                .wait_for(
                    "sendMessage",
                    self.fake.calls_of("sendMessage").len() + 1,
                    WAIT,
                )
                .await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

fn settings() -> Settings {
    Settings {
        webhook_url: None,
        webhook_listen: ([127, 0, 0, 1], 0).into(),
        webhook_secret: None,
        throttle: false,
    }
}

fn text(body: &Value) -> &str {
    body["text"].as_str().unwrap_or("")
}

fn buttons(body: &Value) -> Vec<String> {
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_question_gets_the_figure_its_source_and_buttons() {
    let bot = Running::start().await;
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼?"));
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("15万吨以上"), "{}", sent[0]);
    assert!(
        text(&sent[0]).contains("<i>来源：《呼伦湖“碧波归雁”重生记》"),
        "{}",
        sent[0]
    );
    assert_eq!(sent[0]["parse_mode"], "HTML");
    let data = buttons(&sent[0]);
    assert!(
        !data.is_empty() && data.iter().all(|d| d.starts_with("v1:") && d.len() <= 64),
        "{data:?}"
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_in_chinese() {
    let bot = Running::start().await;
    let calls = bot.fake.wait_for("setMyCommands", 1, WAIT).await;
    let commands = calls[0].body["commands"].as_array().unwrap();
    let ask = commands.iter().find(|c| c["command"] == "ask").unwrap();
    assert!(ask["description"].as_str().unwrap().contains("提问"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_get_answers_only_when_they_address_the_bot() {
    let bot = Running::start().await;
    let group = -100123;
    let name = FakeTelegram::BOT_USERNAME;
    bot.fake
        .push(FakeTelegram::group_text(group, 7, "呼伦湖现在有多少鱼"));
    bot.fake
        .push(FakeTelegram::group_text(group, 7, "/ask@other_bot 呼伦湖"));
    bot.fake.push(FakeTelegram::group_text(
        group,
        7,
        &format!("/ask@{name} 通辽有多少个家门口就业服务站"),
    ));
    bot.fake.push(FakeTelegram::group_text(
        group,
        8,
        &format!("@{name} 个人养老金能抵税吗"),
    ));
    bot.fake.push(FakeTelegram::group_reply_to_bot(
        group,
        9,
        "赤峰医保几天到账",
        1,
    ));
    bot.fake
        .push(FakeTelegram::group_text(group, 9, &format!("/ask@{name}")));
    let sent = bot.texts_to(group, 4).await;
    assert!(text(&sent[0]).contains("123"), "{}", sent[0]);
    assert!(
        text(&sent[1]).contains("养老金") && text(&sent[1]).contains("税"),
        "{}",
        sent[1]
    );
    assert!(text(&sent[2]).contains("2个工作日"), "{}", sent[2]);
    assert!(text(&sent[3]).contains("用法"), "{}", sent[3]);
    // In a group the answer replies to the question.
    assert!(
        sent[0]["reply_parameters"]["message_id"].is_number(),
        "{}",
        sent[0]
    );
    // Chatter and another bot's command got nothing: the four replies are all.
    assert_eq!(bot.texts_to(group, 0).await.len(), 4);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_are_answered_even_when_stale_or_garbage() {
    let bot = Running::start().await;
    bot.fake.push(FakeTelegram::callback(
        42,
        42,
        1,
        "v1:f:hulunbuir-hulunhu:fish",
    ));
    bot.fake
        .push(FakeTelegram::callback(42, 42, 1, "v0:old-format"));
    bot.fake
        .push(FakeTelegram::callback(42, 42, 1, "\u{1}garbage"));
    bot.fake.wait_for("answerCallbackQuery", 3, WAIT).await;
    let sent = bot.texts_to(42, 3).await;
    assert!(text(&sent[0]).contains("15万吨以上"), "{}", sent[0]);
    assert!(text(&sent[1]).contains("按钮已经过期"), "{}", sent[1]);
    assert!(text(&sent[2]).contains("按钮已经过期"), "{}", sent[2]);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_queries_get_up_to_ten_articles_with_unique_ids() {
    let bot = Running::start().await;
    let lake = FakeTelegram::inline_query(42, "呼伦湖");
    let empty = FakeTelegram::inline_query(43, "");
    let (lake_id, empty_id) = (
        lake["inline_query"]["id"].clone(),
        empty["inline_query"]["id"].clone(),
    );
    bot.fake.push(lake);
    bot.fake.push(empty);
    let calls = bot.fake.wait_for("answerInlineQuery", 2, WAIT).await;
    for call in &calls {
        let results = call.body["results"].as_array().unwrap();
        assert!(!results.is_empty() && results.len() <= 10, "{}", call.body);
        let mut ids: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), results.len());
    }
    // Two users' queries are answered concurrently: find each by its id.
    let answer_to = |id: &Value| {
        calls
            .iter()
            .find(|c| &c.body["inline_query_id"] == id)
            .unwrap()
    };
    let first = &answer_to(&lake_id).body["results"][0];
    assert!(
        first["title"].as_str().unwrap().contains("呼伦湖"),
        "{first}"
    );
    assert_eq!(
        answer_to(&empty_id).body["results"][0]["title"],
        "内蒙古地方新闻"
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stickers_and_other_updates_never_stop_the_bot() {
    let bot = Running::start().await;
    bot.fake.push(FakeTelegram::sticker(-1005, 7, false));
    bot.fake.push(FakeTelegram::member_joined(-1005, 7));
    bot.fake.push(FakeTelegram::channel_post(-1009, "呼伦湖"));
    bot.fake.push(FakeTelegram::edited_text(42, "呼伦湖"));
    bot.fake.push(FakeTelegram::sticker(42, 42, true));
    bot.fake
        .push(FakeTelegram::private_text(42, "<b>呼伦湖</b> & 🙂"));
    let sent = bot.texts_to(42, 2).await;
    assert!(text(&sent[0]).contains("文字"), "{}", sent[0]);
    assert!(text(&sent[1]).contains("呼伦湖"), "{}", sent[1]);
    // Nothing went to the group or the channel.
    assert!(
        bot.fake
            .calls_of("sendMessage")
            .iter()
            .all(|c| c.body["chat_id"] == 42)
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_very_long_message_is_answered_within_telegram_limits() {
    let bot = Running::start().await;
    let long = format!("呼伦湖现在有多少鱼{}", "啊".repeat(5000));
    bot.fake.push(FakeTelegram::private_text(42, &long));
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("15万吨以上"));
    assert!(text(&sent[0]).chars().count() <= 4096);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooding_user_gets_one_notice_while_others_are_served() {
    let bot = Running::start().await;
    for _ in 0..8 {
        bot.fake.push(FakeTelegram::private_text(42, "呼伦湖"));
    }
    bot.fake
        .push(FakeTelegram::private_text(43, "呼伦湖现在有多少鱼"));
    let other = bot.texts_to(43, 1).await;
    assert!(text(&other[0]).contains("15万吨以上"));
    let flood = bot.texts_to(42, 6).await;
    assert!(text(&flood[5]).contains("太快"), "{}", flood[5]);
    // Silence after the notice: process one more user's question, then count.
    bot.fake.push(FakeTelegram::private_text(44, "呼伦湖"));
    bot.texts_to(44, 1).await;
    assert_eq!(bot.texts_to(42, 0).await.len(), 6);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_reply_still_delivered() {
    let bot = Running::with(Settings {
        throttle: true,
        ..settings()
    })
    .await;
    bot.fake
        .fail_next("sendMessage", Fault::TooManyRequests { retry_after: 1 }, 1);
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("15万吨以上"));
    assert_eq!(bot.fake.faulted().len(), 1);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_waits_for_a_stuck_reply_only_so_long() {
    let bot = Running::start().await;
    // Telegram asks to wait a minute: the reply is in flight that long.
    bot.fake
        .fail_next("sendMessage", Fault::TooManyRequests { retry_after: 60 }, 1);
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    tokio::time::timeout(WAIT, async {
        while bot.fake.faulted().is_empty() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the reply was tried");
    // finish() waits at most WAIT (45 s), less than the minute asked for.
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_502_on_send_is_retried_and_delivered() {
    let bot = Running::start().await;
    bot.fake.fail_next("sendMessage", Fault::BadGateway, 1);
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("15万吨以上"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_survives_502s() {
    let bot = Running::start().await;
    bot.fake.fail_next("getUpdates", Fault::Status(502), 1);
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("15万吨以上"));
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_use_the_conversation_and_groups_keep_users_apart() {
    let bot = Running::start().await;
    let name = FakeTelegram::BOT_USERNAME;
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    bot.fake
        .push(FakeTelegram::private_text(42, "那是哪年开始禁渔的"));
    let sent = bot.texts_to(42, 2).await;
    assert!(text(&sent[1]).contains("2019年"), "{}", sent[1]);

    let group = -100321;
    bot.fake.push(FakeTelegram::group_text(
        group,
        7,
        &format!("@{name} 通辽有多少个家门口就业服务站"),
    ));
    bot.fake.push(FakeTelegram::group_text(
        group,
        8,
        &format!("@{name} 个人养老金能抵税吗"),
    ));
    bot.fake.push(FakeTelegram::group_text(
        group,
        7,
        &format!("@{name} 每个站有几个工作人员"),
    ));
    let sent = bot.texts_to(group, 3).await;
    assert!(text(&sent[2]).contains("1名至4名"), "{}", sent[2]);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_takes_updates_posted_with_the_secret() {
    let fake = FakeTelegram::start().await;
    let port = webhook_port();
    let url: url::Url = format!("http://127.0.0.1:{port}/telegram").parse().unwrap();
    let settings = Settings {
        webhook_url: Some(url.clone()),
        webhook_listen: ([127, 0, 0, 1], port).into(),
        webhook_secret: Some("s3cret-token".into()),
        ..settings()
    };
    let (stop, stopped) = oneshot::channel::<()>();
    let mut task = tokio::spawn(telegram::run_until(
        fake.bot(),
        news_bot(),
        settings,
        async {
            let _ = stopped.await;
        },
    ));
    let set = tokio::select! {
        set = fake.wait_for("setWebhook", 1, WAIT) => set,
        result = &mut task => panic!("the bot stopped before setting its webhook: {result:?}"),
    };
    assert_eq!(set[0].body["url"], url.as_str());
    assert_eq!(set[0].body["secret_token"], "s3cret-token");

    let mut update = FakeTelegram::private_text(42, "呼伦湖现在有多少鱼");
    update["update_id"] = 1.into();
    let client = teloxide::net::default_reqwest_settings().build().unwrap();
    let post = |secret: &'static str| {
        client
            .post(url.clone())
            .header("content-type", "application/json")
            .header("x-telegram-bot-api-secret-token", secret)
            .body(update.to_string())
            .send()
    };
    // The dispatcher asks getMe once its webhook server is spawned; the
    // server then binds at once: try until it answers (connects, not sleeps).
    fake.wait_for("getMe", 1, WAIT).await;
    let mut attempts = 0;
    let accepted = loop {
        attempts += 1;
        match post("s3cret-token").await {
            Ok(r) => break r.status().is_success(),
            Err(_) if attempts < 10_000 => tokio::task::yield_now().await,
            Err(e) => panic!("the webhook server never came up: {e}"),
        }
    };
    assert!(accepted, "the webhook server refused the update");
    let sent = fake.wait_for("sendMessage", 1, WAIT).await;
    assert!(
        text(&sent[0].body).contains("15万吨以上"),
        "{}",
        sent[0].body
    );
    // Without the right secret, nothing is taken.
    let wrong = post("wrong").await.unwrap();
    assert!(!wrong.status().is_success(), "{}", wrong.status());

    let _ = stop.send(());
    let result = tokio::time::timeout(WAIT, task)
        .await
        .expect("stops")
        .expect("no panic");
    assert!(result.is_ok(), "{result:?}");
    assert!(fake.violations().is_empty(), "{:#?}", fake.violations());
}

/// A port for the bot's webhook server, free when chosen. Taken below the
/// ephemeral range, where `bind(0)` and outgoing connections of tests
/// running meanwhile take theirs, so that none of them can take it between
/// this choice and the bot's bind.
fn webhook_port() -> u16 {
    let seed = std::process::id() as u64
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos() as u64);
    (0..1000u64)
        .map(|k| 20_000 + ((seed + k * 7_919) % 12_000) as u16)
        .find(|&port| std::net::TcpListener::bind(("127.0.0.1", port)).is_ok())
        .expect("a free port between 20000 and 32000")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_port_in_use_is_a_clear_error_at_start() {
    let fake = FakeTelegram::start().await;
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let listen = busy.local_addr().unwrap();
    let settings = Settings {
        webhook_url: Some("https://bot.example.org/telegram".parse().unwrap()),
        webhook_listen: listen,
        ..settings()
    };
    let result = tokio::time::timeout(
        WAIT,
        telegram::run_until(fake.bot(), news_bot(), settings, std::future::pending()),
    )
    .await
    .expect("returns at once");
    let err = format!("{:#}", result.expect_err("the port is taken"));
    assert!(err.contains(&format!("cannot listen on {listen}")), "{err}");
    // Telegram was not told to post anywhere.
    assert_eq!(fake.count_of("setWebhook"), 0);
}
