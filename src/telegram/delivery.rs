//! Getting replies to Telegram despite faults, once each.
//!
//! A reply is claimed in the journal before its first message goes, and
//! marked done after its last. Between, each message waits for its chat's
//! send slot and is retried while Telegram certainly did not act on it: a
//! 429 is waited out (that chat alone is held back), a 5xx or a refused
//! connection is retried with a short back-off. A send that got no answer
//! (a timeout, a connection lost mid-answer) may have been delivered, so
//! it is never repeated: a possibly lost message rather than a doubled one.

use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use teloxide::payloads::{SendMessage, SendMessageSetters};
use teloxide::requests::Payload;
use teloxide::types::{ChatId, InlineKeyboardMarkup, MessageId, ParseMode, ReplyParameters};
use tokio::time::Instant;

use super::Shared;
use super::api::Failure;

/// How long a reply is tried (slots, 429s, retries) before it is given up.
pub const REPLY_DEADLINE: Duration = Duration::from_secs(120);
/// Wait before the first retry of a 5xx or a failed connection; doubled
/// for each further one, up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// One message of a reply.
#[derive(Debug, Clone)]
pub struct Message {
    /// Telegram HTML, within the length limit.
    pub text: String,
    pub markup: Option<InlineKeyboardMarkup>,
    /// The question it answers, in a group.
    pub reply_to: Option<MessageId>,
}

/// Sends `messages` to `chat` as the reply to the updates `ids`, received
/// at `at`. Returns whether it was sent (or may have been).
pub async fn deliver(
    sh: &Shared,
    chat: ChatId,
    messages: Vec<Message>,
    ids: &[i64],
    at: Instant,
) -> bool {
    let deadline = Instant::now() + REPLY_DEADLINE;
    let mut chat = chat;
    let mut sent_any = false;
    let mut claimed = false;
    for message in &messages {
        let mut backoff = FIRST_BACKOFF;
        loop {
            let slot = tokio::select! {
                slot = sh.limiter.acquire(chat.0, deadline) => slot,
                () = sh.stop.drained() => None,
            };
            let Some(slot) = slot else {
                return give_up(sh, ids, sent_any, "no send slot in time");
            };
            if !claimed {
                // Claimed only now, with its slot: a reply still waiting
                // for one is answered after a crash, not counted uncertain.
                if let Err(e) = sh.journal.sending(ids).await {
                    // It goes anyway: a question answered beats a journal kept.
                    log::error!("cannot claim a reply in the journal: {e}");
                }
                claimed = true;
            }
            let result = sh.client.call(&payload(chat, message)).await;
            drop(slot);
            if let Err(e) = &result
                && e.not_acted_on()
                && !sent_any
            {
                // Nothing of it reached Telegram: should the process die
                // while it waits to try again, it is answered after the restart.
                sh.journal.cleared(ids);
                claimed = false;
            }
            let wait = match result {
                Ok(_) => {
                    sent_any = true;
                    break;
                }
                Err(Failure::Migrated(to)) => {
                    log::info!("chat moved to supergroup {}", to.0);
                    chat = to;
                    continue;
                }
                Err(Failure::RetryAfter(wait)) => {
                    sh.metrics.too_many_requests();
                    sh.metrics.send_retry("retry_after");
                    log::warn!("flood control for one chat: waiting {}s", wait.as_secs());
                    // The limiter holds back this chat alone.
                    sh.limiter.block(chat.0, wait);
                    continue;
                }
                Err(e @ (Failure::Server(_) | Failure::Unreached(_))) => {
                    let reason = match e {
                        Failure::Server(_) => "server_error",
                        _ => "unreached",
                    };
                    sh.metrics.send_retry(reason);
                    log::warn!("sending a reply failed ({e}); retrying in {backoff:?}");
                    backoff
                }
                Err(e @ Failure::Unknown(_)) => {
                    // It may have arrived: never sent twice.
                    sh.metrics.uncertain();
                    log::warn!("sending a reply got no answer ({e}); not sending it again");
                    sent_any = true;
                    break;
                }
                Err(e @ Failure::Rejected { code, .. }) => {
                    if code == 403 {
                        // Blocked by the user, or removed from the group: routine.
                        log::info!("Telegram refused a reply: {e}");
                    } else {
                        log::warn!("Telegram refused a reply: {e}");
                    }
                    sh.metrics.failed();
                    sh.journal.done(ids);
                    return sent_any;
                }
            };
            tokio::select! {
                () = tokio::time::sleep(wait) => {}
                () = sh.stop.drained() => {}
            }
            backoff = (backoff * 2).min(MAX_BACKOFF);
            if Instant::now() >= deadline || sh.stop.drained_now() {
                return give_up(sh, ids, sent_any, "still failing");
            }
        }
    }
    sh.journal.done(ids);
    sh.metrics.reply_latency(at.elapsed());
    true
}

/// A reply that could not be sent in time. At a stop, one not begun is
/// left for the next start (its claim, if any, cleared: nothing of it
/// reached Telegram); otherwise it is given up for good.
fn give_up(sh: &Shared, ids: &[i64], sent_any: bool, why: &str) -> bool {
    if sh.stop.stopping() && !sent_any {
        sh.journal.cleared(ids);
        return false;
    }
    log::warn!("a reply was given up: {why}");
    sh.metrics.failed();
    sh.journal.done(ids);
    sent_any
}

fn payload(chat: ChatId, m: &Message) -> SendMessage {
    let mut p = SendMessage::new(chat, m.text.clone()).parse_mode(ParseMode::Html);
    if let Some(markup) = &m.markup {
        p = p.reply_markup(markup.clone());
    }
    if let Some(id) = m.reply_to {
        p = p.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
    }
    p
}

/// Sends a request that is safe to repeat (answering a button press or an
/// inline query), again after any transient failure, for at most `within`.
pub async fn call_retrying<P>(
    sh: &Shared,
    payload: &P,
    within: Duration,
) -> Result<P::Output, Failure>
where
    P: Payload + Serialize,
    P::Output: DeserializeOwned,
{
    let deadline = Instant::now() + within;
    let mut backoff = FIRST_BACKOFF;
    loop {
        match sh.client.call(payload).await {
            Ok(v) => return Ok(v),
            Err(e) if e.transient() && Instant::now() + backoff < deadline => {
                let wait = match &e {
                    Failure::RetryAfter(d) => *d,
                    _ => backoff,
                };
                if Instant::now() + wait >= deadline {
                    return Err(e);
                }
                tokio::time::sleep(wait).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
            Err(e) => return Err(e),
        }
    }
}

/// Text with any bot token (`123456:ABC…`) replaced, for logs: digits, a
/// colon, then 30 or more URL-safe characters, standing alone or after
/// `/bot` in an API URL.
pub fn redact(text: &str) -> String {
    static TOKEN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(^|[^A-Za-z0-9]|bot)[0-9]{5,}:[A-Za-z0-9_-]{30,}")
            .expect("a valid pattern")
    });
    TOKEN.replace_all(text, "${1}<token>").into_owned()
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
        let alone = "token 123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0 refused";
        assert_eq!(redact(alone), "token <token> refused");
        // Digits inside a word are not a token's start.
        let word = "x123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
        assert_eq!(redact(word), word);
    }
}
