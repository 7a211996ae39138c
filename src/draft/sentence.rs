//! Sentences of a paragraph, and the cleaning that makes a sentence an
//! answer: the page's ASCII punctuation in its full-width form, quotes
//! balanced, stray spaces gone. Figures are read from the sentence as
//! printed, never from the cleaned text.

/// A sentence this long is split at its inner sentence ends (inside quotes)
/// and at semicolons, so that an answer stays short.
const LONG: usize = 120;

/// The longest answer a point gives, in characters. A sentence still
/// longer after its semicolons is split at its commas: an answer cut short
/// would lose the figures after the cut (2023年接待游客50万人次 at the end
/// of a list of six exhibitions).
pub const LONGEST: usize = 200;

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
            let (a, b) = (start + a, start + b);
            if text[a..b].chars().count() <= LONGEST {
                out.push((a, b));
                continue;
            }
            out.extend(
                by_commas(&text[a..b])
                    .into_iter()
                    .map(|(c, d)| (a + c, a + d)),
            );
        }
    }
    out.retain(|&(a, b)| text[a..b].chars().any(|c| !c.is_whitespace()));
    out
}

/// A sentence too long for one answer, in runs of its clauses of about
/// even length, each at most `LONGEST` characters where its clauses allow.
fn by_commas(text: &str) -> Vec<(usize, usize)> {
    let clauses = ends(text, false, &['，', ',']);
    let total = text.chars().count();
    let target = total.div_ceil(total.div_ceil(LONGEST));
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in &clauses {
        match out.last_mut() {
            Some(last) if text[last.0..b].chars().count() <= target => last.1 = b,
            _ => out.push((a, b)),
        }
    }
    // 力争在“十二五”末, 形成40万吨锌…: a short clause with no figure that
    // ends a run opens what the next run says, and goes with it (else the
    // plan's figures would be read as what is already done).
    for k in 1..out.len() {
        let Some(&(c, d)) = clauses
            .iter()
            .rev()
            .find(|&&(c, d)| out[k - 1].0 < c && d == out[k - 1].1)
        else {
            continue;
        };
        let clause = &text[c..d];
        if clause.chars().count() <= OPENING
            && !clause.chars().any(|ch| ch.is_ascii_digit())
            && text[c..out[k].1].chars().count() <= LONGEST
        {
            out[k - 1].1 = c;
            out[k].0 = c;
        }
    }
    out
}

/// The longest clause, in characters, that may open the next run of a
/// sentence split at its commas rather than end the one before.
const OPENING: usize = 12;

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
    // Spaces the layout left beside Chinese characters.
    let chars: Vec<char> = unspaced(&text).chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let digits =
            prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
        let mapped = match c {
            ',' if !digits => '，',
            ';' => '；',
            ':' if !digits => '：',
            '(' => '（',
            ')' => '）',
            '!' => '！',
            '?' => '？',
            c => c,
        };
        out.push(mapped);
    }
    // A run of a sentence split at its commas, but the last, ends as a
    // sentence: its comma becomes a full stop.
    if let Some(stripped) = out.strip_suffix(['，', '、']) {
        out = format!("{stripped}。");
    }
    balance(out)
}

/// `text` without the spaces the layout left beside Chinese characters and
/// full-width marks (亩产 3000 斤, 含糖量达 22%): those between two ASCII
/// words (KN 5330 aside) stay.
pub fn unspaced(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, ' ' | '\u{3000}') {
            let prev = chars[..i]
                .iter()
                .rev()
                .find(|c| !matches!(c, ' ' | '\u{3000}'));
            let next = chars[i + 1..]
                .iter()
                .find(|c| !matches!(c, ' ' | '\u{3000}'));
            if prev.is_some_and(|c| !c.is_ascii()) || next.is_some_and(|c| !c.is_ascii()) {
                continue;
            }
        }
        out.push(c);
    }
    out
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
    fn a_sentence_too_long_for_an_answer_splits_at_its_commas() {
        // Test page 25: six exhibitions, then the year's visitors at the
        // end, past where an answer is cut.
        let text = format!(
            "内设{}6个常设展厅和1个机动展厅,研发策划各类线上线下社教活动20余项,推出了{}等寓教于乐的主题活动,创新开展“博物馆之夜”系列活动,2023年接待游客50万人次。",
            "“九原长歌——包头古代历史文化陈列”".repeat(5),
            "“智趣大课堂”".repeat(6),
        );
        let parts = sentences(&text);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(parts.iter().all(|p| p.chars().count() <= LONGEST));
        assert_eq!(parts.concat(), text);
        assert!(parts[1].ends_with("2023年接待游客50万人次。"));
        // Test page 81: 力争在“十二五”末, a short clause with no figure
        // that opens the plan, goes with the plan's figures, not with what
        // is already done.
        let text = format!(
            "近年来,后旗{}立足现已形成的20万吨锌的冶炼能力,{},力争在“十二五”末,形成40万吨锌、30万吨铜的冶炼能力和{}。",
            "依托资源优势".repeat(4),
            "进一步扩大了采选和冶炼规模".repeat(3),
            "铜带、铜箔、镀锌板".repeat(11),
        );
        let parts = sentences(&text);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(
            parts[1].starts_with("力争在“十二五”末,形成40万吨锌"),
            "{parts:?}"
        );
        assert_eq!(parts.concat(), text);
        // Quotes stay whole: no run ends inside one.
        let quoted = format!("“{}，{}。”", "甲".repeat(150), "乙".repeat(150));
        assert_eq!(sentences(&quoted), [quoted.as_str()]);
    }

    #[test]
    fn layout_spaces_beside_chinese_go() {
        assert_eq!(
            unspaced("他种海棠 12 年,112 亩果园亩产 3000 斤,含糖量达 22%"),
            "他种海棠12年,112亩果园亩产3000斤,含糖量达22%"
        );
        assert_eq!(unspaced("KN 5330 航班"), "KN 5330航班");
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
            (
                "研发策划各类线上线下社教活动20余项,",
                "研发策划各类线上线下社教活动20余项。",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(clean(text), expected, "{text}");
        }
    }
}
