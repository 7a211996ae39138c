//! The bot's HTTP server: Telegram's webhook posts, and the view of it
//! running (`/livez`, `/readyz`, `/metrics`).
//!
//! In webhook mode it listens on `WEBHOOK_LISTEN`; in polling mode on
//! `METRICS_LISTEN`, if set. A webhook post is answered 200 only once its
//! update is journaled: anything else makes Telegram post it again.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use serde_json::Value;

use super::pipeline::Pipeline;
use super::{Settings, Shared};

/// The header Telegram sends the webhook secret in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// How often histogram samples are folded into their buckets.
const UPKEEP: Duration = Duration::from_secs(5);

#[derive(Clone)]
struct App {
    shared: Arc<Shared>,
    pipeline: Pipeline,
    secret: Option<Arc<str>>,
}

/// The routes: health and metrics always, the webhook in webhook mode.
pub fn router(shared: Arc<Shared>, pipeline: Pipeline, settings: &Settings) -> Router {
    let upkeep = Arc::clone(&shared);
    tokio::spawn(async move {
        loop {
            tokio::select! {
                () = tokio::time::sleep(UPKEEP) => upkeep.metrics.upkeep(),
                () = upkeep.stop.drained() => return,
            }
        }
    });
    let app = App {
        shared,
        pipeline,
        secret: settings.webhook_secret.as_deref().map(Arc::from),
    };
    let mut router = Router::new()
        .route("/livez", get(livez))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics));
    if let Some(url) = &settings.webhook_url {
        let path = match url.path() {
            "" => "/",
            p => p,
        };
        router = router.route(path, post(webhook));
    }
    router.with_state(app)
}

/// The process is up and serving HTTP.
async fn livez() -> &'static str {
    "ok\n"
}

/// Knowledge loaded, and updates coming in (a recent good poll, or the
/// webhook set); 503 with the reason otherwise.
async fn readyz(State(app): State<App>) -> impl IntoResponse {
    let sh = &app.shared;
    match sh.health.ready(&sh.news, sh.stop.stopping()) {
        Ok(()) => (StatusCode::OK, "ready\n".to_string()),
        Err(why) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {why}\n"),
        ),
    }
}

async fn metrics(State(app): State<App>) -> impl IntoResponse {
    let text = app.shared.metrics.render(&app.shared.news);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
}

async fn webhook(State(app): State<App>, headers: HeaderMap, body: Bytes) -> StatusCode {
    if let Some(secret) = &app.secret {
        let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes());
        if given != Some(secret.as_bytes()) {
            return StatusCode::UNAUTHORIZED;
        }
    }
    if app.shared.stop.stopping() {
        // Not taken: Telegram posts it again to the next start.
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let update: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => {
            // Posting it again would not make it readable.
            log::warn!("a webhook post that is not JSON was skipped");
            return StatusCode::OK;
        }
    };
    match app.pipeline.take(vec![update]).await {
        Ok(()) => StatusCode::OK,
        Err(e) => {
            log::error!("cannot journal a webhook update ({e}); Telegram will post it again");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}
