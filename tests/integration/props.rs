//! The engine never panics and always answers, whatever the input.

use std::sync::LazyLock;

use nmg_bot::bot::NewsBot;
use nmg_bot::chat::{From, Incoming};
use nmg_bot::engine::Engine;
use nmg_bot::knowledge;
use proptest::prelude::*;

use crate::util::news_bot;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(knowledge::bundled().unwrap()));
static BOT: LazyLock<NewsBot> = LazyLock::new(news_bot);

/// Text built from the pieces questions are made of, so that the random
/// input reaches keywords, slips and separators, not only noise.
fn questionish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "呼伦湖",
        "呼伦胡",
        "赤峰",
        "医保",
        "多少",
        "哪年",
        "谁",
        "玉米",
        "鄂尔多斯",
        "🙂",
        "，",
        "\u{200B}",
        "Ａ",
        "養老金",
        "<b>",
        "&amp;",
        " ",
        "\n",
        "%",
        "7.69",
        "就业服务站",
        "@nmg_bot",
        "/ask",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(String::from), any::<String>()],
        0..20,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_unicode_gets_an_answer(q in any::<String>()) {
        let a = ENGINE.answer(&q);
        prop_assert!(!a.reply.plain().is_empty());
    }

    #[test]
    fn question_like_text_gets_an_answer(q in questionish()) {
        let a = ENGINE.answer(&q);
        prop_assert!(!a.reply.plain().is_empty());
        if a.matched() {
            prop_assert!(a.reply.plain().chars().count() <= 600);
        }
        let _ = BOT.handle(&Incoming::text(From::group(-1, 1), q.clone()));
        let _ = BOT.handle(&Incoming::button(From::private(1), q.clone()));
        let _ = BOT.handle(&Incoming::inline(1, q));
    }
}

#[test]
fn huge_messages_are_answered() {
    for piece in ["呼伦湖", "a", "🙂", "呼伦胡多少鱼", "\u{200B}"] {
        let q = piece.repeat(100_000 / piece.len() + 1);
        assert!(q.len() >= 100_000);
        let a = ENGINE.answer(&q);
        assert!(!a.reply.plain().is_empty());
    }
}
