//! Stops, restarts and start-ups: no question lost or answered twice across
//! a stop, a start that survives a flaky Telegram, webhook mode through the
//! same pipeline, and what is kept on disk (the journal, the misses).

use std::sync::Arc;

use nmg_bot::bot::{NewsBot, Options};
use nmg_bot::engine::Engine;
use nmg_bot::knowledge;
use nmg_bot::live::{Live, Source};

use super::*;
use crate::fake::Fault;

fn ask(n: i64) -> &'static str {
    [
        "呼伦湖现在有多少鱼",
        "通辽有多少个家门口就业服务站",
        "赤峰医保几天到账",
    ][n as usize % 3]
}

/// Point 3: A stop in the middle of a burst: what was taken but not answered is
/// kept in DATA_DIR and answered after the restart; nothing twice (678 of
/// 1,000 were lost, and some answered twice).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_mid_burst_loses_nothing_and_doubles_nothing() {
    let data = scratch("tg-restart");
    let fake = FakeTelegram::start().await;
    let chats: Vec<i64> = (5000..5600).collect();
    for &chat in &chats {
        fake.push(FakeTelegram::private_text(chat, ask(chat)));
    }
    let mut s = settings(&fake);
    s.data_dir = Some(path(&data));
    let bot = Running::on(fake, service(), s.clone()).await;
    bot.fake.wait_for("sendMessage", 40, WAIT).await;
    let fake = bot.stop().await;
    let before = fake.count_of("sendMessage");
    assert!(
        before < chats.len(),
        "the stop came after the burst: {before}"
    );
    let journal =
        std::fs::read_to_string(path(&data).join(nmg_bot::telegram::JOURNAL_FILE)).unwrap();
    assert!(journal.contains("\"r\":"), "what is left is journaled");

    let bot = Running::on(fake, service(), s).await;
    bot.fake
        .wait_until("every chat answered", WAIT, |f| {
            f.count_of("sendMessage") >= chats.len()
        })
        .await;
    // Nothing more comes: a last question is answered after all the rest.
    bot.fake.push(FakeTelegram::private_text(42, ask(0)));
    bot.texts_to(42, 1).await;
    for &chat in &chats {
        let sent = bot.fake.sent_to(chat);
        assert_eq!(sent.len(), 1, "chat {chat}: {sent:?}");
    }
    // A restarted bot does not know what the last one sent in the last
    // second: a 429 or two then is waited out like any other.
    bot.finish().await;
}

/// Point 3: Updates Telegram delivers again (journaled, but the acknowledgement
/// never arrived) are recognised, running and after a restart, and not
/// answered twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_delivered_again_are_answered_once() {
    let data = scratch("tg-redelivered");
    let fake = FakeTelegram::start().await;
    let mut s = settings(&fake);
    s.data_dir = Some(path(&data));
    let bot = Running::on(fake, service(), s.clone()).await;
    bot.fake.lose_acks(true);
    bot.fake.push(FakeTelegram::private_text(42, ask(0)));
    bot.texts_to(42, 1).await;
    // Polled again and again meanwhile, the update came back each time.
    let polls = bot.fake.count_of("getUpdates");
    bot.fake.wait_for("getUpdates", polls + 3, WAIT).await;
    let fake = bot.stop().await;
    fake.lose_acks(false);
    assert_eq!(fake.unconfirmed(), 1);
    let bot = Running::on(fake, service(), s).await;
    bot.fake.push(FakeTelegram::private_text(43, ask(1)));
    bot.texts_to(43, 1).await;
    assert_eq!(bot.fake.sent_to(42).len(), 1, "{}", bot.fake.report());
    bot.finish().await;
}

/// A reply stuck behind a minute's flood control does not hold up the stop;
/// it is answered after the restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_waits_for_a_stuck_reply_only_so_long_and_keeps_it() {
    let data = scratch("tg-stuck");
    let fake = FakeTelegram::start().await;
    let mut s = settings(&fake);
    s.data_dir = Some(path(&data));
    let bot = Running::on(fake, service(), s.clone()).await;
    bot.fake
        .fail_next("sendMessage", Fault::TooManyRequests { retry_after: 60 }, 1);
    bot.fake.push(FakeTelegram::private_text(42, ask(0)));
    bot.fake
        .wait_until("the 429", WAIT, |f| !f.faulted().is_empty())
        .await;
    let fake = bot.stop().await;
    assert!(fake.sent_to(42).is_empty());
    let bot = Running::on(fake, service(), s).await;
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("15万吨以上"));
    bot.finish().await;
}

/// Point 9: A 502, a reset and a 500 on getMe at start-up are retried: the bot
/// starts and answers (it exited with "is TELOXIDE_TOKEN right?").
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flaky_telegram_at_start_up_is_waited_out() {
    let fake = FakeTelegram::start().await;
    fake.fail_next("getMe", Fault::BadGateway, 1);
    fake.fail_next("getMe", Fault::Reset, 1);
    fake.fail_next("getMe", Fault::Status(500), 1);
    let s = settings(&fake);
    let bot = Running::on(fake, service(), s).await;
    bot.fake.push(FakeTelegram::private_text(42, ask(0)));
    assert!(text(&bot.texts_to(42, 1).await[0]).contains("15万吨以上"));
    assert_eq!(bot.fake.faulted().len(), 3);
    bot.finish().await;
}

/// Point 9: A token Telegram refuses is a clear error, at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_is_a_clear_error() {
    let fake = FakeTelegram::start().await;
    let mut s = settings(&fake);
    s.endpoint.token = nmg_bot::telegram::Token::new("1:WRONG");
    let result = tokio::time::timeout(
        WAIT,
        telegram::run_until(service(), s, std::future::pending()),
    )
    .await
    .expect("returns at once");
    let err = format!("{:#}", result.expect_err("the token is refused"));
    assert!(err.contains("TELOXIDE_TOKEN"), "{err}");
}

/// Point 6: A knowledge directory with links to itself and a FIFO: `/reload`
/// answers, and other chats are answered meanwhile (the walk never ended,
/// ate memory and blocked the runtime's threads).
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reload_of_a_directory_with_link_loops_and_a_fifo_answers() {
    let dir = crate::util::TempDir::with_knowledge("tg-loops");
    std::os::unix::fs::symlink(".", dir.0.join("loop-a")).unwrap();
    std::os::unix::fs::symlink(".", dir.0.join("topics/loop-b")).unwrap();
    let fifo = dir.0.join("topics/waiting.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let kb = knowledge::load(&dir.0).expect("loads despite the loops");
    let service = NewsBot::new(
        Arc::new(Live::new(Engine::new(kb), Source::Dir(dir.0.clone()))),
        Options {
            admins: vec![42],
            ..Options::default()
        },
    );
    let fake = FakeTelegram::start().await;
    let s = settings(&fake);
    let bot = Running::on(fake, service, s).await;
    bot.fake.push(FakeTelegram::private_text(42, "/reload"));
    bot.fake.push(FakeTelegram::private_text(42, "/reload"));
    bot.fake.push(FakeTelegram::private_text(43, ask(0)));
    assert!(text(&bot.texts_to(43, 1).await[0]).contains("15万吨以上"));
    let sent = bot.texts_to(42, 2).await;
    assert!(text(&sent[0]).contains("知识库已重新加载"), "{}", sent[0]);
    assert_eq!(bot.news.counts().reloads_failed, 0);
    bot.finish().await;
}

/// Point 13: A question holding a phone or an ID card number is recorded masked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personal_numbers_never_reach_the_record_of_misses() {
    let data = scratch("tg-misses");
    let service = crate::util::news_bot_with(Options {
        data_dir: Some(path(&data)),
        ..Options::default()
    });
    let fake = FakeTelegram::start().await;
    let s = settings(&fake);
    let bot = Running::on(fake, service.clone(), s).await;
    for q in [
        "我的手机号是13812345678，帮我查快递",
        "身份证11010519491231002X怎么补办",
        "银行卡6222 0212 3456 7890 123丢了",
        "发邮件到 zhang.san@example.com 行吗",
    ] {
        bot.fake.push(FakeTelegram::private_text(42, q));
    }
    bot.texts_to(42, 4).await;
    bot.finish().await;
    service.close();
    let record = std::fs::read_to_string(path(&data).join(nmg_bot::misses::FILE)).unwrap();
    assert!(
        record.contains("〔手机号〕") && record.contains("〔身份证号〕"),
        "{record}"
    );
    // The questions' texts only: a record's time (1796222685) may hold
    // the digits of a card number by chance.
    let texts: Vec<String> = record
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["text"].as_str().unwrap().to_string()
        })
        .collect();
    for personal in ["13812345678", "11010519491231002", "6222", "zhang.san"] {
        assert!(
            texts.iter().all(|t| !t.contains(personal)),
            "{personal} in {record}"
        );
    }
}

/// Webhook mode feeds the same pipeline: Telegram's posts are taken (with
/// the secret) and answered; health and metrics are on the same listener.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_takes_posted_updates_with_the_secret() {
    let fake = FakeTelegram::start().await;
    let port = free_port();
    let url: url::Url = format!("http://127.0.0.1:{port}/telegram").parse().unwrap();
    let mut s = settings(&fake);
    s.webhook_url = Some(url.clone());
    s.webhook_listen = ([127, 0, 0, 1], port).into();
    s.webhook_secret = Some("s3cret-token".into());
    let bot = Running::spawn(fake, service(), s);
    let set = bot.fake.wait_for("setWebhook", 1, WAIT).await;
    assert_eq!(set[0].body["url"], url.as_str());
    assert_eq!(set[0].body["secret_token"], "s3cret-token");
    bot.fake.push(FakeTelegram::private_text(42, ask(0)));
    assert!(text(&bot.texts_to(42, 1).await[0]).contains("15万吨以上"));
    assert_eq!(bot.fake.count_of("getUpdates"), 0);
    // Without the right secret, nothing is taken.
    let (update, _) = bot.fake.stamp(FakeTelegram::private_text(43, ask(1)));
    let wrong = reqwest::Client::new()
        .post(url.clone())
        .header("content-type", "application/json")
        .header("x-telegram-bot-api-secret-token", "wrong")
        .body(update.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    assert_eq!(get(port, "/readyz").await.0, 200);
    let (_, metrics) = get(port, "/metrics").await;
    assert!(
        metrics.contains("nmg_updates_total{kind=\"message\"} 1"),
        "{metrics}"
    );
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_port_in_use_is_a_clear_error_at_start() {
    let fake = FakeTelegram::start().await;
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let listen = busy.local_addr().unwrap();
    for webhook in [true, false] {
        let mut s = settings(&fake);
        if webhook {
            s.webhook_url = Some("https://bot.example.org/telegram".parse().unwrap());
            s.webhook_listen = listen;
        } else {
            s.metrics_listen = Some(listen);
        }
        let result = tokio::time::timeout(
            WAIT,
            telegram::run_until(service(), s, std::future::pending()),
        )
        .await
        .expect("returns at once");
        let err = format!("{:#}", result.expect_err("the port is taken"));
        assert!(err.contains(&format!("cannot listen on {listen}")), "{err}");
    }
    // Telegram was not told to post anywhere.
    assert_eq!(fake.count_of("setWebhook"), 0);
}
