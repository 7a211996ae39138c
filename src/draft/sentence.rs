//! Sentences of a paragraph, and the cleaning that makes a sentence an
//! answer: the page's ASCII punctuation in its full-width form, quotes
//! balanced, stray spaces gone. Figures are read from the sentence as
//! printed, never from the cleaned text.

/// A sentence this long is split at its inner sentence ends (inside quotes)
/// and at semicolons, so that an answer stays short.
const LONG: usize = 120;

/// The sentences of `text`, as byte ranges. A sentence ends at 。！？ (and
/// the closing quotes after them) outside quotation marks; a long one is
/// split further.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (start, end) in ends(text, false, &['。', '！', '？', '!', '?']) {
        if text[start..end].chars().count() <= LONG {
            out.push((start, end));
            continue;
        }
        for (a, b) in ends(
            &text[start..end],
            true,
            &['。', '！', '？', '!', '?', '；', ';'],
        ) {
            out.push((start + a, start + b));
        }
    }
    out.retain(|&(a, b)| text[a..b].chars().any(|c| !c.is_whitespace()));
    out
}

/// Splits at `marks`, outside quotes unless `inside`.
fn ends(text: &str, inside: bool, marks: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth: i32 = 0;
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        match c {
            '“' | '‘' | '「' | '『' => depth += 1,
            '”' | '’' | '」' | '』' => depth = (depth - 1).max(0),
            _ => {}
        }
        if marks.contains(&c) && (inside || depth == 0) {
            let mut end = i + c.len_utf8();
            // Closing quotes and repeated marks belong to the sentence.
            while let Some(&(j, d)) = it.peek() {
                if matches!(d, '”' | '’' | '」' | '』' | '…') || marks.contains(&d) {
                    if matches!(d, '”' | '’' | '」' | '』') {
                        depth = (depth - 1).max(0);
                    }
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            out.push((start, end));
            start = end;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// A sentence as an answer: full-width punctuation, balanced quotes, no
/// stray spaces between Chinese characters.
pub fn clean(text: &str) -> String {
    // An English joining word left among Chinese ones: 技术指导 and 收购标准.
    let mut text = text.trim().to_string();
    for (stray, word) in [(" and ", "和"), (" or ", "或")] {
        text = text.replace(stray, word);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let digits =
            prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
        let han = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
        let mapped = match c {
            ',' if !digits => '，',
            ';' => '；',
            ':' if !digits => '：',
            '(' => '（',
            ')' => '）',
            '!' => '！',
            '?' => '？',
            // Spaces the layout left between Chinese characters.
            ' ' | '\u{3000}' if han(prev) || han(next) => continue,
            c => c,
        };
        out.push(mapped);
    }
    balance(out)
}

/// Adds the quotation mark a split sentence lost: “穿鞋带每双挣5毛。 gets
/// its closing ”, and 啥都不耽误。”赵亚凡说。 its opening “.
fn balance(mut s: String) -> String {
    let mut depth: i32 = 0;
    let mut missing_open = 0;
    for c in s.chars() {
        match c {
            '“' => depth += 1,
            '”' if depth == 0 => missing_open += 1,
            '”' => depth -= 1,
            _ => {}
        }
    }
    for _ in 0..missing_open {
        s.insert(0, '“');
    }
    for _ in 0..depth {
        // Before the final full stop when the quote opened mid-sentence.
        s.push('”');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn sentences_end_outside_quotes() {
        let cases: &[(&str, &[&str])] = &[
            ("第一句。第二句!第三句", &["第一句。", "第二句!", "第三句"]),
            (
                "“穿鞋带每双挣5毛。大家还可以灵活安排。”赵亚凡说。下一句。",
                &[
                    "“穿鞋带每双挣5毛。大家还可以灵活安排。”赵亚凡说。",
                    "下一句。",
                ],
            ),
            ("美丽河湖建设仍任重道远……", &["美丽河湖建设仍任重道远……"]),
            // A quote that ends a sentence usually has its speaker after it.
            (
                "他说:“这是好事。”接着走了。",
                &["他说:“这是好事。”接着走了。"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text}");
        }
    }

    #[test]
    fn long_sentences_split_inside_quotes_and_at_semicolons() {
        let long = format!("“{}。{}。”他说。", "甲".repeat(70), "乙".repeat(70));
        assert_eq!(sentences(&long).len(), 3);
        let semi = format!("{};{}。", "丙".repeat(70), "丁".repeat(70));
        assert_eq!(sentences(&semi).len(), 2);
    }

    #[test]
    fn cleaning() {
        let cases = [
            (
                "每月收入3000多元,全家够用。",
                "每月收入3000多元，全家够用。",
            ),
            ("合计1,000万元(含补助):好!", "合计1,000万元（含补助）：好！"),
            ("时间为8:30", "时间为8:30"),
            ("“穿鞋带每双挣5毛。", "“穿鞋带每双挣5毛。”"),
            ("啥都不耽误。”赵亚凡说。", "“啥都不耽误。”赵亚凡说。"),
            ("个人养老金 为您添保障", "个人养老金为您添保障"),
            ("技术指导 and 收购标准", "技术指导和收购标准"),
        ];
        for (text, expected) in cases {
            assert_eq!(clean(text), expected, "{text}");
        }
    }
}
