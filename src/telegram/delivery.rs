//! Getting replies to Telegram despite faults: bounded retries of transient
//! errors, and log lines that never hold the token.
//!
//! Flood control (429 with `retry_after`) is waited out by teloxide's
//! `Throttle` adaptor, which retries the request itself; this module retries
//! what it does not: network errors and Telegram's 5xx answers.

use std::future::Future;
use std::time::Duration;

use teloxide::{ApiError, RequestError};

/// Tries of one request, the first included.
pub const MAX_ATTEMPTS: u32 = 4;
/// Wait before the first retry; doubled for each further one.
const FIRST_BACKOFF: Duration = Duration::from_millis(300);

/// Whether an error may pass if the request is simply sent again.
pub fn transient(e: &RequestError) -> bool {
    match e {
        RequestError::Network(_) | RequestError::Io(_) => true,
        // A 5xx page from a proxy in front of the Bot API is HTML, not JSON.
        RequestError::InvalidJson { .. } => true,
        RequestError::Api(ApiError::Unknown(description)) => {
            let d = description.to_lowercase();
            [
                "bad gateway",
                "internal server error",
                "service unavailable",
                "gateway timeout",
                "too many requests",
            ]
            .iter()
            .any(|w| d.contains(w))
        }
        // Throttle has already waited these out where it is on; without it,
        // waiting is right too.
        RequestError::RetryAfter(_) => true,
        _ => false,
    }
}

/// Sends the request `make` builds, again after transient errors, at most
/// [`MAX_ATTEMPTS`] times in all.
pub async fn retrying<T, F, Fut>(what: &str, mut make: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut backoff = FIRST_BACKOFF;
    let mut attempt = 1;
    loop {
        match make().await {
            Ok(v) => return Ok(v),
            Err(e) if attempt < MAX_ATTEMPTS && transient(&e) => {
                let wait = match &e {
                    RequestError::RetryAfter(s) => s.duration(),
                    _ => backoff,
                };
                log::warn!(
                    "{what}: attempt {attempt} failed ({}); retrying in {wait:?}",
                    redact(&e.to_string())
                );
                tokio::time::sleep(wait).await;
                backoff *= 2;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Text with any bot token (`123456:ABC…`) replaced, for logs.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A token is digits, a colon, then 30 or more URL-safe characters.
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        // In an API URL the token follows `/bot`.
        let starts_word =
            i == 0 || !bytes[i - 1].is_ascii_alphanumeric() || text[..i].ends_with("bot");
        if digits >= 5 && starts_word && bytes.get(i + digits) == Some(&b':') {
            let tail = bytes[i + digits + 1..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_' || **b == b'-')
                .count();
            if tail >= 30 {
                out.push_str("<token>");
                i += digits + 1 + tail;
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap();
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_redacted() {
        let e = "error sending request for url (https://api.telegram.org/bot1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0/getUpdates)";
        let r = redact(e);
        assert!(!r.contains("AAHdq"), "{r}");
        assert!(r.contains("/bot<token>/getUpdates"), "{r}");
        assert_eq!(redact("chat 12345: hello"), "chat 12345: hello");
    }

    #[test]
    fn gateway_errors_are_transient_and_bad_requests_are_not() {
        assert!(transient(&RequestError::Api(ApiError::Unknown(
            "Bad Gateway".into()
        ))));
        assert!(!transient(&RequestError::Api(ApiError::MessageTextIsEmpty)));
    }

    #[tokio::test(start_paused = true)]
    async fn retries_are_bounded() {
        let mut calls = 0;
        let r: Result<(), _> = retrying("test", || {
            calls += 1;
            async { Err(RequestError::Api(ApiError::Unknown("Bad Gateway".into()))) }
        })
        .await;
        assert!(r.is_err());
        assert_eq!(calls, MAX_ATTEMPTS);
    }
}
