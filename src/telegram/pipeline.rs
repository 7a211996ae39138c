//! Updates queued by chat, chats served concurrently.
//!
//! Each chat (and each user's inline queries) is a lane: a queue served in
//! order by a task of its own, which exists while the lane has work. Taking
//! an update never waits for any chat, so a group at its send limit delays
//! that group alone. A lane holds at most [`LANE_CAP`] updates; what comes
//! beyond is dropped, and a group is told once. A group with more replies
//! waiting than it can be sent now (keeping half its budget in reserve) gets
//! them combined into as few messages as they fit in. A user's inline queries are superseded by the
//! latest, since Telegram shows only that one.
//!
//! Handlers stay thin: an update becomes a chat [`Incoming`], the
//! [`Router`](crate::chat::Router) answers it on the blocking pool (a
//! `/reload` reads the disk and builds an index), and [`delivery`] sends.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use teloxide::payloads::{AnswerCallbackQuery, AnswerInlineQuery, AnswerInlineQuerySetters};
use teloxide::types::{ChatId, MessageId, Update, UpdateKind, User};
use tokio::sync::Notify;
use tokio::time::Instant;

use super::delivery::{self, Message};
use super::journal::{Pending, Recovered};
use super::lanes::{Pushed, Queues};
use super::{Shared, inline, render};
use crate::bot::Response;
use crate::chat::{ChatKind, Event, From, Incoming, Outgoing};

/// Most updates one lane holds; a group past this is in a flood no one
/// reads, and memory stays bounded by chats × this.
pub const LANE_CAP: usize = 100;
/// Replayed updates older than this are not answered: Telegram itself
/// drops what a bot has not fetched in a day.
const REPLAY_WITHIN: Duration = Duration::from_secs(24 * 3600);
/// Inline queries expire on Telegram's side within seconds.
const INLINE_WITHIN: Duration = Duration::from_secs(10);

/// An update on its way through.
pub struct Job {
    pub id: i64,
    pub update: Update,
    /// When it was taken (or replayed), for the reply latency.
    pub at: Instant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Lane {
    /// A private chat or a group.
    Chat(i64),
    /// One user's inline queries.
    Inline(u64),
}

struct Lanes {
    queues: Mutex<Queues<Lane, Job>>,
    workers: AtomicUsize,
    /// Woken when the last worker exits.
    idle: Notify,
}

/// The queues and their workers. Cheap to clone.
#[derive(Clone)]
pub struct Pipeline {
    shared: Arc<Shared>,
    lanes: Arc<Lanes>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The kind of an update, as `nmg_updates_total` counts it.
fn kind_name(update: &Update) -> &'static str {
    match &update.kind {
        UpdateKind::Message(_) => "message",
        UpdateKind::CallbackQuery(_) => "callback",
        UpdateKind::InlineQuery(_) => "inline",
        UpdateKind::Error(_) => "unparsed",
        _ => "other",
    }
}

impl Pipeline {
    pub fn new(shared: Arc<Shared>) -> Pipeline {
        Pipeline {
            shared,
            lanes: Arc::new(Lanes {
                queues: Mutex::new(Queues::new(LANE_CAP)),
                workers: AtomicUsize::new(0),
                idle: Notify::new(),
            }),
        }
    }

    /// Updates queued in all lanes.
    pub fn depth(&self) -> usize {
        lock(&self.lanes.queues).depth()
    }

    /// Takes updates Telegram sent: journals them (synced) and queues the
    /// new ones. Only after this returns may Telegram be told they arrived.
    pub async fn take(&self, raw: Vec<Value>) -> std::io::Result<()> {
        let with_ids: Vec<(i64, &Value)> = raw
            .iter()
            .filter_map(|v| match v["update_id"].as_i64() {
                Some(id) => Some((id, v)),
                None => {
                    log::warn!("an update without an update_id was skipped");
                    None
                }
            })
            .collect();
        let fresh = self.shared.journal.received(&with_ids).await?;
        let redelivered = with_ids.len() - fresh.len();
        for _ in 0..redelivered {
            self.shared.metrics.update("redelivered");
        }
        let now = Instant::now();
        for (id, value) in with_ids {
            if fresh.contains(&id) {
                self.submit(id, value, now);
            }
        }
        Ok(())
    }

    /// Queues what the journal held at start, oldest first.
    pub fn replay(&self, recovered: Recovered) {
        let sh = &self.shared;
        if recovered.skipped > 0 {
            log::warn!(
                "{} unreadable line(s) in the journal skipped (a write cut short by a crash)",
                recovered.skipped
            );
        }
        for id in &recovered.uncertain {
            log::warn!(
                "update {id}: its reply was being sent when the bot stopped; not sent again (it may be lost)"
            );
            sh.metrics.uncertain();
        }
        sh.journal.done(&recovered.uncertain);
        if !recovered.pending.is_empty() {
            log::info!(
                "answering {} update(s) kept from before the last stop",
                recovered.pending.len()
            );
        }
        let now = Instant::now();
        let wall = crate::misses::now();
        for Pending { id, at, update } in recovered.pending {
            let age = Duration::from_secs(wall.saturating_sub(at));
            let stale = age > REPLAY_WITHIN
                || (update.get("inline_query").is_some() && age > INLINE_WITHIN);
            if stale {
                log::info!("update {id}: {}s old, not answered any more", age.as_secs());
                sh.journal.done(&[id]);
                continue;
            }
            sh.metrics.update("replayed");
            self.submit(id, &update, now);
        }
    }

    /// Parses one update and queues it in its lane.
    fn submit(&self, id: i64, value: &Value, at: Instant) {
        let sh = &self.shared;
        // From text: teloxide's update kinds borrow their keys, which a
        // `serde_json::Value` cannot lend, so `from_value` always fails.
        let update = match serde_json::from_str::<Update>(&value.to_string()) {
            Ok(u) if !matches!(u.kind, UpdateKind::Error(_)) => u,
            parsed => {
                // Neither the text nor the error (which quotes values) at
                // info: they hold what people wrote, their names and ids.
                let why = match &parsed {
                    Err(e) => format!("{:?} error", e.classify()),
                    Ok(_) => "an unknown kind".to_string(),
                };
                log::warn!("update {id}: cannot be read ({why}); skipped");
                if log::log_enabled!(log::Level::Debug) {
                    let mut shown = value.clone();
                    crate::privacy::mask_update(&mut shown);
                    log::debug!("update {id} that cannot be read: {shown}");
                }
                sh.metrics.update("unparsed");
                sh.journal.done(&[id]);
                return;
            }
        };
        sh.metrics.update(kind_name(&update));
        let lane = match &update.kind {
            UpdateKind::Message(m) if !m.chat.is_channel() => Lane::Chat(m.chat.id.0),
            UpdateKind::CallbackQuery(q) => match &q.message {
                Some(m) => Lane::Chat(m.chat().id.0),
                None => Lane::Inline(q.from.id.0),
            },
            UpdateKind::InlineQuery(q) => Lane::Inline(q.from.id.0),
            other => {
                log::debug!("update {id} ignored: {}", ignored(other));
                sh.journal.done(&[id]);
                return;
            }
        };
        let job = Job { id, update, at };
        let pushed = lock(&self.lanes.queues).push(lane, job);
        let spawn = match pushed {
            Pushed::Queued { new, depth } => {
                sh.metrics.queue_depth(depth);
                new
            }
            Pushed::Dropped => {
                log::warn!("update {id}: its chat has {LANE_CAP} updates waiting; dropped");
                sh.metrics.dropped();
                sh.journal.done(&[id]);
                return;
            }
        };
        if spawn {
            self.start_worker(lane);
        }
    }

    fn start_worker(&self, lane: Lane) {
        self.lanes.workers.fetch_add(1, Ordering::SeqCst);
        let this = self.clone();
        tokio::spawn(async move {
            this.work(lane).await;
            if this.lanes.workers.fetch_sub(1, Ordering::SeqCst) == 1 {
                this.lanes.idle.notify_waiters();
            }
        });
    }

    /// Takes what is queued in `lane`. When nothing is, returns `None` and,
    /// unless `keep` (its worker goes on), removes the lane.
    fn take_queued(&self, lane: Lane, keep: bool) -> Option<(Vec<Job>, u32)> {
        let taken = lock(&self.lanes.queues).take(lane, keep)?;
        self.shared.metrics.queue_depth(taken.depth);
        Some((taken.jobs, taken.dropped))
    }

    /// A lane's worker: serves its queue in order until it is empty, or
    /// until the drain after a stop is over (what is left stays journaled).
    async fn work(&self, lane: Lane) {
        loop {
            if self.shared.stop.drained_now() {
                self.abandon(lane);
                return;
            }
            let Some((jobs, dropped)) = self.take_queued(lane, false) else {
                return;
            };
            match lane {
                // Dropped inline queries need no notice.
                Lane::Inline(_) if jobs.is_empty() => {}
                Lane::Inline(_) => self.inline(jobs).await,
                Lane::Chat(chat) => self.chat(chat, jobs, dropped).await,
            }
        }
    }

    /// Leaves a lane's queue to the journal: answered after the restart.
    fn abandon(&self, lane: Lane) {
        let depth = lock(&self.lanes.queues).abandon(lane);
        self.shared.metrics.queue_depth(depth);
    }

    /// Waits until every worker has finished (after a stop).
    pub async fn finish(&self) {
        loop {
            // Registered before the count is read, so that the last
            // worker's wake-up cannot fall between the two.
            let idle = self.lanes.idle.notified();
            tokio::pin!(idle);
            idle.as_mut().enable();
            if self.lanes.workers.load(Ordering::SeqCst) == 0 {
                return;
            }
            idle.await;
        }
    }

    /// Inline queries: only the latest of a user's is answered.
    async fn inline(&self, jobs: Vec<Job>) {
        let sh = &self.shared;
        let (last, superseded) = jobs.split_last().expect("a lane has work");
        for job in superseded {
            self.callback_only(job).await;
        }
        match &last.update.kind {
            UpdateKind::InlineQuery(q) => {
                let incoming = Incoming::inline(q.from.id.0, q.query.clone());
                let answers = match self.handle(last.id, incoming).await {
                    Some(Response::Inline(answers)) => answers,
                    _ => Vec::new(),
                };
                let results = inline::results(&answers);
                log::info!(
                    "update {}: inline query, {} result(s)",
                    last.id,
                    results.len()
                );
                let payload = AnswerInlineQuery::new(q.id.clone(), results).cache_time(60);
                match delivery::call_retrying(sh, &payload, INLINE_WITHIN).await {
                    Ok(_) => {
                        sh.metrics.answer("inline");
                        sh.metrics.reply_latency(last.at.elapsed());
                    }
                    Err(e) => log::warn!("update {}: cannot answer the inline query: {e}", last.id),
                }
            }
            _ => self.callback_only(last).await,
        }
        sh.journal.done(&[last.id]);
    }

    /// A superseded inline query, or a button under an inline result (no
    /// chat to answer in): acknowledged, nothing sent.
    async fn callback_only(&self, job: &Job) {
        if let UpdateKind::CallbackQuery(q) = &job.update.kind {
            self.ack(job.id, q).await;
        }
        self.shared.journal.done(&[job.id]);
    }

    async fn ack(&self, id: i64, q: &teloxide::types::CallbackQuery) {
        // Every press gets an answer, or the button spins for the user.
        let payload = AnswerCallbackQuery::new(q.id.clone());
        if let Err(e) = delivery::call_retrying(&self.shared, &payload, INLINE_WITHIN).await {
            log::warn!("update {id}: cannot answer the button press: {e}");
        }
    }

    /// A chat's updates: routed in order, replied to in order; in a group
    /// with more replies waiting than its limit lets through, combined.
    async fn chat(&self, chat: i64, jobs: Vec<Job>, dropped: u32) {
        let sh = &self.shared;
        let mut pending: VecDeque<Ready> = VecDeque::new();
        if dropped > 0 && chat < 0 {
            pending.push_back(Ready::notice(crate::chat::busy_notice(dropped)));
        }
        self.prepare_all(jobs, &mut pending).await;
        while !pending.is_empty() {
            if sh.stop.drained_now() {
                let ids: Vec<i64> = pending.iter().flat_map(|r| r.ids.clone()).collect();
                // Not sent: answered after the restart.
                sh.journal.cleared(&ids);
                return;
            }
            let combine =
                chat < 0 && pending.len() > 1 && pending.len() as u32 > sh.limiter.spare(chat);
            if combine {
                let batch: Vec<Ready> = pending.drain(..).collect();
                for (text, ids, at) in combined(&batch) {
                    let message = Message {
                        text,
                        markup: None,
                        reply_to: None,
                    };
                    let n = ids.len();
                    if delivery::deliver(sh, ChatId(chat), vec![message], &ids, at).await {
                        for _ in 0..n {
                            sh.metrics.answer("combined");
                        }
                    }
                }
            } else if let Some(ready) = pending.pop_front() {
                let messages = ready.messages();
                if delivery::deliver(sh, ChatId(chat), messages, &ready.ids, ready.at).await {
                    sh.metrics.answer(ready.kind);
                }
            }
            // What came meanwhile joins the queue, in order.
            if let Some((jobs, dropped)) = self.take_queued(Lane::Chat(chat), true) {
                if dropped > 0 && chat < 0 {
                    pending.push_back(Ready::notice(crate::chat::busy_notice(dropped)));
                }
                self.prepare_all(jobs, &mut pending).await;
            }
        }
    }

    async fn prepare_all(&self, jobs: Vec<Job>, pending: &mut VecDeque<Ready>) {
        for job in jobs {
            match self.prepare(&job).await {
                Some(ready) => pending.push_back(ready),
                None => self.shared.journal.done(&[job.id]),
            }
        }
    }

    /// What to send for one update in a chat, if anything.
    async fn prepare(&self, job: &Job) -> Option<Ready> {
        let sh = &self.shared;
        let (incoming, reply_to, asker) = match &job.update.kind {
            UpdateKind::Message(m) => {
                let kind = if m.chat.is_private() {
                    ChatKind::Private
                } else {
                    ChatKind::Group
                };
                let user = m.from.as_ref().map_or(m.chat.id.0 as u64, |u| u.id.0);
                let from = From {
                    chat: kind,
                    chat_id: m.chat.id.0,
                    user: Some(user),
                };
                let incoming = match m.text() {
                    Some(text) => {
                        let reply_to_bot = m
                            .reply_to_message()
                            .and_then(|r| r.from.as_ref())
                            .is_some_and(|u| u.id.0 == sh.me);
                        log::debug!("update {}: text {:?}", job.id, crate::privacy::mask(text));
                        Incoming {
                            from,
                            event: Event::Text {
                                text: text.to_string(),
                                reply_to_bot,
                            },
                        }
                    }
                    None => Incoming::non_text(from),
                };
                let reply_to = Some(m.id).filter(|_| kind == ChatKind::Group);
                (incoming, reply_to, m.from.clone())
            }
            UpdateKind::CallbackQuery(q) => {
                self.ack(job.id, q).await;
                let chat = q.message.as_ref()?.chat();
                let kind = if chat.is_private() {
                    ChatKind::Private
                } else {
                    ChatKind::Group
                };
                let from = From {
                    chat: kind,
                    chat_id: chat.id.0,
                    user: Some(q.from.id.0),
                };
                let data = q.data.clone().unwrap_or_default();
                (Incoming::button(from, data), None, Some(q.from.clone()))
            }
            _ => return None,
        };
        let kind = incoming.from.chat;
        // Flood control, answering and recording are the bot's, as for
        // every entry point.
        let Some(Response::Message(out)) = self.handle(job.id, incoming).await else {
            return None;
        };
        log_answer(job.id, kind, &out);
        let what = out.answer.as_ref().map_or("notice", |a| a.kind().name());
        Some(Ready {
            ids: vec![job.id],
            at: job.at,
            out,
            reply_to,
            asker,
            kind: what,
        })
    }

    /// What the bot does with an update, worked out on the blocking pool
    /// (answering, and an admin's `/reload`, take a while).
    async fn handle(&self, id: i64, incoming: Incoming) -> Option<Response> {
        let news = self.shared.news.clone();
        match tokio::task::spawn_blocking(move || news.handle(&incoming)).await {
            Ok(response) => Some(response),
            Err(_) => {
                log::error!("update {id}: answering it panicked; the update is dropped");
                None
            }
        }
    }
}

/// A reply ready to send, with the updates it answers.
struct Ready {
    ids: Vec<i64>,
    at: Instant,
    out: Outgoing,
    reply_to: Option<MessageId>,
    /// Who asked, to name them in a combined message.
    asker: Option<User>,
    /// How `nmg_answers_total` counts it.
    kind: &'static str,
}

impl Ready {
    /// A notice that answers no update of its own.
    fn notice(out: Outgoing) -> Ready {
        Ready {
            ids: Vec::new(),
            at: Instant::now(),
            out,
            reply_to: None,
            asker: None,
            kind: "notice",
        }
    }

    /// The reply as messages: split to Telegram's limit, the buttons under
    /// the last, the first replying to the question in a group.
    fn messages(&self) -> Vec<Message> {
        let parts = render::html(&self.out.reply);
        let markup = render::keyboard(&self.out.buttons);
        let last = parts.len() - 1;
        parts
            .into_iter()
            .enumerate()
            .map(|(i, text)| Message {
                text,
                markup: markup.clone().filter(|_| i == last),
                reply_to: self.reply_to.filter(|_| i == 0),
            })
            .collect()
    }
}

/// Replies combined into as few messages as they fit in: each under the
/// name of who asked (a mention, so they are notified), without buttons.
/// Returns each message's text, the updates it answers and when the
/// oldest of them came.
fn combined(batch: &[Ready]) -> Vec<(String, Vec<i64>, Instant)> {
    use teloxide::utils::html::escape;
    let mut items: Vec<(String, &Ready)> = Vec::new();
    for ready in batch {
        let body = render::html(&ready.out.reply)
            .into_iter()
            .next()
            .unwrap_or_default();
        let head = match &ready.asker {
            Some(u) => format!(
                "<a href=\"tg://user?id={}\">{}</a>：\n",
                u.id.0,
                escape(&u.first_name)
            ),
            None => String::new(),
        };
        let mut text = format!("{head}{body}");
        if render::units(&text) > render::MAX_MESSAGE {
            // The first part alone, as it rendered.
            text = body;
        }
        items.push((text, ready));
    }
    let mut out: Vec<(String, Vec<i64>, Instant)> = Vec::new();
    for (text, ready) in items {
        let fits = out.last().is_some_and(|(t, _, _)| {
            render::units(t) + 2 + render::units(&text) <= render::MAX_MESSAGE
        });
        if fits {
            let (t, ids, at) = out.last_mut().expect("checked");
            t.push_str("\n\n");
            t.push_str(&text);
            ids.extend(&ready.ids);
            *at = (*at).min(ready.at);
        } else {
            out.push((text, ready.ids.clone(), ready.at));
        }
    }
    out
}

/// One line per answer, with no user text at info level.
fn log_answer(update: i64, kind: ChatKind, out: &Outgoing) {
    let chat = kind.name();
    match &out.answer {
        Some(a) => {
            let names = a.names();
            log::info!(
                "update {update} ({chat}): {:?} matched={} topic={} fact={}",
                a.kind(),
                a.matched(),
                names.topic.unwrap_or("-"),
                names.fact.unwrap_or("-")
            )
        }
        None => log::info!("update {update} ({chat}): notice"),
    }
}

fn ignored(kind: &UpdateKind) -> &'static str {
    match kind {
        UpdateKind::EditedMessage(_) => "edited message",
        UpdateKind::ChannelPost(_) | UpdateKind::EditedChannelPost(_) => "channel post",
        UpdateKind::Message(_) => "channel message",
        UpdateKind::MyChatMember(_) | UpdateKind::ChatMember(_) => "member change",
        _ => "other",
    }
}
