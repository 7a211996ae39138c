//! The fake's own tests: that it behaves as Telegram does.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use teloxide::types::{MediaKind, MessageKind, Update, UpdateKind};

use super::{FakeTelegram, Fault, Limits};

const WAIT: Duration = Duration::from_secs(10);

/// Calls `method` on the fake the way the bot does; returns the status and
/// the JSON answer (`Null` if the connection broke).
async fn call(fake: &FakeTelegram, method: &str, body: Value) -> (u16, Value) {
    call_as(fake, FakeTelegram::TOKEN, method, &body.to_string()).await
}

async fn call_as(fake: &FakeTelegram, token: &str, method: &str, body: &str) -> (u16, Value) {
    let url = format!("{}bot{token}/{method}", fake.api_url());
    let sent = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await;
    // A reset connection: no status, no answer.
    let Ok(response) = sent else {
        return (0, Value::Null);
    };
    let status = response.status().as_u16();
    let json = match response.text().await {
        Ok(text) => serde_json::from_str(&text).unwrap_or(Value::String(text)),
        Err(_) => Value::Null,
    };
    (status, json)
}

fn ids(answer: &Value) -> Vec<i64> {
    answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["update_id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn get_updates_returns_pushed_updates_and_honours_offset() {
    let fake = FakeTelegram::start().await;
    let first = fake.push(FakeTelegram::private_text(7, "/start")).update_id;
    let second = fake.push(FakeTelegram::private_text(7, "你好")).update_id;
    assert_eq!(second, first + 1);
    assert_eq!(
        ids(&call(&fake, "getUpdates", json!({})).await.1),
        [first, second]
    );
    // Without an offset nothing is confirmed.
    assert_eq!(
        ids(&call(&fake, "getUpdates", json!({"limit": 1})).await.1),
        [first]
    );
    let (_, answer) = call(&fake, "getUpdates", json!({ "offset": second })).await;
    assert_eq!(ids(&answer), [second]);
    // `first` is gone for good.
    assert_eq!(ids(&call(&fake, "getUpdates", json!({})).await.1), [second]);
    assert!(fake.violations().is_empty());
}

#[tokio::test]
async fn an_idle_long_poll_is_held_for_its_whole_timeout() {
    let fake = FakeTelegram::start().await;
    let start = Instant::now();
    let (status, answer) = call(&fake, "getUpdates", json!({ "timeout": 1 })).await;
    assert_eq!((status, answer["result"].clone()), (200, json!([])));
    // Timers never fire early: this is the fake's contract, not a speed.
    assert!(start.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_long_poll_returns_as_soon_as_an_update_is_pushed() {
    let fake = Arc::new(FakeTelegram::start().await);
    let poller = Arc::clone(&fake);
    let poll =
        tokio::spawn(async move { call(&poller, "getUpdates", json!({ "timeout": 50 })).await });
    fake.wait_for("getUpdates", 1, WAIT).await;
    let id = fake.push(FakeTelegram::private_text(7, "hi")).update_id;
    let (_, answer) = tokio::time::timeout(WAIT, poll).await.unwrap().unwrap();
    assert_eq!(ids(&answer), [id]);
}

#[tokio::test]
async fn an_abandoned_long_poll_is_counted() {
    let fake = FakeTelegram::start().await;
    let url = format!("{}bot{}/getUpdates", fake.api_url(), FakeTelegram::TOKEN);
    let gave_up = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(json!({ "timeout": 30 }).to_string())
        .timeout(Duration::from_millis(200))
        .send()
        .await;
    assert!(gave_up.is_err());
    fake.wait_until("the abandoned poll", WAIT, |f| f.abandoned_polls() == 1)
        .await;
}

#[tokio::test]
async fn builders_parse_as_teloxide_updates() {
    let fake = FakeTelegram::start().await;
    let text = "/ask@nmg_test_bot 你好😀 @some_user, mail a@b.com @abc";
    fake.push(FakeTelegram::private_text(7, "/start"));
    fake.push(FakeTelegram::group_text(-1001234, 7, text));
    fake.push(FakeTelegram::group_reply_to_bot(-1001234, 7, "再说一遍", 5));
    fake.push(FakeTelegram::callback(7, -1001234, 5, "more:1"));
    fake.push(FakeTelegram::inline_query(7, "包头"));
    fake.push(FakeTelegram::sticker(7, 7, true));
    fake.push(FakeTelegram::edited_text(7, "改了"));
    fake.push(FakeTelegram::member_joined(-1001234, 8));
    fake.push(FakeTelegram::channel_post(-1009999, "频道消息"));
    let (_, answer) = call(&fake, "getUpdates", json!({})).await;
    // From text, as the bot reads them: teloxide cannot read an update
    // from a `serde_json::Value`.
    let updates: Vec<Update> = serde_json::from_str(&answer["result"].to_string()).unwrap();
    assert_eq!(updates.len(), 9);
    let kinds: Vec<&UpdateKind> = updates.iter().map(|u| &u.kind).collect();
    let UpdateKind::Message(m) = kinds[0] else {
        panic!("{:?}", kinds[0])
    };
    assert!(m.chat.is_private() && m.text() == Some("/start"));
    let UpdateKind::Message(m) = kinds[1] else {
        panic!("{:?}", kinds[1])
    };
    let texts: Vec<&str> = m
        .parse_entities()
        .unwrap()
        .iter()
        .map(|e| e.text())
        .collect();
    assert_eq!(texts, ["/ask@nmg_test_bot", "@some_user"]);
    let UpdateKind::Message(m) = kinds[2] else {
        panic!("{:?}", kinds[2])
    };
    assert!(m.reply_to_message().unwrap().from.as_ref().unwrap().is_bot);
    // Message ids count up per chat.
    assert_eq!(m.id.0, 2);
    let UpdateKind::CallbackQuery(q) = kinds[3] else {
        panic!("{:?}", kinds[3])
    };
    assert_eq!(q.data.as_deref(), Some("more:1"));
    let UpdateKind::InlineQuery(q) = kinds[4] else {
        panic!("{:?}", kinds[4])
    };
    assert_eq!(q.query, "包头");
    let UpdateKind::Message(m) = kinds[5] else {
        panic!("{:?}", kinds[5])
    };
    let MessageKind::Common(common) = &m.kind else {
        panic!("{m:?}")
    };
    assert!(matches!(common.media_kind, MediaKind::Sticker(_)));
    assert!(matches!(kinds[6], UpdateKind::EditedMessage(_)));
    let UpdateKind::Message(m) = kinds[7] else {
        panic!("{:?}", kinds[7])
    };
    assert_eq!(m.new_chat_members().unwrap()[0].id.0, 8);
    assert!(matches!(kinds[8], UpdateKind::ChannelPost(_)));
}

#[tokio::test]
async fn messages_are_checked_as_telegram_checks_them() {
    let fake = FakeTelegram::start_with(None).await;
    let send = |text: String| json!({ "chat_id": 42, "text": text, "parse_mode": "HTML" });
    let (status, answer) = call(&fake, "sendMessage", send("<b>粗体</b> &lt;ok&gt;".into())).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["result"]["text"], "粗体 <ok>");
    assert_eq!(call(&fake, "sendMessage", send("<b>x".into())).await.0, 400);
    // 2,048 emoji are 4,096 UTF-16 units: the limit; one more is over.
    assert_eq!(
        call(&fake, "sendMessage", send("😀".repeat(2048))).await.0,
        200
    );
    assert_eq!(
        call(&fake, "sendMessage", send("😀".repeat(2049))).await.0,
        400
    );
    let keyboard =
        |data: &str| json!({ "inline_keyboard": [[{ "text": "更多", "callback_data": data }]] });
    let data64 = format!("{}a", "中".repeat(21));
    let ok = json!({ "chat_id": 42, "text": "x", "reply_markup": keyboard(&data64) });
    assert_eq!(call(&fake, "sendMessage", ok).await.0, 200);
    let over =
        json!({ "chat_id": 42, "text": "x", "reply_markup": keyboard(&format!("{data64}b")) });
    assert_eq!(call(&fake, "sendMessage", over).await.0, 400);
    let violations = fake.violations();
    assert_eq!(violations.len(), 3, "{violations:?}");
    assert!(
        violations[1].contains("4098 UTF-16 code units"),
        "{violations:?}"
    );
    assert!(violations[2].contains("65 bytes"), "{violations:?}");
}

#[tokio::test]
async fn sends_over_a_chats_limit_get_429_and_other_chats_do_not() {
    let limits = Limits {
        private: (1, Duration::from_secs(60)),
        group: (2, Duration::from_secs(60)),
        overall: (100, Duration::from_secs(1)),
    };
    let fake = FakeTelegram::start_with(Some(limits)).await;
    let send = |chat: i64| json!({ "chat_id": chat, "text": "答" });
    assert_eq!(call(&fake, "sendMessage", send(42)).await.0, 200);
    let (status, answer) = call(&fake, "sendMessage", send(42)).await;
    assert_eq!(status, 429);
    let wait = answer["parameters"]["retry_after"].as_u64().unwrap();
    assert!((59..=60).contains(&wait), "{answer}");
    assert_eq!(call(&fake, "sendMessage", send(43)).await.0, 200);
    assert_eq!(call(&fake, "sendMessage", send(-100)).await.0, 200);
    assert_eq!(call(&fake, "sendMessage", send(-100)).await.0, 200);
    assert_eq!(call(&fake, "sendMessage", send(-100)).await.0, 429);
    assert_eq!(fake.limited().len(), 2);
    assert_eq!(fake.count_of("sendMessage"), 4);
}

#[tokio::test]
async fn faults_are_injected_per_method_and_per_chat() {
    let fake = FakeTelegram::start_with(None).await;
    let send = |chat: i64| json!({ "chat_id": chat, "text": "答" });
    fake.fail_next_in(
        "sendMessage",
        1,
        Fault::TooManyRequests { retry_after: 15 },
        1,
    );
    fake.fail_next("sendMessage", Fault::BadGateway, 1);
    // The 502 is for any chat: chat 2 gets it; chat 1 then gets its 429.
    let (status, answer) = call(&fake, "sendMessage", send(2)).await;
    assert_eq!(status, 502);
    assert!(answer.as_str().unwrap().contains("Bad Gateway"));
    let (status, answer) = call(&fake, "sendMessage", send(1)).await;
    assert_eq!(
        (status, answer["parameters"]["retry_after"].clone()),
        (429, json!(15))
    );
    assert_eq!(call(&fake, "sendMessage", send(1)).await.0, 200);

    fake.fail_next("getMe", Fault::Reset, 1);
    assert_eq!(call(&fake, "getMe", json!({})).await.1, Value::Null);
    assert_eq!(call(&fake, "getMe", json!({})).await.0, 200);

    fake.fail_next("sendMessage", Fault::Slow(Duration::from_millis(300)), 1);
    let start = Instant::now();
    assert_eq!(call(&fake, "sendMessage", send(3)).await.0, 200);
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_eq!(fake.faulted().len(), 3);
    assert_eq!(fake.sent_to(3).len(), 1, "a slow send is served");
}

#[tokio::test]
async fn queries_can_be_answered_once() {
    let fake = FakeTelegram::start().await;
    let callback = fake
        .push(FakeTelegram::callback(7, 7, 3, "x"))
        .query_id
        .unwrap();
    let inline = fake
        .push(FakeTelegram::inline_query(7, "q"))
        .query_id
        .unwrap();
    let ack = json!({ "callback_query_id": callback });
    assert_eq!(call(&fake, "answerCallbackQuery", ack.clone()).await.0, 200);
    assert_eq!(call(&fake, "answerCallbackQuery", ack).await.0, 400);
    let article = |id: &str| {
        json!({ "type": "article", "id": id, "title": "标题",
                "input_message_content": { "message_text": "<b>答</b>", "parse_mode": "HTML" } })
    };
    let answer = |results: Value| json!({ "inline_query_id": inline, "results": results });
    let twice = answer(json!([article("a"), article("a")]));
    assert_eq!(call(&fake, "answerInlineQuery", twice).await.0, 400);
    let good = answer(json!([article("a"), article("b")]));
    assert_eq!(call(&fake, "answerInlineQuery", good.clone()).await.0, 200);
    assert_eq!(call(&fake, "answerInlineQuery", good).await.0, 400);
    let violations = fake.violations();
    assert_eq!(violations.len(), 3, "{violations:?}");
    assert!(violations[1].contains("used twice"), "{violations:?}");
}

#[tokio::test]
async fn bad_tokens_unknown_methods_and_bad_json_are_refused() {
    let fake = FakeTelegram::start().await;
    let (status, _) = call_as(&fake, "1:WRONG", "getMe", "{}").await;
    assert_eq!(status, 401);
    assert_eq!(fake.unauthorized().len(), 1);
    assert!(fake.violations().is_empty());
    assert_eq!(call(&fake, "getChat", json!({ "chat_id": 1 })).await.0, 404);
    assert!(fake.violations()[0].starts_with("getChat: not a method the bot should call"));
    let (status, _) = call_as(
        &fake,
        FakeTelegram::TOKEN,
        "sendMessage",
        "{\"chat_id\": 1, ",
    )
    .await;
    assert_eq!(status, 400);
    assert!(fake.violations()[1].contains("malformed JSON"));
}

#[tokio::test]
async fn shutdown_ends_pending_long_polls() {
    let fake = FakeTelegram::start().await;
    let url = format!("{}bot{}/getUpdates", fake.api_url(), FakeTelegram::TOKEN);
    let poll = tokio::spawn(async move {
        reqwest::Client::new()
            .post(url)
            .header("content-type", "application/json")
            .body(json!({ "timeout": 50 }).to_string())
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap()
    });
    fake.wait_for("getUpdates", 1, WAIT).await;
    tokio::time::timeout(WAIT, fake.shutdown()).await.unwrap();
    assert_eq!(poll.await.unwrap()["result"], json!([]));
}

#[tokio::test]
async fn a_webhook_is_posted_updates_until_it_takes_them() {
    let fake = FakeTelegram::start().await;
    // (secret header, update) of each post.
    type Posts = Arc<Mutex<Vec<(Option<String>, Value)>>>;
    let got: Posts = Arc::default();
    let refuse_first = Arc::new(Mutex::new(true));
    let app = {
        let got = Arc::clone(&got);
        axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: axum::http::HeaderMap, body: String| {
                let got = Arc::clone(&got);
                let refuse_first = Arc::clone(&refuse_first);
                async move {
                    let secret = headers
                        .get("x-telegram-bot-api-secret-token")
                        .map(|v| v.to_str().unwrap().to_string());
                    got.lock()
                        .unwrap()
                        .push((secret, serde_json::from_str(&body).unwrap()));
                    let refuse = std::mem::replace(&mut *refuse_first.lock().unwrap(), false);
                    if refuse {
                        axum::http::StatusCode::SERVICE_UNAVAILABLE
                    } else {
                        axum::http::StatusCode::OK
                    }
                }
            }),
        )
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let set = json!({ "url": url, "secret_token": "s3cret" });
    assert_eq!(call(&fake, "setWebhook", set).await.0, 200);
    assert_eq!(call(&fake, "getUpdates", json!({})).await.0, 409);
    let id = fake.push(FakeTelegram::private_text(7, "你好")).update_id;
    fake.wait_until("the update taken", WAIT, |f| f.unconfirmed() == 0)
        .await;
    let got = got.lock().unwrap().clone();
    assert_eq!(got.len(), 2, "posted again after a 503");
    assert!(
        got.iter()
            .all(|(secret, u)| secret.as_deref() == Some("s3cret") && u["update_id"] == id)
    );
}
