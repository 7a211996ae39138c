//! Text normalization shared by the knowledge index and the questions.
//!
//! Questions and keywords go through the same [`normalize`], so that a
//! keyword matches however a reader types it: full-width or half-width,
//! Traditional or Simplified, with zero-width characters pasted in, with
//! emoji or punctuation between words.

use std::sync::LazyLock;

use ferrous_opencc::{OpenCC, config::BuiltinConfig};
use unicode_normalization::UnicodeNormalization;

/// How much of a question is looked at, in characters. Real questions are a
/// line or two; cutting here keeps the time to answer a 100 KB message bounded.
pub const MAX_QUESTION_CHARS: usize = 400;

/// Raw input is cut to this many characters before any other work.
const MAX_RAW_CHARS: usize = MAX_QUESTION_CHARS * 4;

/// The separator that stands for any run of punctuation, emoji or space.
pub const SEP: char = ' ';

static T2S: LazyLock<Option<OpenCC>> =
    LazyLock::new(|| match OpenCC::from_config(BuiltinConfig::T2s) {
        Ok(cc) => Some(cc),
        Err(e) => {
            // The dictionaries are compiled in, so this is not expected; answer
            // Simplified questions rather than nothing.
            log::error!("traditional-to-simplified conversion unavailable: {e}");
            None
        }
    });

/// The CJK ranges whose characters are checked one by one for conversion.
const CJK_RANGES: [(u32, u32); 3] = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)];

/// One bit per CJK character: set when Traditional-to-Simplified conversion
/// leaves the character as it is. Worked out once, with one conversion of
/// every character (one a line, so that no phrase spans two).
static UNCHANGED: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let total: u32 = CJK_RANGES.iter().map(|(a, b)| b - a + 1).sum();
    let mut bits = vec![0u64; (total as usize).div_ceil(64)];
    let Some(cc) = T2S.as_ref() else {
        return bits;
    };
    let chars: Vec<char> = CJK_RANGES
        .iter()
        .flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32))
        .collect();
    let text: String = chars.iter().flat_map(|c| [*c, '\n']).collect();
    let converted = cc.convert(&text);
    for (i, (line, c)) in converted.split('\n').zip(&chars).enumerate() {
        let mut it = line.chars();
        if it.next() == Some(*c) && it.next().is_none() {
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    bits
});

/// Whether conversion would leave `text` as it is: every character is one
/// that conversion keeps. Most questions and every keyword are Simplified
/// already, and this spares them the dictionary walk. Questions and
/// keywords take the same path, so they always match alike.
fn already_simplified(text: &str) -> bool {
    text.chars().all(|c| {
        let u = c as u32;
        if u < 0x3400 {
            // Below the ideographs: nothing there converts (ASCII, kana, punctuation).
            return true;
        }
        let mut offset = 0;
        for &(a, b) in &CJK_RANGES {
            if (a..=b).contains(&u) {
                let i = (offset + u - a) as usize;
                return UNCHANGED[i / 64] & (1 << (i % 64)) != 0;
            }
            offset += b - a + 1;
        }
        // Other scripts convert to nothing else; rare ideographs beyond the
        // table are left to the converter.
        !is_han(c)
    })
}

/// Normalizes a question or keyword for matching: NFKC, Traditional to
/// Simplified, lowercase, zero-width characters dropped, and every run of
/// anything that is not a letter, digit, `%` or a decimal point turned into
/// one [`SEP`]. The result has no leading or trailing separator.
pub fn normalize(input: &str) -> String {
    let raw: String = input.chars().take(MAX_RAW_CHARS).collect();
    // Most text is in NFKC already; the quick check spares the rebuild.
    let nfkc: String = match unicode_normalization::is_nfkc_quick(raw.chars()) {
        unicode_normalization::IsNormalized::Yes => raw,
        _ => raw.nfkc().collect(),
    };
    let simplified = match T2S.as_ref() {
        Some(cc) if !already_simplified(&nfkc) => cc.convert(&nfkc),
        _ => nfkc,
    };
    let chars: Vec<char> = simplified.chars().filter(|c| !is_invisible(*c)).collect();
    let mut out = String::with_capacity(simplified.len());
    let mut count = 0;
    let mut pending_sep = false;
    for (i, &c) in chars.iter().enumerate() {
        if count >= MAX_QUESTION_CHARS {
            break;
        }
        let keep = c.is_alphanumeric()
            || c == '%'
            || (c == '.'
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()));
        if keep {
            if pending_sep && !out.is_empty() {
                out.push(SEP);
                count += 1;
            }
            pending_sep = false;
            for l in c.to_lowercase() {
                out.push(l);
            }
            count += 1;
        } else {
            pending_sep = true;
        }
    }
    out
}

/// Zero-width and format characters that carry no text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '\u{180E}'
    ) || ('\u{FE00}'..='\u{FE0F}').contains(&c)
}

/// For each byte offset of `text` that starts a character (and for its end),
/// the character offset there: the automata report bytes, spans count characters.
pub fn char_offsets(text: &str) -> Vec<usize> {
    let mut at = vec![0usize; text.len() + 1];
    let mut count = 0;
    for (b, _) in text.char_indices() {
        at[b] = count;
        count += 1;
    }
    at[text.len()] = count;
    at
}

/// Whether `c` is a CJK ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// Characters too common to be evidence on their own.
pub const STOP_CHARS: &[char] = &[
    '的', '了', '吗', '呢', '吧', '啊', '是', '有', '在', '和', '与', '我', '你', '他', '她', '它',
    '们', '个', '这', '那', '么', '就', '都', '也', '还', '又', '要', '会', '能', '可', '不', '没',
    '多', '少', '几', '什', '哪', '谁', '怎', '啥', '咋', '去', '来', '到', '给', '对', '把', '被',
    '让', '从', '得', '地', '着', '过', '很', '最', '现', '一', '上', '下', '里', '中', '为', '以',
    '及', '等', '说', '讲', '问', '请', '吃',
];

/// The terms of normalized text for similarity scoring: the Chinese
/// characters that are not [`STOP_CHARS`], overlapping character bigrams
/// inside runs of Chinese, and whole runs of ASCII letters or digits.
pub fn terms(normalized: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for run in normalized.split(SEP) {
        // (byte offset, char) of the run, with its end.
        let chars: Vec<(usize, char)> = run.char_indices().collect();
        let at = |k: usize| chars.get(k).map_or(run.len(), |&(b, _)| b);
        let mut i = 0;
        while i < chars.len() {
            let start = i;
            let han = is_han(chars[i].1);
            while i < chars.len() && is_han(chars[i].1) == han {
                i += 1;
            }
            if han {
                // Single characters carry meaning in Chinese (鱼, 水, 船); the
                // bigrams carry the words.
                for k in start..i {
                    if !STOP_CHARS.contains(&chars[k].1) {
                        out.push(&run[at(k)..at(k + 1)]);
                    }
                }
                for k in start..i.saturating_sub(1) {
                    out.push(&run[at(k)..at(k + 2)]);
                }
            } else {
                out.push(&run[at(start)..at(i)]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(normalize(input), expected, "normalize({input:?})");
    }

    #[test]
    fn full_width_becomes_half_width() {
        check("ＡＢＣ１２３？", "abc123");
        check("　赤峰　医保　", "赤峰 医保");
    }

    #[test]
    fn traditional_becomes_simplified() {
        check("呼倫貝爾有什麼新聞", "呼伦贝尔有什么新闻");
        check("個人養老金", "个人养老金");
    }

    #[test]
    fn punctuation_and_emoji_separate_words() {
        check("呼伦，湖", "呼伦 湖");
        check("呼伦🙂湖", "呼伦 湖");
        check("？？？", "");
        check("🙂", "");
    }

    #[test]
    fn simplified_text_skips_the_converter_and_traditional_does_not() {
        assert!(already_simplified("呼伦湖现在有多少鱼"));
        assert!(!already_simplified("呼倫湖"));
        assert!(already_simplified("abc 123 ? 🙂"));
    }

    #[test]
    fn zero_width_characters_vanish() {
        check("呼\u{200B}伦\u{FEFF}湖", "呼伦湖");
    }

    #[test]
    fn decimals_and_percentages_survive() {
        check("参保率7.69%吗?", "参保率7.69%吗");
        check("结束了.然后", "结束了 然后");
    }

    #[test]
    fn markup_is_just_separators() {
        check("<b>呼伦湖</b>", "b 呼伦湖 b");
    }

    #[test]
    fn long_input_is_cut() {
        let long = "鱼".repeat(100_000);
        assert_eq!(normalize(&long).chars().count(), MAX_QUESTION_CHARS);
    }

    #[test]
    fn terms_are_bigrams_of_chinese_and_whole_ascii_words() {
        assert_eq!(
            terms("呼伦湖 4a级"),
            vec!["呼", "伦", "湖", "呼伦", "伦湖", "4a", "级"]
        );
        assert_eq!(terms("有鱼"), vec!["鱼", "有鱼"]);
    }
}
