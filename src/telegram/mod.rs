//! The Telegram adapter: updates in, the router's replies out, under
//! Telegram's real conditions (idle long polls, busy groups, flood limits,
//! slow answers, stops and crashes).
//!
//! ```text
//! getUpdates ─┐                                    ┌─ lane (chat 1) ─┐
//!             ├─▶ journal (synced) ─▶ lanes ─▶──────┼─ lane (chat 2) ─┼─▶ limiter ─▶ sendMessage
//! webhook ────┘   then acknowledge     by chat      └─ lane (inline) ─┘   per chat
//! ```
//!
//! teloxide supplies the types and the request payloads; the pipeline is
//! our own (ARCHITECTURE.md says why): [`poll`] or [`http`] takes updates,
//! [`journal`] makes them durable before Telegram is told they arrived,
//! [`pipeline`] queues them by chat and serves the chats concurrently,
//! [`delivery`] sends replies within [`limits`], and the conversation
//! itself is the bot's ([`NewsBot::handle`], the path every entry point
//! takes). This is the only module that names teloxide.

mod api;
mod delivery;
mod http;
mod inline;
mod journal;
mod lanes;
mod limits;
mod metrics;
mod pipeline;
mod poll;
mod render;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Context;
use teloxide::payloads::{GetMe, SetMyCommands, SetWebhook, SetWebhookSetters};
use teloxide::types::{AllowedUpdate, BotCommand};
use tokio::sync::watch;
use tokio::time::Instant;

use crate::bot::NewsBot;
use crate::chat::Command;

pub use api::{Endpoint, Failure, Token};
pub use delivery::redact;
pub use journal::FILE as JOURNAL_FILE;
pub use limits::{Rate, SendLimits};
pub use render::{MAX_MESSAGE, html, keyboard, units};

/// Settings of the Telegram side, resolved by the caller (see `config`).
#[derive(Debug, Clone)]
pub struct Settings {
    /// The Bot API and the token.
    pub endpoint: Endpoint,
    /// Webhook mode: the public URL Telegram posts updates to.
    pub webhook_url: Option<url::Url>,
    /// Where the webhook server listens (with `/livez`, `/readyz`, `/metrics`).
    pub webhook_listen: SocketAddr,
    /// Secret Telegram sends with each webhook update.
    pub webhook_secret: Option<String>,
    /// Where `/livez`, `/readyz` and `/metrics` are served in polling mode.
    pub metrics_listen: Option<SocketAddr>,
    /// Keep to Telegram's send limits (off only for load tests against a fake server).
    pub throttle: bool,
    /// The limits kept to; Telegram's unless a test tightens them.
    pub limits: SendLimits,
    /// How long a `getUpdates` long poll waits for updates.
    pub poll_timeout: Duration,
    /// How long a send waits for Telegram's answer; a send with no answer
    /// in time is not repeated.
    pub send_timeout: Duration,
    /// Where the journal of updates is kept; `None` keeps it in memory.
    pub data_dir: Option<PathBuf>,
}

impl Settings {
    /// Long polling with the defaults `config` documents.
    pub fn new(endpoint: Endpoint) -> Settings {
        Settings {
            endpoint,
            webhook_url: None,
            webhook_listen: ([0, 0, 0, 0], 8443).into(),
            webhook_secret: None,
            metrics_listen: None,
            throttle: true,
            limits: SendLimits::default(),
            poll_timeout: Duration::from_secs(30),
            send_timeout: Duration::from_secs(15),
            data_dir: None,
        }
    }
}

impl Settings {
    /// The Telegram side of the bot's settings, with its token.
    pub fn from_config(token: &crate::config::Token, s: &crate::config::Settings) -> Settings {
        let mut endpoint = Endpoint::new(token.expose());
        if let Some(url) = &s.api_url {
            endpoint.api_url = url.clone();
        }
        endpoint.proxy = s.proxy.clone();
        Settings {
            webhook_url: s.webhook_url.clone(),
            webhook_listen: s.webhook_listen,
            webhook_secret: s.webhook_secret.as_ref().map(|t| t.expose().to_string()),
            metrics_listen: s.metrics_listen,
            throttle: s.throttle,
            poll_timeout: s.poll_timeout(),
            send_timeout: s.send_timeout(),
            // The journal of updates lives beside the record of misses.
            data_dir: Some(s.data_dir.clone()),
            ..Settings::new(endpoint)
        }
    }
}

/// After a stop signal, queued updates are still answered for this long;
/// what is left stays in the journal for the next start. Under Docker's
/// 10 s before SIGKILL, with room for the sends in flight.
const DRAIN: Duration = Duration::from_secs(5);

/// The updates the bot asks Telegram for.
const ALLOWED: [&str; 3] = ["message", "callback_query", "inline_query"];

/// Everything the pipeline's parts share.
pub(crate) struct Shared {
    client: api::Client,
    /// The bot: routing, flood control, answering, recording.
    news: NewsBot,
    /// The bot's own user id: a reply to it is addressed to the bot.
    me: u64,
    /// Telegram's send limits, per chat.
    limiter: limits::Limiter,
    journal: journal::Journal,
    metrics: metrics::Metrics,
    health: Health,
    stop: Stop,
}

/// Whether the bot is taking updates, for `/readyz`.
pub(crate) struct Health {
    started: Instant,
    /// Milliseconds after `started` of the last good poll, 0 if none.
    last_poll: AtomicU64,
    webhook_set: AtomicBool,
    webhook: bool,
    poll_timeout: Duration,
}

impl Health {
    fn polled(&self) {
        let ms = self.started.elapsed().as_millis().max(1) as u64;
        self.last_poll.store(ms, Ordering::Relaxed);
    }

    /// Why the bot is not ready, or `Ok` when it is.
    fn ready(&self, news: &NewsBot, stopping: bool) -> Result<(), String> {
        if stopping {
            return Err("stopping".into());
        }
        if news.live().engine().knowledge().topics.is_empty() {
            return Err("no knowledge loaded".into());
        }
        if self.webhook {
            return match self.webhook_set.load(Ordering::Relaxed) {
                true => Ok(()),
                false => Err("the webhook is not set yet".into()),
            };
        }
        let last = self.last_poll.load(Ordering::Relaxed);
        if last == 0 {
            return Err("no successful poll yet".into());
        }
        let since = self
            .started
            .elapsed()
            .saturating_sub(Duration::from_millis(last));
        // A healthy long poll comes back within its timeout.
        let limit = self.poll_timeout + api::POLL_MARGIN;
        if since > limit {
            return Err(format!("no successful poll for {}s", since.as_secs()));
        }
        Ok(())
    }
}

/// The stop signal, as the pipeline sees it: once it came, queued updates
/// are answered until a deadline, and then left for the next start.
pub(crate) struct Stop {
    deadline: watch::Sender<Option<Instant>>,
}

impl Stop {
    fn new() -> Stop {
        Stop {
            deadline: watch::channel(None).0,
        }
    }

    fn begin(&self, drain: Duration) {
        self.deadline
            .send_if_modified(|d| d.is_none() && d.replace(Instant::now() + drain).is_none());
    }

    fn stopping(&self) -> bool {
        self.deadline.borrow().is_some()
    }

    /// Whether the drain after a stop is over.
    fn drained_now(&self) -> bool {
        self.deadline.borrow().is_some_and(|d| Instant::now() >= d)
    }

    /// Completes once the stop signal came.
    async fn stopped(&self) {
        let mut rx = self.deadline.subscribe();
        let _ = rx.wait_for(Option::is_some).await;
    }

    /// Completes once the drain after the stop signal is over.
    async fn drained(&self) {
        let mut rx = self.deadline.subscribe();
        let deadline = match rx.wait_for(Option::is_some).await {
            Ok(d) => *d,
            Err(_) => None,
        };
        if let Some(d) = deadline {
            tokio::time::sleep_until(d).await;
        }
    }
}

/// Runs the bot until SIGINT or SIGTERM.
pub async fn run(news: NewsBot, settings: Settings) -> anyhow::Result<()> {
    run_until(news, settings, wait_for_signal()).await
}

/// Runs the bot until `shutdown` completes; then answers what it can within
/// a few seconds, keeps the rest in the journal, and returns. Tests pass
/// their own signal.
pub async fn run_until<S>(news: NewsBot, settings: Settings, shutdown: S) -> anyhow::Result<()>
where
    S: std::future::Future<Output = ()> + Send + 'static,
{
    let client = api::Client::new(&settings.endpoint, settings.send_timeout)?;
    let (journal, recovered) = match &settings.data_dir {
        Some(dir) => journal::Journal::open(dir).with_context(|| {
            format!(
                "cannot keep the update journal in {} (DATA_DIR)",
                dir.display()
            )
        })?,
        None => (journal::Journal::in_memory(), journal::Recovered::default()),
    };
    match journal.path() {
        Some(path) => log::info!("updates are journaled in {}", path.display()),
        None => log::warn!("no DATA_DIR: updates in flight are lost if the bot stops"),
    }
    let stop = Stop::new();
    let (signal_tx, signal_rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        shutdown.await;
        let _ = signal_tx.send(());
    });
    let signalled = async move {
        if signal_rx.await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    tokio::pin!(signalled);

    // Bound before anything else: a port in use is a clear error at start,
    // and Telegram is not told to post to a server that is not there.
    let listen = settings
        .webhook_url
        .as_ref()
        .map(|_| settings.webhook_listen)
        .or(settings.metrics_listen);
    let listener = match listen {
        Some(addr) => {
            let what = if settings.webhook_url.is_some() {
                "WEBHOOK_LISTEN"
            } else {
                "METRICS_LISTEN"
            };
            Some(
                tokio::net::TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("cannot listen on {addr} ({what})"))?,
            )
        }
        None => None,
    };

    let me = tokio::select! {
        me = get_me(&client) => me?,
        () = &mut signalled => {
            log::info!("stopped before Telegram could be reached");
            journal.close();
            return Ok(());
        }
    };
    let username = me.username.clone().unwrap_or_default();
    log::info!("connected to Telegram as @{username}");
    news.set_username(&username);

    let shared = Arc::new(Shared {
        client,
        news,
        me: me.id.0,
        limiter: limits::Limiter::new(settings.limits, settings.throttle),
        journal,
        metrics: metrics::Metrics::new(),
        health: Health {
            started: Instant::now(),
            last_poll: AtomicU64::new(0),
            webhook_set: AtomicBool::new(false),
            webhook: settings.webhook_url.is_some(),
            poll_timeout: settings.poll_timeout,
        },
        stop,
    });
    let pipeline = pipeline::Pipeline::new(Arc::clone(&shared));
    tokio::spawn(register_commands(Arc::clone(&shared)));

    let server = listener.map(|tcp| {
        let app = http::router(Arc::clone(&shared), pipeline.clone(), &settings);
        let stopped = {
            let shared = Arc::clone(&shared);
            async move { shared.stop.drained().await }
        };
        tokio::spawn(async move {
            if let Err(e) = axum::serve(tcp, app).with_graceful_shutdown(stopped).await {
                log::error!("the HTTP server stopped: {e}");
            }
        })
    });

    if !recovered.pending.is_empty() || !recovered.uncertain.is_empty() {
        // The bot stopped in the middle of work, perhaps a moment ago:
        // its last second of sends still counts at Telegram.
        shared.limiter.hold_overall();
    }
    pipeline.replay(recovered);

    let source = {
        let shared = Arc::clone(&shared);
        let pipeline = pipeline.clone();
        let settings = settings.clone();
        async move {
            match &settings.webhook_url {
                Some(url) => set_webhook(&shared, url, settings.webhook_secret.as_deref()).await,
                None => poll::run(&shared, &pipeline, settings.poll_timeout).await,
            }
        }
    };
    tokio::select! {
        () = source => {}
        () = &mut signalled => {}
    }
    shared.stop.begin(DRAIN);
    log::info!(
        "stopping: answering what is queued for up to {DRAIN:?}; the rest is kept for the next start"
    );
    // Sends in flight finish (each within the send timeout); nothing new
    // starts after the drain.
    let finished = pipeline.finish();
    if tokio::time::timeout(
        DRAIN + settings.send_timeout + Duration::from_secs(1),
        finished,
    )
    .await
    .is_err()
    {
        log::warn!("replies in flight did not finish in time; stopping anyway");
    }
    shared.journal.close();
    if let Some(server) = server {
        let _ = tokio::time::timeout(Duration::from_secs(2), server).await;
    }
    log::info!("stopped");
    Ok(())
}

/// Asks Telegram who the bot is, again and again while Telegram or the
/// network fails: a 502 at start is not a reason to exit. Only a token
/// Telegram refuses is.
async fn get_me(client: &api::Client) -> anyhow::Result<teloxide::types::Me> {
    let mut wait = Duration::from_millis(500);
    let mut failures = 0u32;
    loop {
        match client.call(&GetMe::new()).await {
            Ok(me) => {
                if failures > 0 {
                    log::info!("reached Telegram after {failures} failed attempt(s)");
                }
                return Ok(me);
            }
            Err(api::Failure::Rejected { code, error }) => {
                anyhow::bail!(
                    "Telegram refuses the bot token ({code}: {error}); is TELOXIDE_TOKEN right?"
                )
            }
            Err(e) => {
                failures += 1;
                if let api::Failure::RetryAfter(d) = e {
                    wait = d;
                }
                log::warn!("cannot reach Telegram yet ({e}); trying again in {wait:?}");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(30));
            }
        }
    }
}

/// Registers the commands with their Chinese descriptions, so that Telegram
/// offers them as the user types `/`. Best effort, in the background.
async fn register_commands(shared: Arc<Shared>) {
    let commands: Vec<BotCommand> = Command::LIST
        .iter()
        .map(|(name, description)| BotCommand::new(*name, *description))
        .collect();
    let payload = SetMyCommands::new(commands);
    let mut wait = Duration::from_millis(500);
    for _ in 0..5 {
        match shared.client.call(&payload).await {
            Ok(_) => return,
            Err(e) if e.transient() => {
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = shared.stop.stopped() => return,
                }
                wait *= 2;
            }
            Err(e) => {
                log::warn!("cannot register commands: {e}");
                return;
            }
        }
    }
    log::warn!("cannot register commands: Telegram kept failing");
}

/// Tells Telegram where to post updates, retrying until it agrees or the
/// bot stops; then waits for the stop.
async fn set_webhook(shared: &Shared, url: &url::Url, secret: Option<&str>) {
    let mut payload = SetWebhook::new(url.clone()).allowed_updates([
        AllowedUpdate::Message,
        AllowedUpdate::CallbackQuery,
        AllowedUpdate::InlineQuery,
    ]);
    if let Some(secret) = secret {
        payload = payload.secret_token(secret);
    }
    let mut wait = Duration::from_millis(500);
    loop {
        match shared.client.call(&payload).await {
            Ok(_) => break,
            Err(e) => {
                log::warn!("cannot set the webhook yet ({e}); trying again in {wait:?}");
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = shared.stop.stopped() => return,
                }
                wait = (wait * 2).min(Duration::from_secs(30));
            }
        }
    }
    shared.health.webhook_set.store(true, Ordering::Relaxed);
    log::info!("webhook mode: Telegram posts updates to {}", url.path());
    shared.stop.stopped().await;
}

#[cfg(unix)]
async fn wait_for_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        log::error!("cannot listen for signals; stop the bot with SIGKILL");
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
    }
}

#[cfg(not(unix))]
async fn wait_for_signal() {
    let _ = tokio::signal::ctrl_c().await;
}
