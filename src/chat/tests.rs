//! Addressing as data: which inputs are for the bot, and what they ask.

use super::*;

fn text(chat: ChatKind, text: &str) -> Incoming {
    let from = match chat {
        ChatKind::Group => From::group(-100, 7),
        _ => From::private(7),
    };
    Incoming::text(from, text)
}

fn ask(q: &str) -> Option<Request> {
    Some(Request::Ask {
        question: q.to_string(),
        chars: q.chars().count(),
    })
}

fn check(input: Incoming, expected: Option<Request>) {
    assert_eq!(address(&input, "nmg_bot"), expected, "{input:?}");
}

#[test]
fn what_is_for_the_bot() {
    use ChatKind::{Group, Private};
    check(text(Private, "呼伦湖"), ask("呼伦湖"));
    check(text(Group, "呼伦湖"), None);
    check(text(Group, "@nmg_bot 呼伦湖"), ask("呼伦湖"));
    check(text(Group, "呼伦湖 @NMG_BOT"), ask("呼伦湖"));
    check(text(Group, "/ask@NMG_bot 呼伦湖"), ask("呼伦湖"));
    check(text(Group, "/ask@other_bot 呼伦湖"), None);
    // In a private chat too, the mention is no part of the question.
    check(text(Private, "@nmg_bot 呼伦湖"), ask("呼伦湖"));
    check(text(Private, "呼伦湖 @nmg_bot"), ask("呼伦湖"));
    check(text(Private, "/start@other_bot"), None);
    check(
        Incoming::reply(From::group(-100, 7), "呼伦湖"),
        ask("呼伦湖"),
    );
    check(
        text(Group, "/ask"),
        Some(Request::Command {
            command: Command::Ask,
            args: String::new(),
        }),
    );
    check(
        text(Private, "/region 锡盟"),
        Some(Request::Command {
            command: Command::Region,
            args: "锡盟".into(),
        }),
    );
    check(Incoming::non_text(From::private(7)), Some(Request::NonText));
    check(Incoming::non_text(From::group(-100, 7)), None);
    check(
        Incoming::inline(7, "呼伦湖"),
        Some(Request::Inline {
            query: "呼伦湖".into(),
        }),
    );
}

#[test]
fn only_mentions_of_this_bot_count() {
    for chatter in [
        "@nmg_bot2 呼伦湖现在有多少鱼",
        "@nmg_bot_other 呼伦湖现在有多少鱼",
        "x@nmg_bot.com 呼伦湖现在有多少鱼",
        "写信给 a@nmg_bot.com 问呼伦湖",
    ] {
        check(text(ChatKind::Group, chatter), None);
    }
    for (addressed, question) in [
        ("呼伦湖现在有多少鱼 @nmg_bot", "呼伦湖现在有多少鱼"),
        (
            "@nmg_bot2 问错了 @nmg_bot 呼伦湖现在有多少鱼",
            "@nmg_bot2 问错了   呼伦湖现在有多少鱼",
        ),
        ("(@NMG_bot) 呼伦湖现在有多少鱼", "( ) 呼伦湖现在有多少鱼"),
    ] {
        check(text(ChatKind::Group, addressed), ask(question));
    }
}

#[test]
fn long_questions_are_cut_and_their_length_kept() {
    let long = "啊".repeat(5000);
    match address(&text(ChatKind::Private, &long), "nmg_bot") {
        Some(Request::Ask { question, chars }) => {
            assert_eq!(question.chars().count(), MAX_QUESTION);
            assert_eq!(chars, 5000);
        }
        other => panic!("{other:?}"),
    }
}
