//! The Bot API over HTTP: teloxide's payloads and types on the wire, with a
//! transport of our own.
//!
//! teloxide's `Bot` gives every request one client-wide timeout (17 s, less
//! than a 25 s long poll), sleeps 10 s after any 5xx before reading the
//! answer, and folds "never reached Telegram" and "sent, but no answer came"
//! into one network error. The bot needs those apart: a long poll needs a
//! timeout above its own, a 502 should be retried at once, and a send whose
//! outcome is unknown must not be sent again (that is how a slow send became
//! two replies). So requests are built from teloxide's payload types
//! (`SendMessage::new(..).parse_mode(..)`) and posted here, and every
//! outcome is sorted into a [`Failure`] that says whether Telegram can have
//! acted on it.

use std::fmt;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use teloxide::ApiError;
use teloxide::requests::Payload;
use teloxide::types::{ChatId, ResponseParameters};
use url::Url;

use super::redact;

/// How long a long poll may take beyond the timeout it asks Telegram for,
/// before the client gives up on it: the answer's transfer and a slow proxy.
pub const POLL_MARGIN: Duration = Duration::from_secs(10);

/// Connecting to the Bot API gives up after this long; a refused or timed
/// out connection never reached Telegram, so it is safe to retry.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// The bot token. Never printed: `Debug` shows only that it is there.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn new(token: impl Into<String>) -> Token {
        Token(token.into())
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// Where the Bot API is and how to reach it.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub token: Token,
    /// `https://api.telegram.org/` or a local Bot API server.
    pub api_url: Url,
    /// A proxy for every request (`socks5://…`, `http://…`).
    pub proxy: Option<Url>,
}

impl Endpoint {
    /// The official Bot API with `token`.
    pub fn new(token: impl Into<String>) -> Endpoint {
        Endpoint {
            token: Token::new(token),
            api_url: Url::parse(teloxide::net::TELEGRAM_API_URL).expect("a valid URL"),
            proxy: None,
        }
    }
}

/// Why a request did not succeed, sorted by what Telegram can have done.
#[derive(Debug, Clone)]
pub enum Failure {
    /// 429: flood control; nothing was done. Wait this long, then retry.
    RetryAfter(Duration),
    /// The group became a supergroup: send there instead.
    Migrated(ChatId),
    /// Telegram refused the request (4xx): sending it again will not help.
    Rejected { code: u16, error: ApiError },
    /// A 5xx, or a proxy's error page: Telegram did not act on it. Retry.
    Server(u16),
    /// The request never reached Telegram (no connection). Retry.
    Unreached(String),
    /// The request was sent but no answer came (timeout, connection lost
    /// mid-answer, an answer that is not the Bot API's): Telegram may or
    /// may not have acted on it.
    Unknown(String),
}

impl Failure {
    /// Whether Telegram certainly did not act on the request, so that
    /// sending it again cannot duplicate anything.
    pub fn not_acted_on(&self) -> bool {
        !matches!(self, Failure::Unknown(_))
    }

    /// Whether sending the same request again may succeed.
    pub fn transient(&self) -> bool {
        matches!(
            self,
            Failure::RetryAfter(_)
                | Failure::Server(_)
                | Failure::Unreached(_)
                | Failure::Unknown(_)
        )
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::RetryAfter(d) => write!(f, "flood control: retry after {}s", d.as_secs()),
            Failure::Migrated(id) => write!(f, "the group moved to supergroup {}", id.0),
            Failure::Rejected { code, error } => write!(f, "{code}: {error}"),
            Failure::Server(code) => write!(f, "server error {code}"),
            Failure::Unreached(e) => write!(f, "cannot reach the Bot API: {e}"),
            Failure::Unknown(e) => write!(f, "no answer from the Bot API: {e}"),
        }
    }
}

impl std::error::Error for Failure {}

/// The Bot API's envelope: `{"ok":true,"result":…}` or
/// `{"ok":false,"description":…,"parameters":…}`.
#[derive(serde::Deserialize)]
struct Envelope {
    ok: bool,
    #[serde(default)]
    result: Option<Value>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    parameters: Option<ResponseParameters>,
}

/// A client of the Bot API. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    api_url: Url,
    token: Token,
    /// Longest wait for the answer to anything but a long poll.
    send_timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("api_url", &self.api_url.as_str())
            .field("send_timeout", &self.send_timeout)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `endpoint`; fails on a proxy reqwest cannot use.
    pub fn new(endpoint: &Endpoint, send_timeout: Duration) -> anyhow::Result<Client> {
        // No client-wide timeout: each request sets its own, since a long
        // poll must outlast the poll timeout it asks for.
        let mut builder = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_nodelay(true);
        if let Some(proxy) = &endpoint.proxy {
            let proxy = reqwest::Proxy::all(proxy.as_str()).map_err(|e| {
                anyhow::anyhow!("TELOXIDE_PROXY cannot be used: {}", e.without_url())
            })?;
            builder = builder.proxy(proxy);
        }
        let http = builder
            .build()
            .map_err(|e| anyhow::anyhow!("cannot set up the HTTP client: {e}"))?;
        anyhow::ensure!(
            !endpoint.api_url.cannot_be_a_base(),
            "TELOXIDE_API_URL must be an http or https URL"
        );
        Ok(Client {
            http,
            api_url: endpoint.api_url.clone(),
            token: endpoint.token.clone(),
            send_timeout,
        })
    }

    /// Sends a teloxide payload and decodes its result.
    pub async fn call<P>(&self, payload: &P) -> Result<P::Output, Failure>
    where
        P: Payload + Serialize,
        P::Output: DeserializeOwned,
    {
        let body = serde_json::to_vec(payload)
            .map_err(|e| Failure::Unreached(format!("cannot encode {}: {e}", P::NAME)))?;
        let result = self.post(P::NAME, body, self.send_timeout).await?;
        serde_json::from_value(result).map_err(|e| {
            Failure::Unknown(format!("{} answered in an unexpected shape: {e}", P::NAME))
        })
    }

    /// `getUpdates`: the raw updates, so that each is parsed (and, if it
    /// cannot be, skipped) on its own. `timeout` is the long poll's.
    pub async fn get_updates(
        &self,
        offset: Option<i64>,
        timeout: Duration,
        allowed: &[&str],
    ) -> Result<Vec<Value>, Failure> {
        let mut body = serde_json::json!({
            "timeout": timeout.as_secs(),
            "allowed_updates": allowed,
        });
        if let Some(offset) = offset {
            body["offset"] = offset.into();
        }
        let body = serde_json::to_vec(&body).expect("JSON encodes");
        match self.post("getUpdates", body, timeout + POLL_MARGIN).await? {
            Value::Array(updates) => Ok(updates),
            other => Err(Failure::Unknown(format!(
                "getUpdates answered {} instead of a list",
                kind_of(&other)
            ))),
        }
    }

    async fn post(&self, method: &str, body: Vec<u8>, timeout: Duration) -> Result<Value, Failure> {
        let mut url = self.api_url.clone();
        url.path_segments_mut()
            .expect("checked in Client::new")
            .pop_if_empty()
            .push(&format!("bot{}", self.token.expose()))
            .push(method);
        let response = self
            .http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .timeout(timeout)
            .send()
            .await
            .map_err(network)?;
        let status = response.status().as_u16();
        let text = response.text().await.map_err(|e| {
            // The request was answered, so it reached Telegram.
            Failure::Unknown(redact(&e.without_url().to_string()))
        })?;
        decode(method, status, &text)
    }
}

/// A transport error, sorted: only a failed connection is certain not to
/// have reached Telegram.
fn network(e: reqwest::Error) -> Failure {
    let connect = e.is_connect();
    let source = std::error::Error::source(&e).map(|s| redact(&s.to_string()));
    let text = redact(&e.without_url().to_string());
    let text = match source {
        Some(source) => format!("{text}: {source}"),
        None => text,
    };
    if connect {
        Failure::Unreached(text)
    } else {
        Failure::Unknown(text)
    }
}

/// The result of an answer, or the failure it says.
fn decode(method: &str, status: u16, text: &str) -> Result<Value, Failure> {
    let envelope: Envelope = match serde_json::from_str(text) {
        Ok(e) => e,
        // A proxy's HTML page: the Bot API never saw the request.
        Err(_) if status >= 500 => return Err(Failure::Server(status)),
        Err(_) => {
            return Err(Failure::Unknown(format!(
                "{method}: HTTP {status} with an answer that is not the Bot API's"
            )));
        }
    };
    if envelope.ok {
        return Ok(envelope.result.unwrap_or(Value::Bool(true)));
    }
    match envelope.parameters {
        Some(ResponseParameters::RetryAfter(s)) => return Err(Failure::RetryAfter(s.duration())),
        Some(ResponseParameters::MigrateToChatId(id)) => return Err(Failure::Migrated(id)),
        None => {}
    }
    if status >= 500 {
        return Err(Failure::Server(status));
    }
    if status == 429 {
        // Flood control without a wait: wait a little.
        return Err(Failure::RetryAfter(Duration::from_secs(1)));
    }
    let description = envelope.description.unwrap_or_default();
    let error = serde_json::from_value::<ApiError>(Value::String(description.clone()))
        .unwrap_or(ApiError::Unknown(description));
    Err(Failure::Rejected {
        code: status,
        error,
    })
}

/// A JSON value's kind, for messages that must not hold the value itself.
pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(status: u16, body: &str) -> String {
        match decode("sendMessage", status, body) {
            Ok(v) => format!("ok {v}"),
            Err(Failure::RetryAfter(d)) => format!("retry after {}", d.as_secs()),
            Err(Failure::Migrated(id)) => format!("migrated {}", id.0),
            Err(Failure::Rejected { code, error }) => format!("rejected {code} {error:?}"),
            Err(Failure::Server(code)) => format!("server {code}"),
            Err(Failure::Unreached(_)) => "unreached".into(),
            Err(Failure::Unknown(_)) => "unknown".into(),
        }
    }

    #[test]
    fn answers_are_sorted_by_what_telegram_did() {
        let cases = [
            (200, r#"{"ok":true,"result":{"a":1}}"#, r#"ok {"a":1}"#),
            (
                429,
                r#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 15","parameters":{"retry_after":15}}"#,
                "retry after 15",
            ),
            (
                400,
                r#"{"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1001}}"#,
                "migrated -1001",
            ),
            (502, "<html>502 Bad Gateway</html>", "server 502"),
            (
                500,
                r#"{"ok":false,"error_code":500,"description":"Internal Server Error"}"#,
                "server 500",
            ),
            (
                401,
                r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#,
                "rejected 401 InvalidToken",
            ),
            (
                400,
                r#"{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}"#,
                "rejected 400 MessageTextIsEmpty",
            ),
            (200, "not json", "unknown"),
        ];
        for (status, body, expected) in cases {
            assert_eq!(check(status, body), expected, "{status} {body}");
        }
    }

    #[test]
    fn the_token_is_never_shown() {
        let endpoint = Endpoint::new("1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0");
        assert!(!format!("{endpoint:?}").contains("AAHdq"));
        let client = Client::new(&endpoint, Duration::from_secs(1)).unwrap();
        assert!(!format!("{client:?}").contains("AAHdq"));
    }
}
