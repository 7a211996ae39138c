//! What a question measures (多长, 占地多大, 多少钱, 几头, 比例), and
//! whether a fact's figures measure it: among the points of a story, the
//! one whose figure is in the unit asked for is the likelier answer.
//! Drafted facts hold whole sentences with several figures, so the unit
//! tells them apart where keywords cannot.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use smallvec::SmallVec;

use crate::knowledge::Fact;

/// The units a question asks for: classes of units as bits, and the unit
/// word itself when it names one (多少万吨, 几头, 多少瓶); and the kind of
/// name it asks for (哪个景区, 哪家企业), as the endings of such names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Measure(
    u16,
    Option<&'static [&'static str]>,
    Option<&'static [&'static str]>,
);

/// How names of a body of the state or a public institution end, then
/// of a firm: a 单位 is any of them, a 机构 or 部门 only the first.
const BODIES: &[&str] = &[
    "中心",
    "委员会",
    "协会",
    "研究院",
    "局",
    "厅",
    "部",
    "委",
    "办",
    // 高进忠是哪个单位的: 二连海关.
    "海关",
    "公司",
    "集团",
    // 科研院所里提到了哪个单位: 内蒙古自治区社会科学院; schools,
    // hospitals and cooperatives are 单位 too.
    "科学院",
    "研究所",
    "大学",
    "学院",
    "学校",
    "医院",
    "合作社",
];
const AGENCIES: &[&str] = BODIES.split_at(10).0;

/// Kinds of names a question asks for (哪个景区, 哪家企业, 是哪个机构):
/// the words that ask for the kind, and how names of it end. A point that
/// names one (小河口景区, 长川制靴有限公司) is the likelier answer.
const NAME_KINDS: &[(&[&str], &[&str])] = &[
    (&["景区", "景点"], &["景区", "景点", "公园"]),
    // 对面连的是蒙古国哪个口岸: 嘎顺苏海图口岸, not the point on the road.
    (&["口岸"], &["口岸"]),
    // 五一都能看到哪些花: 杜鹃花、文冠花, not the point on the visitors.
    (&["花"], &["花"]),
    (
        // (哪家鞋企: a firm of a trade, 鞋企, 乳企.)
        &[
            "企业", "公司", "厂子", "厂家", "工厂", "鞋企", "乳企", "药企", "车企", "房企", "民企",
            "国企", "外企", "央企",
        ],
        &["公司", "企业", "集团", "工厂", "合作社"],
    ),
    (
        &["学校", "高校", "大学", "中学", "小学"],
        &["学校", "大学", "中学", "小学", "学院", "高校"],
    ),
    (&["医院"], &["医院", "卫生院", "医疗机构"]),
    // 哪几家银行能开户: a bank's name, not 6家机构.
    (&["银行"], &["银行"]),
    // 达茂鸡蛋是哪家合作社养的: a cooperative's name, not “企业+合作社+农户”.
    (&["合作社"], &["合作社"]),
    // 光伏电站建在哪些乡镇: 鄂尔栋镇、民族团结乡 (not 多个乡镇).
    (&["乡镇"], &["镇", "乡", "苏木"]),
    // 呼伦青格力是哪个嘎查的牧民: 阿日宝拉格嘎查.
    (&["嘎查", "村子"], &["嘎查", "村"]),
    (&["机构", "部门"], AGENCIES),
    // 引进芬兰驯鹿的是哪个单位: a firm is a 单位 too (根河市森工公司).
    (&["单位"], BODIES),
    // 孙治国是哪个队的队长: 包头市冰球队, 江苏省代表队.
    (&["队"], &["队"]),
];

/// Words that ask which one of a kind, said before the kind's word.
const WHICH: &[&str] = &[
    "哪个",
    "哪家",
    "哪所",
    "哪座",
    "哪支",
    "哪些",
    "哪几个",
    "哪几家",
    "哪一家",
    "哪一个",
    "什么",
];

const LENGTH: u16 = 1;
const AREA: u16 = 1 << 1;
const MONEY: u16 = 1 << 2;
const PEOPLE: u16 = 1 << 3;
const DURATION: u16 = 1 << 4;
const WEIGHT: u16 = 1 << 5;
const SHARE: u16 = 1 << 6;
const POWER: u16 = 1 << 7;
const HEAD: u16 = 1 << 8;
const MACHINES: u16 = 1 << 9;
const VEHICLES: u16 = 1 << 10;
const HOURS: u16 = 1 << 11;
const ENERGY: u16 = 1 << 12;
const AGE: u16 = 1 << 13;

/// Words of a question that ask for a unit class.
const ASKED: &[(&str, u16)] = &[
    ("多长时间", DURATION),
    ("多长", LENGTH),
    ("多远", LENGTH),
    ("长度", LENGTH),
    ("多宽", LENGTH),
    ("宽度", LENGTH),
    ("多大面积", AREA),
    ("面积", AREA),
    ("占地", AREA),
    ("多少亩", AREA),
    ("多大", AREA),
    ("年纪", AGE),
    // (混血宝宝多大了: the young are asked their age.)
    ("宝宝多大", AGE),
    ("孩子多大", AGE),
    ("小孩多大", AGE),
    ("岁数", AGE),
    ("几岁", AGE),
    ("多少钱", MONEY),
    ("资金", MONEY),
    ("金额", MONEY),
    ("投资", MONEY),
    ("收入", MONEY),
    ("产值", MONEY),
    ("多少元", MONEY),
    ("多少人", PEOPLE),
    ("几个人", PEOPLE),
    ("几人", PEOPLE),
    ("人数", PEOPLE),
    ("多少名", PEOPLE),
    ("几名", PEOPLE),
    ("多少游客", PEOPLE),
    ("多久", DURATION),
    ("几天", DURATION),
    ("多少天", DURATION),
    ("几年", DURATION),
    ("多少秒", DURATION),
    ("多少小时", HOURS),
    ("几个小时", HOURS),
    ("多少吨", WEIGHT),
    ("多重", WEIGHT),
    ("产量", WEIGHT),
    ("产多少", WEIGHT),
    ("年产", WEIGHT),
    ("多少斤", WEIGHT),
    ("发电量", ENERGY),
    ("发多少电", ENERGY),
    ("多少电", ENERGY),
    ("电量", ENERGY),
    ("多少度电", ENERGY),
    ("货运量", WEIGHT),
    ("过货量", WEIGHT),
    ("比例", SHARE),
    ("占比", SHARE),
    ("百分之", SHARE),
    ("成活率", SHARE),
    ("覆盖率", SHARE),
    ("参保率", SHARE),
    ("增长多少", SHARE),
    ("同比", SHARE),
    ("装机", POWER),
    ("容量", POWER),
    ("电力", ENERGY),
    ("几头", HEAD),
    ("多少头", HEAD),
    ("多少台", MACHINES),
    ("几台", MACHINES),
    ("多少辆", VEHICLES),
    ("辆次", VEHICLES),
];

/// Units of each class, as figures end with them.
const UNITS: &[(&str, u16)] = &[
    ("公里", LENGTH),
    ("千米", LENGTH),
    // (降水量不足200毫米: a depth of rain, no length a question of 多长
    // asks.)
    ("毫米", 0),
    ("米", LENGTH),
    ("亩", AREA),
    ("公顷", AREA),
    ("平方公里", AREA),
    ("平方米", AREA),
    ("元", MONEY),
    ("毛", MONEY),
    ("角", MONEY),
    ("斤", WEIGHT),
    ("公斤", WEIGHT),
    ("千克", WEIGHT),
    ("人次", PEOPLE),
    ("人", PEOPLE),
    ("名", PEOPLE),
    ("天", DURATION),
    ("年", DURATION),
    ("个月", DURATION),
    ("秒", DURATION),
    ("分钟", DURATION),
    ("小时", HOURS),
    ("岁", AGE),
    ("吨", WEIGHT),
    ("%", SHARE),
    ("个百分点", SHARE),
    ("成", SHARE),
    ("倍", SHARE),
    ("瓦", POWER),
    // (新建变电容量800万千伏安: a transformer's capacity.)
    ("伏安", POWER),
    ("千瓦时", ENERGY),
    ("度", ENERGY),
    ("GW", POWER),
    ("MWh", ENERGY),
    ("头", HEAD),
    ("台", MACHINES),
    ("套", MACHINES),
    ("辆", VEHICLES),
    ("辆次", VEHICLES),
];

/// Unit words a question may name after 多少 or 几, in groups of words
/// that count the same things (几所高校 is answered by 3家), longest first.
const UNIT_WORDS: &[&[&str]] = &[
    &["万千瓦时", "千瓦时", "MWh", "mwh", "kWh", "kwh"],
    // (多少兆瓦, of 智汇隆达42MW分散式风电项目: MW is 兆瓦; a question's
    // letters are lower case once normalized.)
    &[
        "万千瓦",
        "千瓦",
        "兆瓦",
        "MW",
        "mw",
        "GW",
        "gw",
        "kW",
        "kw",
        "KW",
    ],
    &["平方公里"],
    &["公里"],
    &["万亩", "亩", "公顷"],
    &["万吨", "吨", "公斤", "斤"],
    &["亿元", "万元", "元"],
    &["万人次", "人次", "万人", "人", "名", "位"],
    &["户"],
    &["件"],
    &["瓶"],
    &["列"],
    &["幅"],
    &["头", "只"],
    &["台", "套"],
    &["辆"],
    &["座", "所", "家"],
    &["株", "棵"],
    // 多少种中药材: 20多种.
    &["种", "类"],
    &["项"],
    &["场次", "场", "次"],
    &["个百分点"],
    &["倍"],
    &["岁"],
    &["小时", "分钟", "秒"],
    // 开了几天: days, which ten years (十年) are not.
    &["天", "工作日"],
];

/// Words that open with a unit word and are none (多少天然气).
const NOT_UNITS: &[&str] = &[
    "天然", "天气", "天空", "天津", "天鹅", "天下", "天地", "家庭", "家长", "家属", "家乡", "家具",
    "家电", "家禽", "家畜", "年轻", "户籍", "户口", "户外", "户型", "所得",
];

/// The characters the words of [`UNIT_WORDS`] begin with, sorted.
static UNIT_FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut firsts: Vec<char> = UNIT_WORDS
        .iter()
        .flat_map(|g| g.iter())
        .filter_map(|u| u.chars().next())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
});

/// The qualifiers a figure may end with after its unit (15万吨以上).
const TRAILING: &[&str] = &["以上", "以下", "左右", "多"];

impl Measure {
    /// The units `normalized` asks for; empty when it asks for none.
    pub fn asked(normalized: &str) -> Measure {
        // Every word of [`ASKED`] the question holds, in one pass: each
        // occurrence of each word is reported, so the classes are those of
        // the words it contains.
        static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasick::new(ASKED.iter().map(|(w, _)| w)).expect("unit words build an automaton")
        });
        // (哪几天 asks which days, dates: no duration.)
        let classes = WORDS
            .find_overlapping_iter(normalized)
            .filter(|found| {
                !(normalized[..found.start()].ends_with('哪')
                    && ASKED[found.pattern().as_usize()].0 == "几天")
            })
            .fold(0, |m, found| m | ASKED[found.pattern().as_usize()].1);
        // 多大年纪 asks an age, not the area 多大 asks of a thing.
        let classes = if classes & AGE != 0 {
            classes & !AREA
        } else {
            classes
        };
        Measure(
            classes,
            Measure::unit_asked(normalized).1,
            name_kind(normalized),
        )
    }

    /// Only the unit a count asks in (多少万吨: the group of 万吨), without
    /// the classes of words [`Measure::asked`] also looks for: all that
    /// [`Measure::unmet`] reads, for a caller that needs no more.
    pub fn unit_asked(normalized: &str) -> Measure {
        // Where each count ends, found in one pass over the characters
        // (a search of the bytes for each word cost more than the rest):
        // every 多少 from the left, then every 几. Each is (whether it is
        // 几, where it ends).
        let mut ends: SmallVec<[(bool, usize); 4]> = SmallVec::new();
        let mut prev = None;
        for (i, c) in normalized.char_indices() {
            match c {
                '少' if prev == Some('多') => ends.push((false, i + c.len_utf8())),
                // (这几天, 前几年: some days, said, not asked; 第几位 asks a
                // rank, not a number of people.)
                // (哪几天是交易日 asks which days, dates, not how many;
                // 哪几种菌 which kinds, by name.)
                '几' if !matches!(prev, Some('这' | '那' | '前' | '过' | '头' | '第' | '哪')) => {
                    ends.push((true, i + c.len_utf8()))
                }
                _ => {}
            }
            prev = Some(c);
        }
        ends.sort_by_key(|&(ji, _)| ji);
        let unit = ends.iter().find_map(|&(_, end)| {
            let after = &normalized[end..];
            // Most counts are followed by no unit (多少钱, 几个): one look
            // at the next character settles those.
            let next = after.chars().next()?;
            if UNIT_FIRSTS.binary_search(&next).is_err()
                || NOT_UNITS.iter().any(|w| after.starts_with(w))
            {
                return None;
            }
            UNIT_WORDS
                .iter()
                .filter_map(|g| {
                    g.iter()
                        .find(|u| after.starts_with(**u))
                        .map(|u| (g, u.len()))
                })
                .max_by_key(|&(_, len)| len)
                .map(|(g, _)| *g)
        });
        Measure(0, unit, None)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0 && self.1.is_none() && self.2.is_none()
    }

    /// 1 when one of the fact's figures is in a unit asked for, else 0.
    pub fn fits(self, fact: &Fact) -> f32 {
        if self.is_empty() {
            return 0.0;
        }
        let offered = fact.figures.iter().fold(0, |m, f| m | of_value(&f.value));
        let named = self.1.is_some_and(|g| in_units(fact, g));
        let kind = self
            .2
            .is_some_and(|endings| names_one(&fact.answer, endings));
        if offered & self.0 != 0 || named || kind {
            1.0
        } else {
            0.0
        }
    }

    /// Whether the question names a unit (多少万吨, 多少瓶) that none of
    /// `facts` has a figure in: then no point of theirs answers it.
    pub fn unmet<'a>(self, mut facts: impl Iterator<Item = &'a Fact>) -> bool {
        let Some(group) = self.1 else {
            return false;
        };
        !facts.any(|f| in_units(f, group))
    }
}

/// The endings of the kind of name `normalized` asks for, if it asks one.
/// What the question says was done by the one of a kind it asks about,
/// after the kind's word (哪个单位培育的: 培育), when it says it there.
pub fn deed_of_kind(normalized: &str) -> Option<&str> {
    if !normalized.contains('哪') {
        return None;
    }
    WHICH.iter().find_map(|w| {
        crate::text::find_all(normalized, w).find_map(|i| {
            let after = &normalized[i + w.len()..];
            let kind = NAME_KINDS
                .iter()
                .flat_map(|(asked, _)| asked.iter())
                .find(|a| after.starts_with(*a))?;
            let rest = &after[kind.len()..];
            let end = rest
                .char_indices()
                .find(|(_, c)| "的了呢啊吗呀".contains(*c) || !crate::text::is_han(*c))
                .map_or(rest.len(), |(b, _)| b);
            let deed = &rest[..end];
            (2..=4).contains(&deed.chars().count()).then_some(deed)
        })
    })
}

pub fn name_kind(normalized: &str) -> Option<&'static [&'static str]> {
    // Most questions ask no which: one look settles them.
    if !normalized.contains(['哪', '么']) {
        return None;
    }
    WHICH.iter().find_map(|w| {
        crate::text::find_all(normalized, w).find_map(|i| {
            let after = &normalized[i + w.len()..];
            NAME_KINDS
                .iter()
                .find(|(asked, _)| asked.iter().any(|a| after.starts_with(a)))
                .map(|(_, endings)| *endings)
        })
    })
}

/// Words that open with a kind's ending and are no name of the kind
/// (花费 is money spent, not a flower).
const RUNS_ON: &[&str] = &["花费", "花钱", "花销", "花生", "花椒", "花样", "花卉"];

/// Whether `text` names something ending in one of `endings`, with at
/// least two characters of name before it (小河口景区; not 该景区).
pub fn names_one(text: &str, endings: &[&str]) -> bool {
    // (由医院先行垫付, 让企业: a word of grammar before the kind is no
    // name; 那 a syllable of one, 哈达那拉嘎查, when it does not stand
    // right before the kind.)
    const GRAMMAR: &str = "该本这那其全各由在给向让到和与及对把被从为的是要个些多几一每";
    endings.iter().any(|e| {
        crate::text::find_all(text, e).any(|i| {
            let mut before = text[..i].chars().rev();
            let name = |c: Option<char>, syllable: bool| {
                c.is_some_and(|c| {
                    crate::text::is_han(c) && (!GRAMMAR.contains(c) || syllable && c == '那')
                })
            };
            // (总花费: an ending that opens another word ends no name.)
            let ends = !RUNS_ON.iter().any(|w| text[i..].starts_with(w));
            ends && name(before.next(), false) && name(before.next(), true)
        })
    })
}

fn in_units(fact: &Fact, group: &[&str]) -> bool {
    fact.figures.iter().any(|f| {
        group.iter().any(|u| counted(&f.value).contains(u))
            // 村里80%的人都外出打工: a share of what the unit counts.
            || f.value.ends_with(['%', '％'])
                && crate::text::find_all(&fact.answer, &format!("{}的", f.value)).any(|i| {
                    let after: String = fact.answer[i + f.value.len() + "的".len()..]
                        .chars()
                        .take(3)
                        .collect();
                    group.iter().any(|u| after.contains(u))
                })
    })
}

/// What a figure counts: a rate (1439.40公斤/亩) counts what comes before
/// its `/` (公斤), not what it is counted per (亩).
fn counted(value: &str) -> &str {
    value.split('/').next().unwrap_or(value)
}

/// The unit class of a figure's value: `6.19公里` is a length.
fn of_value(value: &str) -> u16 {
    let mut v = counted(value.trim());
    for t in TRAILING {
        v = v.strip_suffix(t).unwrap_or(v);
    }
    // A range or change is measured by its last figure: 由2.96%增加到8.42%.
    if v.chars().last().is_none_or(|c| c.is_ascii_digit()) {
        return 0;
    }
    // A date is no duration: 2024年, 8月5日.
    if v.ends_with('日')
        || v.ends_with('月')
        || v.chars().take_while(char::is_ascii_digit).count() == 4 && v.ends_with('年')
    {
        return 0;
    }
    // (27万平方公里 is an area, of the longest unit it ends with: no
    // length in 公里.)
    let ends = |u: &str| v.ends_with(u);
    UNITS
        .iter()
        .filter(|(u, _)| {
            ends(u)
                && !UNITS
                    .iter()
                    .any(|(w, _)| w.len() > u.len() && w.ends_with(u) && ends(w))
        })
        .fold(0, |m, (_, bit)| m | bit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{FactKind, Figure};

    #[test]
    fn the_deed_of_the_one_asked_about_follows_its_kind() {
        assert_eq!(deed_of_kind("中科发5号是哪个单位培育的"), Some("培育"));
        assert_eq!(deed_of_kind("奶业大会是哪家单位主办的"), Some("主办"));
        assert_eq!(deed_of_kind("引进芬兰驯鹿的是哪个单位"), None);
        assert_eq!(deed_of_kind("去哪家医院好"), None);
        assert_eq!(deed_of_kind("呼伦湖有多少鱼"), None);
    }

    fn fact(values: &[&str]) -> Fact {
        Fact {
            id: "f".into(),
            label: "l".into(),
            question: "q".into(),
            keywords: Vec::new(),
            answer: "a".into(),
            figures: values
                .iter()
                .map(|v| Figure {
                    label: "x".into(),
                    value: v.to_string(),
                })
                .collect(),
            kind: FactKind::Number,
        }
    }

    #[test]
    fn units_asked_and_offered() {
        let cases: &[(&str, &[&str], f32)] = &[
            ("我国首条跨境无人运输通道有多长", &["6.19公里"], 1.0),
            (
                "我国首条跨境无人运输通道有多长",
                &["220千伏", "2013年"],
                0.0,
            ),
            ("产业园占地多大", &["5000亩"], 1.0),
            ("绿电比例是多少", &["60%"], 1.0),
            ("森林覆盖率是多少", &["由建盟初的2.96%增加到8.42%"], 1.0),
            ("大会开了几天", &["4天"], 1.0),
            ("大会开了几天", &["8月4日"], 0.0),
            ("每年能造多少台风力发电机", &["5.2万套", "1300台"], 1.0),
            ("游客有多少", &["75万人次"], 0.0),
            ("接待了多少游客", &["75万人次"], 1.0),
            ("鱼类资源有多少吨", &["15万吨以上"], 1.0),
            ("呼伦湖有多少鱼", &["15万吨以上"], 0.0),
            ("一年能发多少电", &["41亿千瓦时"], 1.0),
            ("一年能发多少电", &["200万千瓦"], 0.0),
            ("总装机容量是多少", &["924兆瓦"], 1.0),
            ("穿一双鞋带给多少钱", &["5毛"], 1.0),
            ("敖汉小米一年能产多少", &["6亿斤"], 1.0),
            ("有多少瓶", &["6亿斤"], 0.0),
            ("家里有几头驯鹿", &["80头"], 1.0),
            ("娜仁高娃多大年纪", &["61岁"], 1.0),
            ("娜仁高娃多大年纪", &["320平方米"], 0.0),
            // The young are asked their age.
            ("混血宝宝多大了", &["3岁"], 1.0),
            ("混血宝宝多大了", &["100余头"], 0.0),
            ("厂房多大", &["320平方米"], 1.0),
            // An area is no length, nor rain's depth the length asked.
            ("防沙阻沙带有多长", &["27万平方公里"], 0.0),
            ("防沙阻沙带有多长", &["不足200毫米"], 0.0),
            ("防沙阻沙带有多长", &["1856公里"], 1.0),
            ("玉猪龙有多重", &["2.1亿公斤"], 1.0),
            ("玉猪龙有多重", &["三件"], 0.0),
            // A rate counts what comes before its `/`: a yield per 亩 is
            // a weight, no area.
            ("玉米地种了多少亩", &["1439.40公斤/亩"], 0.0),
            ("玉米地种了多少亩", &["38亩"], 1.0),
            ("这块地能打多少斤", &["1439.40公斤/亩"], 1.0),
        ];
        // 几天 asks in days; 天然气 is no unit of days.
        assert!(Measure::unit_asked("大会开了几天").1.is_some());
        assert!(Measure::unit_asked("一天能处理多少天然气").is_empty());
        assert!(Measure::unit_asked("京津冀有多少家庭用鄂尔多斯的天然气").is_empty());
        assert!(Measure::unit_asked("有多少年轻人返乡").is_empty());
        assert!(Measure::unit_asked("二卡社区有多少户籍人口").is_empty());
        assert!(Measure::unit_asked("社区有多少户居民").1.is_some());
        // 哪几天 asks which days, dates: no number of days.
        assert!(Measure::asked("每月哪几天是交易日").is_empty());
        assert!(Measure::unit_asked("每月哪几天是交易日").is_empty());
        // 哪几种菌 asks which kinds, by name; 所得税 is no count of 所.
        assert!(Measure::unit_asked("曙光产业园重点发展哪几种菌").is_empty());
        assert!(Measure::unit_asked("项目每年缴纳多少所得税").is_empty());
        assert!(!Measure::unit_asked("种了多少种中药材").is_empty());
        for (question, values, expected) in cases {
            let _ = Measure::asked(question).unmet(std::iter::once(&fact(values)));
            assert_eq!(
                Measure::asked(question).fits(&fact(values)),
                *expected,
                "{question} {values:?}"
            );
        }
    }
}

#[cfg(test)]
mod unmet_tests {
    use super::*;

    #[test]
    fn units_named_and_not_offered() {
        let fact = |v: &str| Fact {
            id: "f".into(),
            label: "l".into(),
            question: "q".into(),
            keywords: Vec::new(),
            answer: "a".into(),
            figures: vec![crate::knowledge::Figure {
                label: "x".into(),
                value: v.into(),
            }],
            kind: crate::knowledge::FactKind::Number,
        };
        let facts = [fact("1500列"), fact("21.2%"), fact("3家")];
        let cases = [
            ("今年进口了多少万吨煤炭", true),
            ("出入境中欧班列有多少列", false),
            ("同比增长多少", false),
            ("羊绒衫出口了多少件", true),
            ("支持了几所高校", false),
            // 多少 is read before 几, wherever each stands.
            ("几所高校花了多少万吨", true),
            ("多少个几家", false),
            ("多多少件", true),
        ];
        for (q, unmet) in cases {
            assert_eq!(Measure::asked(q).unmet(facts.iter()), unmet, "{q}");
            assert_eq!(Measure::unit_asked(q).unmet(facts.iter()), unmet, "{q}");
        }
        // A rate is counted in what comes before its `/`: 公斤/亩 gives no
        // area, and 多少亩 is not met by it.
        let rate = [fact("1439.40公斤/亩")];
        for (q, unmet) in [("测产的地种了多少亩", true), ("能打多少公斤", false)] {
            assert_eq!(Measure::asked(q).unmet(rate.iter()), unmet, "{q}");
        }
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn kinds_of_names_asked_and_named() {
        let scenic = name_kind("渔业公司转型打造了哪个景区").expect("asks a scenic area");
        assert!(names_one("为打造小河口景区，渔业公司自筹3000万元", scenic));
        // A kind word with no name before it names nothing.
        assert!(!names_one("该景区接待游客75万人次", scenic));
        let flowers = name_kind("五一都能看到哪些花").expect("asks flowers");
        assert!(names_one("宁城县的杜鹃花、翁牛特旗的文冠花", flowers));
        assert!(!names_one("实现国内游客总花费7.9亿元", flowers));
        assert!(!names_one("禁渔后转型做生态旅游", scenic));
        let firm = name_kind("穿鞋带的活儿是哪家企业给的").expect("asks a firm");
        assert!(names_one("长川制靴有限公司急需人手", firm));
        // 电厂街道 is a street, not a factory.
        assert!(!names_one("通辽市经济技术开发区电厂街道明珠社区", firm));
        let body = name_kind("名录是哪个部门公布的").expect("asks a body");
        assert!(names_one("农业农村部农产品质量安全中心日前公布", body));
        assert!(names_one("经自治区科技厅审核通过", body));
        let village = name_kind("呼伦青格力是哪个嘎查的牧民").expect("asks a village");
        assert!(names_one(
            "在阿巴嘎旗阿日宝拉格嘎查，牧民呼伦青格力",
            village
        ));
        // (那, a syllable of a Mongolian name.)
        assert!(names_one(
            "在葛根庙镇哈达那拉嘎查种植户钟淑霞的蔬菜大棚里",
            village
        ));
        assert!(!names_one("牧民们都回到那嘎查", village));
        assert_eq!(name_kind("呼伦湖有多少鱼"), None);
        assert_eq!(name_kind("哪个好"), None);
    }
}
