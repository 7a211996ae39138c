//! Scripted conversations (`tests/conversations.tsv`) through the bot:
//! follow-ups answered in the context of the last answer, expiry on a
//! controlled clock, group users kept apart, buttons setting the context.

use std::time::{Duration, Instant};

use nmg_bot::chat::{From, Incoming};

use crate::expect::{Expect, Must, check};
use crate::util::news_bot;

#[test]
fn scripted_conversations() {
    let table = include_str!("../conversations.tsv");
    let mut bot = news_bot();
    let mut group = false;
    let mut now = Instant::now();
    let (mut turns, mut failures) = (0, Vec::new());
    for (n, line) in table.lines().enumerate() {
        if let Some(kind) = line.strip_prefix("## ") {
            bot = news_bot();
            group = kind.trim() == "group";
            continue;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let user: u64 = cols[0].parse().expect("a user id");
        let message = cols.get(1).copied().unwrap_or("");
        if message == "@+11m" {
            now += Duration::from_secs(11 * 60);
            continue;
        }
        let from = if group {
            From::group(-42, user)
        } else {
            From::private(user)
        };
        let incoming = match message.strip_prefix("button:") {
            Some(data) => Incoming::button(from, data),
            None => Incoming::text(from, message),
        };
        let out = bot.handle_at(&incoming, now).message();
        now += Duration::from_secs(20);
        turns += 1;
        let expected = Expect::parse(cols.get(2).copied().unwrap_or(""))
            .unwrap_or_else(|e| panic!("tests/conversations.tsv:{}: {e}", n + 1));
        let must = Must::parse(cols.get(3).copied().unwrap_or(""));
        if let Err(e) = check(out.as_ref(), &expected, &must) {
            failures.push(format!(
                "tests/conversations.tsv:{}: {message:?}: {e}",
                n + 1
            ));
        }
    }
    assert!(turns >= 30, "only {turns} turns");
    assert!(
        failures.is_empty(),
        "{} of {turns} turns failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_follow_up_without_context_is_a_fresh_question() {
    let bot = news_bot();
    let out = bot
        .handle(&Incoming::text(From::private(1), "赤峰呢"))
        .message()
        .unwrap();
    // Not a follow-up of anything: 赤峰's own story.
    assert_eq!(out.answer.unwrap().names().topic, Some("chifeng-yibao"));
    let out = bot
        .handle(&Incoming::text(From::private(2), "还有呢"))
        .message()
        .unwrap();
    assert!(!out.answer.unwrap().matched());
}
