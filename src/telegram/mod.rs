//! The Telegram adapter: updates in, the router's replies out.
//!
//! Thin by design: it turns a teloxide [`Update`] into a chat
//! [`Incoming`], asks the bot ([`NewsBot::handle`], the path every entry
//! point takes), and renders the [`Outgoing`] as HTML with an inline
//! keyboard. This is the only module that names teloxide.

mod delivery;
mod inline;
mod render;

use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use futures::FutureExt;
use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{ShutdownToken, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{BotCommand, Me, MessageId, ParseMode, ReplyParameters};
use teloxide::update_listeners::{UpdateListener, webhooks};

use crate::bot::{NewsBot, Response};
use crate::chat::{ChatKind, Command, Event, From, Incoming, Outgoing};

pub use delivery::redact;
pub use render::{MAX_MESSAGE, html, keyboard};

/// What the handlers need of a bot: teloxide's [`Bot`], behind the
/// [`Throttle`] adaptor (Telegram's send limits) or, for load tests against
/// a fake server, as it is.
pub trait Api:
    Requester<
        Err = teloxide::RequestError,
        GetUpdates: Send,
        DeleteWebhook: Send,
        SetWebhook: Send,
        SetMyCommands: Send,
        SendMessage: Send,
        AnswerCallbackQuery: Send,
        AnswerInlineQuery: Send,
        GetMe: Send,
    > + Clone
    + Send
    + Sync
    + 'static
{
}

impl<B> Api for B where
    B: Requester<
            Err = teloxide::RequestError,
            GetUpdates: Send,
            DeleteWebhook: Send,
            SetWebhook: Send,
            SetMyCommands: Send,
            SendMessage: Send,
            AnswerCallbackQuery: Send,
            AnswerInlineQuery: Send,
            GetMe: Send,
        > + Clone
        + Send
        + Sync
        + 'static
{
}

/// Settings of the Telegram side, from the bot's settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Webhook mode: the public URL Telegram posts updates to.
    pub webhook_url: Option<url::Url>,
    /// Where the webhook server listens.
    pub webhook_listen: SocketAddr,
    /// Secret Telegram sends with each webhook update.
    pub webhook_secret: Option<String>,
    /// Keep to Telegram's send limits (off only for load tests against a fake server).
    pub throttle: bool,
}

impl std::convert::From<&crate::config::Settings> for Settings {
    fn from(s: &crate::config::Settings) -> Settings {
        Settings {
            webhook_url: s.webhook_url.clone(),
            webhook_listen: s.webhook_listen,
            webhook_secret: s.webhook_secret.as_ref().map(|t| t.expose().to_string()),
            throttle: s.throttle,
        }
    }
}

/// The Bot API client: the token, the API server and the proxy from the
/// settings (all validated when they were read).
pub fn client(
    token: &crate::config::Token,
    settings: &crate::config::Settings,
) -> anyhow::Result<Bot> {
    let mut http = teloxide::net::default_reqwest_settings();
    if let Some(proxy) = &settings.proxy {
        let proxy = reqwest::Proxy::all(proxy.as_str())
            .with_context(|| format!("TELOXIDE_PROXY is not a usable proxy: {proxy}"))?;
        http = http.proxy(proxy);
    }
    let http = http
        .build()
        .context("cannot set up the HTTP client for Telegram")?;
    let mut bot = Bot::with_client(token.expose(), http);
    if let Some(url) = &settings.api_url {
        bot = bot.set_api_url(url.clone());
    }
    Ok(bot)
}

type HandlerResult = anyhow::Result<()>;

/// The handler tree: messages, button presses and inline queries. Other
/// updates (edited messages, channel posts, member changes) are ignored.
pub fn schema<B: Api>() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message::<B>))
        .branch(Update::filter_callback_query().endpoint(on_callback::<B>))
        .branch(Update::filter_inline_query().endpoint(on_inline::<B>))
}

/// Runs the bot until SIGINT or SIGTERM. `bot` is built by the caller
/// ([`client`] in production, a fake server's URL in tests).
pub async fn run(bot: Bot, news: NewsBot, settings: Settings) -> anyhow::Result<()> {
    run_until(bot, news, settings, wait_for_signal()).await
}

/// Runs the bot until `shutdown` completes, then finishes the replies in
/// flight and returns. Tests pass their own signal.
pub async fn run_until<S>(
    bot: Bot,
    news: NewsBot,
    settings: Settings,
    shutdown: S,
) -> anyhow::Result<()>
where
    S: std::future::Future<Output = ()> + Send + 'static,
{
    if settings.throttle {
        let bot = Throttle::new_spawn(bot, Limits::default());
        serve(bot, news, settings, shutdown).await
    } else {
        // Throttle holds every request to its next round (four a second):
        // a load test of the bot alone goes without it.
        serve(bot, news, settings, shutdown).await
    }
}

async fn serve<B, S>(bot: B, news: NewsBot, settings: Settings, shutdown: S) -> anyhow::Result<()>
where
    B: Api,
    S: std::future::Future<Output = ()> + Send + 'static,
{
    // The bot's username, as mentions and `/cmd@bot` name it.
    let me = delivery::retrying("getMe", || bot.get_me().send())
        .await
        .map_err(|e| anyhow::anyhow!("cannot reach Telegram: {}", redact(&e.to_string())))
        .context("is TELOXIDE_TOKEN right?")?;
    news.set_username(me.username());
    register_commands(&bot).await;

    let mut dispatcher = Dispatcher::builder(bot.clone(), schema::<B>())
        .dependencies(dptree::deps![news])
        .default_handler(|upd| async move {
            log::debug!("update {} ignored: {:?}", upd.id.0, update_kind(&upd));
        })
        .error_handler(Arc::new(ErrorLogger))
        .build();
    let token = dispatcher.shutdown_token();
    let (signalled, signal_came) = tokio::sync::oneshot::channel();
    tokio::spawn(stop_on(shutdown, token, signalled));
    // A stop never waits longer than SHUTDOWN_GRACE for the dispatcher: a
    // stuck request must not keep the process from exiting.
    let deadline = async move {
        match signal_came.await {
            Ok(()) => tokio::time::sleep(SHUTDOWN_GRACE).await,
            Err(_) => std::future::pending().await,
        }
    };

    match &settings.webhook_url {
        Some(url) => {
            // Bound here, before Telegram is told where to post: a port in
            // use is a clear error at start, not a panic in a background task.
            let listen = settings.webhook_listen;
            let tcp = tokio::net::TcpListener::bind(listen)
                .await
                .with_context(|| format!("cannot listen on {listen} (WEBHOOK_LISTEN)"))?;
            let mut options = webhooks::Options::new(listen, url.clone());
            if let Some(secret) = &settings.webhook_secret {
                options = options.secret_token(secret.clone());
            }
            log::info!("webhook mode: listening on {listen}");
            let (mut listener, stopped, app) = webhooks::axum_to_router(bot.clone(), options)
                .await
                .map_err(|e| {
                    anyhow::anyhow!("cannot set the webhook: {}", redact(&e.to_string()))
                })?;
            let stop = listener.stop_token();
            tokio::spawn(async move {
                let served = axum::serve(tcp, app).with_graceful_shutdown(stopped).await;
                if let Err(e) = served {
                    log::error!("webhook server stopped: {e}");
                    stop.stop();
                }
            });
            within(
                deadline,
                dispatcher.try_dispatch_with_listener(listener, Arc::new(ListenerLogger)),
            )
            .await
            .map_err(|e| anyhow::anyhow!("cannot reach Telegram: {}", redact(&e.to_string())))?;
        }
        None => {
            log::info!("long polling");
            let listener = teloxide::update_listeners::Polling::builder(bot.clone())
                .timeout(Duration::from_secs(25))
                .delete_webhook()
                .await
                .build();
            within(
                deadline,
                dispatcher.try_dispatch_with_listener(listener, Arc::new(ListenerLogger)),
            )
            .await
            .map_err(|e| anyhow::anyhow!("cannot reach Telegram: {}", redact(&e.to_string())))
            .context("is TELOXIDE_TOKEN right?")?;
        }
    }
    log::info!("stopped");
    Ok(())
}

/// Registers the commands with their Chinese descriptions, so that Telegram
/// offers them as the user types `/`. A failure is logged, not fatal.
async fn register_commands<B: Api>(bot: &B) {
    let commands: Vec<BotCommand> = Command::LIST
        .iter()
        .map(|(name, description)| BotCommand::new(*name, *description))
        .collect();
    let r = delivery::retrying("setMyCommands", || {
        bot.set_my_commands(commands.clone()).send()
    })
    .await;
    if let Err(e) = r {
        log::warn!("cannot register commands: {}", redact(&e.to_string()));
    }
}

/// Runs `dispatch` to its end, or until `deadline` (the grace after a stop
/// signal) passes, whichever is first.
async fn within<E>(
    deadline: impl std::future::Future<Output = ()>,
    dispatch: impl std::future::Future<Output = Result<(), E>>,
) -> Result<(), E> {
    tokio::select! {
        result = dispatch => result,
        () = deadline => {
            log::warn!(
                "replies in flight did not finish within {SHUTDOWN_GRACE:?} of the stop signal; stopping anyway"
            );
            Ok(())
        }
    }
}

/// How long replies in flight may take to finish after a stop signal
/// before the bot stops anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Waits for `signal`, then stops the dispatcher; replies in flight are
/// finished first. `signalled` is told when the signal came.
async fn stop_on(
    signal: impl std::future::Future<Output = ()>,
    token: ShutdownToken,
    signalled: tokio::sync::oneshot::Sender<()>,
) {
    signal.await;
    let _ = signalled.send(());
    log::info!("stopping: finishing replies in flight");
    loop {
        match token.shutdown() {
            Ok(done) => {
                done.await;
                return;
            }
            // Not dispatching yet (still starting up): try again shortly.
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
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

/// Runs a handler body so that a panic in it is logged and contained: in
/// teloxide 0.17 a panicking handler can take the dispatcher down with it.
async fn guarded<F>(what: &str, update: u32, body: F) -> HandlerResult
where
    F: std::future::Future<Output = HandlerResult>,
{
    match AssertUnwindSafe(body).catch_unwind().await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => {
            log::error!("update {update} ({what}): {}", redact(&format!("{e:#}")));
            Ok(())
        }
        Err(_) => {
            log::error!("update {update} ({what}): handler panicked; the update is dropped");
            Ok(())
        }
    }
}

fn chat_kind(chat: &teloxide::types::Chat) -> ChatKind {
    if chat.is_private() {
        ChatKind::Private
    } else {
        ChatKind::Group
    }
}

async fn on_message<B: Api>(
    bot: B,
    me: Me,
    msg: Message,
    news: NewsBot,
    upd: Update,
) -> HandlerResult {
    let kind = chat_kind(&msg.chat);
    let what = format!("message in a {} chat", kind.name());
    guarded(&what, upd.id.0, async {
        if msg.chat.is_channel() {
            return Ok(());
        }
        let user = msg.from.as_ref().map_or(msg.chat.id.0 as u64, |u| u.id.0);
        let from = From {
            chat: kind,
            chat_id: msg.chat.id.0,
            user: Some(user),
        };
        let incoming = match msg.text() {
            Some(text) => {
                let reply_to_bot = msg
                    .reply_to_message()
                    .and_then(|m| m.from.as_ref())
                    .is_some_and(|u| u.id == me.id);
                log::debug!("update {}: text {:?}", upd.id.0, text);
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
        let Response::Message(out) = news.handle(&incoming) else {
            return Ok(());
        };
        log_answer(upd.id.0, kind, &out);
        let reply_to = Some(msg.id).filter(|_| kind == ChatKind::Group);
        send(&bot, msg.chat.id, &out, reply_to).await
    })
    .await
}

async fn on_callback<B: Api>(
    bot: B,
    q: CallbackQuery,
    news: NewsBot,
    upd: Update,
) -> HandlerResult {
    guarded("button", upd.id.0, async {
        // Every press gets an answer, or the button spins for the user.
        let ack = delivery::retrying("answerCallbackQuery", || {
            bot.answer_callback_query(q.id.clone()).send()
        })
        .await;
        if let Err(e) = ack {
            log::warn!(
                "update {}: cannot answer the button press: {}",
                upd.id.0,
                redact(&e.to_string())
            );
        }
        let Some(message) = &q.message else {
            // A button under an inline result: there is no chat to answer in.
            return Ok(());
        };
        let chat = message.chat();
        let kind = chat_kind(chat);
        let data = q.data.clone().unwrap_or_default();
        let from = From {
            chat: kind,
            chat_id: chat.id.0,
            user: Some(q.from.id.0),
        };
        let Response::Message(out) = news.handle(&Incoming::button(from, data)) else {
            return Ok(());
        };
        log_answer(upd.id.0, kind, &out);
        send(&bot, chat.id, &out, None).await
    })
    .await
}

async fn on_inline<B: Api>(bot: B, q: InlineQuery, news: NewsBot, upd: Update) -> HandlerResult {
    guarded("inline query", upd.id.0, async {
        let Response::Inline(answers) = news.handle(&Incoming::inline(q.from.id.0, &q.query))
        else {
            return Ok(());
        };
        let results = inline::results(&answers);
        log::info!(
            "update {}: inline query, {} result(s)",
            upd.id.0,
            results.len()
        );
        delivery::retrying("answerInlineQuery", || {
            bot.answer_inline_query(q.id.clone(), results.clone())
                .cache_time(60)
                .send()
        })
        .await?;
        Ok(())
    })
    .await
}

/// Sends a reply, split into as many messages as it takes; the buttons go
/// under the last one. A group that became a supergroup is followed once.
async fn send<B: Api>(
    bot: &B,
    chat: ChatId,
    out: &Outgoing,
    reply_to: Option<MessageId>,
) -> HandlerResult {
    let parts = render::html(&out.reply);
    let markup = render::keyboard(&out.buttons);
    let last = parts.len() - 1;
    let mut chat = chat;
    for (i, text) in parts.into_iter().enumerate() {
        let attempt = |chat: ChatId| {
            let text = text.clone();
            let markup = markup.clone().filter(|_| i == last);
            let reply = reply_to.filter(|_| i == 0);
            delivery::retrying("sendMessage", move || {
                let mut req = bot
                    .send_message(chat, text.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(m) = markup.clone() {
                    req = req.reply_markup(m);
                }
                if let Some(id) = reply {
                    req = req
                        .reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
                }
                req.send()
            })
        };
        match attempt(chat).await {
            Ok(_) => {}
            Err(teloxide::RequestError::MigrateToChatId(new)) => {
                log::info!("chat moved to supergroup {}", new.0);
                chat = new;
                attempt(chat)
                    .await
                    .map_err(|e| anyhow::anyhow!(redact(&e.to_string())))?;
            }
            Err(e) => anyhow::bail!("cannot send a reply: {}", redact(&e.to_string())),
        }
    }
    Ok(())
}

/// One line per answer, with no user text at info level.
fn log_answer(update: u32, kind: ChatKind, out: &Outgoing) {
    let chat = kind.name();
    match &out.answer {
        Some(a) => log::info!(
            "update {update} ({chat}): {:?} matched={} topic={} fact={}",
            a.kind,
            a.matched,
            a.topic.as_deref().unwrap_or("-"),
            a.fact.as_deref().unwrap_or("-")
        ),
        None => log::info!("update {update} ({chat}): notice"),
    }
}

fn update_kind(upd: &Update) -> &'static str {
    use teloxide::types::UpdateKind as K;
    match &upd.kind {
        K::EditedMessage(_) => "edited message",
        K::ChannelPost(_) | K::EditedChannelPost(_) => "channel post",
        K::MyChatMember(_) | K::ChatMember(_) => "member change",
        _ => "other",
    }
}

/// Logs errors that reach the dispatcher, token removed.
struct ErrorLogger;

impl teloxide::error_handlers::ErrorHandler<anyhow::Error> for ErrorLogger {
    fn handle_error(
        self: Arc<Self>,
        error: anyhow::Error,
    ) -> futures::future::BoxFuture<'static, ()> {
        log::error!("handler error: {}", redact(&format!("{error:#}")));
        Box::pin(async {})
    }
}

/// Logs errors of the update listener (a 502 from Telegram while polling);
/// polling goes on with back-off.
struct ListenerLogger;

impl<E: std::fmt::Debug> teloxide::error_handlers::ErrorHandler<E> for ListenerLogger {
    fn handle_error(self: Arc<Self>, error: E) -> futures::future::BoxFuture<'static, ()> {
        log::warn!(
            "receiving updates failed, will retry: {}",
            redact(&format!("{error:?}"))
        );
        Box::pin(async {})
    }
}
