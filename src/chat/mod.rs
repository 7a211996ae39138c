//! The conversation router: what the bot says to what, as plain data.
//!
//! It knows commands, group rules (answer commands, mentions and replies to
//! the bot, never plain chatter) and buttons, and nothing of Telegram: the
//! Telegram adapter and the console both turn their input into an
//! [`Incoming`]. Routing goes in two steps, so that the bot handle
//! ([`crate::bot`]) can apply its flood limit between them: [`address`]
//! (cheap: is this for the bot, and what does it ask?) and [`respond`]
//! (the engine's answer, in the conversation's context).

mod callback;
mod command;
mod limit;
mod memory;

use std::time::Instant;

use crate::engine::{Answer, Engine, FollowUp, Reply, Target};
use crate::knowledge::KnowledgeBase;

pub use callback::{MAX_CALLBACK_BYTES, decode, encode};
pub use command::{Command, parse_command};
pub use limit::{RateLimiter, Verdict};
pub use memory::{Key, Memory};

/// Where a message was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    Private,
    Group,
    /// An inline query (`@bot 呼伦湖` typed in any chat): no chat to answer in.
    Inline,
}

impl ChatKind {
    /// The kind as records and logs name it.
    pub fn name(self) -> &'static str {
        match self {
            ChatKind::Private => "private",
            ChatKind::Group => "group",
            ChatKind::Inline => "inline",
        }
    }
}

/// Who did something, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct From {
    pub chat: ChatKind,
    /// The chat's id (Telegram's, or any fixed number for the console).
    pub chat_id: i64,
    /// The user's id, when known: admin commands and per-user memory need it.
    pub user: Option<u64>,
}

impl From {
    pub fn private(user: u64) -> From {
        From {
            chat: ChatKind::Private,
            chat_id: user as i64,
            user: Some(user),
        }
    }

    pub fn group(chat_id: i64, user: u64) -> From {
        From {
            chat: ChatKind::Group,
            chat_id,
            user: Some(user),
        }
    }
}

/// Something a person did that the bot may answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub from: From,
    pub event: Event,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A text message.
    Text {
        text: String,
        /// The message replies to one of the bot's own messages.
        reply_to_bot: bool,
    },
    /// A button of an earlier answer was pressed; `data` is its callback data.
    Button { data: String },
    /// A message that is not text: sticker, photo, voice …
    NonText,
    /// An inline query: what the user has typed after `@bot` so far.
    Inline { query: String },
}

impl Incoming {
    pub fn text(from: From, text: impl Into<String>) -> Incoming {
        Incoming {
            from,
            event: Event::Text {
                text: text.into(),
                reply_to_bot: false,
            },
        }
    }

    pub fn reply(from: From, text: impl Into<String>) -> Incoming {
        Incoming {
            from,
            event: Event::Text {
                text: text.into(),
                reply_to_bot: true,
            },
        }
    }

    pub fn button(from: From, data: impl Into<String>) -> Incoming {
        Incoming {
            from,
            event: Event::Button { data: data.into() },
        }
    }

    pub fn non_text(from: From) -> Incoming {
        Incoming {
            from,
            event: Event::NonText,
        }
    }

    pub fn inline(user: u64, query: impl Into<String>) -> Incoming {
        Incoming {
            from: From {
                chat: ChatKind::Inline,
                chat_id: user as i64,
                user: Some(user),
            },
            event: Event::Inline {
                query: query.into(),
            },
        }
    }
}

/// What the bot says back.
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub reply: Reply,
    /// Rows of buttons, one button a row.
    pub buttons: Vec<Button>,
    /// The engine's answer, when the message answers a question.
    pub answer: Option<Answer>,
}

/// A button: its text and the callback data it sends back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub data: String,
}

/// The longest question the bot reads, in characters; longer text is cut
/// with a note, since no real question is that long.
pub const MAX_QUESTION: usize = 300;

/// What an input addressed to the bot asks of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A question: private text, `/ask …`, a mention or a reply to the bot.
    Ask {
        /// The question, cut to [`MAX_QUESTION`] characters.
        question: String,
        /// How long the message was, in characters.
        chars: usize,
    },
    /// Any other command, with what follows it.
    Command { command: Command, args: String },
    /// A button press, with its callback data.
    Button { data: String },
    /// A sticker, photo … in a private chat.
    NonText,
    /// An inline query.
    Inline { query: String },
}

impl Request {
    fn ask(text: &str) -> Request {
        Request::Ask {
            question: text.chars().take(MAX_QUESTION).collect(),
            chars: text.chars().count(),
        }
    }

    /// Whether this request is an admin command.
    pub fn is_admin_command(&self) -> bool {
        matches!(
            self,
            Request::Command {
                command: Command::Reload | Command::Misses | Command::Stats,
                ..
            }
        )
    }
}

/// Whether `input` is for the bot (`username`, without `@`) and what it
/// asks; `None` for group chatter and other bots' commands. Cheap: it reads
/// only the input, so the flood limit can be applied before any answering.
pub fn address(input: &Incoming, username: &str) -> Option<Request> {
    let from = &input.from;
    match &input.event {
        Event::Text { text, reply_to_bot } => {
            if let Some(cmd) = parse_command(text) {
                if let Some(to) = &cmd.addressee
                    && !to.eq_ignore_ascii_case(username)
                {
                    // `/ask@other_bot` is for another bot.
                    return None;
                }
                return Some(match cmd.command {
                    Command::Ask if !cmd.args.trim().is_empty() => Request::ask(&cmd.args),
                    command => Request::Command {
                        command,
                        args: cmd.args,
                    },
                });
            }
            match from.chat {
                ChatKind::Group => match strip_mention(text, username) {
                    Some(q) => Some(Request::ask(&q)),
                    None if *reply_to_bot => Some(Request::ask(text)),
                    None => None,
                },
                // (A mention in a private chat, @nmg_bot 呼伦湖, is no part
                // of the question either.)
                ChatKind::Private | ChatKind::Inline => Some(Request::ask(
                    &strip_mention(text, username).unwrap_or_else(|| text.clone()),
                )),
            }
        }
        Event::Button { data } => Some(Request::Button { data: data.clone() }),
        Event::NonText if from.chat == ChatKind::Private => Some(Request::NonText),
        Event::NonText => None,
        Event::Inline { query } => Some(Request::Inline {
            query: query.chars().take(MAX_QUESTION).collect(),
        }),
    }
}

/// The text without the `@bot` mention, if the text mentions the bot.
/// A mention is what Telegram makes one: `@` and the name with no letter,
/// digit or `_` on either side, so that `@nmg_bot2` (another bot) and
/// `x@nmg_bot.com` (an address) are not.
fn strip_mention(text: &str, username: &str) -> Option<String> {
    if username.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    let needle = format!("@{}", username.to_lowercase());
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut from = 0;
    while let Some(found) = lower[from..].find(&needle) {
        let at = from + found;
        let end = at + needle.len();
        from = end;
        // Lowercasing may change byte lengths only outside ASCII; the
        // username is ASCII, so the offsets line up with the original
        // where they fall on character boundaries.
        if !text.is_char_boundary(at) || !text.is_char_boundary(end) {
            continue;
        }
        if word(text[..at].chars().next_back()) || word(text[end..].chars().next()) {
            continue;
        }
        return Some(
            format!("{} {}", &text[..at], &text[end..])
                .trim()
                .to_string(),
        );
    }
    None
}

/// The reply to a request, from `engine` and, when it has one, the
/// conversation's `memory`. Admin commands are run by the bot handle,
/// which owns what they report on; here they are refused.
pub fn respond(
    engine: &Engine,
    memory: Option<&Memory>,
    from: &From,
    request: &Request,
    admin: bool,
    now: Instant,
) -> Outgoing {
    match request {
        Request::Ask { question, chars } => ask(engine, memory, from, question, *chars, now),
        Request::Command { command, args } => self::command(engine, from, *command, args, admin),
        Request::Button { data } => press(engine, memory, from, data, now),
        Request::NonText => {
            notice("我只看得懂文字消息。请直接用文字提问，比如“呼伦湖现在有多少鱼？”")
        }
        Request::Inline { query } => {
            let mut answers = inline(engine, query);
            from_answer(answers.swap_remove(0))
        }
    }
}

fn command(engine: &Engine, from: &From, command: Command, args: &str, admin: bool) -> Outgoing {
    match command {
        Command::Start => start(engine),
        Command::Help => help(from.chat, admin),
        Command::Ask => notice(usage_ask(from.chat)),
        Command::Topics => from_answer(engine.overview()),
        Command::Region if args.trim().is_empty() => {
            let mut out = from_answer(engine.overview());
            out.reply
                .paragraphs
                .insert(0, "用法：/region 盟市名，比如 /region 锡林郭勒".to_string());
            out
        }
        Command::Region => match engine.region(args.trim()) {
            Some(answer) => from_answer(answer),
            None => {
                let mut out = from_answer(engine.overview());
                out.reply.heading = None;
                out.reply.paragraphs[0] = format!(
                    "“{}”不是内蒙古的盟市名。{}",
                    echo(args.trim()),
                    out.reply.paragraphs[0]
                );
                out
            }
        },
        Command::About => about(engine),
        Command::Reload | Command::Misses | Command::Stats => admin_only(),
        Command::Unknown => notice("没有这个命令。发送 /help 查看能做什么。"),
    }
}

/// What a non-admin is told when they try an admin command.
pub fn admin_only() -> Outgoing {
    notice("抱歉，这个命令只有管理员可以用。")
}

fn press(
    engine: &Engine,
    memory: Option<&Memory>,
    from: &From,
    data: &str,
    now: Instant,
) -> Outgoing {
    match decode(engine.knowledge(), data).and_then(|target| engine.open(&target)) {
        Some(answer) => {
            // The conversation is now about what the button opened.
            if let (Some(memory), Some(ctx)) = (memory, engine.context_of(&answer)) {
                memory.set(Key::of(from), ctx, now);
            }
            from_answer(answer)
        }
        None => {
            let mut out = from_answer(engine.overview());
            out.reply.heading = None;
            out.reply.paragraphs.insert(
                0,
                "这个按钮已经过期了，内容可能更新过。请重新提问，或者从下面选一个：".to_string(),
            );
            out
        }
    }
}

/// Answers a question in its conversation, noting when it was cut.
fn ask(
    engine: &Engine,
    memory: Option<&Memory>,
    from: &From,
    question: &str,
    chars: usize,
    now: Instant,
) -> Outgoing {
    let answer = match memory {
        Some(memory) => {
            let key = Key::of(from);
            let context = memory.get(key, now);
            let (answer, next) = engine.answer_in(question, context.as_ref());
            if let Some(ctx) = next {
                memory.set(key, ctx, now);
            }
            answer
        }
        // Without a memory every question stands alone.
        None => engine.answer(question),
    };
    let mut out = from_answer(answer);
    if chars > MAX_QUESTION {
        out.reply.paragraphs.push(format!(
            "（你的消息有{chars}个字，我只看了前{MAX_QUESTION}个字。）"
        ));
    }
    out
}

/// At most this many inline results (Telegram allows 50).
pub const MAX_INLINE: usize = 10;

/// The answers offered for an inline query, best first and never empty: the
/// answer and its follow-ups, or for an empty query the overview and each
/// region's story.
pub fn inline(engine: &Engine, query: &str) -> Vec<Answer> {
    let mut answers: Vec<Answer> = Vec::new();
    if query.trim().is_empty() {
        answers.push(engine.overview());
        let kb = engine.knowledge();
        for r in kb.covered_regions() {
            if let Some(a) = engine.region(&kb[r].name) {
                answers.push(a);
            }
        }
    } else {
        let first = engine.answer(query);
        let more: Vec<Answer> = first
            .followups
            .iter()
            .filter_map(|f| engine.open(&f.target))
            .collect();
        answers.push(first);
        answers.extend(more);
    }
    let mut seen = Vec::new();
    answers.retain(|a| {
        let key = (a.topic(), a.fact(), a.kind(), a.region());
        let fresh = !seen.contains(&key);
        seen.push(key);
        fresh
    });
    answers.truncate(MAX_INLINE);
    answers
}

/// An answer with its follow-ups as buttons.
pub fn from_answer(answer: Answer) -> Outgoing {
    Outgoing {
        reply: answer.reply.clone(),
        buttons: answer
            .followups
            .iter()
            .map(|f| button(answer.knowledge(), f))
            .collect(),
        answer: Some(answer),
    }
}

/// A follow-up of an answer from `kb` as a button.
pub fn button(kb: &KnowledgeBase, f: &FollowUp) -> Button {
    Button {
        label: f.label.clone(),
        data: encode(kb, &f.target),
    }
}

/// Told once to a group whose questions came faster than the bot may
/// answer them there (Telegram lets a bot send about 20 messages a minute
/// to a group): `dropped` were not answered.
pub fn busy_notice(dropped: u32) -> Outgoing {
    notice(format!(
        "群里同时提问的人太多，有{dropped}个问题我来不及回答。请稍后再问，或者私聊我。"
    ))
}

/// What a person wrote, cut short to be quoted back.
fn echo(text: &str) -> String {
    const MAX: usize = 20;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{cut}…")
}

/// A reply that is not an answer: usage, a hint, an admin's report.
pub fn notice(text: impl Into<String>) -> Outgoing {
    Outgoing {
        reply: Reply {
            heading: None,
            paragraphs: vec![text.into()],
            source: None,
        },
        buttons: Vec::new(),
        answer: None,
    }
}

fn usage_ask(chat: ChatKind) -> &'static str {
    match chat {
        ChatKind::Private | ChatKind::Inline => {
            "用法：/ask 问题，比如 /ask 呼伦湖现在有多少鱼？也可以直接发问题给我。"
        }
        ChatKind::Group => "用法：/ask 问题，比如 /ask 呼伦湖现在有多少鱼？",
    }
}

fn start(engine: &Engine) -> Outgoing {
    let kb = engine.knowledge();
    let examples: Vec<String> = kb
        .settings
        .examples
        .iter()
        .take(3)
        .map(|e| format!("· {e}"))
        .collect();
    let regions = kb.covered_regions();
    Outgoing {
        reply: Reply {
            heading: Some("你好！我是内蒙古地方新闻问答机器人".to_string()),
            paragraphs: vec![
                format!(
                    "我能回答{}个盟市的{}篇地方报道里的问题，告诉你数字、要点和出处。",
                    regions.len(),
                    kb.topics.len()
                ),
                format!("可以这样问：\n{}", examples.join("\n")),
                "也可以点下面的盟市看看有什么新闻。发送 /help 查看全部用法。".to_string(),
            ],
            source: None,
        },
        buttons: regions
            .iter()
            .map(|&r| Button {
                label: kb[r].name.clone(),
                data: encode(kb, &Target::Region(r)),
            })
            .collect(),
        answer: None,
    }
}

fn help(chat: ChatKind, admin: bool) -> Outgoing {
    let mut lines = vec![
        "/ask 问题 — 提问，比如 /ask 个人养老金能抵税吗".to_string(),
        "/topics — 所有盟市和报道".to_string(),
        "/region 盟市 — 某个盟市的报道，比如 /region 赤峰".to_string(),
        "/about — 我知道什么、资料来源、怎样报告错误".to_string(),
        "/help — 这份说明".to_string(),
    ];
    match chat {
        ChatKind::Private | ChatKind::Inline => {
            lines.push("私聊时直接发问题就行，不用加命令。".to_string())
        }
        ChatKind::Group => {
            lines.push(
                "在群里，请用 /ask 提问、@我，或者回复我的消息；其他聊天我不会插话。".to_string(),
            );
        }
    }
    lines.push("在任何聊天框输入 @机器人名 和关键词（比如“呼伦湖”），也能直接搜索。".to_string());
    if admin {
        lines.push(
            "管理员命令：/reload 重新加载知识库，/misses 最常见的未答问题，/stats 使用统计"
                .to_string(),
        );
    }
    notice(lines.join("\n"))
}

fn about(engine: &Engine) -> Outgoing {
    let kb = engine.knowledge();
    let headlines: Vec<String> = kb
        .topics
        .iter()
        .map(|t| format!("· {}：《{}》", kb[t.region].name, t.source.headline))
        .collect();
    Outgoing {
        reply: Reply {
            heading: Some("关于这个机器人".to_string()),
            paragraphs: vec![
                format!(
                    "我的回答都来自编辑整理的知识库：一版内蒙古地方新闻，共{}篇报道、{}个要点，每个数字都可以在原版面上找到。",
                    kb.topics.len(),
                    kb.fact_count()
                ),
                headlines.join("\n"),
                "知识库里没有的，我会直说不知道，不会猜。发现回答有错，请回复那条消息说明哪里不对，或者联系群管理员转告编辑。".to_string(),
            ],
            source: None,
        },
        buttons: Vec::new(),
        answer: None,
    }
}

#[cfg(test)]
mod tests;
