//! The conversation router: what the bot says to what, as plain data.
//!
//! It knows commands, group rules (answer commands, mentions and replies to
//! the bot, never plain chatter) and buttons, and nothing of Telegram: the
//! Telegram adapter and the console both turn their input into an
//! [`Incoming`] and render the [`Outgoing`] they get back.

mod callback;
mod command;
mod limit;
mod memory;

use std::time::Instant;

use crate::engine::{Answer, Engine, FollowUp, Reply, Target};
use crate::service::{Reloaded, Service, Source, chat_name, problems_text};

pub use callback::{decode, encode};
pub use command::{Command, parse_command};
pub use limit::{RateLimiter, Verdict};
pub use memory::{Key, Memory};

/// Where a message was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    Private,
    Group,
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

/// Routes conversation input to replies. Cheap to share: it holds only the
/// bot's username; the state it answers from is the [`Service`].
#[derive(Debug, Clone)]
pub struct Router {
    /// The bot's username without `@`, lowercased, as commands address it.
    username: String,
}

impl Router {
    pub fn new(username: &str) -> Router {
        Router {
            username: username.trim_start_matches('@').to_lowercase(),
        }
    }

    pub fn username(&self) -> &str {
        &self.username
    }

    /// The reply to `input`, or `None` when the bot should stay silent.
    pub fn route(&self, svc: &Service, input: &Incoming) -> Option<Outgoing> {
        self.route_at(svc, input, Instant::now())
    }

    /// [`Router::route`] at a given time: conversations are remembered for
    /// a while, and tests control the clock.
    pub fn route_at(&self, svc: &Service, input: &Incoming, now: Instant) -> Option<Outgoing> {
        let from = &input.from;
        match &input.event {
            Event::Text { text, reply_to_bot } => self.text(svc, from, text, *reply_to_bot, now),
            Event::Button { data } => Some(self.button(svc, from, data, now)),
            Event::NonText if from.chat == ChatKind::Private => Some(notice(
                "我只看得懂文字消息。请直接用文字提问，比如“呼伦湖现在有多少鱼？”",
            )),
            Event::NonText => None,
        }
    }

    fn text(
        &self,
        svc: &Service,
        from: &From,
        text: &str,
        reply_to_bot: bool,
        now: Instant,
    ) -> Option<Outgoing> {
        if let Some(cmd) = parse_command(text) {
            if let Some(to) = &cmd.addressee
                && to.to_lowercase() != self.username
            {
                // `/ask@other_bot` is for another bot.
                return None;
            }
            return Some(self.command(svc, from, &cmd, now));
        }
        let question = match from.chat {
            ChatKind::Private => text.to_string(),
            ChatKind::Group => match self.strip_mention(text) {
                Some(q) => q,
                None if reply_to_bot => text.to_string(),
                None => return None,
            },
        };
        Some(ask(svc, from, &question, now))
    }

    /// The text without the `@bot` mention, if the text mentions the bot.
    /// A mention is what Telegram makes one: `@` and the name with no
    /// letter, digit or `_` on either side, so that `@nmg_bot2` (another
    /// bot) and `x@nmg_bot.com` (an address) are not.
    fn strip_mention(&self, text: &str) -> Option<String> {
        if self.username.is_empty() {
            return None;
        }
        let lower = text.to_lowercase();
        let needle = format!("@{}", self.username);
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

    fn command(&self, svc: &Service, from: &From, cmd: &command::Parsed, now: Instant) -> Outgoing {
        let engine = svc.engine();
        let admin = svc.is_admin(from.user);
        match cmd.command {
            Command::Start => start(&engine),
            Command::Help => help(from.chat, admin),
            Command::Ask if cmd.args.trim().is_empty() => notice(usage_ask(from.chat)),
            Command::Ask => ask(svc, from, &cmd.args, now),
            Command::Topics => from_answer(engine.overview()),
            Command::Region if cmd.args.trim().is_empty() => {
                let mut out = from_answer(engine.overview());
                out.reply
                    .paragraphs
                    .insert(0, "用法：/region 盟市名，比如 /region 锡林郭勒".to_string());
                out
            }
            Command::Region => match engine.region(cmd.args.trim()) {
                Some(answer) => from_answer(answer),
                None => {
                    let mut out = from_answer(engine.overview());
                    out.reply.heading = None;
                    out.reply.paragraphs[0] = format!(
                        "“{}”不是内蒙古的盟市名。{}",
                        echo(cmd.args.trim()),
                        out.reply.paragraphs[0]
                    );
                    out
                }
            },
            Command::About => about(&engine),
            Command::Reload | Command::Misses | Command::Stats if !admin => {
                notice("抱歉，这个命令只有管理员可以用。")
            }
            Command::Reload => notice(reload_text(svc)),
            Command::Misses => notice(svc.misses_report(10)),
            Command::Stats => notice(svc.stats_report()),
            Command::Unknown => notice("没有这个命令。发送 /help 查看能做什么。"),
        }
    }

    fn button(&self, svc: &Service, from: &From, data: &str, now: Instant) -> Outgoing {
        let engine = svc.engine();
        match decode(data).and_then(|target| engine.open(&target)) {
            Some(answer) => {
                svc.record_open(&answer);
                // The conversation is now about what the button opened.
                if let Some(ctx) = engine.context_of(&answer) {
                    svc.memory().set(Key::of(from), ctx, now);
                }
                from_answer(answer)
            }
            None => {
                let mut out = from_answer(engine.overview());
                out.reply.heading = None;
                out.reply.paragraphs.insert(
                    0,
                    "这个按钮已经过期了，内容可能更新过。请重新提问，或者从下面选一个："
                        .to_string(),
                );
                out
            }
        }
    }
}

fn reload_text(svc: &Service) -> String {
    match svc.reload() {
        Reloaded::Ok { topics, facts } => format!("知识库已重新加载：{topics} 篇报道，{facts} 个要点。"),
        Reloaded::Invalid(problems) => {
            let dir = match svc.source() {
                Source::Dir(d) => d.clone(),
                Source::Bundled => std::path::PathBuf::from("knowledge"),
            };
            problems_text(&problems, &dir)
        }
        Reloaded::Unreadable(e) => format!("读不了知识库目录，仍在使用上一版：{e}"),
        Reloaded::Bundled => {
            "现在用的是编译在程序里的知识库，没有可以重新加载的目录。设置 KNOWLEDGE_DIR 后即可热更新。".to_string()
        }
    }
}

/// Answers a question in its conversation, cutting a very long one, and
/// records it.
pub fn ask(svc: &Service, from: &From, question: &str, now: Instant) -> Outgoing {
    let engine = svc.engine();
    let chars = question.chars().count();
    let cut: String = question.chars().take(MAX_QUESTION).collect();
    let key = Key::of(from);
    let context = svc.memory().get(key, now);
    let (answer, next) = engine.answer_in(&cut, context.as_ref());
    if let Some(ctx) = next {
        svc.memory().set(key, ctx, now);
    }
    svc.record(&cut, &answer, chat_name(from.chat));
    let mut out = from_answer(answer);
    if chars > MAX_QUESTION {
        out.reply.paragraphs.push(format!(
            "（你的消息有{chars}个字，我只看了前{MAX_QUESTION}个字。）"
        ));
    }
    out
}

/// An answer with its follow-ups as buttons.
pub fn from_answer(answer: Answer) -> Outgoing {
    Outgoing {
        reply: answer.reply.clone(),
        buttons: answer.followups.iter().map(button).collect(),
        answer: Some(answer),
    }
}

pub fn button(f: &FollowUp) -> Button {
    Button {
        label: f.label.clone(),
        data: encode(&f.target),
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

fn notice(text: impl Into<String>) -> Outgoing {
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
        ChatKind::Private => {
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
            .map(|r| Button {
                label: r.name.clone(),
                data: encode(&Target::Region(r.name.clone())),
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
        ChatKind::Private => lines.push("私聊时直接发问题就行，不用加命令。".to_string()),
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
        .map(|t| format!("· {}：《{}》", t.region, t.source.headline))
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
