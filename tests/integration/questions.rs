//! The question table (`tests/questions.tsv`) through the engine: every row
//! is a question with the topic and fact it must get, or `none`.
//!
//! Row format: `question<TAB>expectation<TAB>must_contain`, where the
//! expectation is `topic/fact` (alternatives with `|`), `topic` (the story as
//! a whole), `none`, `ambiguous:a,b`, `region:盟市` (its list of stories) or `overview`, and `must_contain` is text
//! the reply must hold (alternatives with `|`).

use nmg_bot::engine::{Answer, AnswerKind, Engine};
use nmg_bot::knowledge;

/// Longest reply for a matched answer, in characters: an answer, not a page.
const MAX_REPLY: usize = 600;

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks one answer against its expectation; `Err` says what is wrong.
fn check(answer: &Answer, expected: &str, must_contain: &str) -> Result<(), String> {
    let reply = answer.reply.plain();
    if answer.matched && reply.chars().count() > MAX_REPLY {
        return Err(format!("reply is {} characters", reply.chars().count()));
    }
    let got = format!(
        "{:?} topic={:?} fact={:?} candidates={:?}",
        answer.kind, answer.topic, answer.fact, answer.candidates
    );
    let ok = match expected {
        "none" => !answer.matched,
        "overview" => matches!(answer.kind, AnswerKind::Overview | AnswerKind::NoMatch),
        e if e.starts_with("region:") => {
            answer.kind == AnswerKind::Region
                && answer.region.as_deref() == Some(&e["region:".len()..])
        }
        e if e.starts_with("ambiguous:") => {
            answer.kind == AnswerKind::Ambiguous
                && e["ambiguous:".len()..]
                    .split(',')
                    .all(|t| answer.candidates.iter().any(|c| c == t.trim()))
        }
        e => e.split('|').any(|alt| match alt.trim().split_once('/') {
            Some((topic, fact)) => {
                answer.matched
                    && answer.topic.as_deref() == Some(topic)
                    && answer.fact.as_deref() == Some(fact)
            }
            None => {
                answer.matched
                    && answer.topic.as_deref() == Some(alt.trim())
                    && answer.fact.is_none()
            }
        }),
    };
    if !ok {
        return Err(format!("expected {expected}, got {got}"));
    }
    if !must_contain.is_empty()
        && !must_contain
            .split('|')
            .any(|m| squeeze(&reply).contains(&squeeze(m)))
    {
        return Err(format!("reply lacks {must_contain:?} ({got})"));
    }
    Ok(())
}

#[test]
fn question_table() {
    let engine = Engine::new(knowledge::bundled().expect("bundled knowledge"));
    let table = include_str!("../questions.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let question = cols.next().unwrap_or("");
        let expected = cols.next().unwrap_or("").trim();
        let must = cols.next().unwrap_or("").trim();
        assert!(
            !expected.is_empty(),
            "tests/questions.tsv:{}: no expectation",
            n + 1
        );
        rows += 1;
        let answer = engine.answer(question);
        if let Err(e) = check(&answer, expected, must) {
            failures.push(format!(
                "tests/questions.tsv:{}: {question:?}: {e}\n    {}",
                n + 1,
                answer.reply.plain().replace('\n', " ⏎ ")
            ));
        }
    }
    assert!(rows >= 150, "only {rows} questions in the table");
    assert!(
        failures.is_empty(),
        "{} of {rows} questions failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
