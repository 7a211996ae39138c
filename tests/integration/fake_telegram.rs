//! A fake Telegram Bot API server on `127.0.0.1`, strict enough to catch the
//! mistakes the real API rejects (bad HTML, over-long texts, 65-byte callback
//! data, answering a callback query twice, ...).
//!
//! It speaks the wire format teloxide-core 0.13 uses: `POST
//! {api_url}bot{token}/{method}` with a JSON body, answered with
//! `{"ok":true,"result":...}` or `{"ok":false,"error_code":N,"description":"...",
//! "parameters":{...}}`.
//!
//! ```ignore
//! let fake = FakeTelegram::start().await;
//! // TELOXIDE_TOKEN=FakeTelegram::TOKEN, TELOXIDE_API_URL=fake.api_url(), or fake.bot()
//! fake.push(FakeTelegram::private_text(42, "/start"));
//! let sent = fake.wait_for("sendMessage", 1, Duration::from_secs(10)).await;
//! assert_eq!(sent[0].body["chat_id"], 42);
//! assert!(fake.violations().is_empty(), "{:#?}", fake.violations());
//! ```
//!
//! Every rejection the fake makes on its own (as opposed to a [`Fault`] a test
//! injected) is recorded in [`FakeTelegram::violations`]; tests should assert
//! that list is empty at the end.
//!
//! Do not pause tokio's clock (`tokio::time::pause`) in tests that use the fake:
//! the long polls and [`FakeTelegram::wait_for`] use real timeouts.

// Not every test uses every helper.
#![allow(dead_code)]

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The methods the fake serves, spelled as in the Bot API docs.
const SERVED: [&str; 16] = [
    "getMe",
    "getUpdates",
    "getWebhookInfo",
    "setWebhook",
    "deleteWebhook",
    "close",
    "logOut",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "answerCallbackQuery",
    "answerInlineQuery",
    "sendChatAction",
];

/// Telegram matches method names case-insensitively, and teloxide sends them
/// capitalised (`SendMessage`); the fake records them as the docs spell them
/// (`sendMessage`), or with a lowercase first letter if it does not serve them.
fn canonical_method(name: &str) -> String {
    match SERVED.iter().find(|m| m.eq_ignore_ascii_case(name)) {
        Some(m) => m.to_string(),
        None => {
            let mut chars = name.chars();
            chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

/// Longest a `getUpdates` long poll is held, whatever `timeout` the bot asks for.
const LONG_POLL_CAP: Duration = Duration::from_secs(2);

/// One request the fake received.
#[derive(Clone, Debug)]
pub struct Call {
    /// The Bot API method, as it appeared in the URL (e.g. `"sendMessage"`).
    pub method: String,
    /// The JSON body (`{}` if the body was empty). For a body that was not JSON,
    /// a string holding the raw body.
    pub body: serde_json::Value,
    /// When the request arrived (for `getUpdates`: when the long poll started).
    pub at: std::time::Instant,
}

/// A failure to inject with [`FakeTelegram::fail_next`] instead of serving a call.
///
/// Note that teloxide-core sleeps 10 seconds after any 5xx response before it
/// reads the body (`DELAY_ON_SERVER_ERROR` in `net/request.rs`), so a test
/// that injects [`Fault::BadGateway`] or `Status(500..)` takes at least that long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// 429 `{"ok":false,"error_code":429,"description":"Too Many Requests: retry
    /// after N","parameters":{"retry_after":N}}`; teloxide turns it into
    /// `RequestError::RetryAfter(N)` and its `Throttle` adaptor retries after N s.
    TooManyRequests { retry_after: u32 },
    /// 502 with nginx's HTML error page (not JSON), as Telegram's front end sends.
    BadGateway,
    /// This HTTP status (400..=599) with a JSON error envelope whose description
    /// is what Telegram typically sends with it: 400 "Bad Request: chat not
    /// found", 401 "Unauthorized", 403 "Forbidden: bot was blocked by the user",
    /// 404 "Not Found", 409 "Conflict: terminated by other getUpdates request;
    /// make sure that only one bot instance is running", 429 "Too Many
    /// Requests" (without `parameters`), 500 "Internal Server Error", 502 "Bad
    /// Gateway", 503 "Service Unavailable", 504 "Gateway Timeout", otherwise
    /// "Error N".
    Status(u16),
}

/// The handle of a running fake. Not `Clone`: wrap it in an `Arc` to share it.
/// The server stops when this is dropped or [`FakeTelegram::shutdown`] is awaited.
pub struct FakeTelegram {
    inner: Arc<Inner>,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    server: Option<JoinHandle<()>>,
}

struct Inner {
    state: Mutex<St>,
    /// Bumped on every change of `state`; long polls and `wait_for` wait on it.
    changed: watch::Sender<u64>,
    started: Instant,
}

/// A message the bot sent (or a pushed update showed as sent by the bot).
#[derive(Clone, Debug)]
struct BotMsg {
    text: String,
    entities: Vec<Value>,
    /// Only an inline keyboard: the only markup a message keeps.
    markup: Option<Value>,
    date: i64,
}

impl BotMsg {
    fn same_content(&self, other: &BotMsg) -> bool {
        self.text == other.text && self.entities == other.entities && self.markup == other.markup
    }
}

#[derive(Default)]
struct St {
    next_update_id: i64,
    /// Unconfirmed updates, with `update_id`, oldest first.
    updates: VecDeque<Value>,
    calls: Vec<Call>,
    faulted: Vec<Call>,
    unauthorized: Vec<Call>,
    violations: Vec<String>,
    faults: HashMap<String, VecDeque<Fault>>,
    /// Chat key (`"123"` or `"@name"`) -> the chat's JSON, from pushed updates.
    chats: HashMap<String, Value>,
    /// Every (chat key, message_id) the fake has pushed or sent.
    known_messages: HashSet<(String, i64)>,
    bot_messages: HashMap<(String, i64), BotMsg>,
    pending_callbacks: HashSet<String>,
    pending_inline: HashSet<String>,
    /// "scope|language_code" -> commands.
    commands: HashMap<String, Value>,
    shutting_down: bool,
}

/// Last message_id per chat key, shared by the builders and every fake in the
/// process so that ids in a chat only ever increase.
static MESSAGE_IDS: LazyLock<Mutex<HashMap<String, i64>>> = LazyLock::new(Default::default);
/// Source of callback and inline query ids.
static QUERY_IDS: AtomicU64 = AtomicU64::new(1);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn next_message_id(chat_key: &str) -> i64 {
    let mut ids = lock(&MESSAGE_IDS);
    let last = ids.entry(chat_key.to_string()).or_insert(0);
    *last += 1;
    *last
}

fn note_message_id(chat_key: &str, id: i64) {
    let mut ids = lock(&MESSAGE_IDS);
    let last = ids.entry(chat_key.to_string()).or_insert(0);
    *last = (*last).max(id);
}

fn next_query_id() -> String {
    // Telegram's query ids are long decimal strings.
    (4_300_000_000_000_000_000 + QUERY_IDS.fetch_add(1, Ordering::Relaxed)).to_string()
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
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

impl FakeTelegram {
    /// The token the fake accepts; any other gets 401 `"Unauthorized"`.
    pub const TOKEN: &str = "123456:TEST-TOKEN";
    /// The bot's username, as `getMe` reports it.
    pub const BOT_USERNAME: &str = "nmg_test_bot";
    /// The bot's user id, as `getMe` reports it.
    pub const BOT_ID: u64 = 123456;

    /// Starts the fake on `127.0.0.1` on a free port.
    pub async fn start() -> FakeTelegram {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("fake Telegram: cannot bind 127.0.0.1:0");
        let addr = listener
            .local_addr()
            .expect("fake Telegram: no local address");
        let inner = Arc::new(Inner {
            state: Mutex::new(St {
                next_update_id: 1,
                ..St::default()
            }),
            changed: watch::channel(0).0,
            started: Instant::now(),
        });
        let app = Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&inner));
        let (stop, mut stop_rx) = watch::channel(false);
        let server = tokio::spawn(async move {
            let shutdown = async move {
                let _ = stop_rx.wait_for(|stop| *stop).await;
            };
            if let Err(e) = axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
            {
                eprintln!("fake Telegram server failed: {e}");
            }
        });
        FakeTelegram {
            inner,
            addr,
            stop,
            server: Some(server),
        }
    }

    /// The base URL, e.g. `"http://127.0.0.1:PORT/"`: what `TELOXIDE_API_URL`
    /// and `Bot::set_api_url` take.
    pub fn api_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// A teloxide `Bot` with [`Self::TOKEN`] pointed at this fake.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(Self::TOKEN).set_api_url(
            self.api_url()
                .parse()
                .expect("fake Telegram: api_url is a URL"),
        )
    }

    /// Queues an update for `getUpdates` and returns the `update_id` the fake
    /// gave it (ids increase from 1). `update` is a builder's output or any
    /// update JSON without `update_id`. Callback and inline query ids in it
    /// become answerable; messages in it become known (for replies and edits).
    pub fn push(&self, update_without_id: serde_json::Value) -> i64 {
        let Value::Object(mut update) = update_without_id else {
            panic!("FakeTelegram::push: an update must be a JSON object, got {update_without_id}");
        };
        assert!(
            !update.contains_key("update_id"),
            "FakeTelegram::push: the fake assigns update_id; leave it out"
        );
        let id = {
            let mut st = lock(&self.inner.state);
            let id = st.next_update_id;
            st.next_update_id += 1;
            let mut with_id = Map::new();
            with_id.insert("update_id".to_string(), json!(id));
            with_id.append(&mut update);
            let with_id = Value::Object(with_id);
            register_update(&mut st, &with_id);
            st.updates.push_back(with_id);
            id
        };
        self.inner.bump();
        id
    }

    /// A private-chat text message from `user_id` (chat.id == user_id), with
    /// `bot_command` / `mention` entities as Telegram computes them.
    pub fn private_text(user_id: i64, text: &str) -> serde_json::Value {
        let chat = private_chat(user_id);
        json!({ "message": text_message(user_id, chat, text) })
    }

    /// A text message from `user_id` in the supergroup `chat_id`, with entities:
    /// `bot_command` for a leading `/cmd` or `/cmd@name` (offset 0) and
    /// `mention` for every `@username` (5-32 of `[A-Za-z0-9_]`), in UTF-16 code
    /// units as Telegram counts them.
    pub fn group_text(chat_id: i64, user_id: i64, text: &str) -> serde_json::Value {
        json!({ "message": text_message(user_id, group_chat(chat_id), text) })
    }

    /// Like [`Self::group_text`], replying to the bot's message `bot_message_id`.
    pub fn group_reply_to_bot(
        chat_id: i64,
        user_id: i64,
        text: &str,
        bot_message_id: i64,
    ) -> serde_json::Value {
        let chat = group_chat(chat_id);
        note_message_id(&chat_id.to_string(), bot_message_id);
        let mut message = text_message(user_id, chat.clone(), text);
        message["reply_to_message"] = json!({
            "message_id": bot_message_id,
            "from": bot_user(),
            "chat": chat,
            "date": now_unix() - 60,
            "text": "An earlier message from the bot",
        });
        json!({ "message": message })
    }

    /// A callback query from `user_id` on the bot's message `message_id` in
    /// `chat_id` (a private chat if `chat_id > 0`, else a supergroup), pressing
    /// a button whose callback data is `data`.
    pub fn callback(user_id: i64, chat_id: i64, message_id: i64, data: &str) -> serde_json::Value {
        let chat = if chat_id > 0 {
            private_chat(chat_id)
        } else {
            group_chat(chat_id)
        };
        note_message_id(&chat_id.to_string(), message_id);
        json!({
            "callback_query": {
                "id": next_query_id(),
                "from": user(user_id),
                "message": {
                    "message_id": message_id,
                    "from": bot_user(),
                    "chat": chat,
                    "date": now_unix() - 60,
                    "text": "A message from the bot, with buttons",
                    "reply_markup": {
                        "inline_keyboard": [[{ "text": "Button", "callback_data": data }]],
                    },
                },
                "chat_instance": (chat_id.unsigned_abs().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 1)
                    .to_string(),
                "data": data,
            }
        })
    }

    /// An inline query (`@bot query`) from `user_id`, typed in the private chat
    /// with the bot (`chat_type` "sender").
    pub fn inline_query(user_id: i64, query: &str) -> serde_json::Value {
        json!({
            "inline_query": {
                "id": next_query_id(),
                "from": user(user_id),
                "query": query,
                "offset": "",
                "chat_type": "sender",
            }
        })
    }

    /// A sticker message from `user_id` in `chat_id`: a private chat if
    /// `private`, else a supergroup.
    pub fn sticker(chat_id: i64, user_id: i64, private: bool) -> serde_json::Value {
        let chat = if private {
            private_chat(chat_id)
        } else {
            group_chat(chat_id)
        };
        let message_id = next_message_id(&chat_id.to_string());
        json!({
            "message": {
                "message_id": message_id,
                "from": user(user_id),
                "chat": chat,
                "date": now_unix(),
                "sticker": {
                    "width": 512,
                    "height": 512,
                    "emoji": "😀",
                    "set_name": "NmgTestStickers",
                    "is_animated": false,
                    "is_video": false,
                    "type": "regular",
                    "thumbnail": {
                        "file_id": "AAMCAgADGQEAAgFjZ2ZtZXN0VGh1bWJGaWxlSWQAAg",
                        "file_unique_id": "AQADTestThumb",
                        "file_size": 5416,
                        "width": 128,
                        "height": 128,
                    },
                    "file_id": "CAACAgIAAxkBAAIBY2dmZXN0U3RpY2tlckZpbGVJZAACAg",
                    "file_unique_id": "AgADTestSticker",
                    "file_size": 23412,
                },
            }
        })
    }

    /// An `edited_message`: `user_id` edited a text in the private chat with the
    /// bot (`date` a minute ago, `edit_date` now).
    pub fn edited_text(user_id: i64, text: &str) -> serde_json::Value {
        let mut message = text_message(user_id, private_chat(user_id), text);
        message["date"] = json!(now_unix() - 60);
        message["edit_date"] = json!(now_unix());
        json!({ "edited_message": message })
    }

    /// A service message: `user_id` joined the supergroup `chat_id`.
    pub fn member_joined(chat_id: i64, user_id: i64) -> serde_json::Value {
        let message_id = next_message_id(&chat_id.to_string());
        json!({
            "message": {
                "message_id": message_id,
                "from": user(user_id),
                "chat": group_chat(chat_id),
                "date": now_unix(),
                "new_chat_participant": user(user_id),
                "new_chat_member": user(user_id),
                "new_chat_members": [user(user_id)],
            }
        })
    }

    /// A `channel_post` in the channel `chat_id` (no `from`; `sender_chat` is the
    /// channel).
    pub fn channel_post(chat_id: i64, text: &str) -> serde_json::Value {
        let chat =
            json!({ "id": chat_id, "title": format!("Test Channel {chat_id}"), "type": "channel" });
        let message_id = next_message_id(&chat_id.to_string());
        let mut message = json!({
            "message_id": message_id,
            "sender_chat": chat,
            "chat": chat,
            "date": now_unix(),
            "text": text,
        });
        let entities = text_entities(text);
        if !entities.is_empty() {
            message["entities"] = Value::Array(entities);
        }
        json!({ "channel_post": message })
    }

    /// Makes the next `count` calls of `method` (e.g. `"sendMessage"`,
    /// `"getUpdates"`; any case) fail with `fault` instead of being served. Faults queue:
    /// calling this twice for one method serves the first batch first. Faulted
    /// calls are not in [`Self::calls`] but in [`Self::faulted`].
    pub fn fail_next(&self, method: &str, fault: Fault, count: usize) {
        if let Fault::Status(code) = fault {
            assert!(
                (400..=599).contains(&code),
                "Fault::Status({code}): use a code in 400..=599"
            );
        }
        let mut st = lock(&self.inner.state);
        let queue = st.faults.entry(canonical_method(method)).or_default();
        queue.extend(std::iter::repeat_n(fault, count));
    }

    /// Every call answered with an injected [`Fault`], in order.
    pub fn faulted(&self) -> Vec<Call> {
        lock(&self.inner.state).faulted.clone()
    }

    /// Every call made with a token other than [`Self::TOKEN`] (answered 401).
    pub fn unauthorized(&self) -> Vec<Call> {
        lock(&self.inner.state).unauthorized.clone()
    }

    /// Every successfully served call, in order of arrival (`getUpdates` included).
    pub fn calls(&self) -> Vec<Call> {
        lock(&self.inner.state).calls.clone()
    }

    /// The successfully served calls of `method` (matched case-insensitively,
    /// as Telegram does), in order.
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.with_calls_of(method, |calls| calls.cloned().collect())
    }

    /// How many calls of `method` have been served.
    pub fn count_of(&self, method: &str) -> usize {
        self.with_calls_of(method, |calls| calls.count())
    }

    fn with_calls_of<T>(
        &self,
        method: &str,
        f: impl FnOnce(&mut dyn Iterator<Item = &Call>) -> T,
    ) -> T {
        let method = canonical_method(method);
        let state = lock(&self.inner.state);
        f(&mut state.calls.iter().filter(|c| c.method == method))
    }

    /// Waits until at least `n` calls of `method` have been served and returns
    /// all served calls of `method`. Panics after `timeout` with a listing of
    /// every call, fault and violation so far.
    pub async fn wait_for(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        let mut changed = self.inner.changed.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Counted, not cloned, on each change: a benchmark waits here for
            // 10,000 calls.
            if self.count_of(method) >= n {
                return self.calls_of(method);
            }
            match tokio::time::timeout_at(deadline, changed.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) | Err(_) => break,
            }
        }
        let calls = self.calls_of(method);
        if calls.len() >= n {
            return calls;
        }
        panic!(
            "fake Telegram: timed out after {timeout:?} waiting for {n} {method} call(s), got {}\n{}",
            calls.len(),
            self.report()
        );
    }

    /// Why the fake rejected each call it rejected on its own, in order, e.g.
    /// `"sendMessage: text is 5000 characters (max 4096)"`. Tests assert this
    /// is empty.
    pub fn violations(&self) -> Vec<String> {
        lock(&self.inner.state).violations.clone()
    }

    /// A human-readable listing of everything the fake saw, for assertion messages.
    pub fn report(&self) -> String {
        let st = lock(&self.inner.state);
        let started = self.inner.started;
        let mut out = String::new();
        let list = |out: &mut String, title: &str, calls: &[Call]| {
            let _ = writeln!(out, "{title} ({}):", calls.len());
            for c in calls {
                let _ = writeln!(
                    out,
                    "  +{:>6} ms  {} {}",
                    c.at.saturating_duration_since(started).as_millis(),
                    c.method,
                    truncate(&c.body.to_string(), 500)
                );
            }
        };
        list(&mut out, "served calls", &st.calls);
        list(&mut out, "faulted calls", &st.faulted);
        list(&mut out, "unauthorized calls", &st.unauthorized);
        let _ = writeln!(out, "violations ({}):", st.violations.len());
        for v in &st.violations {
            let _ = writeln!(out, "  {v}");
        }
        let _ = writeln!(out, "unconfirmed updates: {}", st.updates.len());
        out
    }

    /// Stops the server: pending long polls return `[]` at once, in-flight
    /// calls finish, connections close. Waits at most 5 s for that.
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
        lock(&self.inner.state).shutting_down = true;
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

impl Inner {
    fn bump(&self) {
        self.changed.send_modify(|n| *n = n.wrapping_add(1));
    }
}

// ---------------------------------------------------------------------------
// Update builders' pieces

fn user(user_id: i64) -> Value {
    json!({
        "id": user_id,
        "is_bot": false,
        "first_name": format!("User{user_id}"),
        "username": format!("user{user_id}"),
        "language_code": "zh-hans",
    })
}

fn bot_user() -> Value {
    json!({
        "id": FakeTelegram::BOT_ID,
        "is_bot": true,
        "first_name": "NMG Test",
        "username": FakeTelegram::BOT_USERNAME,
    })
}

fn me() -> Value {
    json!({
        "id": FakeTelegram::BOT_ID,
        "is_bot": true,
        "first_name": "NMG Test",
        "username": FakeTelegram::BOT_USERNAME,
        "can_join_groups": true,
        "can_read_all_group_messages": false,
        "supports_inline_queries": true,
        "can_connect_to_business": false,
        "has_main_web_app": false,
    })
}

fn private_chat(user_id: i64) -> Value {
    json!({
        "id": user_id,
        "first_name": format!("User{user_id}"),
        "username": format!("user{user_id}"),
        "type": "private",
    })
}

fn group_chat(chat_id: i64) -> Value {
    json!({ "id": chat_id, "title": format!("Test Group {chat_id}"), "type": "supergroup" })
}

fn text_message(user_id: i64, chat: Value, text: &str) -> Value {
    let chat_id = chat["id"].as_i64().expect("chat id");
    let mut message = json!({
        "message_id": next_message_id(&chat_id.to_string()),
        "from": user(user_id),
        "chat": chat,
        "date": now_unix(),
        "text": text,
    });
    let entities = text_entities(text);
    if !entities.is_empty() {
        message["entities"] = Value::Array(entities);
    }
    message
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The entities Telegram adds to a plain text: `bot_command` for a leading
/// `/cmd[@name]` and `mention` for `@username`s, offsets in UTF-16 code units.
fn text_entities(text: &str) -> Vec<Value> {
    let bytes = text.as_bytes();
    let u16_at = |byte: usize| utf16_len(&text[..byte]);
    let mut entities = Vec::new();
    let mut command_end = 0;
    if bytes.first() == Some(&b'/') {
        let mut end = 1;
        while end < bytes.len() && is_word_byte(bytes[end]) {
            end += 1;
        }
        if end > 1 && end <= 33 {
            if bytes.get(end) == Some(&b'@') {
                let mut name_end = end + 1;
                while name_end < bytes.len() && is_word_byte(bytes[name_end]) {
                    name_end += 1;
                }
                if name_end > end + 1 {
                    end = name_end;
                }
            }
            command_end = end;
            entities.push(json!({ "offset": 0, "length": u16_at(end), "type": "bot_command" }));
        }
    }
    let mut i = command_end;
    while i < bytes.len() {
        if bytes[i] == b'@' && (i == 0 || !is_word_byte(bytes[i - 1])) {
            let mut end = i + 1;
            while end < bytes.len() && is_word_byte(bytes[end]) {
                end += 1;
            }
            if (5..=32).contains(&(end - i - 1)) {
                let offset = u16_at(i);
                entities.push(json!({
                    "offset": offset,
                    "length": u16_at(end) - offset,
                    "type": "mention",
                }));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    entities
}

fn register_update(st: &mut St, update: &Value) {
    for key in [
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
    ] {
        if let Some(message) = update.get(key) {
            register_message(st, message);
        }
    }
    if let Some(query) = update.get("callback_query") {
        if let Some(id) = query["id"].as_str() {
            st.pending_callbacks.insert(id.to_string());
        }
        if let Some(message) = query.get("message") {
            register_message(st, message);
        }
    }
    if let Some(id) = update["inline_query"]["id"].as_str() {
        st.pending_inline.insert(id.to_string());
    }
}

fn register_message(st: &mut St, message: &Value) {
    let Some(chat_id) = message["chat"]["id"].as_i64() else {
        return;
    };
    let key = chat_id.to_string();
    st.chats.insert(key.clone(), message["chat"].clone());
    if let Some(username) = message["chat"]["username"].as_str() {
        st.chats.insert(
            format!("@{}", username.to_lowercase()),
            message["chat"].clone(),
        );
    }
    if let Some(id) = message["message_id"].as_i64() {
        note_message_id(&key, id);
        st.known_messages.insert((key.clone(), id));
        let from_bot = message["from"]["id"].as_u64() == Some(FakeTelegram::BOT_ID);
        if from_bot {
            st.bot_messages.entry((key, id)).or_insert_with(|| BotMsg {
                text: message["text"].as_str().unwrap_or_default().to_string(),
                entities: message["entities"].as_array().cloned().unwrap_or_default(),
                markup: message
                    .get("reply_markup")
                    .filter(|m| m.get("inline_keyboard").is_some())
                    .cloned(),
                date: message["date"].as_i64().unwrap_or_else(now_unix),
            });
        }
    }
    if let Some(reply) = message.get("reply_to_message") {
        register_message(st, reply);
    }
}

// ---------------------------------------------------------------------------
// HTTP

fn json_response(status: u16, body: Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn ok_response(result: Value) -> Response {
    json_response(200, json!({ "ok": true, "result": result }))
}

fn error_response(code: u16, description: &str) -> Response {
    json_response(
        code,
        json!({ "ok": false, "error_code": code, "description": description }),
    )
}

fn fault_response(fault: &Fault) -> Response {
    match *fault {
        Fault::TooManyRequests { retry_after } => json_response(
            429,
            json!({
                "ok": false,
                "error_code": 429,
                "description": format!("Too Many Requests: retry after {retry_after}"),
                "parameters": { "retry_after": retry_after },
            }),
        ),
        Fault::BadGateway => (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 \
             Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n",
        )
            .into_response(),
        Fault::Status(code) => {
            let description = match code {
                400 => "Bad Request: chat not found".to_string(),
                401 => "Unauthorized".to_string(),
                403 => "Forbidden: bot was blocked by the user".to_string(),
                404 => "Not Found".to_string(),
                409 => "Conflict: terminated by other getUpdates request; make sure that only one \
                        bot instance is running"
                    .to_string(),
                429 => "Too Many Requests".to_string(),
                500 => "Internal Server Error".to_string(),
                502 => "Bad Gateway".to_string(),
                503 => "Service Unavailable".to_string(),
                504 => "Gateway Timeout".to_string(),
                _ => format!("Error {code}"),
            };
            error_response(code, &description)
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|&b| hex(b)),
                bytes.get(i + 2).and_then(|&b| hex(b)),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn handle(
    State(inner): State<Arc<Inner>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let at = Instant::now();
    let path = percent_decode(uri.path());
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let (token, method) = match segments.as_slice() {
        [bot, method] if bot.starts_with("bot") => (&bot[3..], canonical_method(method)),
        _ => {
            lock(&inner.state)
                .violations
                .push(format!("request to unexpected path {path:?}"));
            inner.bump();
            return error_response(404, "Not Found");
        }
    };

    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let parsed: Result<Value, String> = if content_type.starts_with("multipart/") {
        // teloxide sends setWebhook as a form (it may carry a certificate).
        multipart_fields(&content_type, &body)
    } else if body.iter().all(u8::is_ascii_whitespace) {
        Ok(json!({}))
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Null) => Ok(json!({})),
            Ok(v @ Value::Object(_)) => Ok(v),
            Ok(other) => Err(format!(
                "JSON body is not an object: {}",
                truncate(&other.to_string(), 100)
            )),
            Err(e) => Err(format!("malformed JSON body ({e})")),
        }
    };
    let call_body = match &parsed {
        Ok(v) => v.clone(),
        Err(_) => Value::String(truncate(&String::from_utf8_lossy(&body), 2000)),
    };
    let call = Call {
        method,
        body: call_body,
        at,
    };

    if token != FakeTelegram::TOKEN {
        lock(&inner.state).unauthorized.push(call);
        inner.bump();
        return error_response(401, "Unauthorized");
    }
    if let Err(reason) = parsed {
        lock(&inner.state)
            .violations
            .push(format!("{}: {reason}", call.method));
        inner.bump();
        return error_response(400, "Bad Request: can't parse JSON body");
    }

    {
        let mut st = lock(&inner.state);
        let fault = st
            .faults
            .get_mut(&call.method)
            .and_then(VecDeque::pop_front);
        if let Some(fault) = fault {
            st.faulted.push(call);
            drop(st);
            inner.bump();
            return fault_response(&fault);
        }
    }

    if call.method == "getUpdates" {
        return get_updates(&inner, call).await;
    }

    let result = {
        let mut st = lock(&inner.state);
        let result = serve(&mut st, &call.method, &call.body);
        match &result {
            Ok(_) => st.calls.push(call),
            Err(reject) => st
                .violations
                .push(format!("{}: {}", call.method, reject.reason)),
        }
        result
    };
    inner.bump();
    match result {
        Ok(v) => ok_response(v),
        Err(reject) => error_response(reject.code, &reject.description),
    }
}

async fn get_updates(inner: &Inner, call: Call) -> Response {
    let int = |key: &str| -> Result<Option<i64>, Reject> {
        match call.body.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v
                .as_i64()
                .map(Some)
                .ok_or_else(|| bad("wrong parameter", format!("{key} is not an integer: {v}"))),
        }
    };
    let params = (|| Ok::<_, Reject>((int("offset")?, int("limit")?, int("timeout")?)))();
    let (offset, limit, timeout) = match params {
        Ok(p) => p,
        Err(reject) => {
            lock(&inner.state)
                .violations
                .push(format!("getUpdates: {}", reject.reason));
            inner.bump();
            return error_response(reject.code, &reject.description);
        }
    };
    let offset = offset.unwrap_or(0);
    let limit = limit.unwrap_or(100).clamp(1, 100) as usize;
    let timeout = Duration::from_secs(timeout.unwrap_or(0).max(0) as u64).min(LONG_POLL_CAP);

    let mut changed = inner.changed.subscribe();
    {
        let mut st = lock(&inner.state);
        if offset > 0 {
            // Telegram forgets confirmed updates for good.
            st.updates
                .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
        }
        st.calls.push(call);
    }
    inner.bump();

    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        {
            let st = lock(&inner.state);
            let batch: Vec<Value> = if offset < 0 {
                let n = offset.unsigned_abs() as usize;
                let skip = st.updates.len().saturating_sub(n);
                st.updates.iter().skip(skip).take(limit).cloned().collect()
            } else {
                st.updates
                    .iter()
                    .filter(|u| u["update_id"].as_i64().unwrap_or(0) >= offset)
                    .take(limit)
                    .cloned()
                    .collect()
            };
            if !batch.is_empty() || st.shutting_down {
                return ok_response(Value::Array(batch));
            }
        }
        match tokio::time::timeout_at(deadline, changed.changed()).await {
            Ok(Ok(())) => {}
            Ok(Err(_)) | Err(_) => return ok_response(json!([])),
        }
    }
}

// ---------------------------------------------------------------------------
// Methods

/// A rejection: what the client gets, and why (for `violations`).
#[derive(Debug)]
struct Reject {
    code: u16,
    description: String,
    reason: String,
}

/// 400 "Bad Request: {description}", recorded as `reason`.
fn bad(description: &str, reason: impl Into<String>) -> Reject {
    Reject {
        code: 400,
        description: format!("Bad Request: {description}"),
        reason: reason.into(),
    }
}

/// The text fields of a `multipart/form-data` body, as a JSON object of
/// strings (JSON-looking values parsed). Files are refused: the bot sends none.
fn multipart_fields(content_type: &str, body: &[u8]) -> Result<Value, String> {
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_string())
        .ok_or("multipart body without a boundary")?;
    let text = String::from_utf8_lossy(body);
    let mut fields = Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let part = part.trim_start_matches("\r\n");
        if part.starts_with("--") || part.trim().is_empty() {
            continue;
        }
        let (head, value) = part
            .split_once("\r\n\r\n")
            .ok_or("multipart part without headers")?;
        if head.contains("filename=") {
            return Err("multipart part is a file: the fake takes none".into());
        }
        let name = head
            .split(';')
            .find_map(|p| p.trim().strip_prefix("name="))
            .map(|n| n.trim_matches('"').to_string())
            .ok_or("multipart part without a name")?;
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        let parsed = serde_json::from_str::<Value>(value).unwrap_or_else(|_| json!(value));
        fields.insert(name, parsed);
    }
    Ok(Value::Object(fields))
}

fn serve(st: &mut St, method: &str, body: &Value) -> Result<Value, Reject> {
    match method {
        "getMe" => Ok(me()),
        // No webhook is ever set on the fake: long polling is what it serves.
        // Webhook mode: Telegram would now post updates to `url`; tests post them themselves.
        "setWebhook" => {
            if body["url"].as_str().is_none_or(str::is_empty) {
                return Err(bad("bad webhook", "setWebhook: url is missing"));
            }
            Ok(json!(true))
        }
        "getWebhookInfo" => Ok(
            json!({"url": "", "has_custom_certificate": false, "pending_update_count": st.updates.len()}),
        ),
        "deleteWebhook" => {
            if body["drop_pending_updates"] == json!(true) {
                st.updates.clear();
            }
            Ok(json!(true))
        }
        "close" | "logOut" => Ok(json!(true)),
        "setMyCommands" => set_my_commands(st, body),
        "getMyCommands" => {
            let key = commands_key(body)?;
            Ok(st.commands.get(&key).cloned().unwrap_or_else(|| json!([])))
        }
        "deleteMyCommands" => {
            let key = commands_key(body)?;
            st.commands.remove(&key);
            Ok(json!(true))
        }
        "sendMessage" => send_message(st, body),
        "editMessageText" => edit_message_text(st, body),
        "editMessageReplyMarkup" => edit_message_reply_markup(st, body),
        "answerCallbackQuery" => answer_callback_query(st, body),
        "answerInlineQuery" => answer_inline_query(st, body),
        "sendChatAction" => send_chat_action(body),
        _ => Err(Reject {
            code: 404,
            description: "Not Found: method not found".into(),
            reason: "method not served by the fake (teach fake_telegram.rs if the bot needs it)"
                .into(),
        }),
    }
}

fn commands_key(body: &Value) -> Result<String, Reject> {
    const SCOPES: [&str; 7] = [
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    ];
    let scope = match body.get("scope") {
        None | Some(Value::Null) => json!({ "type": "default" }),
        Some(scope) => {
            let kind = scope["type"].as_str().unwrap_or_default();
            if !SCOPES.contains(&kind) {
                return Err(bad(
                    "BOT_COMMAND_SCOPE_INVALID",
                    format!("unknown scope {scope}"),
                ));
            }
            scope.clone()
        }
    };
    let lang = match body.get("language_code") {
        None | Some(Value::Null) => "",
        Some(Value::String(s))
            if s.is_empty() || (s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase())) =>
        {
            s
        }
        Some(other) => {
            return Err(bad(
                "LANG_CODE_INVALID",
                format!("language_code {other} is not a two-letter ISO 639-1 code"),
            ));
        }
    };
    Ok(format!("{scope}|{lang}"))
}

fn set_my_commands(st: &mut St, body: &Value) -> Result<Value, Reject> {
    let Some(commands) = body["commands"].as_array() else {
        return Err(bad(
            "parameter \"commands\" is required",
            "commands is missing or not an array",
        ));
    };
    if commands.is_empty() || commands.len() > 100 {
        return Err(bad(
            "BOT_COMMANDS_TOO_MUCH",
            format!("{} commands (must be 1..=100)", commands.len()),
        ));
    }
    for (i, c) in commands.iter().enumerate() {
        let command = c["command"].as_str().unwrap_or_default();
        let valid = (1..=32).contains(&command.len())
            && command
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid {
            return Err(bad(
                "BOT_COMMAND_INVALID",
                format!(
                    "commands[{i}].command {:?} must be 1-32 characters of a-z, 0-9, _",
                    c["command"]
                ),
            ));
        }
        let description = c["description"].as_str().unwrap_or_default();
        if !(1..=256).contains(&utf16_len(description)) || description.trim().is_empty() {
            return Err(bad(
                "BOT_COMMAND_DESCRIPTION_INVALID",
                format!(
                    "commands[{i}] ({command}): description must be 1-256 characters, got {:?}",
                    c["description"]
                ),
            ));
        }
    }
    let key = commands_key(body)?;
    st.commands.insert(key, Value::Array(commands.clone()));
    Ok(json!(true))
}

/// A `chat_id` parameter, normalised to the fake's chat key.
fn chat_key(value: Option<&Value>) -> Result<String, Reject> {
    match value {
        None | Some(Value::Null) => Err(bad("chat_id is empty", "chat_id is missing")),
        Some(Value::Number(n)) if n.is_i64() => Ok(n.to_string()),
        Some(Value::String(s)) if s.parse::<i64>().is_ok() => Ok(s.trim().to_string()),
        Some(Value::String(s)) if s.len() > 1 && s.starts_with('@') => Ok(s.to_lowercase()),
        Some(other) => Err(bad(
            "chat not found",
            format!("chat_id {other} is neither an integer nor \"@username\""),
        )),
    }
}

/// The chat JSON for a key: as seen in pushed updates, else made up (positive
/// id: a private chat; negative: a supergroup; `@name`: a channel).
fn chat_json(st: &St, key: &str) -> Value {
    if let Some(chat) = st.chats.get(key) {
        return chat.clone();
    }
    match key.parse::<i64>() {
        Ok(id) if id > 0 => private_chat(id),
        Ok(id) => group_chat(id),
        Err(_) => {
            let name = key.trim_start_matches('@');
            json!({ "id": -1_001_000_000_000i64 - name.len() as i64, "title": name, "username": name, "type": "channel" })
        }
    }
}

/// Checks `text`/`parse_mode`/`entities` as Telegram does and returns the
/// visible text and its entities. `field` names the text parameter in reasons.
fn formatted_text(
    text: Option<&Value>,
    parse_mode: Option<&Value>,
    entities: Option<&Value>,
    field: &str,
) -> Result<(String, Vec<Value>), Reject> {
    let text = match text {
        Some(Value::String(s)) => s.as_str(),
        None | Some(Value::Null) => {
            return Err(bad("message text is empty", format!("{field} is missing")));
        }
        Some(other) => {
            return Err(bad(
                "message text is empty",
                format!("{field} is not a string: {other}"),
            ));
        }
    };
    let (visible, entities) = match parse_mode {
        None | Some(Value::Null) => (
            text.to_string(),
            entities
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        ),
        Some(Value::String(mode)) if mode.eq_ignore_ascii_case("html") => match parse_html(text) {
            Ok(parsed) => parsed,
            Err(e) => {
                return Err(bad(
                    &format!("can't parse entities: {e}"),
                    format!(
                        "{field} is not valid Telegram HTML: {e} in {:?}",
                        truncate(text, 300)
                    ),
                ));
            }
        },
        // Not validated by the fake.
        Some(Value::String(mode)) if mode == "MarkdownV2" || mode == "Markdown" => {
            (text.to_string(), Vec::new())
        }
        Some(other) => {
            return Err(bad(
                "unsupported parse_mode",
                format!("parse_mode {other} is not supported"),
            ));
        }
    };
    if visible.trim().is_empty() {
        return Err(bad(
            "message text is empty",
            format!("{field} is empty after entity parsing"),
        ));
    }
    let units = utf16_len(&visible);
    if units > 4096 {
        let chars = visible.chars().count();
        let detail = if chars == units {
            String::new()
        } else {
            format!(", {units} UTF-16 code units")
        };
        return Err(bad(
            "message is too long",
            format!("{field} is {chars} characters{detail} (max 4096)"),
        ));
    }
    Ok((visible, entities))
}

const BUTTON_KINDS: [&str; 10] = [
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "login_url",
    "web_app",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
];

/// Checks a `reply_markup`; `inline_only` for edits and inline results.
fn check_reply_markup(markup: &Value, inline_only: bool) -> Result<(), Reject> {
    let invalid = |reason: String| bad("can't parse reply keyboard markup JSON object", reason);
    if !markup.is_object() {
        return Err(invalid(format!("reply_markup is not an object: {markup}")));
    }
    if let Some(keyboard) = markup.get("inline_keyboard") {
        let Some(rows) = keyboard.as_array() else {
            return Err(invalid("inline_keyboard is not an array of rows".into()));
        };
        let mut total = 0;
        for (r, row) in rows.iter().enumerate() {
            let Some(buttons) = row.as_array() else {
                return Err(invalid(format!(
                    "inline_keyboard[{r}] is not an array of buttons"
                )));
            };
            for (c, button) in buttons.iter().enumerate() {
                total += 1;
                check_button(button).map_err(|mut reject| {
                    reject.reason = format!("inline_keyboard[{r}][{c}]: {}", reject.reason);
                    reject
                })?;
            }
        }
        if total > 100 {
            return Err(bad(
                "reply markup is too long",
                format!("inline keyboard has {total} buttons (max 100)"),
            ));
        }
        return Ok(());
    }
    if inline_only {
        return Err(bad(
            "inline keyboard expected",
            format!("reply_markup must be an inline keyboard here: {markup}"),
        ));
    }
    if let Some(keyboard) = markup.get("keyboard") {
        let rows_ok = keyboard.as_array().is_some_and(|rows| {
            rows.iter().all(|row| {
                row.as_array().is_some_and(|buttons| {
                    buttons.iter().all(|b| {
                        b.as_str()
                            .or_else(|| b["text"].as_str())
                            .is_some_and(|t| !t.is_empty())
                    })
                })
            })
        });
        return if rows_ok {
            Ok(())
        } else {
            Err(invalid(format!("bad reply keyboard: {keyboard}")))
        };
    }
    if markup.get("remove_keyboard").is_some() || markup.get("force_reply").is_some() {
        return Ok(());
    }
    Err(invalid(format!("unrecognised reply_markup: {markup}")))
}

fn check_button(button: &Value) -> Result<(), Reject> {
    let text = button["text"].as_str().unwrap_or_default();
    if text.trim().is_empty() {
        return Err(bad(
            "can't parse inline keyboard button: Text must be non-empty",
            "button text is empty or missing",
        ));
    }
    let kinds: Vec<&str> = BUTTON_KINDS
        .iter()
        .copied()
        .filter(|k| button.get(*k).is_some_and(|v| !v.is_null()))
        .collect();
    match kinds.as_slice() {
        [] => {
            return Err(bad(
                "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
                format!("button {text:?} has no callback_data/url/switch_inline_query*"),
            ));
        }
        [_] => {}
        several => {
            return Err(bad(
                "can't parse inline keyboard button: exactly one of the optional fields must be used",
                format!("button {text:?} has several actions: {several:?}"),
            ));
        }
    }
    match kinds[0] {
        "callback_data" => {
            let data = button["callback_data"].as_str().unwrap_or_default();
            if !(1..=64).contains(&data.len()) {
                return Err(bad(
                    "BUTTON_DATA_INVALID",
                    format!(
                        "button {text:?}: callback_data is {} bytes (must be 1-64): {data:?}",
                        data.len()
                    ),
                ));
            }
        }
        "url" => {
            let url = button["url"].as_str().unwrap_or_default();
            let rest = ["http://", "https://", "tg://"]
                .iter()
                .find_map(|scheme| url.strip_prefix(scheme));
            if rest.is_none_or(str::is_empty) || url.chars().any(char::is_whitespace) {
                return Err(bad(
                    "BUTTON_URL_INVALID",
                    format!("button {text:?}: bad url {url:?}"),
                ));
            }
        }
        kind @ ("switch_inline_query" | "switch_inline_query_current_chat")
            if !button[kind].is_string() =>
        {
            return Err(bad(
                "can't parse inline keyboard button",
                format!("button {text:?}: {kind} is not a string"),
            ));
        }
        _ => {}
    }
    Ok(())
}

fn bot_message_json(
    st: &St,
    key: &str,
    message_id: i64,
    msg: &BotMsg,
    edit_date: Option<i64>,
) -> Value {
    let chat = chat_json(st, key);
    let mut message =
        json!({ "message_id": message_id, "date": msg.date, "chat": chat, "text": msg.text });
    if chat["type"] == "channel" {
        message["sender_chat"] = chat;
    } else {
        message["from"] = bot_user();
    }
    if !msg.entities.is_empty() {
        message["entities"] = Value::Array(msg.entities.clone());
    }
    if let Some(markup) = &msg.markup {
        message["reply_markup"] = markup.clone();
    }
    if let Some(edit_date) = edit_date {
        message["edit_date"] = json!(edit_date);
    }
    message
}

fn inline_markup(body: &Value, inline_only: bool) -> Result<Option<Value>, Reject> {
    match body.get("reply_markup") {
        None | Some(Value::Null) => Ok(None),
        Some(markup) => {
            check_reply_markup(markup, inline_only)?;
            Ok(markup.get("inline_keyboard").map(|_| markup.clone()))
        }
    }
}

fn send_message(st: &mut St, body: &Value) -> Result<Value, Reject> {
    let key = chat_key(body.get("chat_id"))?;
    let (text, entities) = formatted_text(
        body.get("text"),
        body.get("parse_mode"),
        body.get("entities"),
        "text",
    )?;
    let markup = inline_markup(body, false)?;
    if let Some(reply) = body.get("reply_parameters").filter(|r| !r.is_null()) {
        let Some(reply_to) = reply["message_id"].as_i64() else {
            return Err(bad(
                "message to be replied not found",
                format!("reply_parameters without message_id: {reply}"),
            ));
        };
        let reply_key = match reply.get("chat_id") {
            None | Some(Value::Null) => key.clone(),
            chat => chat_key(chat)?,
        };
        let allowed = reply["allow_sending_without_reply"] == json!(true);
        if !allowed && !st.known_messages.contains(&(reply_key.clone(), reply_to)) {
            return Err(bad(
                "message to be replied not found",
                format!(
                    "reply_parameters.message_id {reply_to} is no message the fake knows in chat {reply_key}"
                ),
            ));
        }
    }
    let message_id = next_message_id(&key);
    let msg = BotMsg {
        text,
        entities,
        markup,
        date: now_unix(),
    };
    let json = bot_message_json(st, &key, message_id, &msg, None);
    st.known_messages.insert((key.clone(), message_id));
    st.bot_messages.insert((key, message_id), msg);
    Ok(json)
}

enum EditTarget {
    Inline,
    Chat(String, i64),
}

fn edit_target(body: &Value) -> Result<EditTarget, Reject> {
    if let Some(id) = body.get("inline_message_id").filter(|v| !v.is_null()) {
        return match id.as_str() {
            Some(s) if !s.is_empty() => Ok(EditTarget::Inline),
            _ => Err(bad(
                "MESSAGE_ID_INVALID",
                format!("bad inline_message_id {id}"),
            )),
        };
    }
    let key = chat_key(body.get("chat_id"))?;
    match body.get("message_id") {
        Some(Value::Number(n)) if n.is_i64() => {
            Ok(EditTarget::Chat(key, n.as_i64().unwrap_or_default()))
        }
        None | Some(Value::Null) => Err(bad(
            "message identifier is not specified",
            "message_id is missing",
        )),
        Some(other) => Err(bad(
            "message identifier is not specified",
            format!("message_id {other} is not an integer"),
        )),
    }
}

const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply markup are exactly the \
                            same as a current content and reply markup of the message";

fn apply_edit(
    st: &mut St,
    key: String,
    message_id: i64,
    edit: impl FnOnce(&BotMsg) -> BotMsg,
) -> Result<Value, Reject> {
    let Some(old) = st.bot_messages.get(&(key.clone(), message_id)) else {
        return Err(bad(
            "message to edit not found",
            format!("message {message_id} in chat {key} is not a message the bot sent"),
        ));
    };
    let new = edit(old);
    if new.same_content(old) {
        return Err(bad(
            NOT_MODIFIED,
            format!("edit of message {message_id} in chat {key} changes nothing"),
        ));
    }
    let json = bot_message_json(st, &key, message_id, &new, Some(now_unix()));
    st.bot_messages.insert((key, message_id), new);
    Ok(json)
}

fn edit_message_text(st: &mut St, body: &Value) -> Result<Value, Reject> {
    let target = edit_target(body)?;
    let (text, entities) = formatted_text(
        body.get("text"),
        body.get("parse_mode"),
        body.get("entities"),
        "text",
    )?;
    // Without reply_markup, an edit removes the inline keyboard.
    let markup = inline_markup(body, true)?;
    match target {
        EditTarget::Inline => Ok(json!(true)),
        EditTarget::Chat(key, message_id) => apply_edit(st, key, message_id, |old| BotMsg {
            text,
            entities,
            markup,
            date: old.date,
        }),
    }
}

fn edit_message_reply_markup(st: &mut St, body: &Value) -> Result<Value, Reject> {
    let target = edit_target(body)?;
    let markup = inline_markup(body, true)?;
    match target {
        EditTarget::Inline => Ok(json!(true)),
        EditTarget::Chat(key, message_id) => apply_edit(st, key, message_id, |old| BotMsg {
            markup,
            ..old.clone()
        }),
    }
}

const QUERY_INVALID: &str = "query is too old and response timeout expired or query ID is invalid";

fn answer_callback_query(st: &mut St, body: &Value) -> Result<Value, Reject> {
    let Some(id) = body["callback_query_id"].as_str() else {
        return Err(bad(
            QUERY_INVALID,
            "callback_query_id is missing or not a string",
        ));
    };
    if !st.pending_callbacks.contains(id) {
        return Err(bad(
            QUERY_INVALID,
            format!("callback query {id:?} was never pushed or is already answered"),
        ));
    }
    if let Some(text) = body.get("text").filter(|t| !t.is_null()) {
        let Some(text) = text.as_str() else {
            return Err(bad(
                "MESSAGE_TOO_LONG",
                format!("text is not a string: {text}"),
            ));
        };
        let units = utf16_len(text);
        if units > 200 {
            return Err(bad(
                "MESSAGE_TOO_LONG",
                format!("text is {units} characters (max 200)"),
            ));
        }
    }
    st.pending_callbacks.remove(id);
    Ok(json!(true))
}

const RESULT_TYPES: [&str; 13] = [
    "article",
    "photo",
    "gif",
    "mpeg4_gif",
    "video",
    "audio",
    "voice",
    "document",
    "location",
    "venue",
    "contact",
    "game",
    "sticker",
];

fn answer_inline_query(st: &mut St, body: &Value) -> Result<Value, Reject> {
    let Some(id) = body["inline_query_id"].as_str() else {
        return Err(bad(
            QUERY_INVALID,
            "inline_query_id is missing or not a string",
        ));
    };
    if !st.pending_inline.contains(id) {
        return Err(bad(
            QUERY_INVALID,
            format!("inline query {id:?} was never pushed or is already answered"),
        ));
    }
    let Some(results) = body["results"].as_array() else {
        return Err(bad(
            "parameter \"results\" is required",
            "results is missing or not an array",
        ));
    };
    if results.len() > 50 {
        return Err(bad(
            "RESULTS_TOO_MUCH",
            format!("{} results (max 50)", results.len()),
        ));
    }
    let mut ids = HashSet::new();
    for (i, result) in results.iter().enumerate() {
        let at = |reject: Reject| Reject {
            reason: format!("results[{i}]: {}", reject.reason),
            ..reject
        };
        let result_id = result["id"].as_str().unwrap_or_default();
        if !(1..=64).contains(&result_id.len()) {
            return Err(at(bad(
                "RESULT_ID_INVALID",
                format!("id {:?} must be 1-64 bytes", result["id"]),
            )));
        }
        if !ids.insert(result_id) {
            return Err(at(bad(
                "RESULT_ID_DUPLICATE",
                format!("id {result_id:?} is used twice"),
            )));
        }
        let kind = result["type"].as_str().unwrap_or_default();
        if !RESULT_TYPES.contains(&kind) {
            return Err(at(bad(
                "RESULT_TYPE_INVALID",
                format!("type {:?} is not an inline result type", result["type"]),
            )));
        }
        let content = result.get("input_message_content").filter(|c| !c.is_null());
        if kind == "article" {
            if result["title"].as_str().is_none_or(|t| t.trim().is_empty()) {
                return Err(at(bad(
                    "RESULT_TITLE_EMPTY",
                    "article title is empty or missing",
                )));
            }
            if content.is_none() {
                return Err(at(bad(
                    "MESSAGE_EMPTY",
                    "article has no input_message_content",
                )));
            }
        }
        if let Some(content) = content
            && (content.get("message_text").is_some() || kind == "article")
        {
            formatted_text(
                content.get("message_text"),
                content.get("parse_mode"),
                content.get("entities"),
                "input_message_content.message_text",
            )
            .map_err(at)?;
        }
        if let Some(markup) = result.get("reply_markup").filter(|m| !m.is_null()) {
            check_reply_markup(markup, true).map_err(at)?;
        }
    }
    if let Some(next) = body["next_offset"].as_str()
        && next.len() > 64
    {
        return Err(bad(
            "NEXT_OFFSET_INVALID",
            format!("next_offset is {} bytes (max 64)", next.len()),
        ));
    }
    st.pending_inline.remove(id);
    Ok(json!(true))
}

fn send_chat_action(body: &Value) -> Result<Value, Reject> {
    const ACTIONS: [&str; 11] = [
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    ];
    chat_key(body.get("chat_id"))?;
    let action = body["action"].as_str().unwrap_or_default();
    if !ACTIONS.contains(&action) {
        return Err(bad(
            "wrong parameter action in request",
            format!("unknown action {:?}", body["action"]),
        ));
    }
    Ok(json!(true))
}

// ---------------------------------------------------------------------------
// Telegram HTML

/// Decodes the HTML entity starting at `html[at] == '&'`: returns the character
/// and the entity's length in bytes.
fn decode_entity(html: &str, at: usize) -> Result<(char, usize), String> {
    let rest = &html[at + 1..];
    let Some(end) = rest.bytes().take(12).position(|b| b == b';') else {
        return Err(format!("unescaped '&' at byte offset {at} (write &amp;)"));
    };
    let name = &rest[..end];
    let numeric = |digits: &str, radix: u32| {
        u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
            .filter(|&c| c != '\0')
            .ok_or_else(|| format!("invalid numeric entity \"&{name};\" at byte offset {at}"))
    };
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ if name.starts_with("#x") || name.starts_with("#X") => numeric(&name[2..], 16)?,
        _ if name.starts_with('#') => numeric(&name[1..], 10)?,
        _ => {
            return Err(format!(
                "unsupported entity \"&{name};\" at byte offset {at} (only &lt; &gt; &amp; &quot; and numeric ones)"
            ));
        }
    };
    Ok((c, end + 2))
}

/// Parses `parse_mode: "HTML"` text as Telegram does, strictly: returns the
/// visible text and the entities (offsets in UTF-16 code units), or why it is
/// not valid.
pub fn parse_html(html: &str) -> Result<(String, Vec<serde_json::Value>), String> {
    struct Open {
        tag: String,
        byte: usize,
        start: usize,
        entity: Option<Value>,
    }
    let bytes = html.as_bytes();
    let mut text = String::new();
    let mut units = 0;
    let mut stack: Vec<Open> = Vec::new();
    let mut entities: Vec<Value> = Vec::new();
    let skip_ws = |j: &mut usize| {
        while *j < bytes.len() && bytes[*j].is_ascii_whitespace() {
            *j += 1;
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'&' => {
                let (c, len) = decode_entity(html, i)?;
                text.push(c);
                units += c.len_utf16();
                i += len;
            }
            b'>' => return Err(format!("unescaped '>' at byte offset {i} (write &gt;)")),
            b'<' => {
                let start = i;
                let mut j = i + 1;
                let closing = bytes.get(j) == Some(&b'/');
                if closing {
                    j += 1;
                }
                let name_start = j;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                let name = html[name_start..j].to_ascii_lowercase();
                if name.is_empty() {
                    return Err(format!("unescaped '<' at byte offset {start} (write &lt;)"));
                }
                if closing {
                    skip_ws(&mut j);
                    if bytes.get(j) != Some(&b'>') {
                        return Err(format!(
                            "unclosed end tag \"</{name}\" at byte offset {start}"
                        ));
                    }
                    i = j + 1;
                    let Some(open) = stack.pop() else {
                        return Err(format!(
                            "unexpected end tag \"</{name}>\" at byte offset {start}"
                        ));
                    };
                    if open.tag != name {
                        return Err(format!(
                            "unmatched end tag at byte offset {start}, expected \"</{}>\", found \"</{name}>\"",
                            open.tag
                        ));
                    }
                    if let Some(mut entity) = open.entity
                        && units > open.start
                    {
                        entity["offset"] = json!(open.start);
                        entity["length"] = json!(units - open.start);
                        entities.push(entity);
                    }
                    continue;
                }
                let mut attrs: Vec<(String, String)> = Vec::new();
                loop {
                    skip_ws(&mut j);
                    match bytes.get(j) {
                        None => {
                            return Err(format!(
                                "unclosed start tag \"<{name}\" at byte offset {start}"
                            ));
                        }
                        Some(b'>') => {
                            j += 1;
                            break;
                        }
                        Some(_) => {}
                    }
                    let attr_start = j;
                    while j < bytes.len()
                        && (bytes[j].is_ascii_alphanumeric()
                            || bytes[j] == b'-'
                            || bytes[j] == b'_')
                    {
                        j += 1;
                    }
                    if attr_start == j {
                        let c = html[j..].chars().next().unwrap_or_default();
                        return Err(format!(
                            "unexpected {c:?} in start tag \"<{name}\" at byte offset {j}"
                        ));
                    }
                    let attr = html[attr_start..j].to_ascii_lowercase();
                    skip_ws(&mut j);
                    let mut value = String::new();
                    if bytes.get(j) == Some(&b'=') {
                        j += 1;
                        skip_ws(&mut j);
                        let raw = match bytes.get(j) {
                            Some(&quote @ (b'"' | b'\'')) => {
                                let value_start = j + 1;
                                let Some(len) =
                                    html[value_start..].bytes().position(|b| b == quote)
                                else {
                                    return Err(format!(
                                        "unclosed attribute value at byte offset {j}"
                                    ));
                                };
                                j = value_start + len + 1;
                                &html[value_start..value_start + len]
                            }
                            Some(_) => {
                                let value_start = j;
                                while j < bytes.len()
                                    && !bytes[j].is_ascii_whitespace()
                                    && bytes[j] != b'>'
                                {
                                    j += 1;
                                }
                                &html[value_start..j]
                            }
                            None => {
                                return Err(format!(
                                    "unclosed start tag \"<{name}\" at byte offset {start}"
                                ));
                            }
                        };
                        let mut k = 0;
                        while k < raw.len() {
                            if raw.as_bytes()[k] == b'&' {
                                let (c, len) = decode_entity(raw, k)
                                    .map_err(|e| format!("in attribute {attr}: {e}"))?;
                                value.push(c);
                                k += len;
                            } else {
                                let c = raw[k..].chars().next().unwrap_or_default();
                                value.push(c);
                                k += c.len_utf8();
                            }
                        }
                    }
                    attrs.push((attr, value));
                }
                i = j;
                let attr = |key: &str| {
                    attrs
                        .iter()
                        .find(|(a, _)| a == key)
                        .map(|(_, v)| v.as_str())
                };
                let entity = match name.as_str() {
                    "b" | "strong" => Some(json!({ "type": "bold" })),
                    "i" | "em" => Some(json!({ "type": "italic" })),
                    "u" | "ins" => Some(json!({ "type": "underline" })),
                    "s" | "strike" | "del" => Some(json!({ "type": "strikethrough" })),
                    "tg-spoiler" => Some(json!({ "type": "spoiler" })),
                    "span" if attr("class") == Some("tg-spoiler") => {
                        Some(json!({ "type": "spoiler" }))
                    }
                    "span" => {
                        return Err(format!(
                            "tag \"span\" must have class \"tg-spoiler\" at byte offset {start}"
                        ));
                    }
                    "a" => match attr("href").filter(|h| !h.trim().is_empty()) {
                        Some(href) => Some(json!({ "type": "text_link", "url": href })),
                        None => {
                            return Err(format!("tag \"a\" without href at byte offset {start}"));
                        }
                    },
                    "code" => match stack.last_mut() {
                        // <pre><code class="language-x">: one pre entity with a language.
                        Some(pre) if pre.tag == "pre" => {
                            if let Some(language) =
                                attr("class").and_then(|c| c.strip_prefix("language-"))
                                && let Some(entity) = pre.entity.as_mut()
                            {
                                entity["language"] = json!(language);
                            }
                            None
                        }
                        _ => Some(json!({ "type": "code" })),
                    },
                    "pre" => Some(json!({ "type": "pre" })),
                    "blockquote" if attr("expandable").is_some() => {
                        Some(json!({ "type": "expandable_blockquote" }))
                    }
                    "blockquote" => Some(json!({ "type": "blockquote" })),
                    "tg-emoji" => match attr("emoji-id").filter(|id| !id.is_empty()) {
                        Some(id) => Some(json!({ "type": "custom_emoji", "custom_emoji_id": id })),
                        None => {
                            return Err(format!(
                                "tag \"tg-emoji\" without emoji-id at byte offset {start}"
                            ));
                        }
                    },
                    _ => {
                        return Err(format!(
                            "unsupported start tag \"{name}\" at byte offset {start}"
                        ));
                    }
                };
                stack.push(Open {
                    tag: name,
                    byte: start,
                    start: units,
                    entity,
                });
            }
            _ => {
                let c = html[i..].chars().next().unwrap_or_default();
                text.push(c);
                units += c.len_utf16();
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "can't find end tag corresponding to start tag \"{}\" at byte offset {}",
            open.tag, open.byte
        ));
    }
    entities.sort_by_key(|e| {
        (
            e["offset"].as_u64().unwrap_or_default(),
            Reverse(e["length"].as_u64().unwrap_or_default()),
        )
    });
    Ok((text, entities))
}

// ---------------------------------------------------------------------------
// Self-tests

#[cfg(test)]
mod self_tests {
    use super::*;

    use teloxide::prelude::*;
    use teloxide::types::{
        BotCommand, CallbackQueryId, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryId,
        InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText,
        MediaKind, MessageKind, ParseMode, UpdateKind,
    };
    use teloxide::{ApiError, RequestError};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    const WAIT: Duration = Duration::from_secs(10);

    /// A raw HTTP/1.1 POST, for what teloxide will not send.
    async fn raw_post(fake: &FakeTelegram, path: &str, body: &str) -> (u16, Value) {
        let mut stream = tokio::net::TcpStream::connect(fake.addr).await.unwrap();
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            fake.addr,
            body.len()
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let json = response
            .split("\r\n\r\n")
            .nth(1)
            .and_then(|b| serde_json::from_str(b).ok())
            .unwrap_or_default();
        (status, json)
    }

    #[tokio::test]
    async fn get_me_works() {
        let fake = FakeTelegram::start().await;
        let me = fake.bot().get_me().await.unwrap();
        assert_eq!(me.id.0, FakeTelegram::BOT_ID);
        assert_eq!(me.username(), FakeTelegram::BOT_USERNAME);
        assert!(
            me.supports_inline_queries && me.can_join_groups && !me.can_read_all_group_messages
        );
        assert_eq!(fake.calls_of("getMe").len(), 1);
        assert!(fake.violations().is_empty());
        fake.shutdown().await;
    }

    #[tokio::test]
    async fn get_updates_returns_pushed_updates_and_honours_offset() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let first = fake.push(FakeTelegram::private_text(7, "/start"));
        let second = fake.push(FakeTelegram::private_text(7, "你好"));
        assert_eq!(second, first + 1);

        let updates = bot.get_updates().await.unwrap();
        assert_eq!(
            updates.iter().map(|u| u.id.0 as i64).collect::<Vec<_>>(),
            [first, second]
        );
        // Without an offset nothing is confirmed.
        assert_eq!(bot.get_updates().await.unwrap().len(), 2);
        assert_eq!(bot.get_updates().limit(1).await.unwrap().len(), 1);

        let updates = bot.get_updates().offset(second as i32).await.unwrap();
        assert_eq!(updates.len(), 1);
        assert_eq!(updates[0].id.0 as i64, second);
        // `first` is gone for good.
        assert_eq!(bot.get_updates().await.unwrap()[0].id.0 as i64, second);

        assert!(
            bot.get_updates()
                .offset(second as i32 + 1)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(bot.get_updates().await.unwrap().is_empty());
        assert!(fake.violations().is_empty());
    }

    #[tokio::test]
    async fn long_poll_returns_as_soon_as_an_update_is_pushed() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let poll = tokio::spawn(async move { bot.get_updates().timeout(30).await });
        fake.wait_for("getUpdates", 1, WAIT).await;
        let id = fake.push(FakeTelegram::private_text(7, "hi"));
        let updates = tokio::time::timeout(WAIT, poll)
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        assert_eq!(updates.len(), 1);
        assert_eq!(updates[0].id.0 as i64, id);
    }

    #[tokio::test]
    async fn long_poll_times_out_with_no_updates() {
        let fake = FakeTelegram::start().await;
        // Asks for 30 s; the fake caps at LONG_POLL_CAP, so it answers well
        // before the 30 s are up (the bound is loose: this is no speed test).
        let poll = fake.bot().get_updates().timeout(30).into_future();
        let updates = tokio::time::timeout(Duration::from_secs(20), poll)
            .await
            .expect("the fake caps long polls")
            .unwrap();
        assert!(updates.is_empty());
    }

    #[tokio::test]
    async fn builders_parse_as_teloxide_updates() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let text = "/ask@nmg_test_bot 你好😀 @some_user, mail a@b.com @abc";
        fake.push(FakeTelegram::private_text(7, "/start"));
        fake.push(FakeTelegram::group_text(-1001234, 7, text));
        fake.push(FakeTelegram::group_reply_to_bot(-1001234, 7, "再说一遍", 5));
        fake.push(FakeTelegram::callback(7, -1001234, 5, "more:1"));
        fake.push(FakeTelegram::inline_query(7, "包头"));
        fake.push(FakeTelegram::sticker(7, 7, true));
        fake.push(FakeTelegram::sticker(-1001234, 7, false));
        fake.push(FakeTelegram::edited_text(7, "改了"));
        fake.push(FakeTelegram::member_joined(-1001234, 8));
        fake.push(FakeTelegram::channel_post(-1009999, "频道消息"));
        let updates = bot.get_updates().await.unwrap();
        assert_eq!(updates.len(), 10);
        let kinds: Vec<&UpdateKind> = updates.iter().map(|u| &u.kind).collect();

        let UpdateKind::Message(m) = kinds[0] else {
            panic!("{:?}", kinds[0])
        };
        assert!(m.chat.is_private() && m.chat.id.0 == 7 && m.text() == Some("/start"));
        let entities = m.parse_entities().unwrap();
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].text(), "/start");

        let UpdateKind::Message(m) = kinds[1] else {
            panic!("{:?}", kinds[1])
        };
        assert!(m.chat.is_supergroup() && m.chat.id.0 == -1001234);
        assert_eq!(m.from.as_ref().unwrap().id.0, 7);
        let texts: Vec<&str> = m
            .parse_entities()
            .unwrap()
            .iter()
            .map(|e| e.text())
            .collect();
        assert_eq!(texts, ["/ask@nmg_test_bot", "@some_user"]);

        let UpdateKind::Message(m) = kinds[2] else {
            panic!("{:?}", kinds[2])
        };
        let reply = m.reply_to_message().unwrap();
        assert_eq!(reply.id.0, 5);
        assert_eq!(
            reply.from.as_ref().unwrap().username.as_deref(),
            Some(FakeTelegram::BOT_USERNAME)
        );
        assert!(reply.from.as_ref().unwrap().is_bot);

        let UpdateKind::CallbackQuery(q) = kinds[3] else {
            panic!("{:?}", kinds[3])
        };
        assert_eq!(q.data.as_deref(), Some("more:1"));
        assert_eq!(q.regular_message().unwrap().id.0, 5);
        assert_eq!(q.regular_message().unwrap().chat.id.0, -1001234);

        let UpdateKind::InlineQuery(q) = kinds[4] else {
            panic!("{:?}", kinds[4])
        };
        assert_eq!((q.query.as_str(), q.offset.as_str()), ("包头", ""));

        for kind in &kinds[5..7] {
            let UpdateKind::Message(m) = kind else {
                panic!("{kind:?}")
            };
            let MessageKind::Common(common) = &m.kind else {
                panic!("{m:?}")
            };
            assert!(matches!(common.media_kind, MediaKind::Sticker(_)), "{m:?}");
        }
        let UpdateKind::Message(m) = kinds[6] else {
            unreachable!()
        };
        assert!(m.chat.is_supergroup());

        let UpdateKind::EditedMessage(m) = kinds[7] else {
            panic!("{:?}", kinds[7])
        };
        assert!(m.edit_date().is_some() && m.text() == Some("改了"));

        let UpdateKind::Message(m) = kinds[8] else {
            panic!("{:?}", kinds[8])
        };
        assert_eq!(m.new_chat_members().unwrap()[0].id.0, 8);

        let UpdateKind::ChannelPost(m) = kinds[9] else {
            panic!("{:?}", kinds[9])
        };
        assert!(m.chat.is_channel() && m.text() == Some("频道消息"));
    }

    #[tokio::test]
    async fn send_message_serves_valid_html_and_rejects_bad_html() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let html =
            "<b>粗体</b> &lt;ok&gt; &#39;q&#x27; <a href=\"https://e.com/?a=1&amp;b=2\">链接</a>";
        let sent = bot
            .send_message(ChatId(42), html)
            .parse_mode(ParseMode::Html)
            .await
            .unwrap();
        assert_eq!(sent.text(), Some("粗体 <ok> 'q' 链接"));
        let entities = sent.parse_entities().unwrap();
        assert_eq!(
            entities.iter().map(|e| e.text()).collect::<Vec<_>>(),
            ["粗体", "链接"]
        );
        assert!(sent.chat.is_private() && sent.from.as_ref().unwrap().is_bot);
        let next = bot.send_message(ChatId(42), "plain <b>").await.unwrap();
        assert!(next.id.0 > sent.id.0);
        assert!(fake.violations().is_empty(), "{:?}", fake.violations());

        let err = bot
            .send_message(ChatId(42), "<b>x")
            .parse_mode(ParseMode::Html)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, RequestError::Api(ApiError::CantParseEntities(d)) if d.starts_with("Bad Request: can't parse entities")),
            "{err:?}"
        );
        let violations = fake.violations();
        assert_eq!(violations.len(), 1);
        assert!(violations[0].starts_with("sendMessage: "), "{violations:?}");
        assert_eq!(fake.calls_of("sendMessage").len(), 2);

        let err = bot
            .send_message(ChatId(42), "a".repeat(4097))
            .await
            .unwrap_err();
        assert!(
            matches!(err, RequestError::Api(ApiError::MessageIsTooLong)),
            "{err:?}"
        );
        assert!(fake.violations()[1].contains("4097 characters (max 4096)"));
        bot.send_message(ChatId(42), "中".repeat(4096))
            .await
            .unwrap();
    }

    #[test]
    fn html_parser_is_strict() {
        let ok = |s: &str| parse_html(s).unwrap_or_else(|e| panic!("{s:?}: {e}")).0;
        assert_eq!(
            ok("a <i>b <u>c</u></i> <tg-spoiler>d</tg-spoiler>"),
            "a b c d"
        );
        assert_eq!(
            ok("<span class=\"tg-spoiler\">x</span><code>&amp;</code>"),
            "x&"
        );
        assert_eq!(
            ok("<pre><code class=\"language-rust\">fn</code></pre>"),
            "fn"
        );
        assert_eq!(ok("<blockquote expandable>q</blockquote><B>x</B>"), "qx");
        assert_eq!(ok("&quot;&#20013;&#x1F600;"), "\"中😀");
        let (_, entities) =
            parse_html("😀<b>x</b><pre><code class=\"language-rust\">y</code></pre>").unwrap();
        assert_eq!(
            entities[0],
            json!({ "type": "bold", "offset": 2, "length": 1 })
        );
        assert_eq!(
            entities[1],
            json!({ "type": "pre", "language": "rust", "offset": 3, "length": 1 })
        );
        for bad in [
            "<b>x",
            "x</b>",
            "<b><i>x</b></i>",
            "1 < 2",
            "1 > 2",
            "fish & chips",
            "&apos;",
            "<br>",
            "<span>x</span>",
            "<a>x</a>",
            "<a href=\"https://e.com/?a=1&b=2\">x</a>",
            "<b",
            "&#0;",
        ] {
            assert!(parse_html(bad).is_err(), "accepted {bad:?}");
        }
    }

    #[tokio::test]
    async fn callback_data_of_64_bytes_is_ok_65_is_rejected() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let data64 = format!("{}a", "中".repeat(21));
        assert_eq!(data64.len(), 64);
        let keyboard = |data: &str| {
            InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("更多", data)]])
        };
        let sent = bot
            .send_message(ChatId(42), "x")
            .reply_markup(keyboard(&data64))
            .await
            .unwrap();
        assert!(sent.reply_markup().is_some());
        assert!(fake.violations().is_empty(), "{:?}", fake.violations());

        let data65 = format!("{data64}b");
        bot.send_message(ChatId(42), "x")
            .reply_markup(keyboard(&data65))
            .await
            .unwrap_err();
        let violations = fake.violations();
        assert_eq!(violations.len(), 1);
        assert!(violations[0].contains("65 bytes"), "{violations:?}");
    }

    #[tokio::test]
    async fn too_many_requests_once_then_success() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        fake.fail_next("sendMessage", Fault::TooManyRequests { retry_after: 1 }, 1);
        let err = bot.send_message(ChatId(1), "hi").await.unwrap_err();
        assert!(
            matches!(err, RequestError::RetryAfter(s) if s.seconds() == 1),
            "{err:?}"
        );
        bot.send_message(ChatId(1), "hi").await.unwrap();
        assert_eq!(fake.faulted().len(), 1);
        assert_eq!(fake.calls_of("sendMessage").len(), 1);
        assert!(fake.violations().is_empty());
    }

    #[tokio::test]
    async fn status_fault_on_get_updates() {
        let fake = FakeTelegram::start().await;
        fake.fail_next("getUpdates", Fault::Status(409), 1);
        let err = fake.bot().get_updates().await.unwrap_err();
        assert!(
            matches!(
                err,
                RequestError::Api(ApiError::TerminatedByOtherGetUpdates)
            ),
            "{err:?}"
        );
        assert!(fake.bot().get_updates().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn wait_for_returns_when_the_call_arrives() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let send = tokio::spawn(async move { bot.send_message(ChatId(5), "迟到的消息").await });
        let calls = fake.wait_for("sendMessage", 1, WAIT).await;
        assert_eq!(calls[0].body["text"], "迟到的消息");
        assert_eq!(calls[0].body["chat_id"], 5);
        send.await.unwrap().unwrap();
    }

    #[tokio::test]
    #[should_panic(expected = "timed out")]
    async fn wait_for_panics_on_timeout() {
        let fake = FakeTelegram::start().await;
        fake.wait_for("sendMessage", 1, Duration::from_millis(50))
            .await;
    }

    #[tokio::test]
    async fn queries_can_be_answered_once() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let callback = FakeTelegram::callback(7, 7, 3, "x");
        let callback_id = callback["callback_query"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        fake.push(callback);
        let inline = FakeTelegram::inline_query(7, "q");
        let inline_id = inline["inline_query"]["id"].as_str().unwrap().to_string();
        fake.push(inline);

        bot.answer_callback_query(CallbackQueryId(callback_id.clone()))
            .text("好的")
            .await
            .unwrap();
        bot.answer_callback_query(CallbackQueryId(callback_id))
            .await
            .unwrap_err();
        bot.answer_callback_query(CallbackQueryId("nonexistent".into()))
            .await
            .unwrap_err();

        let article = |id: &str| {
            InlineQueryResult::Article(InlineQueryResultArticle::new(
                id,
                "标题",
                InputMessageContent::Text(
                    InputMessageContentText::new("<b>答</b>").parse_mode(ParseMode::Html),
                ),
            ))
        };
        bot.answer_inline_query(
            InlineQueryId(inline_id.clone()),
            [article("a"), article("a")],
        )
        .await
        .unwrap_err();
        bot.answer_inline_query(
            InlineQueryId(inline_id.clone()),
            [article("a"), article("b")],
        )
        .await
        .unwrap();
        bot.answer_inline_query(InlineQueryId(inline_id), [article("a")])
            .await
            .unwrap_err();

        let violations = fake.violations();
        assert_eq!(violations.len(), 4, "{violations:?}");
        assert!(violations[2].contains("used twice"), "{violations:?}");
    }

    #[tokio::test]
    async fn edits_must_target_bot_messages_and_change_something() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let sent = bot.send_message(ChatId(9), "一").await.unwrap();
        let edited = bot
            .edit_message_text(ChatId(9), sent.id, "二")
            .await
            .unwrap();
        assert!(edited.edit_date().is_some() && edited.text() == Some("二"));
        bot.edit_message_text(ChatId(9), sent.id, "二")
            .await
            .unwrap_err();
        bot.edit_message_text(ChatId(9), teloxide::types::MessageId(sent.id.0 + 100), "三")
            .await
            .unwrap_err();

        // A pushed callback's message is the bot's, so it can be edited.
        fake.push(FakeTelegram::callback(9, 9, 77, "x"));
        let markup = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("新", "y")]]);
        bot.edit_message_reply_markup(ChatId(9), teloxide::types::MessageId(77))
            .reply_markup(markup)
            .await
            .unwrap();

        let violations = fake.violations();
        assert_eq!(violations.len(), 2, "{violations:?}");
        assert!(
            violations[0].contains("changes nothing")
                && violations[1].contains("not a message the bot sent")
        );
    }

    #[tokio::test]
    async fn commands_are_validated_and_stored() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        bot.set_my_commands([BotCommand::new("ask", "提问")])
            .await
            .unwrap();
        let commands = bot.get_my_commands().await.unwrap();
        assert_eq!(commands, [BotCommand::new("ask", "提问")]);
        bot.set_my_commands([BotCommand::new("Ask", "提问")])
            .await
            .unwrap_err();
        bot.set_my_commands([BotCommand::new("ask", "")])
            .await
            .unwrap_err();
        bot.delete_my_commands().await.unwrap();
        assert!(bot.get_my_commands().await.unwrap().is_empty());
        assert_eq!(fake.violations().len(), 2);
    }

    #[tokio::test]
    async fn bad_token_unknown_method_and_bad_json() {
        let fake = FakeTelegram::start().await;
        let err = teloxide::Bot::new("1:WRONG")
            .set_api_url(fake.api_url().parse().unwrap())
            .get_me()
            .await
            .unwrap_err();
        assert!(
            matches!(err, RequestError::Api(ApiError::InvalidToken)),
            "{err:?}"
        );
        assert_eq!(fake.unauthorized().len(), 1);
        assert!(fake.violations().is_empty());

        fake.bot().get_chat(ChatId(1)).await.unwrap_err();
        assert!(fake.violations()[0].starts_with("getChat: method not served"));

        let path = format!("/bot{}/sendMessage", FakeTelegram::TOKEN);
        let (status, body) = raw_post(&fake, &path, "{\"chat_id\": 1, ").await;
        assert_eq!(status, 400);
        assert_eq!(body["ok"], false);
        assert!(
            fake.violations()[1].contains("malformed JSON"),
            "{:?}",
            fake.violations()
        );

        let (status, body) = raw_post(&fake, "/botNOPE/getMe", "{}").await;
        assert_eq!(
            (status, body),
            (
                401,
                json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })
            )
        );
        let (status, body) =
            raw_post(&fake, &format!("/bot{}/fooBar", FakeTelegram::TOKEN), "{}").await;
        assert_eq!(status, 404);
        assert_eq!(body["description"], "Not Found: method not found");
    }

    #[tokio::test]
    async fn shutdown_ends_pending_long_polls() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let poll = tokio::spawn(async move { bot.get_updates().timeout(30).await });
        fake.wait_for("getUpdates", 1, WAIT).await;
        tokio::time::timeout(WAIT, fake.shutdown()).await.unwrap();
        assert!(poll.await.unwrap().unwrap().is_empty());
    }
}
