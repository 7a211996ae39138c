//! Scripted conversations (`tests/conversations.tsv`) through the router:
//! follow-ups answered in the context of the last answer, expiry on a
//! controlled clock, group users kept apart, buttons setting the context.

use std::time::{Duration, Instant};

use nmg_bot::chat::{From, Incoming, Router};
use nmg_bot::engine::{AnswerKind, Engine};
use nmg_bot::knowledge;
use nmg_bot::service::Service;

/// Checks one turn's answer; `Err` says what is wrong.
fn check(out: Option<&nmg_bot::chat::Outgoing>, expected: &str, must: &str) -> Result<(), String> {
    let out = out.ok_or("the bot stayed silent")?;
    let a = out.answer.as_ref().ok_or("no answer, only a notice")?;
    let got = format!(
        "{:?} topic={:?} fact={:?} region={:?}",
        a.kind, a.topic, a.fact, a.region
    );
    let ok = match expected {
        "none" => !a.matched,
        e if e.starts_with("missing:") => {
            a.kind == AnswerKind::Missing && a.region.as_deref() == Some(&e[8..])
        }
        e if e.starts_with("region:") => {
            a.kind == AnswerKind::Region && a.region.as_deref() == Some(&e["region:".len()..])
        }
        e if e.starts_with("ambiguous:") => {
            a.kind == AnswerKind::Ambiguous
                && e[10..]
                    .split(',')
                    .all(|t| a.candidates.iter().any(|c| c == t))
        }
        e => e.split('|').any(|alt| match alt.split_once('/') {
            Some((t, f)) => {
                a.matched && a.topic.as_deref() == Some(t) && a.fact.as_deref() == Some(f)
            }
            None => a.matched && a.topic.as_deref() == Some(alt) && a.fact.is_none(),
        }),
    };
    if !ok {
        return Err(format!("expected {expected}, got {got}"));
    }
    let reply: String = out
        .reply
        .plain()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if !must.is_empty() && !must.split('|').any(|m| reply.contains(m)) {
        return Err(format!("reply lacks {must:?}: {reply}"));
    }
    Ok(())
}

#[test]
fn scripted_conversations() {
    let table = include_str!("../conversations.tsv");
    let router = Router::new("nmg_bot");
    let mut service = Service::new(Engine::new(knowledge::bundled().unwrap()));
    let mut group = false;
    let mut now = Instant::now();
    let (mut turns, mut failures) = (0, Vec::new());
    for (n, line) in table.lines().enumerate() {
        if let Some(kind) = line.strip_prefix("## ") {
            service = Service::new(Engine::new(knowledge::bundled().unwrap()));
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
        let out = router.route_at(&service, &incoming, now);
        now += Duration::from_secs(20);
        turns += 1;
        let expected = cols.get(2).copied().unwrap_or("");
        let must = cols.get(3).copied().unwrap_or("");
        if let Err(e) = check(out.as_ref(), expected, must) {
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
    let router = Router::new("nmg_bot");
    let service = Service::new(Engine::new(knowledge::bundled().unwrap()));
    let out = router
        .route(&service, &Incoming::text(From::private(1), "赤峰呢"))
        .unwrap();
    // Not a follow-up of anything: 赤峰's own story.
    assert_eq!(out.answer.unwrap().topic.as_deref(), Some("chifeng-yibao"));
    let out = router
        .route(&service, &Incoming::text(From::private(2), "还有呢"))
        .unwrap();
    assert!(!out.answer.unwrap().matched);
}
