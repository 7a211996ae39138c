//! The fake's HTTP side: routing `POST /bot{token}/{method}`, injected
//! faults, send limits, long polls and webhook delivery.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::methods::{self, Reject, bad};
use super::{Call, Fault, Inner, Webhook, lock, truncate};

/// The methods the bot calls, as the Bot API docs spell them.
const SERVED: [&str; 8] = [
    "getMe",
    "getUpdates",
    "setWebhook",
    "deleteWebhook",
    "setMyCommands",
    "sendMessage",
    "answerCallbackQuery",
    "answerInlineQuery",
];

/// Telegram matches method names case-insensitively; the fake records them
/// as the docs spell them.
pub(super) fn canonical_method(name: &str) -> String {
    match SERVED.iter().find(|m| m.eq_ignore_ascii_case(name)) {
        Some(m) => m.to_string(),
        None => name.to_string(),
    }
}

pub(super) fn serve(
    listener: tokio::net::TcpListener,
    inner: Arc<Inner>,
) -> (watch::Sender<bool>, JoinHandle<()>) {
    let app = Router::new().fallback(handle).with_state(inner);
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
    (stop, server)
}

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

pub(super) fn error_response(code: u16, description: &str) -> Response {
    json_response(
        code,
        json!({ "ok": false, "error_code": code, "description": description }),
    )
}

fn too_many(retry_after: u64) -> Response {
    json_response(
        429,
        json!({
            "ok": false,
            "error_code": 429,
            "description": format!("Too Many Requests: retry after {retry_after}"),
            "parameters": { "retry_after": retry_after },
        }),
    )
}

/// A response whose body breaks off: the client sees the connection fail.
fn reset() -> Response {
    let broken = futures::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::from(std::io::ErrorKind::ConnectionReset))
    });
    Response::builder()
        .status(200)
        .body(Body::from_stream(broken))
        .expect("a response")
}

fn fault_response(fault: &Fault) -> Response {
    match *fault {
        Fault::TooManyRequests { retry_after } => too_many(retry_after.into()),
        Fault::BadGateway => (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 \
             Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n",
        )
            .into_response(),
        Fault::Status(code) => {
            let description = match code {
                400 => "Bad Request: chat not found",
                401 => "Unauthorized",
                403 => "Forbidden: bot was blocked by the user",
                404 => "Not Found",
                409 => "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                500 => "Internal Server Error",
                502 => "Bad Gateway",
                503 => "Service Unavailable",
                504 => "Gateway Timeout",
                _ => "Error",
            };
            error_response(code, description)
        }
        Fault::Reset => reset(),
        Fault::Slow(_) => unreachable!("a slow answer is served"),
    }
}

async fn handle(State(inner): State<Arc<Inner>>, uri: Uri, body: Bytes) -> Response {
    let at = Instant::now();
    let path = uri.path().to_string();
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
    let parsed: Result<Value, String> = if body.iter().all(u8::is_ascii_whitespace) {
        Ok(json!({}))
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(v @ Value::Object(_)) => Ok(v),
            Ok(other) => Err(format!(
                "JSON body is not an object: {}",
                truncate(&other.to_string(), 100)
            )),
            Err(e) => Err(format!("malformed JSON body ({e})")),
        }
    };
    let call = Call {
        method,
        body: match &parsed {
            Ok(v) => v.clone(),
            Err(_) => Value::String(truncate(&String::from_utf8_lossy(&body), 2000)),
        },
        at,
    };
    if token != super::FakeTelegram::TOKEN {
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
    if !SERVED.contains(&call.method.as_str()) {
        lock(&inner.state).violations.push(format!(
            "{}: not a method the bot should call (teach the fake if it should)",
            call.method
        ));
        inner.bump();
        return error_response(404, "Not Found: method not found");
    }

    let mut slow = None;
    {
        let mut st = lock(&inner.state);
        let chat = call.body.get("chat_id").map(|c| match c {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        let fault = st.faults.get_mut(&call.method).and_then(|queue| {
            let i = queue
                .iter()
                .position(|(for_chat, _)| for_chat.is_none() || *for_chat == chat)?;
            queue.remove(i).map(|(_, f)| f)
        });
        match fault {
            Some(Fault::Slow(d)) => slow = Some(d),
            Some(fault) => {
                st.faulted.push(call);
                drop(st);
                inner.bump();
                return fault_response(&fault);
            }
            None => {}
        }
    }

    let response = match call.method.as_str() {
        "getUpdates" => return get_updates(&inner, call).await,
        "setWebhook" => set_webhook(&inner, call),
        "deleteWebhook" => delete_webhook(&inner, call),
        "sendMessage" => match limit(&inner, &call) {
            Some(response) => response,
            None => serve_call(&inner, call),
        },
        _ => serve_call(&inner, call),
    };
    if let Some(d) = slow {
        // Served already; the answer is late. A client that gives up
        // meanwhile drops this future.
        tokio::time::sleep(d).await;
    }
    response
}

fn serve_call(inner: &Inner, call: Call) -> Response {
    let result = {
        let mut st = lock(&inner.state);
        let result = methods::serve(&mut st, &call.method, &call.body);
        match &result {
            Ok(_) => {
                if call.method == "sendMessage" {
                    record_send(&mut st, &call);
                }
                st.calls.push(call);
            }
            Err(reject) => {
                let v = format!("{}: {}", call.method, reject.reason);
                st.violations.push(v);
            }
        }
        result
    };
    inner.bump();
    match result {
        Ok(v) => ok_response(v),
        Err(Reject {
            code, description, ..
        }) => error_response(code, &description),
    }
}

fn chat_of(call: &Call) -> String {
    match &call.body["chat_id"] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn record_send(st: &mut super::St, call: &Call) {
    let chat = chat_of(call);
    st.sent.entry(chat).or_default().push_back(call.at);
    st.sent_overall.push_back(call.at);
}

/// A 429 if this send breaks a limit, counting sends served in the window
/// before it arrived.
fn limit(inner: &Inner, call: &Call) -> Option<Response> {
    let limits = inner.limits?;
    let chat = chat_of(call);
    let (count, per) = match chat.parse::<i64>() {
        Ok(id) if id > 0 => limits.private,
        _ => limits.group,
    };
    let wait = |sent: &mut VecDeque<Instant>, count: u32, per: Duration| -> Option<Duration> {
        while sent
            .front()
            .is_some_and(|t| call.at.saturating_duration_since(*t) >= per)
        {
            sent.pop_front();
        }
        (sent.len() as u32 >= count).then(|| {
            let oldest = sent[sent.len() - count as usize];
            (oldest + per).saturating_duration_since(call.at)
        })
    };
    let mut st = lock(&inner.state);
    let own = wait(st.sent.entry(chat).or_default(), count, per);
    let all = wait(&mut st.sent_overall, limits.overall.0, limits.overall.1);
    let over = own.max(all)?;
    st.limited.push(call.clone());
    drop(st);
    inner.bump();
    Some(too_many(over.as_secs_f64().ceil().max(1.0) as u64))
}

/// Counts a long poll as abandoned if it is dropped before answering.
struct PollGuard<'a> {
    inner: &'a Inner,
    answered: bool,
}

impl Drop for PollGuard<'_> {
    fn drop(&mut self) {
        if !self.answered {
            lock(&self.inner.state).abandoned_polls += 1;
            self.inner.bump();
        }
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
    let limit = limit.unwrap_or(100).clamp(1, 100) as usize;
    let offset = match lock(&inner.state).lose_acks {
        true => 0,
        false => offset.unwrap_or(0),
    };
    let timeout = Duration::from_secs(timeout.unwrap_or(0).clamp(0, 50) as u64);

    let mut changed = inner.changed.subscribe();
    {
        let mut st = lock(&inner.state);
        if st.webhook.is_some() {
            drop(st);
            return error_response(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            );
        }
        if offset > 0 {
            // Telegram forgets confirmed updates for good.
            st.updates
                .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
        }
        st.calls.push(call);
    }
    inner.bump();

    let mut guard = PollGuard {
        inner,
        answered: false,
    };
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        {
            let st = lock(&inner.state);
            let batch: Vec<Value> = st
                .updates
                .iter()
                .filter(|u| u["update_id"].as_i64().unwrap_or(0) >= offset)
                .take(limit)
                .cloned()
                .collect();
            if !batch.is_empty() || st.shutting_down {
                guard.answered = true;
                return ok_response(Value::Array(batch));
            }
        }
        match tokio::time::timeout_at(deadline, changed.changed()).await {
            Ok(Ok(())) => {}
            Ok(Err(_)) | Err(_) => {
                guard.answered = true;
                return ok_response(json!([]));
            }
        }
    }
}

fn set_webhook(inner: &Arc<Inner>, call: Call) -> Response {
    let Some(url) = call.body["url"]
        .as_str()
        .filter(|u| !u.is_empty())
        .map(str::to_string)
    else {
        lock(&inner.state)
            .violations
            .push("setWebhook: url is missing".into());
        inner.bump();
        return error_response(400, "Bad Request: bad webhook: URL is empty");
    };
    let secret = call.body["secret_token"].as_str().map(str::to_string);
    let task = tokio::spawn(deliver(Arc::clone(inner), url.clone(), secret.clone()));
    {
        let mut st = lock(&inner.state);
        if let Some(old) = st.webhook.replace(Webhook { url, secret, task }) {
            old.task.abort();
        }
        st.calls.push(call);
    }
    inner.bump();
    ok_response(json!(true))
}

fn delete_webhook(inner: &Inner, call: Call) -> Response {
    {
        let mut st = lock(&inner.state);
        if let Some(w) = st.webhook.take() {
            w.task.abort();
        }
        if call.body["drop_pending_updates"] == json!(true) {
            st.updates.clear();
        }
        st.calls.push(call);
    }
    inner.bump();
    ok_response(json!(true))
}

/// Posts pending updates to the webhook one at a time, oldest first, as
/// Telegram does: an update is confirmed by a 2xx answer and posted again
/// after anything else.
async fn deliver(inner: Arc<Inner>, url: String, secret: Option<String>) {
    let client = reqwest::Client::new();
    let mut changed = inner.changed.subscribe();
    loop {
        let next = lock(&inner.state).updates.front().cloned();
        let Some(update) = next else {
            if changed.changed().await.is_err() {
                return;
            }
            continue;
        };
        let mut request = client
            .post(&url)
            .header(header::CONTENT_TYPE, "application/json")
            .body(update.to_string())
            .timeout(Duration::from_secs(30));
        if let Some(secret) = &secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        let ok = request.send().await.is_ok_and(|r| r.status().is_success());
        {
            let mut st = lock(&inner.state);
            if ok {
                let id = update["update_id"].as_i64();
                st.updates.retain(|u| u["update_id"].as_i64() != id);
            } else {
                st.webhook_refused += 1;
            }
        }
        inner.bump();
        if !ok {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
