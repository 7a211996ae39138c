//! Personal data out of everything the bot keeps: phone, ID card and bank
//! card numbers and e-mail addresses are masked before a question is
//! recorded (the record of misses, the update journal, debug logs).
//!
//! The rule is by shape, not by meaning: a run of ten or more digits (with
//! single spaces or hyphens between groups, as people type phone and card
//! numbers), an 18-character ID number ending in X, or an e-mail address.
//! The figures the bot answers about (15万吨, 2019年, 123个) are far
//! shorter, so nothing a question needs is lost.

use std::borrow::Cow;

use serde_json::Value;

/// Fewest digits in a run that is masked. Mobile numbers have 11, landlines
/// with their area code 10 to 12, ID cards 15 or 18, bank cards 16 to 19.
const MIN_DIGITS: usize = 10;

/// `text` with personal numbers and e-mail addresses replaced by a label
/// saying what was there (`〔手机号〕`), so that editors still see the
/// question's shape.
pub fn mask(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| digit(c).is_some() || c == '@' || c == '＠')
    {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = email_at(&chars, i) {
            out.push_str("〔邮箱〕");
            changed = true;
            i = end;
            continue;
        }
        if digit(chars[i]).is_some() && (i == 0 || digit(chars[i - 1]).is_none()) {
            let (end, digits) = number_at(&chars, i);
            if let Some(label) = label(&digits) {
                // An e-mail's local part may start with digits: let the
                // address win if there is one.
                out.push_str(label);
                changed = true;
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Masks the text people wrote in an update's JSON (message texts and
/// captions, inline queries, shared phone numbers), leaving ids alone.
pub fn mask_update(update: &mut Value) {
    match update {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(s)
                        if matches!(
                            key.as_str(),
                            "text" | "caption" | "query" | "phone_number"
                        ) =>
                    {
                        if let Cow::Owned(masked) = mask(s) {
                            *s = masked;
                        }
                    }
                    _ => mask_update(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_update),
        _ => {}
    }
}

/// The value of an ASCII or full-width digit.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The run of digits starting at `start`, with single spaces or hyphens
/// between groups, and a trailing X (ID cards): where it ends and its
/// digits ('X' included).
fn number_at(chars: &[char], start: usize) -> (usize, String) {
    let mut digits = String::new();
    let mut i = start;
    let mut end = start;
    while i < chars.len() {
        if let Some(d) = digit(chars[i]) {
            digits.push(char::from_digit(d, 10).unwrap_or('0'));
            i += 1;
            end = i;
        } else if matches!(chars[i], ' ' | '-' | '－')
            && i + 1 < chars.len()
            && digit(chars[i + 1]).is_some()
            && i > start
        {
            i += 1;
        } else {
            break;
        }
    }
    if digits.len() == 17 && matches!(chars.get(end), Some('X' | 'x' | 'Ｘ' | 'ｘ')) {
        digits.push('X');
        end += 1;
    }
    (end, digits)
}

fn label(digits: &str) -> Option<&'static str> {
    let n = digits.len();
    if n < MIN_DIGITS {
        return None;
    }
    let mobile = |d: &str| d.len() == 11 && d.starts_with('1');
    Some(match n {
        _ if mobile(digits) => "〔手机号〕",
        13 if digits.starts_with("86") && mobile(&digits[2..]) => "〔手机号〕",
        15 | 18 if !digits.starts_with('0') => "〔身份证号〕",
        16..=19 => "〔银行卡号〕",
        10..=12 if digits.starts_with('0') => "〔电话〕",
        _ => "〔号码〕",
    })
}

fn is_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')
}

/// If an e-mail address starts at `start`, where it ends.
fn email_at(chars: &[char], start: usize) -> Option<usize> {
    if !is_local(chars[start]) || (start > 0 && is_local(chars[start - 1])) {
        return None;
    }
    let mut i = start;
    while i < chars.len() && is_local(chars[i]) {
        i += 1;
    }
    if i == start || !matches!(chars.get(i), Some('@' | '＠')) {
        return None;
    }
    let domain = i + 1;
    let mut j = domain;
    while j < chars.len() && is_domain(chars[j]) {
        j += 1;
    }
    // Trailing dots belong to the sentence, not the address.
    while j > domain && chars[j - 1] == '.' {
        j -= 1;
    }
    let host: String = chars[domain..j].iter().collect();
    let tld = host.rsplit('.').next().unwrap_or("");
    let ok = host.contains('.') && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic());
    ok.then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_numbers_and_addresses_are_masked_figures_are_not() {
        let cases = [
            ("我的电话13812345678，呼伦湖", "我的电话〔手机号〕，呼伦湖"),
            ("手机 138-1234-5678 谢谢", "手机 〔手机号〕 谢谢"),
            ("打 +86 138 1234 5678", "打 +〔手机号〕"),
            ("身份证11010519491231002X查社保", "身份证〔身份证号〕查社保"),
            ("身份证号110105194912310021", "身份证号〔身份证号〕"),
            ("卡号6222 0212 3456 7890 123", "卡号〔银行卡号〕"),
            ("座机0471-1234567", "座机〔电话〕"),
            ("邮箱 zhang.san@example.com。", "邮箱 〔邮箱〕。"),
            ("ｍａｉｌ：13812345678＠qq.com", "ｍａｉｌ：〔邮箱〕"),
            ("全角１３８１２３４５６７８", "全角〔手机号〕"),
            // Figures people ask about stay.
            (
                "呼伦湖15万吨以上，2019年禁渔",
                "呼伦湖15万吨以上，2019年禁渔",
            ),
            ("123个服务站 1 2 3", "123个服务站 1 2 3"),
            ("@nmg_bot 呼伦湖", "@nmg_bot 呼伦湖"),
            ("x@nmg_bot.com", "〔邮箱〕"),
        ];
        for (input, expected) in cases {
            assert_eq!(mask(input), expected, "{input}");
        }
        assert!(matches!(mask("呼伦湖有多少鱼"), Cow::Borrowed(_)));
    }

    #[test]
    fn updates_are_masked_where_people_write_and_ids_kept() {
        let mut update = serde_json::json!({
            "update_id": 12345678901i64,
            "message": {
                "text": "电话13812345678",
                "from": { "id": 13812345678i64 },
                "reply_to_message": { "caption": "卡6222021234567890" },
            },
            "inline_query": { "id": "4300000000000000001", "query": "13812345678" },
        });
        mask_update(&mut update);
        assert_eq!(update["message"]["text"], "电话〔手机号〕");
        assert_eq!(
            update["message"]["reply_to_message"]["caption"],
            "卡〔银行卡号〕"
        );
        assert_eq!(update["inline_query"]["query"], "〔手机号〕");
        assert_eq!(update["inline_query"]["id"], "4300000000000000001");
        assert_eq!(update["message"]["from"]["id"], 13812345678i64);
    }
}
