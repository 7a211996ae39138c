//! A fake Telegram Bot API on `127.0.0.1` that behaves as Telegram does in
//! production, for the methods the bot calls: long polls held for the full
//! timeout asked (and answered at once when an update comes), per-chat and
//! overall send limits answered with 429 and `retry_after`, webhook
//! delivery retried until the bot answers 200, and what Telegram rejects
//! (bad HTML, texts over 4,096 UTF-16 units, 65-byte callback data, a query
//! answered twice) rejected and recorded as a violation.
//!
//! Faults are injected on both sides: [`FakeTelegram::fail_next`] for
//! calls (429, 502, other statuses, a reset connection, a slow answer),
//! [`FakeTelegram::fail_next_in`] for one chat's sends.
//!
//! ```ignore
//! let fake = FakeTelegram::start().await;
//! let settings = Settings::new(fake.endpoint());
//! fake.push(FakeTelegram::private_text(42, "/start"));
//! let sent = fake.wait_for("sendMessage", 1, Duration::from_secs(10)).await;
//! assert!(fake.violations().is_empty(), "{:#?}", fake.violations());
//! ```
//!
//! The fake keeps no process globals: message and query ids come from each
//! fake's own counters. Do not pause tokio's clock in tests that use it.

// Not every test uses every helper.
#![allow(dead_code)]

mod html;
mod methods;
mod server;
#[cfg(test)]
mod tests;
mod updates;

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// One request the fake received.
#[derive(Clone, Debug)]
pub struct Call {
    /// The Bot API method as the docs spell it (`sendMessage`).
    pub method: String,
    /// The JSON body (`{}` if empty; a string holding the raw body if not JSON).
    pub body: Value,
    /// When it arrived.
    pub at: Instant,
}

/// A failure to inject instead of serving a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// 429 with `parameters.retry_after`, as Telegram's flood control sends.
    TooManyRequests { retry_after: u32 },
    /// 502 with nginx's HTML page (not JSON), as Telegram's front end sends.
    BadGateway,
    /// This status (400..=599) with Telegram's usual description for it.
    Status(u16),
    /// The connection breaks before any answer; the call is not served.
    Reset,
    /// The call is served, but its answer comes this much later.
    Slow(Duration),
}

/// Send limits as `count` per window: per private chat, per group, overall.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub private: (u32, Duration),
    pub group: (u32, Duration),
    pub overall: (u32, Duration),
}

impl Limits {
    /// Telegram's: one a second in a private chat, 20 a minute in a group,
    /// 30 a second in all.
    pub fn telegram() -> Limits {
        Limits {
            private: (1, Duration::from_secs(1)),
            group: (20, Duration::from_secs(60)),
            overall: (30, Duration::from_secs(1)),
        }
    }
}

/// What [`FakeTelegram::push`] gave an update.
#[derive(Clone, Debug)]
pub struct Pushed {
    pub update_id: i64,
    pub message_id: Option<i64>,
    /// The id of its callback or inline query.
    pub query_id: Option<String>,
}

/// The handle of a running fake; the server stops when it is dropped.
pub struct FakeTelegram {
    inner: Arc<Inner>,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    server: Option<JoinHandle<()>>,
}

struct Inner {
    state: Mutex<St>,
    /// Bumped on every change of `state`; long polls and waits watch it.
    changed: watch::Sender<u64>,
    started: Instant,
    limits: Option<Limits>,
}

struct Webhook {
    url: String,
    secret: Option<String>,
    task: JoinHandle<()>,
}

#[derive(Default)]
struct St {
    next_update_id: i64,
    /// Updates not yet confirmed, oldest first.
    updates: VecDeque<Value>,
    calls: Vec<Call>,
    faulted: Vec<Call>,
    /// sendMessage calls answered 429 because a limit was exceeded.
    limited: Vec<Call>,
    unauthorized: Vec<Call>,
    violations: Vec<String>,
    /// Per method: faults to inject, each for one chat or any.
    faults: HashMap<String, VecDeque<(Option<String>, Fault)>>,
    /// Chat key -> the chat's JSON, from pushed updates.
    chats: HashMap<String, Value>,
    known_messages: HashSet<(String, i64)>,
    message_ids: HashMap<String, i64>,
    next_query: u64,
    pending_callbacks: HashSet<String>,
    pending_inline: HashSet<String>,
    /// Served sends by chat key, and all of them, for the limits.
    sent: HashMap<String, VecDeque<Instant>>,
    sent_overall: VecDeque<Instant>,
    /// Long polls the client gave up on before the fake answered.
    abandoned_polls: usize,
    webhook: Option<Webhook>,
    /// Webhook posts the bot did not answer 2xx.
    webhook_refused: usize,
    /// `getUpdates` offsets are ignored: as if the bot's acknowledgements
    /// never arrived, every poll returns the updates again.
    lose_acks: bool,
    shutting_down: bool,
}

impl St {
    fn next_message_id(&mut self, chat: &str) -> i64 {
        let last = self.message_ids.entry(chat.to_string()).or_insert(0);
        *last += 1;
        *last
    }

    fn note_message_id(&mut self, chat: &str, id: i64) {
        let last = self.message_ids.entry(chat.to_string()).or_insert(0);
        *last = (*last).max(id);
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn truncate(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max_chars).collect();
        t.push('…');
        t
    }
}

impl Inner {
    fn bump(&self) {
        self.changed.send_modify(|n| *n = n.wrapping_add(1));
    }
}

impl FakeTelegram {
    /// The token the fake accepts; any other gets 401.
    pub const TOKEN: &str = "123456:TEST-TOKEN";
    pub const BOT_USERNAME: &str = "nmg_test_bot";
    pub const BOT_ID: u64 = 123456;

    /// Starts a fake with Telegram's send limits.
    pub async fn start() -> FakeTelegram {
        FakeTelegram::start_with(Some(Limits::telegram())).await
    }

    /// Starts a fake with these send limits, or none (for load tests).
    pub async fn start_with(limits: Option<Limits>) -> FakeTelegram {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("fake Telegram: cannot bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("fake Telegram: no address");
        let inner = Arc::new(Inner {
            state: Mutex::new(St {
                next_update_id: 1,
                next_query: 4_300_000_000_000_000_001,
                ..St::default()
            }),
            changed: watch::channel(0).0,
            started: Instant::now(),
            limits,
        });
        let (stop, server) = server::serve(listener, Arc::clone(&inner));
        FakeTelegram {
            inner,
            addr,
            stop,
            server: Some(server),
        }
    }

    /// The base URL, e.g. `"http://127.0.0.1:PORT/"`: `TELOXIDE_API_URL`.
    pub fn api_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// The bot's endpoint pointed at this fake, with [`Self::TOKEN`].
    pub fn endpoint(&self) -> nmg_bot::telegram::Endpoint {
        let mut e = nmg_bot::telegram::Endpoint::new(Self::TOKEN);
        e.api_url = self.api_url().parse().expect("a URL");
        e
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Gives `update` its ids (update, message, query) without queueing it:
    /// what Telegram would post to a webhook.
    pub fn stamp(&self, update: Value) -> (Value, Pushed) {
        let mut st = lock(&self.inner.state);
        stamp(&mut st, update)
    }

    /// Queues an update for `getUpdates` (or the webhook) and returns the
    /// ids it was given.
    pub fn push(&self, update: Value) -> Pushed {
        let pushed = {
            let mut st = lock(&self.inner.state);
            let (update, pushed) = stamp(&mut st, update);
            st.updates.push_back(update);
            pushed
        };
        self.inner.bump();
        pushed
    }

    /// Queues an update as given, with only its `update_id` added and
    /// nothing checked: a shape the bot cannot read. Returns the id.
    pub fn push_raw(&self, mut update: Value) -> i64 {
        let id = {
            let mut st = lock(&self.inner.state);
            let id = st.next_update_id;
            st.next_update_id += 1;
            update["update_id"] = json!(id);
            st.updates.push_back(update);
            id
        };
        self.inner.bump();
        id
    }

    /// Whether `getUpdates` offsets are ignored, so that every poll returns
    /// the updates again (the acknowledgement lost to a crash).
    pub fn lose_acks(&self, lose: bool) {
        lock(&self.inner.state).lose_acks = lose;
        self.inner.bump();
    }

    /// The next `count` calls of `method` fail with `fault`.
    pub fn fail_next(&self, method: &str, fault: Fault, count: usize) {
        self.add_faults(method, None, fault, count);
    }

    /// The next `count` calls of `method` to `chat` fail with `fault`.
    pub fn fail_next_in(&self, method: &str, chat: i64, fault: Fault, count: usize) {
        self.add_faults(method, Some(chat.to_string()), fault, count);
    }

    fn add_faults(&self, method: &str, chat: Option<String>, fault: Fault, count: usize) {
        if let Fault::Status(code) = fault {
            assert!((400..=599).contains(&code), "Fault::Status({code})");
        }
        let mut st = lock(&self.inner.state);
        let queue = st
            .faults
            .entry(server::canonical_method(method))
            .or_default();
        queue.extend(std::iter::repeat_n((chat, fault), count));
    }

    /// Calls answered with an injected fault, in order.
    pub fn faulted(&self) -> Vec<Call> {
        lock(&self.inner.state).faulted.clone()
    }

    /// Sends answered 429 because they broke a limit.
    pub fn limited(&self) -> Vec<Call> {
        lock(&self.inner.state).limited.clone()
    }

    pub fn unauthorized(&self) -> Vec<Call> {
        lock(&self.inner.state).unauthorized.clone()
    }

    /// Long polls the client abandoned before their timeout.
    pub fn abandoned_polls(&self) -> usize {
        lock(&self.inner.state).abandoned_polls
    }

    /// Updates not yet confirmed by the bot.
    pub fn unconfirmed(&self) -> usize {
        lock(&self.inner.state).updates.len()
    }

    /// The webhook URL, if one is set.
    pub fn webhook(&self) -> Option<String> {
        lock(&self.inner.state)
            .webhook
            .as_ref()
            .map(|w| w.url.clone())
    }

    /// Served calls, in order of arrival.
    pub fn calls(&self) -> Vec<Call> {
        lock(&self.inner.state).calls.clone()
    }

    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        let method = server::canonical_method(method);
        let st = lock(&self.inner.state);
        st.calls
            .iter()
            .filter(|c| c.method == method)
            .cloned()
            .collect()
    }

    pub fn count_of(&self, method: &str) -> usize {
        let method = server::canonical_method(method);
        let st = lock(&self.inner.state);
        st.calls.iter().filter(|c| c.method == method).count()
    }

    /// The bodies of the messages served to `chat`, in order.
    pub fn sent_to(&self, chat: i64) -> Vec<Value> {
        let st = lock(&self.inner.state);
        st.calls
            .iter()
            .filter(|c| c.method == "sendMessage" && c.body["chat_id"] == chat)
            .map(|c| c.body.clone())
            .collect()
    }

    /// Waits until `done` holds of the fake, or panics after `timeout`
    /// with everything the fake saw.
    pub async fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        done: impl Fn(&FakeTelegram) -> bool,
    ) {
        let mut changed = self.inner.changed.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if done(self) {
                return;
            }
            match tokio::time::timeout_at(deadline, changed.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) | Err(_) => break,
            }
        }
        if done(self) {
            return;
        }
        panic!(
            "fake Telegram: timed out after {timeout:?} waiting for {what}\n{}",
            self.report()
        );
    }

    /// Waits until at least `n` calls of `method` were served; returns them.
    pub async fn wait_for(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        self.wait_until(&format!("{n} {method} call(s)"), timeout, |f| {
            f.count_of(method) >= n
        })
        .await;
        self.calls_of(method)
    }

    /// Waits until `chat` was sent at least `n` messages; returns their bodies.
    pub async fn wait_sent(&self, chat: i64, n: usize, timeout: Duration) -> Vec<Value> {
        self.wait_until(&format!("{n} message(s) to {chat}"), timeout, |f| {
            f.sent_to(chat).len() >= n
        })
        .await;
        self.sent_to(chat)
    }

    /// Why the fake rejected each call it rejected on its own. Tests assert
    /// this is empty.
    pub fn violations(&self) -> Vec<String> {
        lock(&self.inner.state).violations.clone()
    }

    /// Everything the fake saw, for assertion messages.
    pub fn report(&self) -> String {
        let st = lock(&self.inner.state);
        let started = self.inner.started;
        let mut out = String::new();
        let list = |out: &mut String, title: &str, calls: &[Call]| {
            let _ = writeln!(out, "{title} ({}):", calls.len());
            for c in calls.iter().rev().take(200).rev() {
                let _ = writeln!(
                    out,
                    "  +{:>6} ms  {} {}",
                    c.at.saturating_duration_since(started).as_millis(),
                    c.method,
                    truncate(&c.body.to_string(), 300)
                );
            }
        };
        list(&mut out, "served calls (last 200)", &st.calls);
        list(&mut out, "faulted calls", &st.faulted);
        list(&mut out, "limited calls", &st.limited);
        list(&mut out, "unauthorized calls", &st.unauthorized);
        let _ = writeln!(out, "violations ({}):", st.violations.len());
        for v in &st.violations {
            let _ = writeln!(out, "  {v}");
        }
        let _ = writeln!(
            out,
            "unconfirmed updates: {}; abandoned polls: {}",
            st.updates.len(),
            st.abandoned_polls
        );
        out
    }

    /// Stops the server: long polls return `[]` at once, connections close.
    pub async fn shutdown(mut self) {
        self.begin_stop();
        if let Some(server) = self.server.take() {
            let abort = server.abort_handle();
            if tokio::time::timeout(Duration::from_secs(5), server)
                .await
                .is_err()
            {
                abort.abort();
            }
        }
    }

    fn begin_stop(&self) {
        {
            let mut st = lock(&self.inner.state);
            st.shutting_down = true;
            if let Some(w) = st.webhook.take() {
                w.task.abort();
            }
        }
        self.inner.bump();
        self.stop.send_replace(true);
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        if self.server.is_some() {
            self.begin_stop();
        }
    }
}

/// Gives an update its ids and registers what it holds (chats, messages,
/// answerable queries).
fn stamp(st: &mut St, update: Value) -> (Value, Pushed) {
    let Value::Object(mut update) = update else {
        panic!("FakeTelegram::push: an update must be a JSON object");
    };
    assert!(
        !update.contains_key("update_id"),
        "FakeTelegram::push: the fake assigns update_id; leave it out"
    );
    let update_id = st.next_update_id;
    st.next_update_id += 1;
    let mut pushed = Pushed {
        update_id,
        message_id: None,
        query_id: None,
    };
    for key in ["message", "edited_message", "channel_post"] {
        if let Some(message) = update.get_mut(key) {
            let chat = message["chat"]["id"].as_i64().expect("chat id").to_string();
            if message.get("message_id").is_none() {
                message["message_id"] = json!(st.next_message_id(&chat));
            }
            pushed.message_id = message["message_id"].as_i64();
            register_message(st, message);
        }
    }
    for key in ["callback_query", "inline_query"] {
        if let Some(query) = update.get_mut(key) {
            if query.get("id").is_none() {
                query["id"] = json!(st.next_query.to_string());
                st.next_query += 1;
            }
            let id = query["id"].as_str().expect("query id").to_string();
            if key == "callback_query" {
                st.pending_callbacks.insert(id.clone());
                if let Some(message) = query.get("message").cloned() {
                    register_message(st, &message);
                }
            } else {
                st.pending_inline.insert(id.clone());
            }
            pushed.query_id = Some(id);
        }
    }
    let mut with_id = Map::new();
    with_id.insert("update_id".to_string(), json!(update_id));
    with_id.append(&mut update);
    (Value::Object(with_id), pushed)
}

fn register_message(st: &mut St, message: &Value) {
    let Some(chat_id) = message["chat"]["id"].as_i64() else {
        return;
    };
    let key = chat_id.to_string();
    st.chats.insert(key.clone(), message["chat"].clone());
    if let Some(id) = message["message_id"].as_i64() {
        st.note_message_id(&key, id);
        st.known_messages.insert((key, id));
    }
    if let Some(reply) = message.get("reply_to_message") {
        register_message(st, reply);
    }
}
