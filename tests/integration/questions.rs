//! The question table (`tests/questions.tsv`) through the bot, each
//! question a conversation of its own: every row is a question with the
//! topic and fact it must get, or `none`.
//!
//! Row format: `question<TAB>expectation<TAB>must_contain`, in the grammar
//! of [`crate::expect`].

use nmg_bot::bot::Options;
use nmg_bot::chat::{From, Incoming};

use crate::expect::{Expect, Must, check};
use crate::util::news_bot_with;

#[test]
fn question_table() {
    // Each question stands alone, as `nmg-bot ask` asks them.
    let bot = news_bot_with(Options {
        remember: false,
        record: false,
        ..Options::default()
    });
    let table = include_str!("../questions.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let question = cols.next().unwrap_or("");
        let expected = Expect::parse(cols.next().unwrap_or(""))
            .unwrap_or_else(|e| panic!("tests/questions.tsv:{}: {e}", n + 1));
        let must = Must::parse(cols.next().unwrap_or(""));
        rows += 1;
        let out = bot
            .handle(&Incoming::text(From::private(1), question))
            .message();
        if let Err(e) = check(out.as_ref(), &expected, &must) {
            let reply = out.map(|o| o.reply.plain()).unwrap_or_default();
            failures.push(format!(
                "tests/questions.tsv:{}: {question:?}: {e}\n    {}",
                n + 1,
                reply.replace('\n', " ⏎ ")
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
