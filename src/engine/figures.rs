//! Figures in questions and in the knowledge, as numbers with units, so
//! that a figure a question takes for granted can be checked against the
//! one the page prints: "呼伦湖是2015年才禁渔的吧" → "不是2015年，是2019年".
//!
//! Digits and Chinese numerals alike (五十个, 一万多人, 二零一九年, 一万二);
//! the crate `chinese-number` reads the numerals.

use crate::text::is_numeral;
use chinese_number::{ChineseCountMethod, ChineseToNumber};

/// A number with its unit, as a question says it or a figure prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// The value in the unit's base (15万吨 is 150000 吨).
    pub value: f64,
    /// The unit, without 万 or 亿: 年 for a year, 年份 for a duration
    /// written with 年 is told apart by [`Amount::year`].
    pub unit: String,
    /// A calendar year (2019年), not a number of years.
    pub year: bool,
    /// Approximate: 多, 余, 近, 以上, 几 (3000多元, 十几年).
    pub approx: bool,
    /// Which side of the number an approximate figure lies: above it
    /// (3000多, 15万吨以上: 1), below (近3000: -1), or either (十几: 0).
    pub side: i8,
    /// Several of a power of ten (几十, 好几万): from `value` up to ten
    /// times it.
    pub several: bool,
    /// Where it stands in the text, in characters.
    pub span: (usize, usize),
}

/// Units a figure is counted in, longest first so that 人次 is not 人.
const UNITS: &[&str] = &[
    "个工作日",
    "工作日",
    "人次",
    // 五百多号人: people, as said.
    "号人",
    // 100万游客: said without a unit, the visitors are the count.
    "游客",
    "公顷",
    // 90平方米户型: an area.
    "平方公里",
    "平方米",
    "平米",
    "公里",
    "场次",
    "小时",
    "分钟",
    "岁",
    "年",
    "个",
    "家",
    "名",
    "人",
    "次",
    "项",
    "所",
    "元",
    "吨",
    "%",
    "门",
    "场",
    "双",
    "台",
    "套",
    "亩",
    "头",
    "天",
    "月",
    "日",
    "毛",
    "块",
    "倍",
    "批",
    "条",
    "件",
    "峰",
    "只",
    "株",
    "户",
    "列",
    "辆",
    "幅",
    // 零下25℃, 零下35度: a temperature.
    "℃",
    "度",
];

/// What a unit is counted as when two figures are compared: 块 is 元,
/// and so is 毛 (a tenth of one).
fn base_unit(unit: &str) -> &str {
    match unit {
        "块" | "毛" => "元",
        "个工作日" | "工作日" => "天",
        "人" | "名" | "人次" | "游客" | "号人" => "人",
        "场次" => "场",
        "度" => "℃",
        "平米" => "平方米",
        u => u,
    }
}

/// The amounts in `text`, in order.
pub fn amounts(text: &str) -> Vec<Amount> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let before_approx = i > 0 && chars[i - 1] == '近';
        // 几十个, 好几万头: several tens, several ten thousands.
        let several =
            chars[i] == '几' && matches!(chars.get(i + 1), Some('十' | '百' | '千' | '万' | '亿'));
        let read = if several {
            let value = match chars[i + 1] {
                '十' => 10.0,
                '百' => 100.0,
                '千' => 1000.0,
                _ => 1.0,
            };
            // 万 and 亿 are read below, as after any number.
            let next = if value > 1.0 { i + 2 } else { i + 1 };
            Some((value, 0, next))
        } else {
            read_number(&chars, i)
        };
        let (mut value, digits, next) = match read {
            Some(x) => x,
            None => {
                i += 1;
                continue;
            }
        };
        // 好几万 is said whole.
        let start = if several && i > 0 && chars[i - 1] == '好' {
            i - 1
        } else {
            start
        };
        i = next;
        let mut approx = before_approx || several;
        let mut side: i8 = if before_approx { -1 } else { 0 };
        // 十几年, 3000多元, 200余场次.
        while i < chars.len() && matches!(chars[i], '多' | '余' | '几') {
            approx = true;
            side = if chars[i] == '几' { 0 } else { 1 };
            i += 1;
        }
        // 3个亿, 两个亿, 两个多亿: spoken, 个 before the multiplier.
        if chars.get(i) == Some(&'个') && matches!(chars.get(i + 1), Some('万' | '亿')) {
            i += 1;
        } else if chars.get(i) == Some(&'个')
            && matches!(chars.get(i + 1), Some('多' | '余'))
            && matches!(chars.get(i + 2), Some('万' | '亿'))
        {
            approx = true;
            side = 1;
            i += 2;
        }
        // 15万吨, 1.82亿元, 一万多人.
        while i < chars.len() && matches!(chars[i], '万' | '亿') {
            value *= if chars[i] == '万' { 1e4 } else { 1e8 };
            i += 1;
            while i < chars.len() && matches!(chars[i], '多' | '余') {
                approx = true;
                side = 1;
                i += 1;
            }
        }
        let rest: String = chars[i..chars.len().min(i + 4)].iter().collect();
        let (unit, written) = match UNITS.iter().find(|u| rest.starts_with(*u)) {
            Some(unit) => (*unit, unit.chars().count()),
            // 3个亿 is money, whatever follows.
            None if value >= 1e8 && chars[start..i].contains(&'亿') => ("元", 0),
            None => continue,
        };
        i += written;
        // 零下25℃, -58℃: below zero.
        let below = start >= 2 && chars[start - 2..start] == ['零', '下']
            || start >= 1 && chars[start - 1] == '-';
        let (value, start) = match (below, base_unit(unit)) {
            (true, "℃") => (
                -value,
                if chars[start - 1] == '-' {
                    start - 1
                } else {
                    start - 2
                },
            ),
            // 5毛 is half a 元 (一块钱 is twice it).
            (_, "元") if unit == "毛" => (value / 10.0, start),
            _ => (value, start),
        };
        if chars[i..].starts_with(&['以', '上']) {
            approx = true;
            side = 1;
        }
        let year = unit == "年" && digits == 4 && !approx;
        out.push(Amount {
            value,
            unit: base_unit(unit).to_string(),
            year,
            approx,
            side,
            several,
            span: (start, i),
        });
    }
    out
}

/// Measure words an ordinal ranks in (第五代, 第35届, 第二批).
const ORDINAL_UNITS: &str = "代届期批次号座任轮";

/// The ordinals a text names (第五代, 第35届, 第一批, 首批): each one's value,
/// measure word and span in characters.
pub fn ordinals(text: &str) -> Vec<(f64, char, (usize, usize))> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        // (首批, 首届: the first.)
        if c == '首'
            && let Some(&unit) = chars.get(i + 1)
            && ORDINAL_UNITS.contains(unit)
        {
            out.push((1.0, unit, (i, i + 2)));
            continue;
        }
        if c != '第' {
            continue;
        }
        // (一 alone is a numeral here: 第一批.)
        let read = match chars.get(i + 1) {
            Some('一') if !chars.get(i + 2).is_some_and(|&c| is_numeral(c)) => {
                Some((1.0, 0, i + 2))
            }
            _ => read_number(&chars, i + 1),
        };
        if let Some((value, _, end)) = read
            && let Some(&unit) = chars.get(end)
            && ORDINAL_UNITS.contains(unit)
        {
            out.push((value, unit, (i, end + 1)));
        }
    }
    out
}

/// Reads a number at `i`: digits (with a decimal point) or a Chinese
/// numeral. Returns its value, how many digits it was written with (for
/// telling a year from a count) and where it ends.
fn read_number(chars: &[char], i: usize) -> Option<(f64, usize, usize)> {
    let c = *chars.get(i)?;
    if c.is_ascii_digit() {
        let mut j = i;
        while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
            j += 1;
        }
        let s: String = chars[i..j].iter().collect();
        let digits = s.chars().filter(char::is_ascii_digit).count();
        return s.parse().ok().map(|v| (v, digits, j));
    }
    if !is_numeral(c) || matches!(c, '万' | '亿') {
        return None;
    }
    // The numeral runs up to its multipliers: 一万多人 is read as 一, then 万.
    let mut j = i;
    while j < chars.len() && is_numeral(chars[j]) {
        j += 1;
    }
    let mut run: String = chars[i..j].iter().collect();
    // 一 alone in words (一年, 一家) is not a figure anyone asserts; 一块钱
    // is a sum (not 一块 alone, together).
    let sum = || chars[j..].starts_with(&['块', '钱']) || chars[j..].starts_with(&['毛', '钱']);
    if run == "一" && !matches!(chars.get(j), Some('万' | '亿' | '千' | '百')) && !sum() {
        return None;
    }
    // The multipliers are read by the caller, unless they stand inside the
    // numeral (四万五千).
    while run.ends_with(['万', '亿']) {
        run.pop();
        j -= 1;
    }
    if run.is_empty() {
        return None;
    }
    let value = chinese_value(&run)?;
    let digit_by_digit = !run.contains(['十', '百', '千', '万', '亿']);
    Some((
        value,
        if digit_by_digit {
            run.chars().count()
        } else {
            0
        },
        j,
    ))
}

/// The value of a Chinese numeral: 五十, 一百二十三, 四万五千, 二零一九
/// (read digit by digit), and the spoken 一万二 (12000) or 三千五 (3500).
fn chinese_value(run: &str) -> Option<f64> {
    if !run.contains(['十', '百', '千', '万', '亿']) {
        let n: Result<u64, _> = run.to_number_naive();
        return n.ok().map(|n| n as f64);
    }
    let mut text = run.to_string();
    // 一万二: the last digit counts in the unit below the last one named.
    let last_unit = text
        .chars()
        .rev()
        .find(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'));
    let ends_in_digit = !text.ends_with(['十', '百', '千', '万', '亿']);
    let implied = match (last_unit, ends_in_digit) {
        (Some('万'), true) => Some('千'),
        (Some('千'), true) => Some('百'),
        (Some('百'), true) => Some('十'),
        _ => None,
    };
    if let Some(u) = implied
        && !text.contains(u)
        && text
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| matches!(c, '十' | '百' | '千' | '万'))
    {
        text.push(u);
    }
    let n: Result<u64, _> = text.to_number(ChineseCountMethod::TenThousand);
    n.ok().map(|n| n as f64)
}

impl Amount {
    /// Whether two amounts can be compared: the same unit, and both years
    /// or both not.
    pub fn comparable(&self, other: &Amount) -> bool {
        self.unit == other.unit && self.year == other.year
    }

    /// Whether `said` agrees with this figure: equal, or within what an
    /// approximate figure allows (3000多 for 3000; 十几 for 15).
    pub fn agrees(&self, said: &Amount) -> bool {
        let (a, b) = (self.value, said.value);
        if (a - b).abs() <= 1e-6 * a.abs().max(1.0) {
            return true;
        }
        // 好几万头 holds 2万 to 9万, not 1300余头.
        if said.several || self.several {
            let (several, other) = if said.several { (b, a) } else { (a, b) };
            return other >= several - 1e-9 && other < several * 10.0;
        }
        // 15万吨以上 is not 20万吨, nor 3000多 4000: a figure printed
        // above or below a round number lies within one step of its last
        // digit on that side (15万 to 16万, 3000 to 4000).
        if self.approx && !said.approx && self.side != 0 {
            return within_step(a, self.side, b);
        }
        // Nor is 1.82亿 两亿多: said above or below a round number, the
        // figure must lie within one step of it on that side.
        if said.approx && !self.approx && said.side != 0 {
            return within_step(b, said.side, a);
        }
        if self.approx || said.approx {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            return hi <= lo * 1.35 + 1e-9;
        }
        false
    }
}

/// Whether `value` lies within one step of the last digit of `bound`, on
/// the side given (above for 1, below for -1): 3000多 holds 3000 to 4000.
fn within_step(bound: f64, side: i8, value: f64) -> bool {
    let step = last_place(bound);
    if side > 0 {
        value >= bound - 1e-9 && value <= bound + step + 1e-9
    } else {
        value <= bound + 1e-9 && value >= bound - step - 1e-9
    }
}

/// The place of a number's last significant digit: 1000 for 3000, 1万
/// for 15万, 0.1 for 1.5.
fn last_place(value: f64) -> f64 {
    let v = value.abs();
    if v == 0.0 {
        return 1.0;
    }
    let mut place = 10f64.powi(v.log10().floor() as i32);
    // The smallest power of ten of which the value is a whole multiple.
    while place > 1e-6 {
        let q = v / place;
        if (q - q.round()).abs() < 1e-6 {
            return place;
        }
        place /= 10.0;
    }
    place
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (f64, String, bool, bool) {
        let a = amounts(text);
        assert_eq!(a.len(), 1, "{text}: {a:?}");
        (a[0].value, a[0].unit.clone(), a[0].year, a[0].approx)
    }

    #[test]
    fn ordinals_by_rank() {
        let ranks =
            |t: &str| -> Vec<(f64, char)> { ordinals(t).into_iter().map(|o| (o.0, o.1)).collect() };
        assert_eq!(ranks("满洲里第五代国门"), [(5.0, '代')]);
        assert_eq!(
            ranks("第35届那达慕，第三十五届"),
            [(35.0, '届'), (35.0, '届')]
        );
        assert_eq!(ranks("首批试点，第一批名录"), [(1.0, '批'), (1.0, '批')]);
        assert!(ranks("第一大淡水湖，第几届").is_empty());
    }

    #[test]
    fn digits_and_numerals_are_read_with_their_units() {
        for (text, value, unit, year, approx) in [
            ("2019年", 2019.0, "年", true, false),
            ("二零一九年", 2019.0, "年", true, false),
            ("50个", 50.0, "个", false, false),
            ("五十个", 50.0, "个", false, false),
            ("一百二十三个", 123.0, "个", false, false),
            ("15万吨以上", 150000.0, "吨", false, true),
            ("十五万吨", 150000.0, "吨", false, false),
            ("1.82亿元", 182000000.0, "元", false, false),
            ("一万多人", 10000.0, "人", false, true),
            ("四万五千人", 45000.0, "人", false, false),
            ("4.5万人", 45000.0, "人", false, false),
            ("一万二", 12000.0, "", false, false),
            ("3000多元", 3000.0, "元", false, true),
            ("2个工作日", 2.0, "天", false, false),
            ("60%", 60.0, "%", false, false),
            ("十几年", 10.0, "年", false, true),
            ("75万人次", 750000.0, "人", false, false),
            ("100万游客", 1000000.0, "人", false, false),
            ("3个亿", 300000000.0, "元", false, false),
            ("两个多亿", 200000000.0, "元", false, true),
            ("好几万头", 10000.0, "头", false, true),
            ("几十个", 10.0, "个", false, true),
            ("几百人", 100.0, "人", false, true),
            // (一块钱 is a sum, and 5毛 half of one.)
            ("一块钱", 1.0, "元", false, false),
            ("5毛钱", 0.5, "元", false, false),
            ("两块", 2.0, "元", false, false),
        ] {
            if unit.is_empty() {
                continue;
            }
            assert_eq!(one(text), (value, unit.to_string(), year, approx), "{text}");
        }
    }

    #[test]
    fn spoken_numerals_imply_the_next_unit() {
        assert_eq!(chinese_value("一万二"), Some(12000.0));
        assert_eq!(chinese_value("三千五"), Some(3500.0));
        assert_eq!(chinese_value("两百五"), Some(250.0));
        assert_eq!(chinese_value("一万零二"), Some(10002.0));
        assert_eq!(chinese_value("十五"), Some(15.0));
    }

    #[test]
    fn words_with_numerals_are_not_figures() {
        assert!(amounts("一年能打多少鱼").is_empty());
        assert!(amounts("第三支柱").is_empty());
        assert!(amounts("呼伦湖有多少鱼").is_empty());
        assert!(amounts("大家一块干").is_empty());
    }

    #[test]
    fn figures_agree_within_what_they_round() {
        let fig = &amounts("3000多元")[0];
        assert!(fig.agrees(&amounts("3000元")[0]));
        assert!(!fig.agrees(&amounts("5000元")[0]));
        assert!(fig.agrees(&amounts("3500元")[0]));
        assert!(!fig.agrees(&amounts("4500元")[0]));
        // 以上 and 近 bound one side.
        let floor = &amounts("15万吨以上")[0];
        assert!(floor.agrees(&amounts("15.5万吨")[0]));
        assert!(!floor.agrees(&amounts("20万吨")[0]));
        assert!(!floor.agrees(&amounts("14万吨")[0]));
        let nearly = &amounts("近3000人")[0];
        assert!(nearly.agrees(&amounts("2800人")[0]));
        assert!(!nearly.agrees(&amounts("3100人")[0]));
        // An approximate figure said bounds the figure on its side too:
        // 一万多人 is 12000, and 1.82亿元 is not 两亿多.
        assert!(amounts("12000人")[0].agrees(&amounts("一万多人")[0]));
        assert!(!amounts("1.82亿元")[0].agrees(&amounts("两亿多元")[0]));
        assert!(!amounts("1.82亿元")[0].agrees(&amounts("两个多亿")[0]));
        assert!(amounts("2.3亿元")[0].agrees(&amounts("两个多亿")[0]));
        // Several of a power of ten: 好几万 is not 1300, 几十个 is 72.
        assert!(!amounts("1300余头")[0].agrees(&amounts("好几万头")[0]));
        assert!(amounts("72个")[0].agrees(&amounts("几十个")[0]));
        assert!(!amounts("123个")[0].agrees(&amounts("几十个")[0]));
        let year = &amounts("2019年")[0];
        assert!(!year.agrees(&amounts("2015年")[0]));
        assert!(!year.comparable(&amounts("10年")[0]));
    }
}
