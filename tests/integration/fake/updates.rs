//! Updates as Telegram sends them, built without ids: [`FakeTelegram::push`]
//! gives each its `update_id`, its message a `message_id` in its chat, and
//! its query an id, from the fake's own counters.

use serde_json::{Value, json};

use super::FakeTelegram;

pub(super) fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

pub(super) fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

pub(super) fn user(user_id: i64) -> Value {
    json!({
        "id": user_id,
        "is_bot": false,
        "first_name": format!("User{user_id}"),
        "username": format!("user{user_id}"),
        "language_code": "zh-hans",
    })
}

pub(super) fn bot_user() -> Value {
    json!({
        "id": FakeTelegram::BOT_ID,
        "is_bot": true,
        "first_name": "NMG Test",
        "username": FakeTelegram::BOT_USERNAME,
    })
}

pub(super) fn me() -> Value {
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

pub(super) fn private_chat(user_id: i64) -> Value {
    json!({
        "id": user_id,
        "first_name": format!("User{user_id}"),
        "username": format!("user{user_id}"),
        "type": "private",
    })
}

pub(super) fn group_chat(chat_id: i64) -> Value {
    json!({ "id": chat_id, "title": format!("Test Group {chat_id}"), "type": "supergroup" })
}

fn text_message(user_id: i64, chat: Value, text: &str) -> Value {
    let mut message = json!({
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

/// Update builders. Each returns an update without `update_id`, message or
/// query ids; pass it to [`FakeTelegram::push`].
impl FakeTelegram {
    /// A private-chat text message from `user_id` (chat.id == user_id), with
    /// `bot_command` / `mention` entities as Telegram computes them.
    pub fn private_text(user_id: i64, text: &str) -> Value {
        json!({ "message": text_message(user_id, private_chat(user_id), text) })
    }

    /// A text message from `user_id` in the supergroup `chat_id`, with entities.
    pub fn group_text(chat_id: i64, user_id: i64, text: &str) -> Value {
        json!({ "message": text_message(user_id, group_chat(chat_id), text) })
    }

    /// Like [`Self::group_text`], replying to the bot's message `bot_message_id`.
    pub fn group_reply_to_bot(
        chat_id: i64,
        user_id: i64,
        text: &str,
        bot_message_id: i64,
    ) -> Value {
        let chat = group_chat(chat_id);
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

    /// A button press by `user_id` on the bot's message `message_id` in
    /// `chat_id` (private if `chat_id > 0`, else a supergroup), with `data`.
    pub fn callback(user_id: i64, chat_id: i64, message_id: i64, data: &str) -> Value {
        let chat = if chat_id > 0 {
            private_chat(chat_id)
        } else {
            group_chat(chat_id)
        };
        json!({
            "callback_query": {
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

    /// An inline query (`@bot query`) from `user_id`, typed in the private
    /// chat with the bot.
    pub fn inline_query(user_id: i64, query: &str) -> Value {
        json!({
            "inline_query": {
                "from": user(user_id),
                "query": query,
                "offset": "",
                "chat_type": "sender",
            }
        })
    }

    /// A sticker from `user_id` in `chat_id`: a private chat if `private`,
    /// else a supergroup.
    pub fn sticker(chat_id: i64, user_id: i64, private: bool) -> Value {
        let chat = if private {
            private_chat(chat_id)
        } else {
            group_chat(chat_id)
        };
        json!({
            "message": {
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

    /// `user_id` edited a text in the private chat with the bot.
    pub fn edited_text(user_id: i64, text: &str) -> Value {
        let mut message = text_message(user_id, private_chat(user_id), text);
        message["date"] = json!(now_unix() - 60);
        message["edit_date"] = json!(now_unix());
        json!({ "edited_message": message })
    }

    /// A service message: `user_id` joined the supergroup `chat_id`.
    pub fn member_joined(chat_id: i64, user_id: i64) -> Value {
        json!({
            "message": {
                "from": user(user_id),
                "chat": group_chat(chat_id),
                "date": now_unix(),
                "new_chat_participant": user(user_id),
                "new_chat_member": user(user_id),
                "new_chat_members": [user(user_id)],
            }
        })
    }

    /// A `channel_post` in the channel `chat_id`.
    pub fn channel_post(chat_id: i64, text: &str) -> Value {
        let chat =
            json!({ "id": chat_id, "title": format!("Test Channel {chat_id}"), "type": "channel" });
        let mut message =
            json!({ "sender_chat": chat, "chat": chat, "date": now_unix(), "text": text });
        let entities = text_entities(text);
        if !entities.is_empty() {
            message["entities"] = Value::Array(entities);
        }
        json!({ "channel_post": message })
    }
}
