//! Figures in a sentence, exactly as printed: numbers with their units and
//! the words that qualify them (近400万元, 3000多元, 15万吨以上), ranges
//! (1名至4名), changes (由27.3%提升至45.5%), dates and years, and counts in
//! Chinese numerals (两顶蒙古包, 四句话, 三分之一以上).

use std::sync::LazyLock;

use regex::Regex;

/// What a figure is, for the kind of question it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// `2024年12月31日`, `9月30日`, `12月底`: 什么时候.
    Date,
    /// `1948年`, `2025—2026`: 哪一年.
    Year,
    /// `6500吨`, `24.75%`, `两顶`: 多少.
    Count,
    /// `由27.3%提升至45.5%`: a change, with its two ends also figures.
    Change,
}

/// A figure found in a text: its value as printed and its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub value: String,
    pub start: usize,
    pub end: usize,
    pub kind: FigureKind,
}

/// Units after an Arabic number, longest first so that 万千瓦 wins over 万.
const UNITS: &[&str] = &[
    // 国家4A级旅游景区, 五星级: a rating, whole.
    "A级",
    "星级",
    // 双向八车道, 6车道: lanes of a road.
    "车道",
    "个百分点",
    // 总投资30个亿: a sum as people say it, not 30 of something.
    "个亿",
    "万平方公里",
    "平方公里",
    "万平方米",
    "平方米",
    "立方米",
    "万千瓦时",
    "亿千瓦时",
    // 吉瓦 (gigawatt) and 吉瓦时, as batteries and plants are rated:
    // 3.2吉瓦时, 10吉瓦时.
    "吉瓦时",
    "吉瓦",
    "兆瓦时",
    "千瓦时",
    "万千瓦",
    "千瓦",
    "兆瓦",
    // 新建变电容量800万千伏安: a transformer's capacity, in kVA.
    "千伏安",
    "千伏",
    "万吨",
    "亿吨",
    "吨",
    "万亩",
    "亩",
    "公顷",
    "公里",
    "千米",
    "毫米",
    "厘米",
    "米",
    // 年平均发电量可达约3.82亿度: kilowatt hours as people say them (a
    // lone 度 may be degrees).
    "亿度",
    "万度",
    "亿元",
    "万元",
    "千元",
    "元",
    "毛",
    "万人次",
    "人次",
    "万人",
    "人",
    "名",
    "位",
    "家",
    // 火车得走6个多小时, 用了3个半月: a span, its unit after the 多.
    "个多小时",
    "个半小时",
    "个小时",
    "个多月",
    "个半月",
    "个月",
    "个",
    "所",
    "项",
    "条",
    "座",
    "台",
    "套",
    "万辆",
    "辆次",
    "辆",
    "盏",
    "场次",
    "次",
    // 5场比赛共打进20球失2球: goals.
    "球",
    "列",
    "粒",
    "瓶",
    "场",
    "批",
    "届",
    "年度",
    // 防洪标准由50年一遇提到100年一遇: a return period, not a year.
    "年一遇",
    "年",
    // 6月龄羔羊 is an age, not June.
    "月龄",
    "月",
    "天",
    // 成立70周年: the anniversary, not 70 weeks.
    "周年",
    // 60周岁以上的村民: an age, not 60 weeks.
    "周岁",
    "周",
    "小时",
    "分钟",
    "秒",
    // 以总分129.5分位列自治区第一: points of a score.
    "分",
    "岁",
    "万头",
    "头",
    "只",
    "匹",
    "万株",
    "株",
    "棵",
    "包",
    "双",
    "件",
    "箱",
    "份",
    "倍",
    "强",
    "层",
    "栋",
    // 第一年年产蒙古包不足20顶: yurts, tents.
    "顶",
    // 育苗20万盘: seedling trays.
    "盘",
    "间",
    "张",
    "篇",
    "门",
    "种",
    "类",
    "处",
    "户",
    "句",
    "级",
    "期",
    // 水温常年保持在4至18摄氏度: a temperature, spelled out.
    "摄氏度",
    "度",
    "斤",
    "公斤",
    "千克",
    "克",
    "册",
    "部",
    "支",
    "队",
    "轮",
    "块",
    "片",
    "点",
    // Measure words of animals, things and generations: 6.5万峰 (camels),
    // 1200多颗, 4代, 3枚, 2艘, 5架.
    "峰",
    "颗",
    "代",
    "枚",
    "艘",
    "架",
    // 46万袋儿木耳菌, 30万段黑木耳, 日可生产菌棒2万棒: bags, logs and
    // sticks of fungus.
    "袋",
    "段",
    "棒",
    // 养了10口香猪, 打了3口井: pigs and wells.
    "口",
    // 5072幅作品, 12首歌曲: works.
    "幅",
    "首",
    // 设有8大板块: so many kinds, as 六大功能 says with a numeral.
    "大",
    // 铁塔2955基: towers and piers of a line.
    "基",
];

/// Measure words after a Chinese numeral: 两顶, 四句, 万名, 三大, and units
/// of money, land and weight (每天能挣两三百元, 三十亩地), and of animals
/// and plants (十余匹马, 三棵树), of remains found (两具恐龙骨架化石), and
/// of flights and trips (每周一班, 两趟), and of things found (万余枚汉简).
const CHINESE_UNITS: &str = "个名家项条张顶句头只座所台套辆架艘批次场届年天岁倍位种类处户季大成级期强人件峰颗代元亩斤吨匹棵株幅首具班趟枚";

/// Who a count of people may be printed with instead of a unit (2万余居民).
const PEOPLE: &[&str] = &[
    "居民",
    "村民",
    "农牧民",
    "牧民",
    "群众",
    "游客",
    "学生",
    "职工",
    "员工",
];

/// What a rate is counted per, after its `/`: 公斤/亩, 元/吨, 元/平方米.
const PER: &[&str] = &[
    "平方米",
    "千瓦时",
    "公斤",
    "千克",
    "小时",
    "亩",
    "吨",
    "斤",
    // (22794辆/人次, 142.6吨/工: per head counted, per shift worked.)
    "人次",
    "人",
    "工日",
    "工",
    "户",
    "年",
    "月",
    "天",
    "头",
    "只",
    "度",
    "次",
    "件",
    "个",
];

/// Set phrases with numerals in them that are not figures.
const IDIOMS: &[&str] = &[
    "千家万户",
    "千方百计",
    "四面八方",
    "五湖四海",
    "万众一心",
    "三番五次",
    "十全十美",
    "一年四季",
    "千百年",
    "百花齐放",
    "千头万绪",
    "万无一失",
    "两全其美",
    "三心二意",
    "七上八下",
    "九牛一毛",
    "十字路口",
    "三农",
    "三北",
    "两院",
];

static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    let units = UNITS.join("|");
    // (80多万件, 100余万元: 多 or 余 before the 万 it is more than.)
    let num = r"\d+(?:\.\d+)?(?:(?:多|余)?(?:万|亿))?";
    let prefix = r"(?:超过|不足|不到|近|约|超|逾)?";
    let latin = r"(?:[A-Za-z]+(?:/(?:[A-Za-z]+|㎡))?|/㎡|%|‰|℃|°|㎡)";
    // 21:50从呼和浩特东站始发, 次日6:46抵达, 16时30分在冰雪园区举行: a
    // time of day.
    let date = r"(?:次日)?\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}时\d{1,2}分(?:许)?|\d{1,2}时(?:许)?|\d{4}年\d{1,2}月\d{1,2}(?:[~～至]\d{1,2})?[日号]|\d{4}年\d{1,2}月(?:底|初|上旬|中旬|下旬)?|\d{1,2}月\d{1,2}(?:[~～至]\d{1,2})?[日号]|\d{1,2}月(?:底|初|上旬|中旬|下旬)|\d{4}年度|\d{4}年(?:底|初)?|\d{1,2}日";
    let chinese = format!(
        r"(?:超过|近|约|超|逾)?数?[零〇一二两三四五六七八九十百千万几亿]+(?:(?:多|余)[万亿])?(?:多|余)?(?:星级|车道|人次|架次|辆次|场次|个(?:多|半)?(?:小时|月)|平方米|平方公里|公里|公顷|[{CHINESE_UNITS}])"
    );
    // 卓资熏鸡有上百年历史, 上千人: "a hundred and more", as printed.
    let upwards = format!(r"上[百千万](?:多|余)?[{CHINESE_UNITS}]?");
    // 每月固定收入五六千: an amount as people say it, its unit understood;
    // 收入十几万, 几十万.
    let spoken = r"[一二两三四五六七八][两三四五六七八九][百千万]|[一二三四五六七八九]?十几[万亿]|几十[万亿]";
    // 种了十来亩, 二十来个: about so many.
    let about = format!(r"[一二两三四五六七八九]?[十百千]来(?:个|[{CHINESE_UNITS}])");
    // (有一半家庭用的天然气来自鄂尔多斯: a half, as people print it.)
    let fraction = r"[一二三四五六七八九十百千万]分之[一二三四五六七八九十]+(?:以上|以下)?|\d+/\d+(?:以上|以下)?|(?:近|超过|超)?一半";
    // 服务全旗2万余居民: people counted by who they are.
    let people = PEOPLE.join("|");
    // A unit per another (1439.40公斤/亩, 2000元/吨) is one rate.
    let per = PER.join("|");
    // 湖心断面达到Ⅳ类: a grade of water quality, in Roman numerals.
    let grade = r"(?:[ⅠⅡⅢⅣⅤ]|IV|V|I{1,3})类";
    // 以8比3战胜宁夏三队: a score, whole.
    let score = r"\d{1,3}比\d{1,3}";
    let pattern = format!(
        r"{date}|{fraction}|{grade}|{score}|{upwards}|{prefix}-?{num}(?:多|余)?(?:{units}|{latin})(?:/(?:{per}))?(?:以上|以下|左右|多)?|{chinese}|{about}|{spoken}|-?{num}(?:多|余)?(?:{people})?"
    );
    Regex::new(&pattern).expect("figure pattern")
});

/// Words between two figures that make them one range: 1名至4名.
const RANGE: &[&str] = &["至", "到", "—", "－", "~", "～", "-", "——"];

/// Verbs of a change between two figures: 由27.3%提升至45.5%.
const CHANGE: &[&str] = &[
    "提升至",
    "提升到",
    "提高至",
    "提高到",
    "增加至",
    "增加到",
    "增长至",
    "增长到",
    "上升至",
    "上升到",
    "下降至",
    "下降到",
    "降低至",
    "降低到",
    "减少至",
    "减少到",
    "扩大至",
    "扩大到",
    "达到",
    "升至",
    "降至",
    "增至",
    "提到",
    "到",
];

/// Words before `N日` that make it a number of days.
const DURATION: &[&str] = &["为期", "历时", "长达", "连续", "用时", "共"];

/// Every figure in `text`, in order. Ranges are one figure; a change is one
/// figure beside its two ends.
pub fn find(text: &str) -> Vec<Figure> {
    let mut found: Vec<Figure> = Vec::new();
    for m in FIGURE.find_iter(text) {
        let (mut value, mut start) = (m.as_str(), m.start());
        // 《2023年内蒙古自治区…实施方案》, 中科发5号: a number inside a
        // title or a name is part of it, no figure.
        if in_title(text, start) || in_name(text, start, m.end()) {
            continue;
        }
        // (SUV类: a grade stands after no Latin letter.)
        if text[..start].ends_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        // 2024-2025年, 4-5天: a hyphen right after a number is a range's
        // dash, not the minus of the next one.
        if value.starts_with('-') && text[..start].ends_with(|c: char| c.is_ascii_digit()) {
            value = &value[1..];
            start += 1;
        }
        // 唯一两次, 同一两个: 一 is the word's before it, the figure is 两次.
        if value.starts_with('一')
            && text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| "唯统同单逐之专".contains(c))
        {
            value = &value['一'.len_utf8()..];
            start += '一'.len_utf8();
            if !value.starts_with(|c: char| "零〇一二两三四五六七八九十百千万几".contains(c))
            {
                continue;
            }
        }
        // 能容纳数万人, 数十顶蒙古包: 数 before a round numeral is "several",
        // part of the figure; before any other numeral, or after a word it
        // ends (人数, 总数), it is no part of it.
        if let Some(rest) = value.strip_prefix('数') {
            let round = rest
                .chars()
                .take_while(|c| "零〇一二两三四五六七八九十百千万几".contains(*c))
                .all(|c| "十百千万".contains(c));
            let ends_word = text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| "人总户次件位岁倍系指函分基参少多无".contains(c));
            if !round || ends_word {
                value = rest;
                start += '数'.len_utf8();
            }
        }
        // 18875.52万人民币: 人 opens the currency's name, no people.
        let mut end = m.end();
        if value.ends_with('人') && text[end..].starts_with("民币") {
            end += "民币".len();
            value = &text[start..end];
        }
        let mut kind = kind_of(value);
        // 为期10日: a number of days, not the tenth of a month.
        if kind == FigureKind::Date
            && !value.contains('月')
            && DURATION.iter().any(|w| text[..start].ends_with(w))
        {
            kind = FigureKind::Count;
        }
        // 距今5800年, 5100~5000年: years ago, a count of years.
        if kind == FigureKind::Year && years_ago(text, start, value) {
            kind = FigureKind::Count;
        }
        if kind == FigureKind::Count && !chinese_ok(text, start, m.end()) {
            continue;
        }
        // 一期工程, 二期建设完成2GW: a phase is named, not counted (分两期
        // counts them): the point is asked by it (see [`phases`]).
        if is_phase(text, start, value) {
            continue;
        }
        // 零下25℃: below zero, as printed.
        let below = value.ends_with('℃')
            && value.starts_with(|c: char| c.is_ascii_digit())
            && text[..start].ends_with("零下");
        // 第三大沙漠, 第46届: a rank, printed with its 第 so that it is
        // read as a rank, not as a count of three.
        let rank = text[..start].ends_with('第') && !value.starts_with('-');
        // 呼和浩特市第39中学分校, 第二小学: a school's number is its name.
        if rank
            && ["中学", "小学", "幼儿园", "医院"]
                .iter()
                .any(|w| text[m.end()..].starts_with(w))
        {
            continue;
        }
        let (value, start) = if below {
            let at = start - "零下".len();
            (&text[at..end], at)
        } else if rank {
            let at = start - "第".len();
            (&text[at..end], at)
        } else {
            (value, start)
        };
        found.push(Figure {
            value: value.to_string(),
            start,
            end,
            kind,
        });
    }
    let ranged = ranges(text, found);
    changes(text, ranged)
}

/// Whether `at` is inside a title in book marks (《…》).
fn in_title(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.matches('《').count() > before.matches('》').count()
}

/// Words after a bare number that make it part of a name: 中科发5号 (a
/// variety), 长征5型.
const NAME_NUMBERS: &[char] = &['号', '型'];

/// The phases `text` names (一期, 二期, 首期), in order: words a point
/// of one phase is asked by.
pub fn phases(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (at, _) in text.match_indices('期') {
        let Some(c) = text[..at].chars().next_back() else {
            continue;
        };
        let start = at - c.len_utf8();
        let value = &text[start..at + '期'.len_utf8()];
        if is_phase(text, start, value) && !out.iter().any(|o| o == value) {
            out.push(value.to_string());
        }
    }
    out
}

/// Whether `value` at `start` of `text` names a phase: a numeral (not 两)
/// or 首 before 期, not after 分, 共 or 为 (分三期 counts) and not before
/// 间 (“十五”期间 is a period).
fn is_phase(text: &str, start: usize, value: &str) -> bool {
    let mut chars = value.chars();
    let (Some(n), Some('期'), None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    "一二三四五六七八九首".contains(n)
        && !text[..start].ends_with(['分', '共', '为', '几', '每', '同'])
        && !text[start + value.len()..].starts_with('间')
}

/// Whether the bare number at `start..end` is part of a name: Chinese
/// characters right before it and 号 or 型 right after (中科发5号).
fn in_name(text: &str, start: usize, end: usize) -> bool {
    let value = &text[start..end];
    let digits = value.chars().all(|c| c.is_ascii_digit());
    // “85后”: a generation, no figure.
    let generation = digits && (text[end..].starts_with("后”") || text[end..].starts_with("后\""));
    // K4696/7次, G7高速: a code of letters and digits names a train or a
    // road.
    let code = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphabetic());
    // “1+3”工程, 1+N: numbers joined by a plus name a scheme.
    let plus =
        digits && (text[..start].ends_with(['+', '＋']) || text[end..].starts_with(['+', '＋']));
    generation
        || code
        || plus
        || digits
            && text[..start].chars().next_back().is_some_and(is_name_char)
            && text[end..].starts_with(NAME_NUMBERS)
}

fn is_name_char(c: char) -> bool {
    crate::text::is_han(c) && !"第约近超逾共有是为和与及或、".contains(c)
}

/// Names with a number in them, as printed (中科发5号): a variety, a
/// model, kept whole as a point's word and figure. The name runs back
/// over up to four Chinese characters, to a function word.
pub fn names(text: &str) -> Vec<String> {
    static NAME: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\p{Han}{2,6}\d+[号型]").expect("name pattern"));
    let mut out: Vec<String> = Vec::new();
    for m in NAME.find_iter(text) {
        let digits = m.as_str().find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let head: Vec<char> = m.as_str()[..digits].chars().collect();
        let kept = head
            .iter()
            .rev()
            .take_while(|c| {
                is_name_char(**c) && !"的在了把从向对被将这那该每各也就还".contains(**c)
            })
            .take(4)
            .count();
        if kept < 2 {
            continue;
        }
        let skip: usize = head[..head.len() - kept].iter().map(|c| c.len_utf8()).sum();
        let name = m.as_str()[skip..].to_string();
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Whether a year figure counts years back (距今约6300年) or is beyond any
/// calendar year a report prints (5100).
fn years_ago(text: &str, start: usize, value: &str) -> bool {
    let before = text[..start].trim_end_matches(['约', '近', '超']);
    let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
    before.ends_with("距今") || digits.parse::<u32>().is_ok_and(|y| y > 2100)
}

fn kind_of(value: &str) -> FigureKind {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{4}(?:年(?:度|底|初)?)?$").expect("year pattern"));
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}(?:[~～至]\d{1,2})?[日号]|底|初|上旬|中旬|下旬)?|\d{1,2}日)$")
            .expect("date pattern")
    });
    if YEAR.is_match(value) {
        FigureKind::Year
    } else if DATE.is_match(value) {
        FigureKind::Date
    } else {
        FigureKind::Count
    }
}

/// A count in Chinese numerals is a figure unless it is part of a set
/// phrase (千家万户) or a lone 一 (一个地方一个特色), and its numeral reads
/// as a number.
fn chinese_ok(text: &str, start: usize, end: usize) -> bool {
    let value = &text[start..end];
    if value.ends_with("一半") {
        return true;
    }
    // 数十顶, 数万人: several tens, ten thousands (see [`find`]).
    if value.starts_with('数') {
        return true;
    }
    // (超过, 近, 约, 逾: the words the pattern allows before a numeral.)
    let bare = value.trim_start_matches(['超', '过', '近', '约', '逾']);
    let numeral: String = bare
        .chars()
        .take_while(|c| "零〇一二两三四五六七八九十百千万几亿".contains(*c))
        .collect();
    if numeral.is_empty() {
        return true;
    }
    // 万名 (ten thousand people) is a count; a lone 一 or 万 elsewhere is
    // a word (一个地方, 万户).
    // 百余件, 千余人: a round numeral with 余 or 多 is a count too.
    let round = ["百", "千", "万", "亿"].contains(&numeral.as_str());
    // 几百只羊, 几十头牛, 十几年: a vague count is a count; a lone 几 asks.
    if numeral.contains('几') {
        return vague(&numeral);
    }
    // (交易额逾亿元, 近万人: more or less than the round numeral, printed
    // before it.)
    let about = bare
        .trim_start_matches(numeral.as_str())
        .starts_with(['余', '多'])
        || bare.len() < value.len();
    // 千亩土地, 万名游客: a round numeral before land or people counts,
    // unless a name in quotes holds it (“千亩硬果番茄产业园”).
    let quoted = text[..start].matches('“').count() > text[..start].matches('”').count();
    let counted = value.ends_with(['名', '人']) || value.ends_with('亩') && !quoted;
    // 每周一班, 每天一趟: once in each span, a frequency (not 每周一上午,
    // a Monday).
    let frequency = numeral == "一"
        && ["每周", "每天", "每日", "每月", "每年"]
            .iter()
            .any(|w| text[..start].ends_with(w))
        && value.ends_with(['班', '趟', '次']);
    // 每天只有一趟车, 只来过一次: one, and no more, is a count.
    let only = numeral == "一" && {
        let before: Vec<char> = text[..start].chars().rev().take(3).collect();
        before.iter().enumerate().any(|(i, &c)| {
            matches!(c, '只' | '仅')
                && before.get(i + 1) != Some(&'不')
                && (i == 0 || before[i - 1] != '是')
        })
    };
    if frequency || only {
        return true;
    }
    if numeral == "一" || round && !about && !counted {
        return false;
    }
    if !round
        && !approximate(&numeral)
        && chinese_number::from_chinese_to_u64_ten_thousand(&numeral).is_err()
    {
        return false;
    }
    !IDIOMS.iter().any(|idiom| {
        text.match_indices(idiom)
            .any(|(i, w)| i < end && start < i + w.len())
    })
}

/// Whether a numeral with 几 says some tens, hundreds or thousands:
/// 几十, 几百, 几千, 几万, 十几, 几十万.
fn vague(numeral: &str) -> bool {
    let rest = numeral.replacen('几', "", 1);
    !rest.is_empty() && !rest.contains('几') && rest.chars().all(|c| "十百千万".contains(c))
}

/// Whether a numeral gives two neighbouring digits for about as many
/// (两三百, 三四十, 七八): a number as people say it.
fn approximate(numeral: &str) -> bool {
    const DIGITS: &str = "一二三四五六七八九";
    let digit = |c: char| {
        DIGITS
            .chars()
            .position(|d| d == c)
            .or((c == '两').then_some(1))
    };
    let chars: Vec<char> = numeral.chars().collect();
    match chars.as_slice() {
        [a, b, rest @ ..] => {
            digit(*a).zip(digit(*b)).is_some_and(|(a, b)| b == a + 1)
                && rest.len() <= 1
                && rest.iter().all(|c| "十百千万".contains(*c))
        }
        _ => false,
    }
}

/// Joins figures that a range word links: 1名至4名, 8月4日至7日, 2025—2026.
fn ranges(text: &str, found: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(prev) = out.last_mut() {
            let between = &text[prev.end..f.start];
            let same_kind = prev.kind == f.kind;
            // 每亩600、700斤: a bare number before 、 shares the unit of
            // the next, and so does a list of them (每月逢1、4、7日).
            let bare = !prev.value.is_empty()
                && prev
                    .value
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == '、');
            // 1~11月份, 1至10月: a bare number before a month is the
            // month the span starts in.
            let months = bare
                && prev.value.len() <= 2
                && f.kind == FigureKind::Date
                && f.value.ends_with('月');
            if (RANGE.contains(&between) && (same_kind || months)) || (between == "、" && bare) {
                prev.value = text[prev.start..f.end].to_string();
                prev.end = f.end;
                if months {
                    prev.kind = FigureKind::Date;
                }
                continue;
            }
        }
        out.push(f);
    }
    out
}

/// Adds a change (由27.3%提升至45.5%, 由建盟初的2.96%增加到8.42%) as one
/// figure beside its two ends.
fn changes(text: &str, found: Vec<Figure>) -> Vec<Figure> {
    let mut out = found.clone();
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let between = &text[a.end..b.start];
        if !CHANGE.contains(&between) {
            continue;
        }
        // 由 up to a few words before the first figure: 由建盟初的2.96%.
        let before = &text[..a.start];
        let Some(from) = before.rfind('由') else {
            continue;
        };
        let lead = &before[from..];
        if lead.chars().count() > 8 || lead.contains(['，', ',', '。', '；', ';']) {
            continue;
        }
        out.push(Figure {
            value: text[from..b.end].to_string(),
            start: from,
            end: b.end,
            kind: FigureKind::Change,
        });
    }
    out.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<String> = find(text).into_iter().map(|f| f.value).collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn figures_as_printed() {
        let cases: &[(&str, &[&str])] = &[
            ("每月收入3000多元", &["3000多元"]),
            ("先后有100多名灵活就业人员", &["100多名"]),
            ("累计开展招聘活动200余场次", &["200余场次"]),
            ("鱼类资源总量已增加到15万吨以上", &["15万吨以上"]),
            ("当年游船业务增收近400万元", &["近400万元"]),
            ("累计拨付金额16508.61万元", &["16508.61万元"]),
            ("以总分129.5分位列自治区第一", &["129.5分"]),
            ("成为自治区唯一两次拿下金牌的院校", &["两次"]),
            // A rank keeps its 第.
            ("巴丹吉林沙漠是我国第三大沙漠", &["第三大"]),
            (
                "协调销到鄂伦春旗46万袋儿,第一批培植了30万段",
                &["46万袋", "30万段"],
            ),
            // 数 before a round numeral: several.
            ("能容纳数万人的露天看台座无虚席", &["数万人"]),
            ("会场四周的数十顶蒙古包里", &["数十顶"]),
            // (Test page 81: yurts counted in Arabic numerals, and 汉简
            // found by the ten thousand.)
            ("第一年年产蒙古包不足20顶", &["不足20顶"]),
            ("正是从这里，出土了万余枚汉简", &["万余枚"]),
            ("参赛总人数三百人", &["三百人"]),
            (
                "累计入境7.3万余辆次,运进进口货物480余万吨",
                &["7.3万余辆次", "480余万吨"],
            ),
            (
                "一排排电脑横机为完成一年80多万件的订单业务运作着",
                &["80多万件"],
            ),
            ("每个就业服务站均配备1名至4名工作人员", &["1名至4名"]),
            ("水温常年保持在4至18摄氏度之间", &["4至18摄氏度"]),
            ("产量能达到每亩600、700斤左右", &["600、700斤左右"]),
            (
                "每月逢1、4、7日为牛市交易日,1、4、7、9日为羊市交易日",
                &["1、4、7日", "1、4、7、9日"],
            ),
            ("宽3公里至20公里的锁边林草带", &["3公里至20公里"]),
            (
                "水平面总辐射量为5800MJ/㎡—5929MJ/㎡",
                &["5800MJ/㎡—5929MJ/㎡"],
            ),
            ("年平均风速3.1m/s", &["3.1m/s"]),
            ("具备100MWh储能系统集成能力", &["100MWh"]),
            ("220KV变电站", &["220KV"]),
            ("历史上-58℃的最低气温", &["-58℃"]),
            ("零下25℃的严寒中,马头琴声回荡", &["零下25℃"]),
            (
                "水质总体稳定在V类,湖心断面达到Ⅳ类,水面稳定在293平方公里",
                &["V类", "Ⅳ类", "293平方公里"],
            ),
            ("新能源SUV类车型", &[]),
            (
                "乌海队先以4比1战胜宁夏一队、8比3战胜宁夏三队",
                &["4比1", "8比3"],
            ),
            ("北纬40°黄金奶源带", &["40°"]),
            ("却成了国家4A级旅游景区", &["4A级"]),
            ("机房区五星级,运维区绿建三星级", &["五星级", "三星级"]),
            ("正在建设一条双向八车道原煤运输专用通道", &["八车道"]),
            // A phase is named, not counted; phases counted are a figure.
            ("一期建设完成3GW规模;二期建设用时24个月", &["3GW", "24个月"]),
            ("项目分两期建设", &["两期"]),
            (
                "可将防洪标准由50年一遇提到100年一遇",
                &["由50年一遇提到100年一遇", "50年一遇", "100年一遇"],
            ),
            ("建成后年平均发电量可达约3.82亿度", &["约3.82亿度"]),
            ("常住人口参保率7.69%", &["7.69%"]),
            ("比春季造林高出5个百分点", &["5个百分点"]),
            ("面积6.9平方公里，总投资30个亿", &["6.9平方公里", "30个亿"]),
            (
                "专利成果占登记总量比例由27.3%提升至45.5%",
                &["由27.3%提升至45.5%", "27.3%", "45.5%"],
            ),
            (
                "森林覆盖率由建盟初的2.96%增加到8.42%",
                &["由建盟初的2.96%增加到8.42%", "2.96%", "8.42%"],
            ),
            ("2024年12月31日,呼和浩特市出台", &["2024年12月31日"]),
            ("2025年5月,赤峰市", &["2025年5月"]),
            (
                "在2025年5月1日至6月24日开展试点",
                &["2025年5月1日至6月24日"],
            ),
            ("大会从8月4日开到7日", &["8月4日", "7日"]),
            // (Test page 59: a scheme named by numbers and a plus.)
            (
                "2018年积极响应苏木党建促脱贫“1+3”工程,建起了150平方米的基地",
                &["2018年", "150平方米"],
            ),
            // (Test page 58: days of a month, one figure.)
            (
                "从11月8~11日,辖区内多个老旧小区共计增设休闲座椅36张",
                &["11月8~11日", "36张"],
            ),
            ("计划在12月底前完成", &["12月底"]),
            ("公司自1948年成立以来", &["1948年"]),
            ("截至2023年底", &["2023年底"]),
            ("2025—2026内蒙古自治区冰雪旅游季", &["2025—2026"]),
            ("获批2025年度自治区企业研究开发投入", &["2025年度"]),
            ("用了8个月建设期", &["8个月"]),
            ("1989年,两顶蒙古包在这里搭起", &["1989年", "两顶"]),
            ("出土的两具恐龙骨架化石", &["两具"]),
            // A span with 多 or 半 before its unit, in digits or numerals.
            ("火车得走6个多小时", &["6个多小时"]),
            ("前后用了两个半月", &["两个半月"]),
            // One, and no more; not 一 of 只是一个.
            ("每天只有一趟车,只来过一次阿尔山", &["一趟", "一次"]),
            ("这只是一个开始,不只一次", &[]),
            // A round numeral, more or less than which is printed.
            ("阿拉善奇石交易额逾亿元", &["逾亿元"]),
            // A school's number is its name, not a rank.
            (
                "呼和浩特市第39中学分校于2020年11月17日进场",
                &["2020年11月17日"],
            ),
            // Once in each span: a frequency; not a Monday.
            ("满洲里—克拉斯诺亚尔斯克航线均为每周一班", &["一班"]),
            ("每周一上午开馆", &[]),
            ("打造百亿元级产业", &[]),
            ("日可生产菌棒2万棒以上,养了10口香猪", &["2万棒以上", "10口"]),
            ("有3个口岸", &["3个"]),
            ("全国唯一具有资质的单位", &[]),
            ("冢内一次性出土百余件红山文化玉器", &["百余件"]),
            ("千百年来,千余人参加", &["千余人"]),
            ("用四句话概括首府奶业", &["四句"]),
            ("英雄会设有8大板块20余项活动", &["8大", "20余项"]),
            ("占到总量的三分之一以上", &["三分之一以上"]),
            ("在京津冀,有一半家庭用的天然气来自鄂尔多斯", &["一半"]),
            ("在北京,每5盏灯里有1盏灯由鄂尔多斯点亮", &["5盏", "1盏"]),
            ("万名游客就聚到了这片极寒之地", &["万名"]),
            ("关系着千家万户的幸福生活", &[]),
            ("一个地方一个特色", &[]),
            ("世界乳业10强企业", &["10强"]),
            ("在12345服务热线建立", &["12345"]),
            ("每小时40000包灌装生产线", &["40000包"]),
            ("年收入超10万元的已达2/3", &["超10万元", "2/3"]),
            (
                "全旗骆驼存栏6.5万峰左右,能繁殖的母驼约3.2万峰",
                &["6.5万峰左右", "约3.2万峰"],
            ),
            ("单个花盘最多能结1200多颗葵花子", &["1200多颗"]),
            // Test page 60: an area in words.
            ("一万多平方米的贮木场空旷冷清", &["一万多平方米"]),
            (
                "新建变电容量800万千伏安,新建线路全长1599.94千米、铁塔2955基",
                &["800万千伏安", "1599.94千米", "2955基"],
            ),
            ("手艺在家里已经传了4代", &["4代"]),
            ("一家四代人", &["四代"]),
            ("机场还增加了天航货机两架次", &["两架次"]),
            ("包钢成立70周年庆祝活动", &["70周年"]),
            ("凡是村中60周岁以上的村民", &["60周岁以上"]),
            ("在家门口捡土豆,每天能挣两三百元钱", &["两三百元"]),
            ("村里来了七八个人", &["七八个"]),
            ("唱贵生养着十余匹马", &["十余匹"]),
            // (十余万辆: more than ten ten-thousands, 余 before its 万.)
            ("8座以下小型车辆通关十余万辆(次)", &["8座以下", "十余万辆"]),
            (
                "K4696/7次21:50从呼和浩特东站始发,次日12:08抵达赤峰南站",
                &["21:50", "次日12:08"],
            ),
            (
                "开园仪式定于12月23日16时30分在冰雪园区举行,3小时后9时许散场",
                &["12月23日", "16时30分", "3小时", "9时许"],
            ),
            ("从8时开始,考生们陆续抵达考点", &["8时"]),
            ("卓资熏鸡有上百年历史,吸引上千人", &["上百年", "上千人"]),
            ("我们有80栋大棚,育苗20万盘", &["80栋", "20万盘"]),
            ("每月固定收入五六千,离家近", &["五六千"]),
            // Test page 67: about so many, and a sum as people say it.
            ("总共种了十来亩,半年收入十几万", &["十来亩", "十几万"]),
            ("以前种地跑运输,一年也就挣个一两万", &["一两万"]),
            ("5场比赛共打进20球失2球", &["5场", "20球", "2球"]),
            ("还流转周边千亩土地", &["千亩"]),
            ("喇嘛地村的“千亩硬果番茄产业园”里", &[]),
            ("刚回来时家里有几百只羊、几十头牛", &["几百只", "几十头"]),
            ("问问几个人", &[]),
            ("是服务全旗2万余居民的唯一一座图书馆", &["2万余居民"]),
            ("一座换电站4-5天就能建成", &["4-5天"]),
            ("一块电池能跑150-200公里", &["150-200公里"]),
            ("2024-2025年,经国家文物局批准", &["2024-2025年"]),
            ("园区出口电池共3.2吉瓦时", &["3.2吉瓦时"]),
            ("平均产量为1439.40公斤/亩", &["1439.40公斤/亩"]),
            // Test page 82 and 83: per shift worked, per head counted.
            ("原煤生产效率142.6吨/工", &["142.6吨/工"]),
            ("出入境车辆/人22794辆/人次", &["22794辆/人次"]),
            // Numbers of a title or a name are no figures.
            (
                "按照《2023年内蒙古自治区主要粮油作物高产竞赛实施方案》测产",
                &[],
            ),
            ("这块测产田种的是中科发5号,实收面积1.564亩", &["1.564亩"]),
            // Test page 83: 人 of 人民币 counts no people.
            (
                "进口货值18875.52万人民币,比去年同期下降10.12%",
                &["18875.52万人民币", "10.12%"],
            ),
            ("“85后”赵龙以前在城里打工", &[]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn names_with_numbers() {
        for (text, expected) in [
            (
                "这块测产田种的是中科发5号,实收面积1.564亩",
                vec!["中科发5号"],
            ),
            ("共有5号", vec![]),
        ] {
            assert_eq!(names(text), expected, "{text}");
        }
    }

    #[test]
    fn kinds() {
        use FigureKind::{Count, Date, Year};
        let cases: &[(&str, &[(&str, FigureKind)])] = &[
            (
                "2022年7月16日,1989年,6500吨,12月底,2025—2026",
                &[
                    ("2022年7月16日", Date),
                    ("1989年", Year),
                    ("6500吨", Count),
                    ("12月底", Date),
                    ("2025—2026", Year),
                ],
            ),
            // 6月龄羔羊: an age in months, no date.
            (
                "6月龄羔羊出售时体重能达到50斤以上",
                &[("6月龄", Count), ("50斤以上", Count)],
            ),
            (
                "这处遗存距今5100~5000年,龙形蚌饰距今约6300年",
                &[("5100~5000年", Count), ("约6300年", Count)],
            ),
            (
                "进行为期10日的跨境旅游,5日出发",
                &[("10日", Count), ("5日", Date)],
            ),
            // A dash between two years is a range of years, no minus.
            ("2024-2025年", &[("2024-2025年", Year)]),
            // Test page 80: a span of months, its first a bare number.
            (
                "1~11月份,该旗产业化龙头企业完成销售收入7.8亿元",
                &[("1~11月", Date), ("7.8亿元", Count)],
            ),
            ("1至10月,全市接待游客", &[("1至10月", Date)]),
            // Test page 72: a day as spoken, 号 for 日.
            (
                "7月22号,机场单日旅客吞吐量首破4000人次",
                &[("7月22号", Date), ("4000人次", Count)],
            ),
        ];
        for (text, expected) in cases {
            let got: Vec<(String, FigureKind)> =
                find(text).into_iter().map(|f| (f.value, f.kind)).collect();
            let expected: Vec<(String, FigureKind)> =
                expected.iter().map(|(v, k)| (v.to_string(), *k)).collect();
            assert_eq!(got, expected, "{text}");
        }
    }
}
