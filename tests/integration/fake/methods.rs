//! The Bot API methods the bot calls, checked as Telegram checks them.
//! Each returns the call's result, or a [`Reject`] that becomes both the
//! error the bot gets and a recorded violation.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::St;
use super::html::parse_html;
use super::truncate;
use super::updates::{bot_user, group_chat, me, now_unix, private_chat, utf16_len};

/// A rejection: what the client gets, and why (for `violations`).
#[derive(Debug)]
pub(super) struct Reject {
    pub code: u16,
    pub description: String,
    pub reason: String,
}

/// 400 "Bad Request: {description}", recorded as `reason`.
pub(super) fn bad(description: &str, reason: impl Into<String>) -> Reject {
    Reject {
        code: 400,
        description: format!("Bad Request: {description}"),
        reason: reason.into(),
    }
}

pub(super) fn serve(st: &mut St, method: &str, body: &Value) -> Result<Value, Reject> {
    match method {
        "getMe" => Ok(me()),
        "setMyCommands" => set_my_commands(body),
        "sendMessage" => send_message(st, body),
        "answerCallbackQuery" => answer_callback_query(st, body),
        "answerInlineQuery" => answer_inline_query(st, body),
        _ => unreachable!("routed in server.rs"),
    }
}

fn set_my_commands(body: &Value) -> Result<Value, Reject> {
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
                    "commands[{i}].command {:?} must be 1-32 of a-z, 0-9, _",
                    c["command"]
                ),
            ));
        }
        let description = c["description"].as_str().unwrap_or_default();
        if !(1..=256).contains(&utf16_len(description)) || description.trim().is_empty() {
            return Err(bad(
                "BOT_COMMAND_DESCRIPTION_INVALID",
                format!("commands[{i}] ({command}): description must be 1-256 characters"),
            ));
        }
    }
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
        let allowed = reply["allow_sending_without_reply"] == json!(true);
        if !allowed && !st.known_messages.contains(&(key.clone(), reply_to)) {
            return Err(bad(
                "message to be replied not found",
                format!("reply_parameters.message_id {reply_to} is no message in chat {key}"),
            ));
        }
    }
    let message_id = st.next_message_id(&key);
    st.known_messages.insert((key.clone(), message_id));
    let chat = chat_json(st, &key);
    let mut message = json!({
        "message_id": message_id,
        "date": now_unix(),
        "chat": chat,
        "text": text,
        "from": bot_user(),
    });
    if !entities.is_empty() {
        message["entities"] = Value::Array(entities);
    }
    if let Some(markup) = markup {
        message["reply_markup"] = markup;
    }
    Ok(message)
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
