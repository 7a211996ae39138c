//! Text normalization shared by the knowledge index and the questions.
//!
//! Questions and keywords go through the same [`normalize`], so that a
//! keyword matches however a reader types it: full-width or half-width,
//! Traditional or Simplified, with zero-width characters pasted in, with
//! emoji or punctuation between words.

use std::borrow::Cow;
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
    let raw = match input.char_indices().nth(MAX_RAW_CHARS) {
        Some((cut, _)) => &input[..cut],
        None => input,
    };
    normalize_up_to(raw, MAX_QUESTION_CHARS)
}

/// [`normalize`] for text of any length (the knowledge's own answers), cut
/// nowhere.
pub fn normalize_whole(input: &str) -> String {
    normalize_up_to(input, usize::MAX)
}

fn normalize_up_to(raw: &str, limit: usize) -> String {
    let nfkc = nfkc(raw);
    let simplified = match T2S.as_ref() {
        Some(cc) if !already_simplified(&nfkc) => Cow::Owned(cc.convert(&nfkc)),
        _ => nfkc,
    };
    let mut out = String::with_capacity(simplified.len());
    let mut count = 0;
    let mut pending_sep = false;
    let mut prev: Option<char> = None;
    let mut chars = simplified.chars().filter(|c| !is_invisible(*c)).peekable();
    while let Some(c) = chars.next() {
        if count >= limit {
            break;
        }
        let keep = is_word_char(c)
            || (c == '.'
                && prev.is_some_and(|p| p.is_ascii_digit())
                && chars.peek().is_some_and(|n| n.is_ascii_digit()));
        prev = Some(c);
        if keep {
            if pending_sep && !out.is_empty() {
                out.push(SEP);
                count += 1;
            }
            pending_sep = false;
            push_lowercase(&mut out, c);
            count += 1;
        } else {
            pending_sep = true;
        }
    }
    if out.contains('比') {
        digit_scores(&mut out);
    }
    if out.contains('到') {
        date_ranges(&mut out);
    }
    if out.contains(['年', '月']) && out.contains(|c: char| "〇零一二三四五六七八九十".contains(c))
    {
        numeral_dates(&mut out);
    }
    out
}

/// 二〇二一年一月二十七日 as papers print it, 2021年1月27日: a year of four
/// numerals, a month after it or after a year, and a day after a month.
fn numeral_dates(text: &mut String) {
    const DIGITS: &str = "〇一二三四五六七八九";
    let digit = |c: char| match c {
        '零' => Some(0),
        c => DIGITS.chars().position(|d| d == c),
    };
    // 十, 十二, 二十七, 三十一: a number up to 31 in numerals.
    let small = |w: &[char]| -> Option<usize> {
        match w {
            ['十'] => Some(10),
            [a] => digit(*a).filter(|d| *d > 0),
            ['十', b] => digit(*b).map(|d| 10 + d).filter(|d| *d > 10),
            [a, '十'] => digit(*a).filter(|d| (2..=3).contains(d)).map(|d| d * 10),
            [a, '十', b] => {
                let (a, b) = (digit(*a)?, digit(*b)?);
                ((2..=3).contains(&a) && b > 0).then_some(a * 10 + b)
            }
            _ => None,
        }
    };
    let chars: Vec<char> = text.chars().collect();
    // (Not [`is_numeral`]: no 两, 百 or 万 writes a date.)
    let date_numeral = |c: char| digit(c).is_some() || c == '十';
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    // What the last number read ended with: 年 or 月.
    let mut after: Option<char> = None;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|c| date_numeral(**c)).count();
        let unit = chars.get(i + run).copied();
        let before_ok = i == 0 || !date_numeral(chars[i - 1]) && !chars[i - 1].is_ascii_digit();
        if run > 0 && before_ok {
            let w = &chars[i..i + run];
            let read = match unit {
                Some('年') if run == 4 && w.iter().all(|c| digit(*c).is_some()) => Some(
                    w.iter()
                        .filter_map(|c| digit(*c))
                        .map(|d| char::from_digit(d as u32, 10).unwrap_or('0'))
                        .collect::<String>(),
                ),
                Some('月')
                    if after == Some('年')
                        || chars
                            .get(i + run + 1)
                            .is_some_and(|c| date_numeral(*c) || *c == '份') =>
                {
                    small(w).filter(|m| *m <= 12).map(|m| m.to_string())
                }
                Some('日' | '号') if after == Some('月') => small(w).map(|d| d.to_string()),
                _ => None,
            };
            if let (Some(read), Some(unit)) = (read, unit) {
                out.push_str(&read);
                out.push(unit);
                after = Some(unit);
                i += run + 1;
                continue;
            }
        }
        // A month or day in digits goes on a date too (2021年一月).
        let c = chars[i];
        after = match c {
            '年' | '月' if i > 0 && chars[i - 1].is_ascii_digit() => Some(c),
            _ => None,
        };
        out.push(c);
        i += 1;
    }
    *text = out;
}

/// 10月8日到14日 as papers print it, 10月8日至14日: 到 between a date and the
/// number that ends its range reads as 至, in questions and knowledge alike.
fn date_ranges(text: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    for i in 2..chars.len().saturating_sub(1) {
        if chars[i] == '到'
            && matches!(chars[i - 1], '日' | '号' | '月' | '年')
            && chars[i - 2].is_ascii_digit()
            && chars[i + 1].is_ascii_digit()
        {
            out[i] = '至';
        }
    }
    *text = out.into_iter().collect();
}

/// 八比三 as 8比3: a score said in numerals of one digit is the score the
/// page prints in digits. One character for one, so that positions in the
/// text stay where they were.
fn digit_scores(text: &mut String) {
    const DIGITS: &str = "零一二三四五六七八九";
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| DIGITS.chars().position(|d| d == c);
    let numeral = |i: usize| {
        chars
            .get(i)
            .is_some_and(|&c| DIGITS.contains(c) || "十百千万两".contains(c))
    };
    let mut out: Vec<char> = chars.clone();
    for i in 1..chars.len().saturating_sub(1) {
        if chars[i] != '比' {
            continue;
        }
        let (Some(a), Some(b)) = (digit(chars[i - 1]), digit(chars[i + 1])) else {
            continue;
        };
        if (i >= 2 && numeral(i - 2)) || numeral(i + 2) {
            continue;
        }
        out[i - 1] = char::from_digit(a as u32, 10).unwrap_or(chars[i - 1]);
        out[i + 1] = char::from_digit(b as u32, 10).unwrap_or(chars[i + 1]);
    }
    *text = out.into_iter().collect();
}

/// The CJK Unified Ideographs block: the characters of almost all Chinese
/// text, for the fast paths that treat them alike.
pub const IDEOGRAPHS: std::ops::RangeInclusive<char> = '\u{4E00}'..='\u{9FFF}';

/// How many characters [`IDEOGRAPHS`] holds.
pub const IDEOGRAPH_COUNT: usize = 0x9FFF - 0x4E00 + 1;

/// The place of `c` in [`IDEOGRAPHS`], for tables indexed by character.
pub fn ideograph_index(c: char) -> Option<usize> {
    IDEOGRAPHS
        .contains(&c)
        .then(|| (c as u32 - *IDEOGRAPHS.start() as u32) as usize)
}

/// Characters NFKC leaves alone whatever surrounds them: they have no
/// decomposition, are starters, and are never the second half of a
/// composition. Almost every question is made of these.
fn is_stable(c: char) -> bool {
    c.is_ascii()
        || IDEOGRAPHS.contains(&c)
        || matches!(c,
            // 、。〃 and the brackets 〈〉《》「」『』【】
            '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}'
            // — ‘ ’ “ ” ·
            | '\u{2014}' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{00B7}')
}

/// What NFKC makes of the full-width forms of ASCII (？，！Ａ１) and the
/// ideographic space, which questions typed on a Chinese keyboard are full
/// of: one ASCII character each.
fn full_width(c: char) -> Option<char> {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

/// NFKC, sparing the work for the stable characters. Text of nothing but
/// stable and full-width characters maps one character at a time (the
/// result is stable too, so nothing composes). Otherwise the text is cut
/// before each stable character (a starter nothing composes with, so no
/// normalization crosses it) and only pieces holding anything else are
/// normalized.
fn nfkc(raw: &str) -> Cow<'_, str> {
    use unicode_normalization::{IsNormalized, is_nfkc_quick};
    if raw.chars().all(is_stable) {
        return Cow::Borrowed(raw);
    }
    if raw.chars().all(|c| is_stable(c) || full_width(c).is_some()) {
        return Cow::Owned(raw.chars().map(|c| full_width(c).unwrap_or(c)).collect());
    }
    let mut out = String::with_capacity(raw.len() + 8);
    let mut piece = 0;
    let flush = |out: &mut String, piece: &str| match is_nfkc_quick(piece.chars()) {
        IsNormalized::Yes => out.push_str(piece),
        _ => out.extend(piece.nfkc()),
    };
    for (b, c) in raw.char_indices() {
        if is_stable(c) && b > piece {
            flush(&mut out, &raw[piece..b]);
            piece = b;
        }
    }
    flush(&mut out, &raw[piece..]);
    Cow::Owned(out)
}

/// Letters, digits and `%`: what [`normalize`] keeps.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '%'
    } else {
        IDEOGRAPHS.contains(&c) || c.is_alphanumeric()
    }
}

fn push_lowercase(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if IDEOGRAPHS.contains(&c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
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

/// Characters that write a Chinese numeral (十二, 两万, 一亿).
pub fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    )
}

/// Characters too common to be evidence on their own.
pub const STOP_CHARS: &[char] = &[
    '的', '了', '吗', '呢', '吧', '啊', '是', '有', '在', '和', '与', '我', '你', '他', '她', '它',
    '们', '个', '这', '那', '么', '就', '都', '也', '还', '又', '要', '会', '能', '可', '不', '没',
    '多', '少', '几', '什', '哪', '谁', '怎', '啥', '咋', '去', '来', '到', '给', '对', '把', '被',
    '让', '从', '得', '地', '着', '过', '很', '最', '现', '一', '上', '下', '里', '中', '为', '以',
    '及', '等', '说', '讲', '问', '请', '吃',
];

/// Whether `c` is one of the [`STOP_CHARS`], by a bitmap of the ideographs.
pub fn is_stop_char(c: char) -> bool {
    static BITS: LazyLock<Vec<u64>> = LazyLock::new(|| {
        let mut bits = vec![0u64; IDEOGRAPH_COUNT.div_ceil(64)];
        for i in STOP_CHARS.iter().filter_map(|&c| ideograph_index(c)) {
            bits[i / 64] |= 1 << (i % 64);
        }
        bits
    });
    ideograph_index(c).is_some_and(|i| BITS[i / 64] & (1 << (i % 64)) != 0)
}

/// A Chinese character that says something: not one of the [`STOP_CHARS`].
pub fn is_content_char(c: char) -> bool {
    is_han(c) && !is_stop_char(c)
}

/// The terms of normalized text for similarity scoring: the Chinese
/// characters that are not [`STOP_CHARS`], overlapping character bigrams
/// inside runs of Chinese, and whole runs of ASCII letters or digits.
pub fn terms(normalized: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for_each_term(normalized, |t| out.push(t));
    out
}

/// The byte offsets at which `needle` occurs in `haystack`, from the left.
/// For the short words and short texts of a question: `str::find` builds a
/// two-way searcher per call, which costs more than the search. UTF-8 is
/// self-synchronizing, so a match of whole characters' bytes starts on a
/// character boundary: the offsets are those `str::match_indices` gives for
/// a non-empty word that cannot overlap itself (多少, 几).
pub fn find_all<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let first = n.first().copied();
    (0..(h.len() + 1).saturating_sub(n.len()))
        .filter(move |&i| first.is_none_or(|b| h[i] == b) && h[i..].starts_with(n))
}

/// The first byte offset of `needle` in `haystack`: [`find_all`]'s first,
/// what `str::find` gives.
pub fn find_short(haystack: &str, needle: &str) -> Option<usize> {
    find_all(haystack, needle).next()
}

/// Calls `f` with each of the [`terms`] of `normalized`, in the same order,
/// without collecting them.
pub fn for_each_term<'a>(normalized: &'a str, mut f: impl FnMut(&'a str)) {
    for run in normalized.split(SEP) {
        let mut rest = run;
        while let Some(first) = rest.chars().next() {
            let han = is_han(first);
            let end = rest
                .char_indices()
                .find(|&(_, c)| is_han(c) != han)
                .map_or(rest.len(), |(b, _)| b);
            let (part, tail) = rest.split_at(end);
            rest = tail;
            if !han {
                f(part);
                continue;
            }
            // Single characters carry meaning in Chinese (鱼, 水, 船); the
            // bigrams carry the words.
            for (b, c) in part.char_indices() {
                if !is_stop_char(c) {
                    f(&part[b..b + c.len_utf8()]);
                }
            }
            let mut prev = None;
            for (b, c) in part.char_indices() {
                if let Some(p) = prev {
                    f(&part[p..b + c.len_utf8()]);
                }
                prev = Some(b);
            }
        }
    }
}

/// Common surnames, Han and Mongolian-Chinese (乌, 图, 巴, 其), for telling a
/// name from a word after a role.
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝乌图巴其那宝娜斯萨额达阿布敖朝格呼鞠蔺逯郗綦亓逄丰云";

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
    fn a_score_in_numerals_becomes_digits() {
        check("乌海队八比三赢了谁", "乌海队8比3赢了谁");
        check("一比零", "1比0");
        // Not a numeral of more than one character, nor a comparison.
        check("十二比三", "十二比三");
        check("比去年多", "比去年多");
    }

    #[test]
    fn a_date_in_numerals_reads_as_printed() {
        check(
            "截至二〇二一年一月二十七日累计接运了多少列",
            "截至2021年1月27日累计接运了多少列",
        );
        check("二零一九年十二月三十一日", "2019年12月31日");
        check("2021年一月", "2021年1月");
        check("十一月二十日开工", "11月20日开工");
        check("2020年十月", "2020年10月");
        // Not a count of months or years, nor a month without a day, a
        // year or 份 beside it.
        check("三个月", "三个月");
        check("一年多少钱", "一年多少钱");
        check("十年前", "十年前");
        check("正月十五", "正月十五");
        check("五月份计划开工", "5月份计划开工");
    }

    #[test]
    fn a_date_range_reads_as_printed() {
        check("10月8日到14日有多少列", "10月8日至14日有多少列");
        check("2018年到2020年", "2018年至2020年");
        // Not 到 of going somewhere, nor after a word.
        check("5月到乌兰察布", "5月到乌兰察布");
        check("多到10个", "多到10个");
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
        assert_eq!(normalize_whole(&long).chars().count(), 100_000);
    }

    #[test]
    fn stop_characters_are_found_by_the_bitmap() {
        for &c in STOP_CHARS {
            assert!(is_stop_char(c), "{c}");
        }
        for c in ['鱼', '湖', 'a', '1', '🙂', '\u{3400}'] {
            assert!(!is_stop_char(c), "{c}");
        }
    }

    #[test]
    fn piecewise_nfkc_is_nfkc() {
        for s in [
            "e\u{301}呼伦湖",
            "ＡＢＣ，呼伦湖？",
            "！",
            "ＡＢＣ\u{301}，",
            "、。《呼伦湖》“鱼”—·‘’\u{3000}",
            "\u{3001}\u{3099}か\u{3099}",
            "a\u{301}\u{323}b",
            "\u{1100}\u{1161}\u{11A8}湖",
            "①②③ ﬁ ㍿",
            "\u{2F800}\u{FA10}鱼",
            "呼\u{0308}伦",
        ] {
            let expected: String = s.nfkc().collect();
            assert_eq!(nfkc(s), expected, "{s:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn find_all_agrees_with_match_indices(
            hay in "[多少几个亩a1é]{0,12}",
            needle in "多少|几|个亩|少几|a1|é|多",
        ) {
            let expected: Vec<usize> = hay.match_indices(needle.as_str()).map(|(i, _)| i).collect();
            let found: Vec<usize> = find_all(&hay, &needle).collect();
            proptest::prop_assert_eq!(found, expected);
            proptest::prop_assert_eq!(find_short(&hay, &needle), hay.find(needle.as_str()));
        }

        #[test]
        fn piecewise_nfkc_agrees_with_nfkc_on_any_text(
            s in "[a-e\u{300}-\u{36F}\u{3000}-\u{3012}\u{3099}\u{304B}\u{2014}-\u{201D}\u{B7}\u{1100}-\u{11FF}\u{AC00}-\u{AC10}\u{4E00}-\u{4E10}\u{F900}-\u{F910}\u{FF01}-\u{FF5E}\u{2460}-\u{2470}]{0,24}|\\PC{0,24}"
        ) {
            let expected: String = s.nfkc().collect();
            proptest::prop_assert_eq!(nfkc(&s), expected);
        }
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
