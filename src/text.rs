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

/// Normalizes a question or keyword for matching: NFKC, Traditional to
/// Simplified, lowercase, zero-width characters dropped, and every run of
/// anything that is not a letter, digit, `%` or a decimal point turned into
/// one [`SEP`]. The result has no leading or trailing separator.
pub fn normalize(input: &str) -> String {
    let raw: String = input.chars().take(MAX_RAW_CHARS).collect();
    let nfkc: String = raw.nfkc().collect();
    let simplified = match T2S.as_ref() {
        Some(cc) => cc.convert(&nfkc),
        None => nfkc,
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
pub fn terms(normalized: &str) -> Vec<String> {
    let mut out = Vec::new();
    for run in normalized.split(SEP) {
        let chars: Vec<char> = run.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if is_han(chars[i]) {
                let start = i;
                while i < chars.len() && is_han(chars[i]) {
                    i += 1;
                }
                let han = &chars[start..i];
                // Single characters carry meaning in Chinese (鱼, 水, 船); the
                // bigrams carry the words.
                out.extend(
                    han.iter()
                        .filter(|c| !STOP_CHARS.contains(c))
                        .map(|c| c.to_string()),
                );
                for w in han.windows(2) {
                    out.push(w.iter().collect());
                }
            } else {
                let start = i;
                while i < chars.len() && !is_han(chars[i]) {
                    i += 1;
                }
                out.push(chars[start..i].iter().collect());
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
