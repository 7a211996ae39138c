//! Telegram's HTML, checked as strictly as Telegram checks it: what the
//! fake accepts in `parse_mode: "HTML"` texts.

use std::cmp::Reverse;

use serde_json::{Value, json};

/// Decodes the HTML entity starting at `html[at] == '&'`: returns the character
/// and the entity's length in bytes.
fn decode_entity(html: &str, at: usize) -> Result<(char, usize), String> {
    let rest = &html[at + 1..];
    let Some(end) = rest.bytes().take(12).position(|b| b == b';') else {
        return Err(format!("unescaped '&' at byte offset {at} (write &amp;)"));
    };
    let name = &rest[..end];
    let numeric = |digits: &str, radix: u32| {
        u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
            .filter(|&c| c != '\0')
            .ok_or_else(|| format!("invalid numeric entity \"&{name};\" at byte offset {at}"))
    };
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ if name.starts_with("#x") || name.starts_with("#X") => numeric(&name[2..], 16)?,
        _ if name.starts_with('#') => numeric(&name[1..], 10)?,
        _ => {
            return Err(format!(
                "unsupported entity \"&{name};\" at byte offset {at} (only &lt; &gt; &amp; &quot; and numeric ones)"
            ));
        }
    };
    Ok((c, end + 2))
}

/// Parses `parse_mode: "HTML"` text as Telegram does, strictly: returns the
/// visible text and the entities (offsets in UTF-16 code units), or why it is
/// not valid.
pub fn parse_html(html: &str) -> Result<(String, Vec<serde_json::Value>), String> {
    struct Open {
        tag: String,
        byte: usize,
        start: usize,
        entity: Option<Value>,
    }
    let bytes = html.as_bytes();
    let mut text = String::new();
    let mut units = 0;
    let mut stack: Vec<Open> = Vec::new();
    let mut entities: Vec<Value> = Vec::new();
    let skip_ws = |j: &mut usize| {
        while *j < bytes.len() && bytes[*j].is_ascii_whitespace() {
            *j += 1;
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'&' => {
                let (c, len) = decode_entity(html, i)?;
                text.push(c);
                units += c.len_utf16();
                i += len;
            }
            b'>' => return Err(format!("unescaped '>' at byte offset {i} (write &gt;)")),
            b'<' => {
                let start = i;
                let mut j = i + 1;
                let closing = bytes.get(j) == Some(&b'/');
                if closing {
                    j += 1;
                }
                let name_start = j;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                let name = html[name_start..j].to_ascii_lowercase();
                if name.is_empty() {
                    return Err(format!("unescaped '<' at byte offset {start} (write &lt;)"));
                }
                if closing {
                    skip_ws(&mut j);
                    if bytes.get(j) != Some(&b'>') {
                        return Err(format!(
                            "unclosed end tag \"</{name}\" at byte offset {start}"
                        ));
                    }
                    i = j + 1;
                    let Some(open) = stack.pop() else {
                        return Err(format!(
                            "unexpected end tag \"</{name}>\" at byte offset {start}"
                        ));
                    };
                    if open.tag != name {
                        return Err(format!(
                            "unmatched end tag at byte offset {start}, expected \"</{}>\", found \"</{name}>\"",
                            open.tag
                        ));
                    }
                    if let Some(mut entity) = open.entity
                        && units > open.start
                    {
                        entity["offset"] = json!(open.start);
                        entity["length"] = json!(units - open.start);
                        entities.push(entity);
                    }
                    continue;
                }
                let mut attrs: Vec<(String, String)> = Vec::new();
                loop {
                    skip_ws(&mut j);
                    match bytes.get(j) {
                        None => {
                            return Err(format!(
                                "unclosed start tag \"<{name}\" at byte offset {start}"
                            ));
                        }
                        Some(b'>') => {
                            j += 1;
                            break;
                        }
                        Some(_) => {}
                    }
                    let attr_start = j;
                    while j < bytes.len()
                        && (bytes[j].is_ascii_alphanumeric()
                            || bytes[j] == b'-'
                            || bytes[j] == b'_')
                    {
                        j += 1;
                    }
                    if attr_start == j {
                        let c = html[j..].chars().next().unwrap_or_default();
                        return Err(format!(
                            "unexpected {c:?} in start tag \"<{name}\" at byte offset {j}"
                        ));
                    }
                    let attr = html[attr_start..j].to_ascii_lowercase();
                    skip_ws(&mut j);
                    let mut value = String::new();
                    if bytes.get(j) == Some(&b'=') {
                        j += 1;
                        skip_ws(&mut j);
                        let raw = match bytes.get(j) {
                            Some(&quote @ (b'"' | b'\'')) => {
                                let value_start = j + 1;
                                let Some(len) =
                                    html[value_start..].bytes().position(|b| b == quote)
                                else {
                                    return Err(format!(
                                        "unclosed attribute value at byte offset {j}"
                                    ));
                                };
                                j = value_start + len + 1;
                                &html[value_start..value_start + len]
                            }
                            Some(_) => {
                                let value_start = j;
                                while j < bytes.len()
                                    && !bytes[j].is_ascii_whitespace()
                                    && bytes[j] != b'>'
                                {
                                    j += 1;
                                }
                                &html[value_start..j]
                            }
                            None => {
                                return Err(format!(
                                    "unclosed start tag \"<{name}\" at byte offset {start}"
                                ));
                            }
                        };
                        let mut k = 0;
                        while k < raw.len() {
                            if raw.as_bytes()[k] == b'&' {
                                let (c, len) = decode_entity(raw, k)
                                    .map_err(|e| format!("in attribute {attr}: {e}"))?;
                                value.push(c);
                                k += len;
                            } else {
                                let c = raw[k..].chars().next().unwrap_or_default();
                                value.push(c);
                                k += c.len_utf8();
                            }
                        }
                    }
                    attrs.push((attr, value));
                }
                i = j;
                let attr = |key: &str| {
                    attrs
                        .iter()
                        .find(|(a, _)| a == key)
                        .map(|(_, v)| v.as_str())
                };
                let entity = match name.as_str() {
                    "b" | "strong" => Some(json!({ "type": "bold" })),
                    "i" | "em" => Some(json!({ "type": "italic" })),
                    "u" | "ins" => Some(json!({ "type": "underline" })),
                    "s" | "strike" | "del" => Some(json!({ "type": "strikethrough" })),
                    "tg-spoiler" => Some(json!({ "type": "spoiler" })),
                    "span" if attr("class") == Some("tg-spoiler") => {
                        Some(json!({ "type": "spoiler" }))
                    }
                    "span" => {
                        return Err(format!(
                            "tag \"span\" must have class \"tg-spoiler\" at byte offset {start}"
                        ));
                    }
                    "a" => match attr("href").filter(|h| !h.trim().is_empty()) {
                        Some(href) => Some(json!({ "type": "text_link", "url": href })),
                        None => {
                            return Err(format!("tag \"a\" without href at byte offset {start}"));
                        }
                    },
                    "code" => match stack.last_mut() {
                        // <pre><code class="language-x">: one pre entity with a language.
                        Some(pre) if pre.tag == "pre" => {
                            if let Some(language) =
                                attr("class").and_then(|c| c.strip_prefix("language-"))
                                && let Some(entity) = pre.entity.as_mut()
                            {
                                entity["language"] = json!(language);
                            }
                            None
                        }
                        _ => Some(json!({ "type": "code" })),
                    },
                    "pre" => Some(json!({ "type": "pre" })),
                    "blockquote" if attr("expandable").is_some() => {
                        Some(json!({ "type": "expandable_blockquote" }))
                    }
                    "blockquote" => Some(json!({ "type": "blockquote" })),
                    "tg-emoji" => match attr("emoji-id").filter(|id| !id.is_empty()) {
                        Some(id) => Some(json!({ "type": "custom_emoji", "custom_emoji_id": id })),
                        None => {
                            return Err(format!(
                                "tag \"tg-emoji\" without emoji-id at byte offset {start}"
                            ));
                        }
                    },
                    _ => {
                        return Err(format!(
                            "unsupported start tag \"{name}\" at byte offset {start}"
                        ));
                    }
                };
                stack.push(Open {
                    tag: name,
                    byte: start,
                    start: units,
                    entity,
                });
            }
            _ => {
                let c = html[i..].chars().next().unwrap_or_default();
                text.push(c);
                units += c.len_utf16();
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "can't find end tag corresponding to start tag \"{}\" at byte offset {}",
            open.tag, open.byte
        ));
    }
    entities.sort_by_key(|e| {
        (
            e["offset"].as_u64().unwrap_or_default(),
            Reverse(e["length"].as_u64().unwrap_or_default()),
        )
    });
    Ok((text, entities))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_parser_is_strict() {
        let ok = |s: &str| parse_html(s).unwrap_or_else(|e| panic!("{s:?}: {e}")).0;
        assert_eq!(
            ok("a <i>b <u>c</u></i> <tg-spoiler>d</tg-spoiler>"),
            "a b c d"
        );
        assert_eq!(
            ok("<span class=\"tg-spoiler\">x</span><code>&amp;</code>"),
            "x&"
        );
        assert_eq!(
            ok("<pre><code class=\"language-rust\">fn</code></pre>"),
            "fn"
        );
        assert_eq!(ok("<blockquote expandable>q</blockquote><B>x</B>"), "qx");
        assert_eq!(ok("&quot;&#20013;&#x1F600;"), "\"中😀");
        assert_eq!(ok("<a href=\"tg://user?id=7\">张三</a>：答"), "张三：答");
        let (_, entities) =
            parse_html("😀<b>x</b><pre><code class=\"language-rust\">y</code></pre>").unwrap();
        assert_eq!(
            entities[0],
            json!({ "type": "bold", "offset": 2, "length": 1 })
        );
        assert_eq!(
            entities[1],
            json!({ "type": "pre", "language": "rust", "offset": 3, "length": 1 })
        );
        for bad in [
            "<b>x",
            "x</b>",
            "<b><i>x</b></i>",
            "1 < 2",
            "1 > 2",
            "fish & chips",
            "&apos;",
            "<br>",
            "<span>x</span>",
            "<a>x</a>",
            "<a href=\"https://e.com/?a=1&b=2\">x</a>",
            "<b",
            "&#0;",
        ] {
            assert!(parse_html(bad).is_err(), "accepted {bad:?}");
        }
    }
}
