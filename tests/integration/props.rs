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

/// Pieces a page is made of: region lines, headlines, bylines, sentences
/// with and without figures, sentences of a date alone, captions, stray
/// words and layout breaks.
fn pageish() -> impl Strategy<Value = String> {
    let story = (
        prop::sample::select(vec!["通辽", "赤峰", "阿拉善", "兴安盟", "包头", ""]),
        prop::sample::select(vec![
            "# 东明村黑小麦订单卖出120万元",
            "## 2月3日 立春",
            "# 三年新增耕地5100亩",
            "# 小镇故事",
        ]),
        prop::sample::select(vec![
            "□本报记者 张三",
            "本报通辽2月3日讯(记者 李四)",
            "◎彭燕",
            "通讯员 王五 摄影报道",
            "",
        ]),
        prop::collection::vec(
            prop::sample::select(vec![
                "2月3日，立春。",
                "2月3日。",
                "2017年。",
                "东明村种植黑小麦500亩，订单收入120万元，带动农户30户。",
                "合作社理事长王如星说：“今年每亩多收了200斤。”",
                "项目总投资2.5亿元，一期工程占地300亩，",
                "预计年底前投产。",
                "图为村民在田间劳作。 本报记者 张三 摄",
                "脱贫攻坚",
                "第三批名录共有72个产品入选，同比增长19%。",
                "他今年54岁。",
                "由27.3%提升至45.5%。",
                "两顶蒙古包",
                "",
                "\n",
            ]),
            1..8,
        ),
    );
    prop::collection::vec(story, 1..4).prop_map(|stories| {
        let mut page = String::new();
        for (region, headline, byline, paragraphs) in stories {
            page.push_str(&format!("{region}\n\n{headline}\n\n{byline}\n\n"));
            for p in paragraphs {
                page.push_str(p);
                page.push_str("\n\n");
            }
        }
        page
    })
}

static SEGMENTER: LazyLock<std::sync::Mutex<nmg_bot::draft::Segmenter>> = LazyLock::new(|| {
    let kb = knowledge::bundled().unwrap();
    std::sync::Mutex::new(nmg_bot::draft::Segmenter::new(&kb.regions))
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever a page holds, its draft either passes the check or is
    /// refused with problems: `draft` never writes knowledge that `check`
    /// would turn away.
    #[test]
    fn a_drafted_page_passes_the_check_or_is_refused(page in pageish()) {
        let kb = knowledge::bundled().unwrap();
        let mut seg = SEGMENTER.lock().unwrap_or_else(|e| e.into_inner());
        let Ok(topics) = nmg_bot::draft::draft("page.txt", &page, &kb.regions, &[], &mut seg) else {
            return Ok(());
        };
        let file = |relative: String, text: String| knowledge::SourceFile {
            display: relative.clone(),
            relative,
            text,
        };
        let mut files: Vec<knowledge::SourceFile> = knowledge::bundled_files()
            .into_iter()
            .filter(|f| f.relative == "regions.toml" || f.relative == "bot.toml")
            .collect();
        files.push(file("pages/page.txt".into(), page.clone()));
        files.push(file("pages/page.toml".into(), nmg_bot::draft::write::page_meta(None, None, None)));
        for t in &topics {
            files.push(file(format!("topics/{}.toml", t.id), nmg_bot::draft::write::topic(t, "pages/page.txt")));
        }
        if let Err(problems) = knowledge::from_files(&files) {
            let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            prop_assert!(false, "{page}\n{}", shown.join("\n"));
        }
    }
}
