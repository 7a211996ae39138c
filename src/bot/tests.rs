//! The bot as data: input in, what the bot says (or that it is silent).

use super::*;
use crate::chat::{Incoming, MAX_CALLBACK_BYTES, decode};
use crate::engine::Engine;
use crate::knowledge;

const ADMIN: u64 = 99;

fn bot() -> NewsBot {
    bot_with(Options::default())
}

fn bot_with(options: Options) -> NewsBot {
    let live = Live::new(Engine::new(knowledge::bundled().unwrap()), Source::Bundled);
    NewsBot::new(
        Arc::new(live),
        Options {
            username: "nmg_bot".into(),
            admins: vec![ADMIN],
            ..options
        },
    )
}

fn say(bot: &NewsBot, input: &Incoming) -> Option<Outgoing> {
    bot.handle(input).message()
}

fn from(chat: ChatKind) -> From {
    match chat {
        ChatKind::Group => From::group(-100, 7),
        ChatKind::Private | ChatKind::Inline => From::private(7),
    }
}

fn text(chat: ChatKind, text: &str) -> Incoming {
    Incoming::text(from(chat), text)
}

/// Routes `input` and returns the plain reply, or `None` for silence.
fn check(input: Incoming) -> Option<String> {
    say(&bot(), &input).map(|o| o.reply.plain())
}

#[test]
fn private_text_is_a_question() {
    let reply = check(text(ChatKind::Private, "呼伦湖现在有多少鱼")).unwrap();
    assert!(reply.contains("15万吨以上"), "{reply}");
}

#[test]
fn groups_answer_only_when_addressed() {
    assert_eq!(check(text(ChatKind::Group, "呼伦湖现在有多少鱼")), None);
    let mention = check(text(ChatKind::Group, "@nmg_bot 呼伦湖现在有多少鱼")).unwrap();
    assert!(mention.contains("15万吨以上"), "{mention}");
    let command = check(text(ChatKind::Group, "/ask@NMG_bot 呼伦湖现在有多少鱼")).unwrap();
    assert!(command.contains("15万吨以上"), "{command}");
    let reply = check(Incoming::reply(from(ChatKind::Group), "呼伦湖现在有多少鱼")).unwrap();
    assert!(reply.contains("15万吨以上"), "{reply}");
}

#[test]
fn commands_for_other_bots_are_ignored() {
    assert_eq!(check(text(ChatKind::Group, "/ask@other_bot 呼伦湖")), None);
    assert_eq!(check(text(ChatKind::Private, "/start@other_bot")), None);
}

#[test]
fn ask_without_a_question_gets_usage() {
    let reply = check(text(ChatKind::Group, "/ask@nmg_bot")).unwrap();
    assert!(reply.starts_with("用法：/ask"), "{reply}");
}

#[test]
fn start_offers_regions_as_buttons() {
    let bot = bot();
    let out = say(&bot, &text(ChatKind::Private, "/start")).unwrap();
    // One button per region that has a story.
    let regions = bot.live().engine().knowledge().covered_regions().len();
    assert_eq!(out.buttons.len(), regions);
    assert!(out.buttons.iter().all(|b| b.data.starts_with("v1:r:")));
}

#[test]
fn buttons_open_their_target_and_stale_ones_are_answered() {
    let reply = check(Incoming::button(
        from(ChatKind::Private),
        "v1:f:hulunbuir-hulunhu:fish",
    ))
    .unwrap();
    assert!(reply.contains("15万吨以上"), "{reply}");
    for stale in ["v1:f:hulunbuir-hulunhu:gone", "v0:x", "garbage"] {
        let reply = check(Incoming::button(from(ChatKind::Private), stale)).unwrap();
        assert!(reply.contains("按钮已经过期"), "{reply}");
    }
}

#[test]
fn every_button_fits_telegram() {
    let bot = bot();
    let engine = bot.live().engine();
    let kb = engine.knowledge();
    for q in [
        "呼伦湖",
        "赤峰",
        "玉米",
        "乌海的就业服务站有多少个",
        "/topics",
        "/start",
        "天气",
    ] {
        let out = say(&bot, &text(ChatKind::Private, q)).unwrap();
        for b in &out.buttons {
            assert!(b.data.len() <= MAX_CALLBACK_BYTES, "{q}: {}", b.data);
            assert!(decode(kb, &b.data).is_some(), "{q}: {}", b.data);
        }
    }
}

#[test]
fn non_text_gets_a_hint_in_private_and_silence_in_groups() {
    assert!(
        check(Incoming::non_text(from(ChatKind::Private)))
            .unwrap()
            .contains("文字")
    );
    assert_eq!(check(Incoming::non_text(from(ChatKind::Group))), None);
}

#[test]
fn region_command_resolves_aliases() {
    let reply = check(text(ChatKind::Private, "/region 锡盟")).unwrap();
    assert!(reply.contains("养老"), "{reply}");
    let reply = check(text(ChatKind::Private, "/region 火星")).unwrap();
    assert!(reply.contains("不是内蒙古的盟市名"), "{reply}");
}

#[test]
fn long_messages_are_cut_with_a_note() {
    let long = format!("呼伦湖现在有多少鱼{}", "啊".repeat(5000));
    let reply = check(text(ChatKind::Private, &long)).unwrap();
    assert!(reply.contains("15万吨以上"), "{reply}");
    assert!(reply.contains("只看了前"), "{reply}");
}

#[test]
fn admin_commands_are_for_admins_only() {
    let bot = bot();
    let admin = From::private(ADMIN);
    for cmd in ["/stats", "/misses", "/reload"] {
        let denied = say(&bot, &text(ChatKind::Private, cmd))
            .unwrap()
            .reply
            .plain();
        assert!(denied.contains("只有管理员"), "{cmd}: {denied}");
        let allowed = say(&bot, &Incoming::text(admin, cmd))
            .unwrap()
            .reply
            .plain();
        assert!(!allowed.contains("只有管理员"), "{cmd}: {allowed}");
    }
    let help = say(&bot, &text(ChatKind::Private, "/help"))
        .unwrap()
        .reply
        .plain();
    assert!(!help.contains("/reload"), "{help}");
    let admin_help = say(&bot, &Incoming::text(admin, "/help"))
        .unwrap()
        .reply
        .plain();
    assert!(admin_help.contains("/reload"), "{admin_help}");
}

#[test]
fn stats_count_questions_and_misses() {
    let bot = bot();
    bot.handle(&text(ChatKind::Private, "呼伦湖现在有多少鱼"));
    bot.handle(&text(ChatKind::Private, "今天股市怎么样"));
    let stats = say(&bot, &Incoming::text(From::private(ADMIN), "/stats"))
        .unwrap()
        .reply
        .plain();
    assert!(stats.contains("问题：2，答上：1（50%）"), "{stats}");
    assert!(stats.contains("hulunbuir-hulunhu/fish"), "{stats}");
    assert!(stats.contains("今天股市怎么样"), "{stats}");
}

#[test]
fn a_flood_is_stopped_before_any_answering_or_recording() {
    let bot = bot_with(Options {
        rate_limit: Some((5, Duration::from_secs(10))),
        ..Options::default()
    });
    let t0 = Instant::now();
    let replies: Vec<Response> = (0..40)
        .map(|i| {
            bot.handle_at(
                &text(ChatKind::Private, "今天股市怎么样"),
                t0 + Duration::from_millis(i),
            )
        })
        .collect();
    let messages = replies
        .iter()
        .filter(|r| matches!(r, Response::Message(_)))
        .count();
    assert_eq!(messages, 6, "five answers and one notice");
    let stats = say(&bot, &Incoming::text(From::private(ADMIN), "/stats"))
        .unwrap()
        .reply
        .plain();
    assert!(stats.contains("问题：5，"), "{stats}");
}

#[test]
fn inline_queries_are_counted_and_have_a_budget_of_their_own() {
    let bot = bot_with(Options {
        rate_limit: Some((5, Duration::from_secs(10))),
        ..Options::default()
    });
    let t0 = Instant::now();
    // Typing a query sends one inline query a keystroke.
    let typed = "呼伦湖现在有多少鱼啊";
    let mut query = String::new();
    for c in typed.chars() {
        query.push(c);
        match bot.handle_at(&Incoming::inline(7, query.clone()), t0) {
            Response::Inline(answers) => assert!(!answers.is_empty(), "{query}"),
            other => panic!("{query}: {other:?}"),
        }
    }
    // The user's next question in their private chat is still answered.
    let out = bot
        .handle_at(&text(ChatKind::Private, "呼伦湖现在有多少鱼"), t0)
        .message()
        .unwrap();
    assert!(out.reply.plain().contains("15万吨以上"));
    let stats = say(&bot, &Incoming::text(From::private(ADMIN), "/stats"))
        .unwrap()
        .reply
        .plain();
    assert!(
        stats.contains(&format!("问题：{}，", typed.chars().count() + 1)),
        "{stats}"
    );
}

#[test]
fn plain_asking_records_nothing() {
    let bot = bot_with(Options {
        record: false,
        remember: false,
        ..Options::default()
    });
    bot.handle(&text(ChatKind::Private, "今天股市怎么样"));
    let stats = say(&bot, &Incoming::text(From::private(ADMIN), "/stats"))
        .unwrap()
        .reply
        .plain();
    assert!(stats.contains("没有启用使用统计"), "{stats}");
}
