//! Long polling: `getUpdates` in a loop, each batch journaled before the
//! next call's offset tells Telegram it arrived.
//!
//! The HTTP client waits [`POLL_MARGIN`](super::api::POLL_MARGIN) longer
//! than the poll itself, so a quiet spell is a poll that comes back empty,
//! not a failure; a failure is retried within a second or so, and the
//! back-off never grows past a few seconds.

use std::time::Duration;

use teloxide::payloads::DeleteWebhook;

use super::api::Failure;
use super::pipeline::Pipeline;
use super::{ALLOWED, Shared};

/// Longest wait between failed polls.
const MAX_BACKOFF: Duration = Duration::from_secs(5);
/// Taking updates pauses while this many wait in all chats' queues (each
/// chat holds at most `LANE_CAP`, so only many busy chats at once get here).
const MAX_QUEUED: usize = 10_000;

/// Polls until the stop signal.
pub async fn run(sh: &Shared, pipeline: &Pipeline, timeout: Duration) {
    // A webhook left set would make every getUpdates fail with 409.
    let mut wait = Duration::from_millis(500);
    loop {
        match sh.client.call(&DeleteWebhook::new()).await {
            Ok(_) => break,
            Err(e) => {
                log::warn!("cannot remove a webhook ({e}); trying again in {wait:?}");
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = sh.stop.stopped() => return,
                }
                wait = (wait * 2).min(MAX_BACKOFF);
            }
        }
    }
    log::info!("long polling ({}s polls)", timeout.as_secs());
    let mut offset: Option<i64> = None;
    let mut backoff = Duration::from_millis(250);
    let mut failures = 0u32;
    loop {
        while pipeline.depth() >= MAX_QUEUED {
            tokio::select! {
                () = tokio::time::sleep(Duration::from_millis(50)) => {}
                () = sh.stop.stopped() => return,
            }
        }
        let poll = sh.client.get_updates(offset, timeout, &ALLOWED);
        // A poll cut short by the stop acknowledges nothing: safe to drop.
        let result = tokio::select! {
            r = poll => r,
            () = sh.stop.stopped() => return,
        };
        match result {
            Ok(updates) => {
                if failures > 0 {
                    log::info!("receiving updates again after {failures} failed poll(s)");
                }
                failures = 0;
                backoff = Duration::from_millis(250);
                sh.health.polled();
                let next = updates
                    .iter()
                    .filter_map(|u| u["update_id"].as_i64())
                    .max()
                    .map(|id| id + 1);
                if updates.is_empty() {
                    continue;
                }
                match pipeline.take(updates).await {
                    // The next poll's offset acknowledges the batch.
                    Ok(()) => offset = next.or(offset),
                    Err(e) => {
                        // Not acknowledged: Telegram will send them again.
                        log::error!("cannot journal updates ({e}); they will be fetched again");
                        pause(sh, MAX_BACKOFF).await;
                    }
                }
            }
            Err(e) => {
                failures += 1;
                sh.metrics.poll_failed();
                let wait = match &e {
                    Failure::RetryAfter(d) => *d,
                    _ => backoff,
                };
                if let Failure::Rejected { code: 409, .. } = &e {
                    log::error!("{e}: is another copy of the bot running with this token?");
                } else if failures == 1 {
                    log::warn!("receiving updates failed, will retry: {e}");
                } else {
                    log::debug!("receiving updates failed again ({failures}): {e}");
                }
                pause(sh, wait).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
        }
        if sh.stop.stopping() {
            return;
        }
    }
}

async fn pause(sh: &Shared, wait: Duration) {
    tokio::select! {
        () = tokio::time::sleep(wait) => {}
        () = sh.stop.stopped() => {}
    }
}
