//! What the bot sends for each kind of update.

use super::*;
use crate::fake::Fault;

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
    let push = |user: i64, text: &str| bot.fake.push(FakeTelegram::group_text(group, user, text));
    push(7, "呼伦湖现在有多少鱼");
    push(7, "/ask@other_bot 呼伦湖");
    push(7, &format!("/ask@{name} 通辽有多少个家门口就业服务站"));
    push(8, &format!("@{name} 个人养老金能抵税吗"));
    bot.fake.push(FakeTelegram::group_reply_to_bot(
        group,
        9,
        "赤峰医保几天到账",
        1,
    ));
    push(9, &format!("/ask@{name}"));
    let sent = bot.texts_to(group, 4).await;
    let all: String = sent.iter().map(|m| text(m).to_string()).collect();
    // Four replies, individually or combined, in order.
    let at = |needle: &str| {
        all.find(needle)
            .unwrap_or_else(|| panic!("{needle}: {all}"))
    };
    assert!(
        at("123") < at("养老金") && at("养老金") < at("2个工作日") && at("2个工作日") < at("用法")
    );
    assert!(
        sent[0]["reply_parameters"]["message_id"].is_number(),
        "{}",
        sent[0]
    );
    // Chatter and another bot's command got nothing.
    assert_eq!(bot.fake.sent_to(group).len(), 4);
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buttons_are_answered_even_when_stale_or_garbage() {
    let bot = Running::start().await;
    for data in [
        "v1:f:hulunbuir-hulunhu:fish",
        "v0:old-format",
        "\u{1}garbage",
    ] {
        bot.fake.push(FakeTelegram::callback(42, 42, 1, data));
    }
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
    let lake = bot
        .fake
        .push(FakeTelegram::inline_query(42, "呼伦湖"))
        .query_id;
    let empty = bot.fake.push(FakeTelegram::inline_query(43, "")).query_id;
    let calls = bot.fake.wait_for("answerInlineQuery", 2, WAIT).await;
    for call in &calls {
        let results = call.body["results"].as_array().unwrap();
        assert!(!results.is_empty() && results.len() <= 10, "{}", call.body);
        let mut ids: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), results.len());
    }
    let answer_to = |id: &Option<String>| {
        let id = id.as_deref().unwrap();
        calls
            .iter()
            .find(|c| c.body["inline_query_id"] == id)
            .unwrap()
    };
    let first = &answer_to(&lake).body["results"][0];
    assert!(
        first["title"].as_str().unwrap().contains("呼伦湖"),
        "{first}"
    );
    assert_eq!(
        answer_to(&empty).body["results"][0]["title"],
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
    // Silence after the notice: one more user's question, then count.
    bot.fake.push(FakeTelegram::private_text(44, "呼伦湖"));
    bot.texts_to(44, 1).await;
    assert_eq!(bot.fake.sent_to(42).len(), 6);
    assert!(bot.fake.limited().is_empty(), "{}", bot.fake.report());
    bot.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_reply_still_delivered() {
    let bot = Running::start().await;
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
async fn polling_survives_502s_and_resets() {
    let bot = Running::start().await;
    bot.fake.fail_next("getUpdates", Fault::Status(502), 1);
    bot.fake.fail_next("getUpdates", Fault::Reset, 1);
    bot.fake.fail_next("getUpdates", Fault::BadGateway, 1);
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
    for (user, q) in [
        (7, "通辽有多少个家门口就业服务站"),
        (8, "个人养老金能抵税吗"),
        (7, "每个站有几个工作人员"),
    ] {
        bot.fake.push(FakeTelegram::group_text(
            group,
            user,
            &format!("@{name} {q}"),
        ));
    }
    let all = |f: &FakeTelegram| -> String {
        f.sent_to(group)
            .iter()
            .map(|m| text(m).to_string())
            .collect()
    };
    bot.fake
        .wait_until("three answers in the group", WAIT, |f| {
            all(f).contains("1名至4名")
        })
        .await;
    let all = all(&bot.fake);
    assert!(all.contains("123") && all.contains("养老金"), "{all}");
    bot.finish().await;
}
