//! Telegram under real conditions (issue 10): idle long polls, busy groups,
//! slow sends, flood control, inline typing, emoji, look-alike mentions.
//! Each test failed on the code before the issue was fixed.

use super::*;
use crate::fake::Fault;

/// Point 1: A quiet spell: long polls are held for their whole timeout, and the
/// client waits for them instead of giving up (it gave up at 17 s on 25 s
/// polls, backed off to 64 s, and answered 46 s late).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_long_polls_are_waited_out_and_the_next_question_answered() {
    let port = free_port();
    let bot = Running::with(|s| s.metrics_listen = Some(([127, 0, 0, 1], port).into())).await;
    // Three idle polls, each held for its full second by the fake.
    bot.fake.wait_for("getUpdates", 4, WAIT).await;
    assert_eq!(bot.fake.abandoned_polls(), 0, "{}", bot.fake.report());
    assert!(bot.fake.faulted().is_empty());
    let (status, body) = get(port, "/readyz").await;
    assert_eq!(status, 200, "{body}");
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("15万吨以上"));
    assert_eq!(bot.fake.abandoned_polls(), 0, "{}", bot.fake.report());
    let metrics = metrics_showing(port, "nmg_answers_total{kind=\"fact\"} 1").await;
    assert!(
        metrics.contains("nmg_updates_total{kind=\"message\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("nmg_polls_failed_total 0"), "{metrics}");
    assert_eq!(get(port, "/livez").await.0, 200);
    bot.finish().await;
}

/// Point 2: 90 people `/ask` in one group at once: an unrelated private question
/// is answered meanwhile, and the group gets every answer within its limit
/// (combined), with no 429 (it waited 125 s behind the group).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooded_group_stalls_no_other_chat() {
    let bot = Running::start().await;
    let group = -100777;
    let ask = format!("/ask@{} 呼伦湖现在有多少鱼", FakeTelegram::BOT_USERNAME);
    let asked: Vec<(i64, i64)> = (1000..1090)
        .map(|user| {
            let pushed = bot.fake.push(FakeTelegram::group_text(group, user, &ask));
            (user, pushed.message_id.unwrap())
        })
        .collect();
    bot.fake.push(FakeTelegram::private_text(
        42,
        "通辽有多少个家门口就业服务站",
    ));
    let private = bot.texts_to(42, 1).await;
    assert!(text(&private[0]).contains("123"), "{}", private[0]);
    // Every asker is answered: by a reply to their question, or by name
    // in a combined message.
    let answered = |f: &FakeTelegram| {
        let sent = f.sent_to(group);
        asked.iter().all(|(user, message)| {
            let mention = format!("tg://user?id={user}");
            sent.iter().any(|m| {
                text(m).contains(&mention) || m["reply_parameters"]["message_id"] == *message
            })
        })
    };
    bot.fake
        .wait_until("every asker answered", WAIT, answered)
        .await;
    let sent = bot.fake.sent_to(group);
    assert!(sent.len() <= 20, "{} messages to the group", sent.len());
    assert!(sent.iter().all(|m| text(m).contains("15万吨以上")));
    assert!(bot.fake.limited().is_empty(), "{}", bot.fake.report());
    bot.finish().await;
}

/// Point 2: One user floods a private chat with 300 messages: another user's
/// question is answered before the flooder's third reply (it waited 5.5 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flooding_user_stalls_no_one_else() {
    let bot = Running::start().await;
    for _ in 0..300 {
        bot.fake.push(FakeTelegram::private_text(42, "呼伦湖"));
    }
    bot.fake
        .push(FakeTelegram::private_text(43, "呼伦湖现在有多少鱼"));
    bot.texts_to(43, 1).await;
    // 42 is sent one message a second: a few at most so far (there were
    // six, its five answers and the notice, before 43 was answered).
    assert!(
        bot.fake.sent_to(42).len() <= 4,
        "{}",
        bot.fake.sent_to(42).len()
    );
    bot.finish().await;
}

/// Point 4: A send Telegram is slow to answer is not sent again: the chat gets
/// one reply, not two.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_send_is_not_sent_twice() {
    let bot = Running::with(|s| s.send_timeout = Duration::from_secs(1)).await;
    bot.fake
        .fail_next_in("sendMessage", 42, Fault::Slow(Duration::from_secs(20)), 1);
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    bot.fake.push(FakeTelegram::private_text(
        42,
        "通辽有多少个家门口就业服务站",
    ));
    let sent = bot.texts_to(42, 2).await;
    assert!(text(&sent[0]).contains("15万吨以上"), "{}", sent[0]);
    assert!(text(&sent[1]).contains("123"), "{}", sent[1]);
    assert_eq!(bot.fake.sent_to(42).len(), 2, "{}", bot.fake.report());
    bot.finish().await;
}

/// Point 5: Typing an inline query sends one query a keystroke: the last one is
/// answered, and the user's next private question too (the queries used up
/// the private flood limit, and both got nothing).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_typing_gets_its_last_query_answered_and_blocks_no_chat() {
    let bot = Running::start().await;
    let typed: Vec<char> = "呼伦湖现在有多少鱼吗？".chars().collect();
    let mut last = None;
    for n in 1..=typed.len() {
        let query: String = typed[..n].iter().collect();
        last = bot
            .fake
            .push(FakeTelegram::inline_query(42, &query))
            .query_id;
    }
    bot.fake.push(FakeTelegram::private_text(
        42,
        "通辽有多少个家门口就业服务站",
    ));
    let sent = bot.texts_to(42, 1).await;
    assert!(text(&sent[0]).contains("123"), "{}", sent[0]);
    let last = last.unwrap();
    bot.fake
        .wait_until("the last query answered", WAIT, |f| {
            f.calls_of("answerInlineQuery")
                .iter()
                .any(|c| c.body["inline_query_id"] == last.as_str())
        })
        .await;
    bot.finish().await;
}

/// Point 7: Telegram counts UTF-16 units: a reply quoting 2,000 emoji back is
/// split so that no message is over 4,096 units (it was 4,171).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn emoji_replies_are_split_by_utf16_units() {
    let bot = Running::start().await;
    let emoji = "😀".repeat(1996);
    bot.fake
        .push(FakeTelegram::private_text(42, &format!("/region {emoji}")));
    bot.fake.push(FakeTelegram::private_text(42, &emoji));
    let sent = bot.texts_to(42, 2).await;
    assert!(text(&sent[0]).contains("不是内蒙古的盟市名"), "{}", sent[0]);
    bot.finish().await;
}

/// Point 8: A 429 for one chat holds back that chat alone (one 429 for
/// chat A held user B's reply for 14 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_for_one_chat_does_not_hold_back_another() {
    let wait = Duration::from_secs(5);
    let bot = Running::start().await;
    bot.fake.fail_next_in(
        "sendMessage",
        42,
        Fault::TooManyRequests {
            retry_after: wait.as_secs() as u32,
        },
        1,
    );
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    bot.fake
        .wait_until("the 429", WAIT, |f| !f.faulted().is_empty())
        .await;
    bot.fake.push(FakeTelegram::private_text(
        43,
        "通辽有多少个家门口就业服务站",
    ));
    bot.texts_to(43, 1).await;
    assert!(bot.fake.sent_to(42).is_empty(), "42 waits out its 429");
    // B was answered within A's wait, not after it: no freeze of all chats.
    let limited_at = bot.fake.faulted()[0].at;
    let calls = bot.fake.calls_of("sendMessage");
    let b_at = calls.iter().find(|c| c.body["chat_id"] == 43).unwrap().at;
    assert!(b_at - limited_at < wait, "B waited {:?}", b_at - limited_at);
    let late = bot.texts_to(42, 1).await;
    assert!(text(&late[0]).contains("15万吨以上"));
    bot.finish().await;
}

/// Point 10: Five 502s in a row are retried until delivered, without teloxide's
/// 10 s pause after each; five 429s too, with throttling off (the reply was
/// lost after four).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_502s_and_five_429s_are_retried_until_delivered() {
    let fake = FakeTelegram::start_with(None).await;
    let mut s = settings(&fake);
    s.throttle = false;
    let bot = Running::on(fake, service(), s).await;
    bot.fake
        .fail_next_in("sendMessage", 42, Fault::BadGateway, 5);
    bot.fake.fail_next_in(
        "sendMessage",
        43,
        Fault::TooManyRequests { retry_after: 1 },
        5,
    );
    bot.fake
        .push(FakeTelegram::private_text(42, "呼伦湖现在有多少鱼"));
    bot.fake.push(FakeTelegram::private_text(
        43,
        "通辽有多少个家门口就业服务站",
    ));
    assert!(text(&bot.texts_to(42, 1).await[0]).contains("15万吨以上"));
    assert!(text(&bot.texts_to(43, 1).await[0]).contains("123"));
    // No attempt waited teloxide's 10 s after a 5xx: the back-off is
    // capped at 2 s (a bound five times looser than the schedule).
    let mut at: Vec<std::time::Instant> = bot
        .fake
        .faulted()
        .iter()
        .filter(|c| c.body["chat_id"] == 42)
        .map(|c| c.at)
        .collect();
    at.push(
        bot.fake
            .calls_of("sendMessage")
            .iter()
            .find(|c| c.body["chat_id"] == 42)
            .unwrap()
            .at,
    );
    assert_eq!(at.len(), 6);
    for pair in at.windows(2) {
        assert!(
            pair[1] - pair[0] < Duration::from_secs(10),
            "{:?}",
            pair[1] - pair[0]
        );
    }
    bot.finish().await;
}

/// Point 11: `@nmg_test_bot2 …` (another bot whose name starts with ours) and
/// `x@nmg_test_bot.com` are not mentions of the bot.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn look_alike_mentions_are_not_answered() {
    let bot = Running::start().await;
    let group = -100555;
    let name = FakeTelegram::BOT_USERNAME;
    for (user, text) in [
        (7, format!("@{name}2 呼伦湖现在有多少鱼")),
        (8, format!("x@{name}.com 呼伦湖现在有多少鱼")),
        (9, format!("@{name} 通辽有多少个家门口就业服务站")),
    ] {
        bot.fake.push(FakeTelegram::group_text(group, user, &text));
    }
    let sent = bot.texts_to(group, 1).await;
    assert!(text(&sent[0]).contains("123"), "{}", sent[0]);
    // Everything is processed once a later message in the chat is answered.
    bot.fake.push(FakeTelegram::group_text(
        group,
        9,
        &format!("/ask@{name} 赤峰医保几天到账"),
    ));
    bot.texts_to(group, 2).await;
    assert_eq!(bot.fake.sent_to(group).len(), 2, "{}", bot.fake.report());
    bot.finish().await;
}

/// The send limits the bot keeps are the ones the fake enforces: a burst
/// to many private chats and groups gets no 429 and every answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_keeps_within_telegrams_limits() {
    let bot = Running::start().await;
    let ask = format!("/ask@{} 呼伦湖现在有多少鱼", FakeTelegram::BOT_USERNAME);
    for user in 1..=60 {
        bot.fake
            .push(FakeTelegram::private_text(user, "呼伦湖现在有多少鱼"));
        bot.fake.push(FakeTelegram::private_text(
            user,
            "通辽有多少个家门口就业服务站",
        ));
        bot.fake
            .push(FakeTelegram::group_text(-(user % 3) - 200, user, &ask));
    }
    bot.fake
        .wait_until("every private answer", WAIT, |f| {
            (1..=60).all(|u| f.sent_to(u).len() == 2)
        })
        .await;
    assert!(bot.fake.limited().is_empty(), "{}", bot.fake.report());
    bot.finish().await;
}
