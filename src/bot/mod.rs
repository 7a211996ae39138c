//! The bot handle: one cheap-to-clone value behind every entry point.
//!
//! [`NewsBot`] is an `Arc` over everything the bot keeps between messages
//! (the shape of mini-redis's `Db`): its username, the conversations'
//! memory, the usage figures, the record of misses, the admins and the
//! flood limit, and the knowledge being served ([`Live`], below it).
//! Telegram messages, buttons and inline queries, the console chat and
//! `nmg-bot ask` all go through [`NewsBot::handle`], in one order:
//!
//! 1. [`chat::address`]: is the input for the bot, and what does it ask?
//!    (group chatter stops here, and costs nothing);
//! 2. the flood limit: a flooding user gets one notice, then silence, before
//!    any answering, counting or recording;
//! 3. [`chat::respond`] (or an admin command, or inline results): the
//!    engine's answer in the conversation's context;
//! 4. recording: usage figures and the record of misses.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use crate::chat::{
    self, ChatKind, Command, From, Incoming, Memory, Outgoing, RateLimiter, Request, Verdict,
};
use crate::engine::{Answer, AnswerKind};
use crate::figures::Figures;
use crate::live::{Live, Reloaded, Source, problems_text};
use crate::misses::{self, Miss, MissLog, Rotation};
use crate::text::normalize;

/// What the bot does with an input.
// A response is made and moved once per update, and the message is by far
// the commonest: boxing it would add an allocation to every answer.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// Nothing: chatter in a group, another bot's command, a flood.
    Silent,
    /// A message to the chat.
    Message(Outgoing),
    /// Results for an inline query, best first.
    Inline(Vec<Answer>),
}

impl Response {
    /// The message, if the response is one.
    pub fn message(self) -> Option<Outgoing> {
        match self {
            Response::Message(out) => Some(out),
            _ => None,
        }
    }
}

/// What the bot did since it started, for metrics (the usage figures of
/// `/stats` last across restarts; these count this process only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub questions: u64,
    pub answered: u64,
    pub misses: u64,
    pub reloads: u64,
    pub reloads_failed: u64,
}

/// How the bot is set up; [`Options::default`] is a bot that answers and
/// remembers conversations, with no limit and no recording.
#[derive(Debug, Clone)]
pub struct Options {
    /// The bot's username, as `@mentions` and `/cmd@bot` name it; Telegram's
    /// is set once it is known ([`NewsBot::set_username`]).
    pub username: String,
    /// Telegram user ids allowed the admin commands.
    pub admins: Vec<u64>,
    /// Answers per user per window before one notice and silence.
    pub rate_limit: Option<(u32, Duration)>,
    /// Remember what each conversation is about, for follow-ups.
    pub remember: bool,
    /// Count questions and record misses (`ask` does not, unless `--record`).
    pub record: bool,
    /// Where the record of misses and the usage figures are kept; `None`
    /// keeps the figures in memory only.
    pub data_dir: Option<PathBuf>,
    /// When the record of misses is rotated.
    pub rotation: Rotation,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            username: String::new(),
            admins: Vec::new(),
            rate_limit: None,
            remember: true,
            record: true,
            data_dir: None,
            rotation: Rotation::default(),
        }
    }
}

/// The bot: cheap to clone, shared by every handler and thread.
#[derive(Clone)]
pub struct NewsBot {
    shared: Arc<Shared>,
}

struct Shared {
    /// Lowercased, without `@`.
    username: RwLock<String>,
    live: Arc<Live>,
    memory: Option<Memory>,
    figures: Option<Figures>,
    misses: Option<MissLog>,
    admins: Vec<u64>,
    limiter: Option<RateLimiter>,
    /// Inline queries come a keystroke at a time: they have a budget of
    /// their own, so typing never uses up a user's answers in chats.
    inline_limiter: Option<RateLimiter>,
    questions: AtomicU64,
    answered: AtomicU64,
    misses_count: AtomicU64,
}

/// Inline queries allowed per user for each answer in a chat.
const INLINE_PER_ANSWER: u32 = 6;

impl NewsBot {
    /// A bot over `live`, opening the record of misses and the usage figures
    /// in the data directory if it has one (a directory that cannot be
    /// written is logged, and the bot runs without the record).
    pub fn new(live: Arc<Live>, options: Options) -> NewsBot {
        let (mut figures, mut misses) = (None, None);
        if options.record {
            figures = Some(Figures::in_memory());
            if let Some(dir) = &options.data_dir {
                match Figures::open(dir) {
                    Ok(f) => figures = Some(f),
                    Err(e) => log::warn!(
                        "cannot keep the usage figures in {}: {e}; they restart at zero",
                        dir.display()
                    ),
                }
                match MissLog::open(dir, options.rotation) {
                    Ok(log) => misses = Some(log),
                    Err(e) => log::warn!(
                        "cannot keep the record of unanswered questions in {}: {e}",
                        dir.display()
                    ),
                }
            }
        }
        let limiter = options
            .rate_limit
            .map(|(max, window)| RateLimiter::new(max, window));
        let inline_limiter = options
            .rate_limit
            .map(|(max, window)| RateLimiter::new(max.saturating_mul(INLINE_PER_ANSWER), window));
        NewsBot {
            shared: Arc::new(Shared {
                username: RwLock::new(clean_username(&options.username)),
                live,
                memory: options.remember.then(Memory::default),
                figures,
                misses,
                admins: options.admins,
                limiter,
                inline_limiter,
                questions: AtomicU64::new(0),
                answered: AtomicU64::new(0),
                misses_count: AtomicU64::new(0),
            }),
        }
    }

    /// The knowledge being served.
    pub fn live(&self) -> &Arc<Live> {
        &self.shared.live
    }

    pub fn username(&self) -> String {
        self.shared
            .username
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Sets the username once Telegram has told it (getMe).
    pub fn set_username(&self, username: &str) {
        *self
            .shared
            .username
            .write()
            .unwrap_or_else(|e| e.into_inner()) = clean_username(username);
    }

    pub fn is_admin(&self, user: Option<u64>) -> bool {
        user.is_some_and(|u| self.shared.admins.contains(&u))
    }

    /// What the bot does with `input`, now.
    pub fn handle(&self, input: &Incoming) -> Response {
        self.handle_at(input, Instant::now())
    }

    /// [`NewsBot::handle`] at a given time: conversations are remembered and
    /// floods limited for a while, and tests control the clock.
    pub fn handle_at(&self, input: &Incoming, now: Instant) -> Response {
        let username = self.username();
        let Some(request) = chat::address(input, &username) else {
            return Response::Silent;
        };
        let from = &input.from;
        match self.limit(from, &request, now) {
            Verdict::Allow => {}
            Verdict::Notice => return Response::Message(slow_down()),
            Verdict::Silent if matches!(request, Request::Inline { .. }) => {
                // An inline query must be answered, or the user's client
                // waits: nothing to offer until the flood has passed.
                return Response::Inline(Vec::new());
            }
            Verdict::Silent => return Response::Silent,
        }
        let engine = self.shared.live.engine();
        let admin = self.is_admin(from.user);
        let response = match &request {
            Request::Inline { query } => Response::Inline(chat::inline(&engine, query)),
            Request::Command { command, .. } if request.is_admin_command() => {
                Response::Message(if admin {
                    chat::notice(self.admin(*command))
                } else {
                    chat::admin_only()
                })
            }
            _ => Response::Message(chat::respond(
                &engine,
                self.shared.memory.as_ref(),
                from,
                &request,
                admin,
                now,
            )),
        };
        self.record(from.chat, &request, &response);
        response
    }

    fn limit(&self, from: &From, request: &Request, now: Instant) -> Verdict {
        let limiter = match request {
            Request::Inline { .. } => &self.shared.inline_limiter,
            _ => &self.shared.limiter,
        };
        match (limiter, from.user) {
            (Some(l), Some(user)) => l.check(user, now),
            _ => Verdict::Allow,
        }
    }

    /// Counts what was asked and answered, and records misses.
    fn record(&self, chat: ChatKind, request: &Request, response: &Response) {
        let Some(figures) = &self.shared.figures else {
            return;
        };
        let (question, answer) = match (request, response) {
            (Request::Ask { question, .. }, Response::Message(out)) => {
                (question, out.answer.as_ref())
            }
            (Request::Inline { query }, Response::Inline(answers)) if !query.trim().is_empty() => {
                (query, answers.first())
            }
            (Request::Button { .. }, Response::Message(out)) => {
                if let Some(topic) = out.answer.as_ref().and_then(|a| a.names().topic) {
                    figures.opened(topic);
                }
                return;
            }
            _ => return,
        };
        let Some(answer) = answer else {
            return;
        };
        self.shared.questions.fetch_add(1, Ordering::Relaxed);
        if answer.matched() {
            self.shared.answered.fetch_add(1, Ordering::Relaxed);
        }
        // The usage figures are kept on disk: by the editors' ids.
        let names = answer.names();
        figures.question(
            names
                .topic
                .filter(|_| answer.matched())
                .map(|t| (t, names.fact)),
        );
        let why = match answer.kind() {
            AnswerKind::NoMatch => "no_match",
            AnswerKind::Missing => "missing",
            AnswerKind::Clarify => "clarify",
            _ if answer.low_confidence() => "low",
            _ => return,
        };
        // Phone, ID and card numbers and addresses never reach the record.
        let text = crate::privacy::mask(&normalize(question)).into_owned();
        if text.is_empty() {
            return;
        }
        self.shared.misses_count.fetch_add(1, Ordering::Relaxed);
        figures.miss(&text);
        if let Some(log) = &self.shared.misses {
            log.record(Miss {
                text,
                at: misses::now(),
                chat: chat.name().to_string(),
                why: why.to_string(),
            });
        }
    }

    /// Runs an admin command and says what it did.
    fn admin(&self, command: Command) -> String {
        match command {
            Command::Reload => self.reload_text(),
            Command::Misses => self.misses_report(10),
            Command::Stats => self.stats_report(),
            _ => String::new(),
        }
    }

    fn reload_text(&self) -> String {
        let live = &self.shared.live;
        match live.reload() {
            Reloaded::Ok { topics, facts } => {
                format!("知识库已重新加载：{topics} 篇报道，{facts} 个要点。")
            }
            Reloaded::Invalid(problems) => {
                let dir = match live.source() {
                    Source::Dir(d) => d.clone(),
                    Source::Bundled => PathBuf::from("knowledge"),
                };
                problems_text(&problems, &dir)
            }
            Reloaded::Unreadable(e) => format!("读不了知识库目录，仍在使用上一版：{e}"),
            Reloaded::Bundled => {
                "现在用的是编译在程序里的知识库，没有可以重新加载的目录。设置 KNOWLEDGE_DIR 后即可热更新。".to_string()
            }
        }
    }

    /// `/stats`: uptime, questions, the share answered, top stories, points
    /// and misses, counted across restarts when the bot has a data directory.
    pub fn stats_report(&self) -> String {
        let engine = self.shared.live.engine();
        let kb = engine.knowledge();
        let knowledge = format!(
            "知识库：{} 篇报道，{} 个要点",
            kb.topics.len(),
            kb.fact_count()
        );
        match &self.shared.figures {
            Some(f) => f.report(&knowledge),
            None => format!("没有启用使用统计。\n{knowledge}"),
        }
    }

    /// `/misses`: the most frequent misses in the durable record.
    pub fn misses_report(&self, top: usize) -> String {
        let Some(log) = &self.shared.misses else {
            return "没有启用未答问题记录（设置 DATA_DIR）。".to_string();
        };
        match misses::summarize(log.dir(), 0) {
            Ok((list, _)) if list.is_empty() => "还没有记录到答不上来的问题。".to_string(),
            Ok((list, _)) => {
                let mut lines = vec![format!("最常见的未答问题（前{}条）：", top.min(list.len()))];
                for s in list.iter().take(top) {
                    lines.push(format!("{:>4} 次  {}（{}）", s.count, s.text, s.why));
                }
                lines.join("\n")
            }
            Err(e) => format!("读不了未答问题记录：{e}"),
        }
    }

    /// What the bot did since it started.
    pub fn counts(&self) -> Counts {
        let sh = &self.shared;
        Counts {
            questions: sh.questions.load(Ordering::Relaxed),
            answered: sh.answered.load(Ordering::Relaxed),
            misses: sh.misses_count.load(Ordering::Relaxed),
            reloads: sh.live.reload_count(),
            reloads_failed: sh.live.reloads_failed(),
        }
    }

    /// Writes the record of misses and the figures out; call before exiting.
    pub fn close(&self) {
        if let Some(log) = &self.shared.misses {
            log.close();
        }
        if let Some(f) = &self.shared.figures {
            f.close();
        }
    }

    /// Where the record of misses is, if it is kept.
    pub fn misses_dir(&self) -> Option<&Path> {
        self.shared.misses.as_ref().map(|m| m.dir())
    }
}

fn clean_username(name: &str) -> String {
    name.trim().trim_start_matches('@').to_lowercase()
}

/// The one notice a flooding user gets.
pub fn slow_down() -> Outgoing {
    chat::notice("你问得太快了，请稍等几秒再问。")
}

#[cfg(test)]
mod tests;
