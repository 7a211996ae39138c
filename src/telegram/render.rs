//! Replies as Telegram HTML: escaped, split under Telegram's length limit at
//! paragraph boundaries, with buttons as an inline keyboard.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use teloxide::utils::html::escape;

use crate::chat::Button;
use crate::engine::Reply;

/// Telegram's limit on a message's text, in UTF-16 code units (what
/// Telegram counts: an emoji outside the BMP is two).
pub const MAX_MESSAGE: usize = 4096;
/// Button texts longer than this are cut with an ellipsis.
const MAX_BUTTON_LABEL: usize = 40;

/// The length of `text` as Telegram measures it.
pub fn units(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The reply as HTML messages, each within [`MAX_MESSAGE`] units.
/// Everything that comes from knowledge or users is escaped.
pub fn html(reply: &Reply) -> Vec<String> {
    let mut paragraphs = Vec::new();
    if let Some(h) = &reply.heading {
        paragraphs.push(format!("<b>{}</b>", escape(h)));
    }
    for p in &reply.paragraphs {
        paragraphs.extend(pieces(p, MAX_MESSAGE).into_iter().map(|s| escape(&s)));
    }
    if let Some(s) = &reply.source {
        paragraphs.push(format!("<i>{}</i>", escape(s)));
    }
    pack(paragraphs, MAX_MESSAGE)
}

/// Joins paragraphs into messages of at most `max` units.
fn pack(paragraphs: Vec<String>, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut len = 0;
    for p in paragraphs {
        let plen = units(&p);
        if len > 0 && len + 1 + plen > max {
            out.push(std::mem::take(&mut current));
            len = 0;
        }
        if len > 0 {
            current.push('\n');
            len += 1;
        }
        current.push_str(&p);
        len += plen;
    }
    if !current.is_empty() || out.is_empty() {
        out.push(current);
    }
    out
}

/// Cuts raw text so that each piece, once escaped, fits in `max` units: at
/// line breaks where it can, else between characters (never inside one).
fn pieces(text: &str, max: usize) -> Vec<String> {
    let escaped_len = |s: &str| units(&escape(s));
    if escaped_len(text) <= max {
        return vec![text.to_string()];
    }
    let mut out = Vec::new();
    let mut current = String::new();
    let mut len = 0;
    for line in text.split_inclusive('\n') {
        let llen = escaped_len(line);
        if llen > max {
            for c in line.chars() {
                let clen = escaped_len(c.encode_utf8(&mut [0; 4]));
                if len + clen > max {
                    out.push(std::mem::take(&mut current));
                    len = 0;
                }
                current.push(c);
                len += clen;
            }
            continue;
        }
        if len + llen > max {
            out.push(std::mem::take(&mut current));
            len = 0;
        }
        current.push_str(line);
        len += llen;
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.into_iter()
        .map(|s| s.trim_end_matches('\n').to_string())
        .collect()
}

/// One button a row: labels are questions, too long to sit side by side.
pub fn keyboard(buttons: &[Button]) -> Option<InlineKeyboardMarkup> {
    if buttons.is_empty() {
        return None;
    }
    let rows = buttons
        .iter()
        .map(|b| {
            vec![InlineKeyboardButton::callback(
                label(&b.label),
                b.data.clone(),
            )]
        })
        .collect::<Vec<_>>();
    Some(InlineKeyboardMarkup::new(rows))
}

fn label(text: &str) -> String {
    if text.chars().count() <= MAX_BUTTON_LABEL {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX_BUTTON_LABEL - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(paragraphs: &[&str]) -> Reply {
        Reply {
            heading: Some("呼伦贝尔｜<湖>".into()),
            paragraphs: paragraphs.iter().map(|s| s.to_string()).collect(),
            source: Some("来源：《a&b》".into()),
        }
    }

    #[test]
    fn markup_from_knowledge_or_users_is_escaped() {
        let out = html(&reply(&["<script>x</script> & 1<2"]));
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0],
            "<b>呼伦贝尔｜&lt;湖&gt;</b>\n&lt;script&gt;x&lt;/script&gt; &amp; 1&lt;2\n<i>来源：《a&amp;b》</i>"
        );
    }

    #[test]
    fn long_replies_split_at_paragraphs_within_the_limit() {
        let para = "鱼".repeat(3000);
        let out = html(&reply(&[&para, &para, "<&>".repeat(2000).as_str()]));
        assert!(out.len() >= 3, "{}", out.len());
        for m in &out {
            assert!(units(m) <= MAX_MESSAGE);
            // No entity is cut in half.
            assert!(!m.ends_with('&') && !m.contains("&l\n"));
        }
        assert!(out[0].starts_with("<b>") && out[0].contains('鱼'));
        assert!(out.last().unwrap().ends_with("</i>"));
    }

    #[test]
    fn emoji_count_twice_as_telegram_counts_them() {
        // 2,040 emoji are 4,080 units: with a heading and a source the
        // reply is over the limit, though under 4,096 characters.
        let out = html(&reply(&[&"😀".repeat(2040), "鱼"]));
        assert!(out.len() >= 2, "{}", out.len());
        for m in &out {
            assert!(units(m) <= MAX_MESSAGE, "{}", units(m));
        }
        let one = html(&reply(&[&"😀".repeat(3000)]));
        assert!(one.iter().all(|m| units(m) <= MAX_MESSAGE));
        assert_eq!(one.concat().matches('😀').count(), 3000);
    }

    #[test]
    fn keyboards_have_one_button_a_row() {
        let buttons = vec![
            Button {
                label: "呼伦湖现在有多少鱼？".into(),
                data: "v1:f:hulunbuir-hulunhu:fish".into(),
            },
            Button {
                label: "长".repeat(100),
                data: "v1:o".into(),
            },
        ];
        let kb = keyboard(&buttons).unwrap();
        assert_eq!(kb.inline_keyboard.len(), 2);
        assert_eq!(
            kb.inline_keyboard[1][0].text.chars().count(),
            MAX_BUTTON_LABEL
        );
        assert!(keyboard(&[]).is_none());
    }
}
