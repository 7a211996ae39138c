//! Whether an answer explains the question it would answer.
//!
//! [`super::decide`] picks the best reading of a question: a story and a
//! point of it. This module asks what that reading leaves unexplained. Each
//! character of the question is accounted for by the reading (its story's
//! names, its point's keywords and text), by the language (question words,
//! filler, words of talk), or not at all. What is left over is weighed
//! against what matched: a question that shares a word with a story while
//! asking about something else (小河口景区门票多少钱: the page gives no ticket
//! price) is declined with what the bot has; one between answering and
//! declining is asked back; a place outside Inner Mongolia that the story
//! does not concern is treated like a region with no story.
//!
//! The outcome is a [`Judged`]: the final decision, a confidence from 0 to
//! 1, and why.
//!
//! [`question`] reads the question once for all its readings; [`point`]
//! asks whether the reading's point gives what is asked; [`names`] finds
//! names the reading does not account for; [`premises`] checks a figure or
//! year the question asserts.

mod names;
mod point;
mod premises;
mod question;

use std::fmt::{self, Write as _};

use smallvec::SmallVec;

use super::bm25::Doc;
use super::decide::Decision;
use super::evidence::Evidence;
use super::evidence::Found;
use super::index::{Index, Target};
use super::lexicon;
use crate::knowledge::{KnowledgeBase, LocalFactId, RegionId, TopicId};
use crate::text::{SEP, is_han, is_stop_char};

use names::{
    AREA_UNITS, PLACE_ASKED, SLOTS, about_person, mentions_place, names_place, names_place_asked,
    other_story_names, other_story_people, scope_outside_keywords, slot_filled, unknown_bodies,
    unknown_names,
};
use point::{
    counts_in, gives_unit, has_number, is_measure, unit_of, units_asked, units_counted, unsaid_year,
};
use premises::{Premise, place_premise, premise, region_premise};
use question::{INLINE_CHARS, PerChar, is_numeral};

pub(crate) use names::ROLES;
pub use question::Question;

/// Short names the page gives a group of places by (港澳), with the places.
const PLACE_GROUPS: &[(&str, &[&str])] = &[
    ("港澳", &["香港", "澳门"]),
    ("京津冀", &["北京", "天津", "河北"]),
    ("京津", &["北京", "天津"]),
    ("江浙沪", &["江苏", "浙江", "上海"]),
    ("长三角", &["上海", "江苏", "浙江", "安徽"]),
    ("珠三角", &["广东", "广州", "深圳"]),
];

/// A reading of a question: a story and, perhaps, one point of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub topic: usize,
    pub fact: Option<usize>,
}

impl Reading {
    /// The reading of a story (and point) a decision names, in the index's
    /// positions.
    pub fn new(topic: TopicId, fact: Option<LocalFactId>) -> Reading {
        Reading {
            topic: topic.index(),
            fact: fact.map(LocalFactId::index),
        }
    }
}

/// What one character of the question is, for one reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// A question word, filler, a word of talk, a particle, a separator.
    Function,
    /// Digits or Chinese numerals: weighed by the figures, not as words.
    Number,
    /// Names the reading's story: its region, places, title, keywords, reporter.
    Story,
    /// Words of the story's overview, not of the point: the story says
    /// them, the point does not.
    Context,
    /// The reading's point: its keywords or the words of its text.
    Point,
    /// Another point of the same story.
    Sibling,
    /// Another story.
    Other,
    /// A place outside Inner Mongolia.
    Outside,
    /// Nothing the bot knows.
    Unknown,
}

impl Part {
    /// Whether nothing of the reading explains the character: another
    /// point or story may, or nothing the bot knows.
    fn is_unexplained(self) -> bool {
        matches!(
            self,
            Part::Sibling | Part::Other | Part::Unknown | Part::Outside
        )
    }

    fn mark(self) -> char {
        match self {
            Part::Function => '.',
            Part::Number => '#',
            Part::Story => 'S',
            Part::Context => 'c',
            Part::Point => 'P',
            Part::Sibling => 's',
            Part::Other => 'o',
            Part::Outside => 'X',
            Part::Unknown => '?',
        }
    }
}

/// The runs of characters whose parts `open` keeps, as character spans, in
/// the order they stand.
pub(super) fn runs_of(parts: &[Part], open: impl Fn(Part) -> bool) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, &p) in parts.iter().chain([&Part::Function]).enumerate() {
        match (open(p), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// A question weighed against one reading.
#[derive(Debug, Clone, Default)]
pub struct Weighed {
    pub parts: PerChar<Part>,
    /// Characters naming the reading's story.
    pub story: f32,
    /// Characters of the reading's point (keywords and text).
    pub point: f32,
    /// Weighted characters of other points of the same story.
    pub sibling: f32,
    /// Weighted characters of other stories, and of nothing known.
    pub other: f32,
    pub unknown: f32,
    /// A place outside Inner Mongolia the reading does not concern.
    pub outside: Option<(usize, usize)>,
    /// Unexplained characters at the heart of the question: asked about
    /// by a question word, or asking for what news does not hold.
    pub heart: usize,
    /// The heart holds a person another story has a point on (赵辉): the
    /// span of their name and that story.
    pub other_person: Option<(usize, usize, usize)>,
    /// The question words ask for a figure the point does not have.
    pub mismatch: bool,
    /// Which rule found the mismatch (the first), for `ask --explain`.
    pub mismatch_why: &'static str,
    /// How many rules found one.
    pub mismatches: u8,
    /// The units asked in that the point does not count in (几岁, of a
    /// point in 头): another point of the story that does may answer.
    pub units_lacking: Option<&'static [&'static str]>,
    /// The unit a bare 多少 counts in (多少头肉牛: 头) that the point's
    /// figures do not count in: another point's may.
    pub counted_lacking: Option<&'static [&'static str]>,
    /// The mismatch is one of kind (a number or a date asked, none given),
    /// which another point of the story may settle.
    pub another_point_may: bool,
    /// A number is asked and the point gives none: only a point that gives
    /// one may settle it.
    pub number_lacking: bool,
    /// A count is asked of a place the point does not name (科尔沁区, of
    /// 通辽市一共有123个): only a point that names it may settle it.
    pub place_lacking: Option<String>,
    /// Which characters are at the heart of the question.
    pub hearts: PerChar<bool>,
}

impl Weighed {
    fn mismatch(&mut self, why: &'static str) {
        if !self.mismatch {
            self.mismatch_why = why;
        }
        self.mismatch = true;
        self.mismatches = self.mismatches.saturating_add(1);
    }

    /// What the question asks beyond naming the story, unexplained by the
    /// reading, weighted.
    pub fn unexplained(&self) -> f32 {
        self.sibling + self.other + self.unknown
    }

    /// Counts the words of the story's other points as naming the story:
    /// for a question about the story as printed (驯鹿选美那篇稿子的照片
    /// 是谁拍的), they only say which story.
    fn siblings_name_story(&mut self) {
        for (p, h) in self.parts.iter_mut().zip(self.hearts.iter_mut()) {
            if *p == Part::Sibling {
                *p = Part::Story;
                self.story += 1.0;
                *h = false;
            }
        }
        self.sibling = 0.0;
        self.heart = self.hearts.iter().filter(|h| **h).count();
    }

    /// How many characters the reading leaves unexplained, unweighted.
    pub fn unexplained_chars(&self) -> usize {
        self.parts.iter().filter(|p| p.is_unexplained()).count()
    }

    /// The runs of characters that nothing explains, or only another
    /// reading does, longest first.
    pub fn runs(&self) -> Vec<(usize, usize)> {
        let mut runs = runs_of(&self.parts, |p| {
            matches!(p, Part::Unknown | Part::Other | Part::Outside)
        });
        runs.sort_by_key(|&(s, e)| (std::cmp::Reverse(e - s), s));
        runs
    }
}

impl fmt::Display for Weighed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let marks: String = self.parts.iter().map(|p| p.mark()).collect();
        write!(
            f,
            "{marks} | story {:.1} point {:.1} sibling {:.1} other {:.1} unknown {:.1} heart {}",
            self.story, self.point, self.sibling, self.other, self.unknown, self.heart
        )?;
        if let Some((s, e)) = self.outside {
            write!(f, " outside {s}..{e}")?;
        }
        if self.mismatch {
            write!(f, " mismatch ({})", self.mismatch_why)?;
        }
        Ok(())
    }
}

/// Units a bare 多少 may count in, one character each, for looking for
/// a point that counts in the one asked.
const COUNTED_UNITS: &[&str] = &[
    "头", "只", "匹", "个", "家", "名", "人", "亩", "吨", "元", "次", "场", "所", "辆", "台", "套",
    "座", "条", "项", "户", "株", "棵", "斤", "米", "件", "种", "批",
];

/// Question words that ask which one of a kind the word after them names
/// (什么科目, 哪个科室).
const KIND_ASKS: &[&str] = &[
    "什么", "啥", "哪个", "哪所", "哪类", "哪项", "哪部", "哪支", "哪门",
];

/// Kinds asked after 什么 or 哪个 that a point answers only by naming
/// one (什么品种, 哪个型号, 什么牌子).
const VARIETIES: &[&str] = &["品种", "型号", "牌子"];

/// Characters of grammar, which no name of a variety or a kind ends with
/// before the thing it names (的鱼类, 有苹果).
const NOT_A_NAME: &str = "的是让把被在和与及了种这那其该各有";

/// Whether `answer` names a variety or a model of what the question asks
/// one of at the span `(s, e)` (什么品种): a numbered or lettered name
/// (中科发5号, 运-5B), or the thing asked with a name before it the question
/// does not say (种的苹果是什么品种, of 寒富苹果; not 石拐玉米 of 石拐玉米
/// 是什么品种的玉米, nor a deed, 规划奶牛).
fn names_variety(q: &Question, (s, e): (usize, usize), answer: &str) -> bool {
    if answer.contains('号') || answer.contains(|c: char| c.is_ascii_alphabetic()) {
        return true;
    }
    let after = q.text((e, q.len()));
    let after = after.strip_prefix('的').unwrap_or(&after);
    let before = q.text((0, s));
    let before = before.strip_suffix('是').unwrap_or(&before);
    let things = [
        after.chars().take(2).collect::<String>(),
        before
            .chars()
            .rev()
            .take(2)
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect(),
    ];
    // (规划奶牛存栏12000头: a deed done to the thing names no variety.)
    const DEEDS: &[&str] = &[
        "规划", "计划", "养殖", "饲养", "种植", "引进", "新增", "发展", "培育", "推广", "收购",
        "销售", "生产", "加工", "说明", "提供", "携带", "查获", "购买", "出售", "运输", "走私",
    ];
    // (外国品牌香烟: the word for a brand names none.)
    const KINDS: &[&str] = &["品牌", "名牌", "牌子", "品种", "型号"];
    things
        .iter()
        .filter(|t| t.chars().count() == 2 && t.chars().all(is_han))
        .any(|thing| {
            answer.match_indices(thing.as_str()).any(|(at, _)| {
                let name: Vec<char> = answer[..at].chars().rev().take(2).collect();
                name.len() == 2
                    && name.iter().all(|c| is_han(*c) && !NOT_A_NAME.contains(*c))
                    && !DEEDS.contains(&format!("{}{}", name[1], name[0]).as_str())
                    && !KINDS.contains(&format!("{}{}", name[1], name[0]).as_str())
                    && !q
                        .normalized
                        .contains(&format!("{}{}{thing}", name[1], name[0]))
            })
        })
}

/// Whether `answer` names kinds of `thing`, as a question asking 哪几种
/// of it wants: a list (鲤鱼、白鱼), a count by kind (30多种), or the thing
/// with a name before it the question does not say (近自然造林). Not the
/// thing as a whole (呼伦湖的鱼类资源).
fn names_kinds(q: &Question, thing: &str, answer: &str) -> bool {
    let counted = answer.char_indices().any(|(at, c)| {
        matches!(c, '种' | '类')
            && answer[..at]
                .chars()
                .next_back()
                .is_some_and(|d| d.is_ascii_digit() || "多几两一二三四五六七八九十余".contains(d))
    });
    answer.contains('、')
        || counted
        || answer.match_indices(thing).any(|(at, _)| {
            answer[..at].chars().next_back().is_some_and(|c| {
                is_han(c)
                    && !NOT_A_NAME.contains(c)
                    && !q.normalized.contains(&format!("{c}{thing}"))
            })
        })
}

/// Words asking a measure that news does not hold in general, answered
/// by a point that gives a figure in one of its units.
const MEASURED_AWAY: &[(&[char], &[&str])] =
    &[(&['面', '积'], AREA_UNITS), (&['多', '深'], &["米"])];

/// Words naming a length.
const LENGTHS: &[&str] = &["全长", "总长", "长度", "里程"];

/// Words asked away that ask what a firm makes.
const PRODUCT_ASKS: &[&str] = &["做什么产品", "产品是什么", "生产什么", "主营"];

/// Words that tell of a sale.
const SALES: &[&str] = &["卖", "出售", "销售", "售出", "销往"];

/// Words asking how a thing is made, answered by a point that says one of
/// the words beside them (经过清洗、挤压、杀菌、调配).
/// (What a thing is for was tried too, 电熔镁砂拿来做什么用: a service's
/// use is told in too many words, 服务站宣传就业创业政策, to list.)
const SAID_AWAY: &[(&[&str], &[&str])] = &[(
    &["怎么生产", "如何生产", "怎么制作", "如何制作", "怎么做出来"],
    &[
        "经过", "通过", "采用", "工艺", "流程", "工序", "制成", "做成", "步骤",
    ],
)];

/// Words asking how, right before what is done.
const HOW_ASKS: &[&str] = &["怎么", "如何", "怎样", "咋", "要怎么", "该怎么"];

/// Words of a point that tells how or where one applies.
const APPLIED: &[&str] = &[
    "申请", "申报", "提交", "登录", "填写", "窗口", "网上", "流程", "步骤", "办理",
];

/// Words that tell an event held.
const HELD: &[&str] = &["举行", "举办", "召开", "开幕"];

/// Words for whoever heads something, whatever the title.
const HEADS: &[&str] = &["负责人", "领导", "一把手", "带头人", "牵头人"];

/// How much a lone unexplained character counts: one character between
/// explained words is mostly grammar (靠, 跟), not a subject.
const LONE_WEIGHT: f32 = 0.4;
/// How much a character counts that another point of the same story
/// explains: the question may mean that point instead.
const SIBLING_WEIGHT: f32 = 0.7;
/// How much more an unexplained word counts that asks for what news does
/// not hold (门票, 挂号, 推荐), or that a question word asks about (多少亩:
/// 亩; 什么植物: 植物): either is the heart of the question.
const HEART_WEIGHT: f32 = 3.0;
/// Characters next to a question word that it asks about, at most.
const FOCUS_REACH: usize = 3;
/// How far after a bare 多少 the counted word is looked for.
const COUNTED_REACH: usize = 6;
/// How much an unexplained character counts in a clause that asks nothing
/// while another clause asks (钱拨得这么快，安不安全): it sets the scene.
const ASIDE_WEIGHT: f32 = 0.5;

/// Weighs the question against one reading.
pub fn weigh(kb: &KnowledgeBase, index: &Index, q: &Question, reading: Reading) -> Weighed {
    let n = q.len();
    let region = index.topic_regions.get(reading.topic).copied().flatten();
    // Keywords first: what each points at, the best for this reading winning.
    let mut by_keyword: PerChar<Option<Part>> = smallvec::smallvec![None; n];
    // 察右后旗风电装机容量, read as 兴和县's story: a banner or county of
    // the story's region that the story never mentions is another place.
    let mut unconcerned: SmallVec<[(usize, usize); 2]> = SmallVec::new();
    for f in q.found {
        for t in index.triggers(f.pattern) {
            let part = match t.target {
                Target::Topic(x) | Target::Reporter(x) if x == reading.topic => Part::Story,
                // (红山区有什么新闻 asks for the region's news.)
                Target::RegionPlace(r)
                    if Some(r) == region
                        && !mentions_place(kb, reading.topic, r, &q.text((f.start, f.end)))
                        && !lexicon::Intent::of(q.normalized).news =>
                {
                    unconcerned.push((f.start, f.end));
                    Part::Unknown
                }
                Target::Fact(x, y) if x == reading.topic => {
                    if Some(y) == reading.fact || (reading.fact.is_none() && !t.echo) {
                        Part::Point
                    } else if t.echo {
                        Part::Story
                    } else {
                        Part::Sibling
                    }
                }
                Target::Region(r) | Target::RegionPlace(r) if Some(r) == region => Part::Story,
                // 从呼市坐火车到赤峰, of 赤峰's story of trains from
                // 呼和浩特: another region that the story names is one it
                // concerns, whatever the question calls it.
                Target::Region(r)
                    if kb
                        .topics
                        .get(reading.topic)
                        .is_some_and(|t| kb.regions.get(r).is_some_and(|g| t.says(&g.name))) =>
                {
                    Part::Story
                }
                Target::OffTopic => Part::Unknown,
                _ => Part::Other,
            };
            // Another story's keyword made of function words (涨到) is
            // only words here.
            if matches!(part, Part::Sibling | Part::Other)
                && q.function[f.start..f.end].iter().all(|&x| x)
            {
                continue;
            }
            for slot in &mut by_keyword[f.start..f.end] {
                *slot = Some(match *slot {
                    Some(p) => best(p, part),
                    None => part,
                });
            }
        }
    }
    let docs = reading_docs(reading);
    let figures: SmallVec<[&str; 4]> = reading
        .fact
        .and_then(|f| kb.topics.get(reading.topic)?.facts.get(f))
        .map(|f| f.figures.iter().map(|g| g.value.as_str()).collect())
        .unwrap_or_default();
    let mut parts: PerChar<Part> = smallvec::smallvec![Part::Unknown; n];
    for i in 0..n {
        let c = q.chars[i];
        parts[i] = match by_keyword[i] {
            Some(p @ (Part::Story | Part::Point)) => p,
            // Another story's keyword that is only a question word here
            // (多大) says nothing of that story; a figure is weighed as one.
            Some(_) if q.question_word[i] => Part::Function,
            Some(_) if c.is_ascii_digit() => Part::Number,
            // Another point's keyword is explained only by this point's
            // own words: the story's overview mentions every point.
            Some(p) => match text_part(index, q, i, reading, &docs) {
                Part::Point => Part::Point,
                Part::Story if reading.fact.is_none() => Part::Story,
                _ => p,
            },
            None if q.function[i] => Part::Function,
            None if c.is_ascii_digit() || is_numeral(c) => Part::Number,
            None => text_part(index, q, i, reading, &docs),
        };
    }
    // 五百多号人: 号 counts people, as 名 does.
    if q.normalized.contains("号人") {
        for a in q
            .said()
            .iter()
            .filter(|a| q.chars[a.span.0..a.span.1].ends_with(&['号', '人']))
        {
            for p in &mut parts[a.span.0..a.span.1] {
                if *p == Part::Unknown {
                    *p = Part::Number;
                }
            }
        }
    }
    // 穿一双鞋带能挣两块钱吗, of a point that prints 5毛钱: a sum said in
    // a unit the point's figure is counted in too (块 and 毛 are both 元)
    // is a figure of the point, to be checked, whatever its unit's word.
    for a in q.said().iter().filter(|a| !a.year && a.unit == "元") {
        let counted = figures.iter().any(|g| {
            crate::engine::figures::amounts(g)
                .iter()
                .any(|p| p.comparable(a))
        });
        if !counted {
            continue;
        }
        let end = if q.chars.get(a.span.1) == Some(&'钱') {
            a.span.1 + 1
        } else {
            a.span.1
        };
        for p in &mut parts[a.span.0..end] {
            if matches!(*p, Part::Unknown | Part::Other) {
                *p = Part::Number;
            }
        }
    }
    let mut w = Weighed::default();
    // A place outside Inner Mongolia counts whatever function words it
    // holds (成都 holds 成), unless the reading's own text names it.
    for &(s, e) in &q.outside {
        // 我是宁夏那边过来的志愿者，……: where the asker comes from, said in
        // a clause about the asker that asks nothing, is not what is asked.
        if (s..e).all(|i| q.weight[i] < 1.0 && !q.asks[i]) {
            continue;
        }
        // 四川的成都七中: a keyword of the reading's own (the editor made
        // 四川 one) says the story concerns the place.
        let own = parts[s..e].iter().all(|&p| p == Part::Point);
        // 芬兰驯鹿生的宝宝: a place abroad that another point of the story
        // names (芬兰的萨米人) is the story's concern too.
        let held = own
            || (s + 1..e).any(|i| {
                q.pair(index, i).is_some_and(|t| {
                    docs.iter().any(|d| index.bm25.holds_term(*d, t))
                        || index.bm25.held_elsewhere(t, reading.topic, &docs).0
                })
            });
        // 香港, of a story of 港澳: a place its short group name holds.
        let grouped = || {
            let place = q.text((s, e));
            let story = kb.topics.get(reading.topic);
            PLACE_GROUPS.iter().any(|(group, members)| {
                members.iter().any(|m| place.starts_with(m))
                    && (reading_text(kb, reading).contains(group)
                        || story.is_some_and(|t| t.answer.contains(group)))
            })
        };
        // 国外多少个国家, of a point that names 蒙古国、俄罗斯…等12个国家:
        // abroad, said of a reading that names places abroad.
        let abroad = || {
            question::ABROAD_WORDS.contains(&q.text((s, e)).as_str()) && {
                let text = reading_text(kb, reading);
                question::ABROAD.iter().any(|c| text.contains(c))
            }
        };
        // 人民日报海外版写的…: a word of the outlet the byline names, said
        // whole.
        let outlet = || {
            let place = q.text((s, e));
            kb.topics
                .get(reading.topic)
                .and_then(|t| t.source.byline.as_deref())
                .is_some_and(|b| {
                    b.split(|c: char| c.is_whitespace() || "《》".contains(c))
                        .any(|w| w.contains(&place) && q.normalized.contains(w))
                })
        };
        if abroad() {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Point);
        } else if outlet() {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Story);
        } else if !held && !grouped() && w.outside.is_none() {
            w.outside = Some((s, e));
            parts[s..e].iter_mut().for_each(|p| *p = Part::Outside);
        }
    }
    let unexplained = Part::is_unexplained;
    let explained = |p: Part| matches!(p, Part::Point | Part::Story);
    let fact = reading
        .fact
        .and_then(|f| kb.topics.get(reading.topic)?.facts.get(f));
    // 二连浩特跟扎门乌德离得有多远, of 二连浩特市与扎门乌德市相距9公里: 离
    // asks the distance a point gives (相距, 距), and 两个城市 after the
    // names is what the point prints them as (…市).
    // (Only looked at when the question says 离.)
    if let Some(f) = fact
        && q.chars.contains(&'离')
        && f.figures
            .iter()
            .any(|g| has_number(&g.value) && point::in_length_unit(&g.value))
        && f.answer.contains('距')
    {
        for i in 0..n {
            if q.chars[i] == '离' && parts[i] == Part::Unknown {
                parts[i] = Part::Point;
            }
        }
        for (s, e) in q.spans_of("城市") {
            // The name before 城市, past a count of them (两个).
            let end = (0..s)
                .rev()
                .find(|&i| !q.function[i] && !is_numeral(q.chars[i]) && q.chars[i] != '个')
                .map_or(0, |i| i + 1);
            let start = (0..end)
                .rev()
                .take_while(|&k| parts[k] == Part::Point)
                .last()
                .unwrap_or(end);
            if end - start >= 2 && f.answer.contains(&format!("{}市", q.text((start, end)))) {
                parts[s..e].iter_mut().for_each(|p| *p = Part::Point);
            }
        }
    }
    // 通道全长多少公里, of a point that prints 长6.19公里: a word naming a
    // length (全长, 总长度) is the point's when one of its figures is one,
    // said of what the point is about. (口岸的铁路全长多少公里 asks the
    // length of a railway the point does not measure.)
    // (A length the point prints as one, 长6.19公里 or 全长1856公里: not
    // 运行距离缩短了500多公里.)
    if let Some(f) = fact
        && f.figures.iter().any(|g| {
            has_number(&g.value)
                && point::in_length_unit(&g.value)
                && f.answer
                    .match_indices(g.value.as_str())
                    .any(|(at, _)| f.answer[..at].chars().rev().take(3).any(|c| c == '长'))
        })
    {
        for (s, e) in LENGTHS.iter().flat_map(|word| q.spans_of(word)) {
            let of = (0..s).rev().find(|&i| !q.function[i]);
            if !of.is_some_and(|i| matches!(parts[i], Part::Point | Part::Story)) {
                continue;
            }
            for p in &mut parts[s..e] {
                if matches!(*p, Part::Unknown | Part::Other | Part::Sibling) {
                    *p = Part::Point;
                }
            }
        }
    }
    // A word asking for what news does not hold is explained only whole
    // (多少 is in every count question; 多少钱一斤 is not).
    let mut heart: PerChar<bool> = smallvec::smallvec![false; n];
    let text = reading_text(kb, reading);
    // 范志是哪个单位的负责人: a word for whoever heads something is said
    // by a point on a person with a role (赤峰市医疗保险服务中心主任).
    if fact.is_some_and(|f| f.kind == crate::knowledge::FactKind::Person) {
        for (s, e) in HEADS.iter().flat_map(|word| q.spans_of(word)) {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Point);
        }
    }
    // 赤峰前三季度出口额多少, of 今年1—9月…出口额实现35.2亿元: the first
    // months of a year, said as the point's span of months.
    // (其中出口额实现35.2亿元, of a story that opens with 今年1—9月: the
    // story's span, not the point's.)
    // (Only looked at when the question says one: most do not.)
    let said: SmallVec<[(&str, u8); 2]> = point::FIRST_MONTHS
        .iter()
        .filter(|(word, _)| q.normalized.contains(word))
        .copied()
        .collect();
    let spans = if said.is_empty() {
        SmallVec::new()
    } else {
        point::months_from_january(text)
    };
    let story_spans = kb
        .topics
        .get(reading.topic)
        .filter(|_| !said.is_empty())
        .map(point::story_months)
        .unwrap_or_default();
    for &(word, last) in &said {
        let part = if spans.contains(&last) {
            Part::Point
        } else if story_spans.contains(&last) {
            Part::Story
        } else {
            continue;
        };
        for (s, e) in q.spans_of(word) {
            parts[s..e].iter_mut().for_each(|p| *p = part);
        }
    }
    for &(s, e) in &q.away {
        // 研发投入激励项目怎么申请: how to apply is told by a point that says
        // how or where one applies, not by one keyed by 申请条件 that gives
        // the conditions (研发投入年增量在1000万元以上的…可获得支持).
        if q.text((s, e)) == "申请"
            && HOW_ASKS
                .iter()
                .any(|h| q.text((s.saturating_sub(h.chars().count()), s)) == *h)
            && fact.is_some_and(|f| !APPLIED.iter().any(|w| f.answer.contains(w)))
        {
            for i in s..e {
                parts[i] = Part::Unknown;
                heart[i] = true;
            }
            continue;
        }
        // 五金机电城开工仪式在哪办的: where an event was held, of a point
        // that tells it held (在这里隆重举行开工庆典仪式), is answered;
        // 在哪办 asks where to apply only of what is still to be done.
        if ["在哪办", "在哪儿办"].contains(&q.text((s, e)).as_str())
            && q.chars.get(e) == Some(&'的')
            && fact.is_some_and(|f| HELD.iter().any(|w| f.answer.contains(w)))
        {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Point);
            continue;
        }
        // 在哪个城市开幕, 在哪个旗: a slot the reading's text fills with a
        // name of that kind is answered, not asked of something else.
        if slot_filled(q, (s, e), text) {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Point);
            continue;
        }
        // 呼伦湖在哪个城市, 服务站是哪个城市的: the city of what the story
        // itself is about (its own keywords, not a point's 江南大学) is
        // the story's region.
        // So is the city where the story's own subject, asked after the
        // slot, took place (鑫环硅能是在哪个城市拿到研发投入激励的).
        if region.is_some()
            && q.chars[s..e] == ['城', '市']
            && (story_subject(q, &parts, s)
                || q.chars[s.saturating_sub(3)..s].contains(&'哪') && story_after(q, &parts, e))
        {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Story);
            continue;
        }
        // 甘其毛都口岸在哪个旗: a point that names a banner the question
        // does not (口岸在巴彦淖尔市乌拉特中旗) answers which banner.
        if fact.is_some_and(|f| names_place_asked(kb, reading.topic, q, (s, e), &f.answer)) {
            continue;
        }
        // 费东斌代表是乌兰察布哪个旗县的, of a story whose headline counts
        // 旗县: a place of a kind asked is given by a name of that kind,
        // not by a keyword that holds or opens with the kind's word.
        if q.found.iter().any(|f| s < f.start && f.start < e)
            && SLOTS
                .iter()
                .any(|(w, _)| w.chars().eq(q.chars[s..e].iter().copied()))
        {
            for i in s..e {
                if parts[i] != Part::Outside {
                    parts[i] = Part::Unknown;
                }
                heart[i] = true;
            }
            continue;
        }
        // 副院长, a keyword of a point of the story (副院长刘柏轩说): the
        // away word inside it (院长) is that point's word, not a question
        // beyond the story.
        if q.found.iter().any(|f| {
            f.start <= s
                && e <= f.end
                && f.end - f.start > e - s
                && index.triggers(f.pattern).iter().any(|t| match t.target {
                    Target::Fact(x, _) | Target::Topic(x) => x == reading.topic,
                    _ => false,
                })
        }) {
            continue;
        }
        // K4696/7次几点发车: a time of day, given by a point that prints
        // one (21:50从呼和浩特东站始发).
        if q.chars[s..e] == ['几', '点']
            && fact.is_some_and(|f| f.figures.iter().any(|g| time_of_day(&g.value)))
        {
            continue;
        }
        // 多大面积的示范区: an area, given by a figure in 亩 or 公顷;
        // 从井口往下多深在作业: a depth, given by a point that measures one
        // in 米 (井下200多米). (呼伦湖有多深, of a point with none, stays
        // asked of something the story does not say.)
        if let Some((_, units)) = MEASURED_AWAY.iter().find(|(w, _)| q.chars[s..e] == **w)
            && fact.is_some_and(|f| {
                f.figures
                    .iter()
                    .any(|g| units.iter().any(|u| gives_unit(&g.value, u)))
            })
        {
            continue;
        }
        // (怎么生产, of a point whose keyword is 生产: the word asks how,
        // and only a point that tells how answers, whatever it names.)
        if let Some((_, said)) = SAID_AWAY
            .iter()
            .find(|(asked, _)| asked.contains(&q.text((s, e)).as_str()))
        {
            // (A reading of the story as a whole, with no point, is not
            // judged by it: its overview says what the story is about.)
            if fact.is_some_and(|f| !said.iter().any(|w| f.answer.contains(w))) {
                for i in s..e {
                    if parts[i] != Part::Outside {
                        parts[i] = Part::Unknown;
                    }
                    heart[i] = true;
                }
            }
            continue;
        }
        // 李牛牛食品主要做什么产品: what a firm makes, of a point that names
        // its product (产品: 熟制葵花子).
        if PRODUCT_ASKS.contains(&q.text((s, e)).as_str())
            && fact.is_some_and(|f| f.figures.iter().any(|g| g.label.contains("产品")))
        {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Point);
            continue;
        }
        // 杨旭家每年卖多少只羊: a sale, of a point that tells one (每年出售
        // 三四百只).
        if q.chars[s..e].contains(&'卖')
            && fact.is_some_and(|f| SALES.iter().any(|w| f.answer.contains(w)))
        {
            continue;
        }
        // 一年最多能捕多少鱼: a most, given by a point that states a record
        // or a ceiling (曾创下年捕捞1.5万吨的纪录).
        if q.chars[s] == '最' && fact.is_some_and(|f| CEILINGS.iter().any(|w| f.answer.contains(w)))
        {
            continue;
        }
        // Its question words aside (生产什么: 生产).
        let content: SmallVec<[usize; 8]> = (s..e)
            .filter(|&i| !q.question_word[i] && !is_stop_char(q.chars[i]))
            .collect();
        // A word of particles alone (要不要) is judged whole.
        let content = if content.is_empty() {
            (s..e).collect()
        } else {
            content
        };
        if content.into_iter().any(|i| !explained(parts[i])) {
            for i in s..e {
                if parts[i] != Part::Outside {
                    parts[i] = Part::Unknown;
                }
                heart[i] = true;
            }
        }
    }
    // A question word inside a keyword of the reading (小规模学校) asks
    // nothing; nor does a noun of measure that only names a dimension
    // (对规模很小的学校怎么处理: 规模 asks no number).
    let asked: SmallVec<[_; 4]> = q
        .asked
        .iter()
        .filter(|a| !(a.0..a.1).all(|i| explained(parts[i])))
        .filter(|a| !NOUNS_OF_MEASURE.contains(&a.4))
        // 我在呼和浩特上班好几年了: a question word said of the asker asks
        // nothing.
        .filter(|a| q.weight[a.0] >= 1.0)
        .copied()
        .collect();
    // 当初花多少钱买的, of 花40万元买了两台装载机: the verb right before a
    // count's question word (past a 了) asks the figure the point's text
    // prints right after that verb; it weighs as the question word does
    // (not as the point's word, which another point would have to say).
    if let Some(f) = fact {
        let figure = |c: char| c.is_ascii_digit() || is_numeral(c);
        for &(s, _, kind, _, _) in &asked {
            let s = if s > 0 && q.chars[s - 1] == '了' {
                s - 1
            } else {
                s
            };
            let Some(v) = s.checked_sub(1) else { continue };
            let verb = q.chars[v];
            if kind != lexicon::Asked::Count || !is_han(verb) || explained(parts[v]) {
                continue;
            }
            let chars: Vec<char> = f.answer.chars().collect();
            // (A sum of money: 交10年 is no 交多少.)
            let money_after = |i: usize| {
                let start = i + usize::from(chars.get(i) == Some(&'了'));
                let end = (start..chars.len())
                    .find(|&j| {
                        !(figure(chars[j]) || matches!(chars[j], '.' | '万' | '亿' | '多' | '余'))
                    })
                    .unwrap_or(chars.len());
                end > start && chars.get(end) == Some(&'元')
            };
            if (0..chars.len()).any(|i| chars[i] == verb && money_after(i + 1)) {
                parts[v] = Part::Function;
            }
        }
    }
    // The units the question asks in (多远: 公里; 多少钱: 元; 几岁: 岁),
    // from its question words and what a bare 多少 or 几 counts.
    let mut wanted: SmallVec<[&'static [&'static str]; 4]> = SmallVec::new();
    for &(a0, e, _, bare, word) in &asked {
        // 多长时间, 无霜期有多长, 工期多长: a span, not a length.
        let of_time = || {
            q.text((e, n.min(e + 2))) == "时间"
                || (0..a0)
                    .rev()
                    .find(|&i| !q.function[i])
                    .is_some_and(|i| matches!(q.chars[i], '期' | '间'))
        };
        // 走路多远: a way on foot or by car is told in time too (步行不到
        // 5分钟).
        let travelled = || {
            ["走路", "步行", "开车", "坐车", "骑车", "走着"]
                .iter()
                .any(|w| q.normalized.contains(w))
        };
        // 占地多大, 水面面积有多大: an area, not the size 多大 asks of
        // anything.
        let of_ground = || {
            let before = (0..a0).rev().skip_while(|&i| q.chars[i] == '有');
            let two: SmallVec<[char; 2]> = before.take(2).map(|i| q.chars[i]).collect();
            two[..] == ['地', '占'] || two[..] == ['积', '面']
        };
        let word = if word == "多长" && of_time() {
            "多久"
        } else if word == "多大" && of_ground() {
            "占地多大"
        } else if word == "多远" && travelled() {
            "走多远"
        } else {
            word
        };
        // (混血宝宝多大了: the young are asked their age too.)
        let young = || {
            let before = q.text((0, a0));
            point::YOUNG.iter().any(|w| before.ends_with(w))
        };
        if let Some(units) = units_asked(word, || about_person(kb, index, q, a0) || young()) {
            wanted.push(units);
        }
        // 冠军奖金多少, 承包费一年多少: money named right before the count
        // (past a span it is counted per) is counted in 元.
        if bare && let Some(units) = money_before(q, a0, e) {
            wanted.push(units);
        }
        if !bare {
            continue;
        }
        // 第几届中国中学生曲棍球锦标赛: a rank, whose event is no unit
        // (中学 of 中学生 counts no schools here).
        if a0 > 0 && q.chars[a0 - 1] == '第' {
            continue;
        }
        // What a bare 多少 or 几 counts (多少亩, 几年级, 多少学生): the word
        // after it, past a measure word. A unit the reading's figures give
        // explains it; one they lack is the heart of the question.
        let mut j = e;
        // 多少万元, 多少亿 (of 1.82亿元, 16508.61万元): a magnitude right
        // after the count asks the same sum in another scale, which a
        // figure of the reading of at least that scale gives (not 5996人次
        // of 多少万人次).
        let at_least = |scale: f64| {
            figures.iter().any(|g| {
                !point::is_date(g)
                    && crate::engine::figures::amounts(g)
                        .iter()
                        .any(|a| !a.year && a.value >= scale)
            })
        };
        while j < n
            && !explained(parts[j])
            && match q.chars[j] {
                '万' => at_least(1e4),
                '亿' => at_least(1e8),
                _ => false,
            }
        {
            parts[j] = Part::Point;
            j += 1;
        }
        let mut measured = false;
        // One measure word (几批名录: 批, not 名 of 名录).
        if j < n && is_measure(q.chars[j]) {
            // 多少双鞋: the figure counts in 双 (3000多双), so it counts shoes.
            measured |= figures.iter().any(|g| counts_in(g, q.chars[j]));
            j += 1;
        }
        if measured {
            continue;
        }
        // 几批: a measure word of its own kind (not 个, which counts
        // anything) is the unit asked.
        if j > e {
            // (几位院士: 位 counts people, as 名 and 人 do: 10名院士.)
            const MEASURES: &[&[&str]] = &[
                &["批"],
                // (多少场推介会, of 举办…推介会12次: 场 and 次 count
                // occasions alike.)
                &["场", "次"],
                &["门"],
                &["双"],
                &["位", "名", "人"],
                &["条"],
                // (几座蒙古包, of the point on its owner's 17万元: 6座
                // counts them.)
                &["座"],
            ];
            // (多少名护边员: 名 is a word of the row of people, as 位 is.)
            let m = q.chars[j - 1];
            if let Some(units) = MEASURES
                .iter()
                .find(|u| u.iter().any(|w| w.chars().eq([m])))
            {
                wanted.push(units);
            }
        }
        let mut counted: SmallVec<[u8; 24]> = SmallVec::new();
        for &c in q.chars[j..n]
            .iter()
            .take_while(|&&c| c != SEP)
            .take(COUNTED_REACH)
        {
            let mut buf = [0u8; 4];
            counted.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        let counted = std::str::from_utf8(&counted).unwrap_or("");
        // 多少居民, of 2万余居民: a figure printed with the word counted;
        // 多少游客, of 每年保障着上万国内外游客: or a few characters before it.
        let head: String = counted.chars().take(2).collect();
        let printed_before = |g: &str| {
            fact.is_some_and(|f| {
                f.answer.match_indices(g).any(|(i, _)| {
                    let after: String = f.answer[i + g.len()..].chars().take(6).collect();
                    after.contains(head.as_str())
                })
            })
        };
        if head.chars().count() == 2
            && figures.iter().any(|g| {
                has_number(g)
                    && (g.ends_with(head.as_str()) || !point::is_date(g) && printed_before(g))
            })
        {
            continue;
        }
        // 多少个品种, of 40余种的中药材: kinds counted, by a figure that
        // counts in 种 (or 类, 多少个种类).
        if let Some(kind) = head.chars().nth(1).filter(|c| matches!(c, '种' | '类'))
            && head.chars().count() == 2
            && figures.iter().any(|g| counts_in(g, kind))
        {
            for p in &mut parts[j..j + 2] {
                if matches!(*p, Part::Unknown | Part::Other | Part::Sibling) {
                    *p = Part::Point;
                }
            }
            continue;
        }
        // (年产多少锌, of 年产10万吨锌冶炼项目: one character, the last of
        // the question, printed right after a figure no unit of it counts
        // in.)
        if let Some(c) = counted.chars().next()
            && counted.chars().count() == 1
            && !figures.iter().any(|g| counts_in(g, c))
            && figures
                .iter()
                .any(|g| has_number(g) && !point::is_date(g) && printed_before(g))
        {
            parts[j] = Part::Point;
            continue;
        }
        // (几A级景区, 几A景区, of 国家AAAA级旅游景区: a grade counted in
        // A's.)
        if counted.starts_with('a')
            && fact.is_some_and(|f| {
                let answer = f.answer.to_lowercase();
                answer.contains("aa级") || answer.contains("a级")
            })
        {
            parts[j] = Part::Point;
            continue;
        }
        // A unit of its own right after the count (多少户居民: 户) is what
        // is counted; else a word the table knows (多少研发激励资金: 资金).
        let own_unit = counted.chars().next().is_some_and(|c| {
            units_counted(c.encode_utf8(&mut [0u8; 4])).is_none() && !q.function[j]
        }) && matches!(
            parts[j],
            Part::Unknown | Part::Other | Part::Sibling | Part::Context
        );
        // 个人养老金开了多少户: accounts opened, which are counted by who
        // opened them (开户人数8.55万人) as well as in 户.
        if counted.starts_with('户')
            && (q.chars[..a0].ends_with(&['开']) || q.chars[..a0].ends_with(&['开', '了']))
        {
            wanted.push(&["户", "人"]);
            continue;
        }
        if !own_unit && let Some(units) = units_counted(counted) {
            wanted.push(units);
            continue;
        }
        let start = j;
        // 集宁区今年有多少个重点项目, of a point that never says 重点: what
        // is counted is the heart of the question even when the story's
        // headline names it (集宁区重点项目加速冲刺).
        // (Not of a point that counts things, in words of its own: 6道,
        // 25峰, 超千人.)
        // (Only after 个, which counts anything: 几峰骆驼, 几道菜 say what
        // they count in their measure word.)
        let told = match fact {
            Some(f) => Some(f.answer.as_str()),
            None => kb.topics.get(reading.topic).map(|t| t.answer.as_str()),
        };
        let unsaid = told.is_some_and(|told| {
            start > e
                && q.chars[e] == '个'
                && head.chars().count() == 2
                && !told.contains(head.as_str())
                && !figures.iter().any(|g| {
                    has_number(g)
                        && !point::is_date(g)
                        && g.ends_with(|c: char| point::COUNTERS.contains(c))
                })
        });
        // (多少亩, of 湿地保护修复…800公顷: an area in another unit, of
        // what its label names and the question asks; not 水飞蓟种了多少亩,
        // of 耕地面积6648公顷.)
        let area_named = || {
            fact.is_some_and(|f| {
                f.figures.iter().any(|g| {
                    AREA_UNITS.iter().any(|u| gives_unit(&g.value, u))
                        && g.label
                            .chars()
                            .collect::<Vec<_>>()
                            .windows(2)
                            .any(|w| q.normalized.contains(&String::from_iter(w)))
                })
            })
        };
        while j < n
            && j - start < FOCUS_REACH
            && (matches!(
                parts[j],
                Part::Unknown | Part::Other | Part::Sibling | Part::Context
            ) || unsaid && parts[j] == Part::Story)
        {
            let c = q.chars[j];
            // (多少天到账: 2个工作日 counts days.)
            if figures.iter().any(|g| {
                counts_in(g, c)
                    || unit_of(c).chars().any(|u| counts_in(g, u))
                    || c == '天' && g.ends_with("工作日") && has_number(g)
                    // (几分钟, of 30秒即可抬杆: less than one.)
                    || c == '分' && q.chars.get(j + 1) == Some(&'钟') && counts_in(g, '秒')
                    // (几点发车: 21:50 is a time of day.)
                    || c == '点' && time_of_day(g)
                    // (第几届: a rank in 届, 第十届.)
                    || g.starts_with('第') && g.ends_with(c) && q.has(question::Cue::Ordinal)
            }) || c == '亩' && area_named()
            {
                parts[j] = Part::Point;
                break;
            }
            if matches!(parts[j], Part::Context | Part::Story) {
                parts[j] = Part::Unknown;
            }
            if j == start
                && let Some(unit) = COUNTED_UNITS.iter().find(|u| u.chars().eq([c]))
            {
                w.counted_lacking = Some(std::slice::from_ref(unit));
            }
            heart[j] = true;
            j += 1;
        }
    }
    for &(s, e, kind, bare, _) in &asked {
        // 西辽河文化节什么时候闭幕, of a story of its opening; 呼伦湖什么时候
        // 恢复捕鱼, of its ban: the end of a thing (or its return) that a
        // question of time asks the date of, right after it, is what the
        // question is about when the reading does not say it. (Other
        // verbs there are mostly the page's in other words: 进驻, 出发.)
        if kind == lexicon::Asked::When {
            let after: String = q.chars[e..n.min(e + 2)].iter().collect();
            // (试行期到哪天结束, of 试行期为2025年9月15日至2026年9月14日: a
            // span's end is the date after its 至.)
            let spans = || {
                fact.is_some_and(|f| {
                    f.figures.iter().any(|g| {
                        g.value
                            .split_once('至')
                            .is_some_and(|(from, to)| has_number(from) && has_number(to))
                    })
                })
            };
            if lexicon::ENDINGS.contains(&after.as_str()) {
                if spans() {
                    parts[e..e + 2].iter_mut().for_each(|p| *p = Part::Point);
                } else {
                    mark_asked_word(q, &mut parts, &mut heart, e..e + 2);
                }
            }
            // 庄园什么时候对外开放, of a point that it opened for business
            // in 2019: a milestone asked near the question of time that
            // the point never names, in its words or others of that sense,
            // is what the question is about, however its characters are
            // read one by one (对 and 开 are words of grammar too).
            for k in s.saturating_sub(4)..n.min(e + 5).saturating_sub(1) {
                let pair = [q.chars[k], q.chars[k + 1]];
                let Some(word) = lexicon::MILESTONES.iter().find(|w| w.chars().eq(pair)) else {
                    continue;
                };
                let said = |says: &dyn Fn(&str) -> bool| {
                    says(word)
                        || lexicon::synonyms(pair)
                            .iter()
                            .any(|p| says(&p.iter().collect::<String>()))
                };
                if (k + 1 < s || k >= e) && !said(&|w| text.contains(w)) {
                    // (Another point of the story may give it: 什么时候开工
                    // 的，绿电比例多少, read as the point on the ratio.)
                    let sibling = kb
                        .topics
                        .get(reading.topic)
                        .is_some_and(|t| t.facts.iter().any(|f| said(&|w| f.answer.contains(w))));
                    for i in k..k + 2 {
                        parts[i] = if sibling {
                            Part::Sibling
                        } else {
                            Part::Unknown
                        };
                        heart[i] = true;
                    }
                }
            }
        }
        // 电话是多少, 工资多少: the word just before a count's question word
        // is what is counted, when a 是 says so or it is another story's
        // word. (Otherwise it is mostly a verb or a scope the point words
        // its own way: 能输出多少, 挪了多远, 全市有多少.)
        // (百分之多少 asks a share: 分之 is no word.)
        if kind == lexicon::Asked::Count && s > 0 && q.chars[s - 1] != '之' {
            let said = q.chars[s - 1] == '是';
            let mut j = if said { s - 1 } else { s };
            // (研发投入总额是多少: a frame before the 是 only says which
            // figure of the word before it is asked.)
            if said {
                let framed = q.text((j.saturating_sub(2), j));
                if FRAMES.contains(&framed.as_str()) {
                    j -= 2;
                }
            }
            let before = (j.saturating_sub(FOCUS_REACH)..j).rev();
            let run_of = |part: Part, len: usize| {
                before
                    .clone()
                    .take_while(|&i| !q.function[i])
                    .take(len)
                    .filter(|&i| parts[i] == part)
                    .count()
                    == len
            };
            // (Another point's word of three characters, too: 研发投入年增量
            // 多少以上, of the point on 规上企业. Two are mostly its verb:
            // 一年产多少水稻.)
            let others = run_of(Part::Other, 2) || run_of(Part::Sibling, 3);
            if said || others {
                mark_asked_word(q, &mut parts, &mut heart, before);
            }
            // 光伏装机容量有多少, of a point on 风电装机容量: a word the
            // point lacks that narrows what is counted to another kind.
            // 发电量是多少, of a point on 发电企业: a measure the point
            // does not count in, as a single 量 or 额 left after words it
            // has.
            // (Only of what is counted as the subject, before 是 or 有:
            // 自己投入了多少资金 narrows nothing.)
            // (绰勒水利枢纽总库容多少, 交易额多少, 政府补贴多少: a measure
            // or a sum right before the count is its subject too.)
            if said || q.chars[s - 1] == '有' {
                mark_narrowing(q, text, &mut parts, &mut heart, j, false);
            } else if matches!(
                q.chars[s - 1],
                '容' | '额' | '值' | '量' | '贴' | '金' | '费' | '润' | '入'
            ) {
                mark_narrowing(q, text, &mut parts, &mut heart, j, true);
            }
        }
        // 冠军是哪个队: what a 是 says the name of a kind asked is, right
        // before it, is what the question is about when the reading does
        // not explain it. (Not a name asked without its kind, which the
        // word before may frame: 口号是什么, 举例是哪家.)
        if kind == lexicon::Asked::Which && q.name_kind.is_some() && s > 2 && q.chars[s - 1] == '是'
        {
            mark_asked_word(
                q,
                &mut parts,
                &mut heart,
                (s.saturating_sub(1 + FOCUS_REACH)..s - 1).rev(),
            );
        }
        // 有哪几种口味: the kinds of something the point does not name. (A
        // kind of body, 哪家企业, is what a name in the point answers.)
        // 王晓倩教什么科目, 刘柏轩是哪个科室出身的: the kind of thing
        // asked of a person, when nothing of the point on them names it,
        // is what the question is about. (Of other points the word after
        // 什么 is mostly the page's sense in other words: 医院有啥难处.)
        if kind == lexicon::Asked::Which && !bare {
            let mut j = e;
            if j < n && q.chars[j] == '种' {
                j += 1;
            }
            let kind_word = KIND_ASKS.contains(&q.text((s, e)).as_str())
                && q.name_kind.is_none()
                && fact.is_some_and(|f| f.kind == crate::knowledge::FactKind::Person);
            // 石拐玉米是什么品种的玉米, of a point on its brand: a variety or
            // a model asked, of a point that names none (`names_variety`),
            // is what the question is about.
            if j + 2 <= n
                && VARIETIES.contains(&q.text((j, j + 2)).as_str())
                && let Some(f) = fact
                && !f.answer.contains(q.text((j, j + 2)).as_str())
                && !names_variety(q, (s, j + 2), &f.answer)
            {
                for i in j..j + 2 {
                    if !matches!(parts[i], Part::Point | Part::Story) {
                        parts[i] = Part::Unknown;
                        heart[i] = true;
                    }
                }
                continue;
            }
            if q.chars[j - 1] != '种' && !kind_word {
                continue;
            }
            // 呼伦湖里主要产哪几种鱼, of 鱼类资源总量15万吨: the kinds of a
            // thing the point says only as a whole (`names_kinds`).
            if q.chars[j - 1] == '种'
                && let Some(f) = fact
            {
                let thing = (j..n.min(j + 2))
                    .take_while(|&i| !q.function[i] && parts[i] == Part::Point)
                    .count();
                let ends = j + thing == n || q.function[j + thing];
                if thing > 0 && ends && !names_kinds(q, q.text((j, j + thing)).as_str(), &f.answer)
                {
                    for i in j..j + thing {
                        parts[i] = Part::Unknown;
                        heart[i] = true;
                    }
                    continue;
                }
            }
            // (教哪门课: after 哪 and a measure word, one character is a
            // word, the kind counted.)
            if kind_word
                && q.chars[e - 1] == '门'
                && j < n
                && !q.function[j]
                && parts[j] != Part::Point
                && q.chars
                    .get(j + 1)
                    .is_none_or(|c| q.function[j + 1] || !is_han(*c))
            {
                parts[j] = Part::Unknown;
                heart[j] = true;
                continue;
            }
            mark_asked_word(q, &mut parts, &mut heart, j..n.min(j + FOCUS_REACH));
        }
    }
    // 临河区今年小麦种了多少亩, of a point on 玉米种植面积: what is grown or
    // raised, named right before the verb of a count, is what is counted.
    if asked.iter().any(|a| a.2 == lexicon::Asked::Count) {
        for v in 1..n {
            let verb = matches!(q.chars[v], '种' | '养' | '栽')
                && q.chars
                    .get(v + 1)
                    .is_some_and(|c| "了植殖着多几".contains(*c));
            if !verb {
                continue;
            }
            // (A word no point of any story says, of two or three
            // characters standing alone: not 自己, nor the end of a longer
            // stretch, 为保障原料种了.)
            let run = (0..v)
                .rev()
                .take_while(|&i| !q.function[i] && parts[i] == Part::Unknown)
                .count();
            let word = q.text((v - run, v));
            if (2..=FOCUS_REACH).contains(&run)
                && !["自己", "自家", "家里"].contains(&word.as_str())
            {
                for i in v - run..v {
                    heart[i] = true;
                }
            }
        }
    }
    // 赵辉以前有个啥外号, of 赵辉10年前是湖上有名的“千吨网”捕鱼能手: a
    // name someone or something is called by is what the point quotes.
    if let Some(f) = fact
        && nicknamed(&f.answer)
    {
        for (s, e) in NICKNAMES.iter().flat_map(|word| q.spans_of(word)) {
            for p in &mut parts[s..e] {
                if !explained(*p) {
                    *p = Part::Point;
                }
            }
        }
    }
    // 产业园面积多大, of 这片产业园占地5000亩: a measure asked (面积) is
    // explained by a point that measures so (占地 or 面积 right before a
    // figure in its units), whatever other story keeps the word among its
    // keywords (国土面积). (Not by 种了200亩黄芪, of a county's total, nor
    // 买下…800亩…土地, of a desert's.)
    // (Only looked at when the question says the word.)
    if let Some(f) = fact {
        for (word, units) in MEASURED_AWAY {
            let word: String = word.iter().collect();
            let spans: SmallVec<[(usize, usize); 2]> = q.spans_of(&word).collect();
            if spans.is_empty() {
                continue;
            }
            let measured = f.figures.iter().any(|g| {
                units.iter().any(|u| gives_unit(&g.value, u))
                    && f.answer.match_indices(g.value.as_str()).any(|(at, _)| {
                        let before: String = f.answer[..at].chars().rev().take(4).collect();
                        before.contains("地占") || before.contains("积面")
                    })
            });
            if !measured {
                continue;
            }
            for (s, e) in spans {
                for i in s..e {
                    if parts[i] != Part::Outside {
                        parts[i] = Part::Point;
                        heart[i] = false;
                    }
                }
            }
        }
    }
    // 去哪家医院好, 土右李子和别的李子哪个甜: asking which is better is
    // asking advice.
    if asked.iter().any(|a| a.2 == lexicon::Asked::Which) {
        let tail: String = q.chars[n.saturating_sub(2)..].iter().collect();
        if let Some(k) = EVALUATIVE.iter().find(|w| tail.ends_with(*w)) {
            for i in n - k.chars().count()..n {
                if !explained(parts[i]) {
                    parts[i] = Part::Unknown;
                    heart[i] = true;
                }
            }
        }
    }
    if let Some(fact) = fact {
        point::check_point(kb, index, q, reading, fact, &asked, &wanted, &parts, &mut w);
    } else if let Some(topic) = kb.topics.get(reading.topic) {
        point::check_overview(q, topic, &asked, &wanted, &parts, &mut w);
    }
    // (乌拉特后旗, of a story in 乌拉特中旗; 阿拉善右旗, of one in 阿拉善左旗:
    // the characters the two names share explain nothing of the story.)
    // (二连浩特机场, read as 锡林浩特机场's story: the place is another
    // story's keyword, and 浩特 is in 锡林浩特, but the reading never
    // names 二连浩特. Only keywords of the reading's own cover it, not
    // the region's name inside it: 阿拉善 of 阿拉善左旗.)
    for &(s, e) in &unconcerned {
        if !by_keyword[s..e]
            .iter()
            .all(|k| matches!(k, Some(Part::Story | Part::Point)))
        {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Unknown);
            heart[s..e].iter_mut().for_each(|h| *h = true);
        }
    }
    // 满洲里第五代国门有多高, of a story of all five: one of a series,
    // named by its rank, that nothing of the story ranks so is what the
    // question is about (第35届 of 第三十五届 is the same). (Not the first,
    // which a page says in many ways: 第一批 of 组织…30多名…上手，此后….)
    if q.normalized.contains('第')
        && let Some(topic) = kb.topics.get(reading.topic)
    {
        for (value, unit, (s, e)) in crate::engine::figures::ordinals(q.normalized) {
            if value < 2.0 || !q.asks_at(s) {
                continue;
            }
            let printed = |t: &str| {
                t.contains(['第', '首'])
                    && crate::engine::figures::ordinals(t)
                        .iter()
                        .any(|o| o.0 == value && o.1 == unit)
            };
            let ranked = printed(&topic.title)
                || printed(&topic.source.headline)
                || printed(&topic.answer)
                || topic.facts.iter().any(|f| printed(&f.answer));
            if !ranked {
                for i in s..e {
                    parts[i] = Part::Unknown;
                    heart[i] = true;
                }
            }
        }
    }
    // 卧龙包头项目总共能带来多少个就业岗位, read as the 名特优新 story: a
    // name opening the question that the reading does not say, while a
    // place of another story of the same region opens with it (卧龙永磁电机
    // 产业园), is what the question is about.
    let opening = (0..n)
        .take_while(|&i| parts[i] == Part::Other && !q.function[i])
        .count();
    if opening >= 2
        && let Some(this) = kb.topics.get(reading.topic)
    {
        let name = q.text((0, opening));
        let elsewhere = kb.topics.iter().any(|t| {
            t.id != this.id
                && t.region == this.region
                && t.places.iter().any(|p| p.starts_with(name.as_str()))
        });
        if elsewhere && !reading_text(kb, reading).contains(name.as_str()) && !this.says(&name) {
            heart[..opening].iter_mut().for_each(|h| *h = true);
        }
    }
    // 牛肉多少钱一斤: what is priced, right before 多少钱, is what the
    // question is about when nothing of the reading names it.
    if let Some(at) = q.normalized.find("多少钱") {
        let end = q.normalized[..at].chars().count();
        let run = (0..end)
            .rev()
            .take_while(|&i| !q.function[i] && matches!(parts[i], Part::Unknown | Part::Other))
            .count();
        if run >= 2 {
            heart[end - run..end].iter_mut().for_each(|h| *h = true);
        }
    }
    // 长川制靴给穿鞋带的灵活就业人员交社保吗: what a yes-no question asks
    // is said right before 吗; when nothing of the reading says it, the
    // reading cannot tell yes or no. (Not of a question that also asks
    // a datum, nor of a premise the point may correct: 是月结吗, 有二十亿度吗.)
    if let Some(end) = q.normalized.strip_suffix('吗').map(|s| s.chars().count())
        && lexicon::asked_words(q.normalized).next().is_none()
    {
        let run = (0..end)
            .rev()
            .take_while(|&i| {
                !q.function[i] && matches!(parts[i], Part::Unknown | Part::Other | Part::Sibling)
            })
            .count();
        // (是一万斤吗: a figure said, for the point to confirm or correct.)
        let before = (end > run).then(|| q.chars[end - run - 1]);
        let premise = before
            .is_some_and(|c| c == '是' || c == '一' || c.is_ascii_digit() || is_numeral(c))
            || q.said().iter().any(|a| !a.year && a.span.1 >= end - run);
        // (存粮要交钱吗, of 免费储存: a price, or none, answers a charge.)
        let charge = q.chars[end - run..end]
            .iter()
            .any(|c| matches!(c, '钱' | '费'))
            && ["免费", "收费", "元"]
                .iter()
                .any(|w| reading_text(kb, reading).contains(w));
        if run >= 2 && !premise && !charge {
            heart[end - run..end].iter_mut().for_each(|h| *h = true);
        }
    }
    // 胴体价格一斤多少钱, of a point that prices 每斤: the unit a price is
    // asked per is the point's when it prices per that unit. (Not 个: 一个
    // is in too many words.)
    for i in 1..n {
        if matches!(q.chars[i - 1], '一' | '每')
            && point::PRICE_UNITS.contains(q.chars[i])
            && parts[i] == Part::Unknown
            && ['每', '一', '/']
                .iter()
                .any(|p| text.contains(&format!("{p}{}", q.chars[i])))
        {
            parts[i - 1] = Part::Point;
            parts[i] = Part::Point;
            heart[i - 1] = false;
            heart[i] = false;
            // (羊肚菌多少钱一斤, 一斤卖多少钱, of 平均每斤130元: the price
            // asked, and the selling, are the point's per-unit price.)
            let mut after = i + 1;
            if after < n && q.chars[after] == '卖' {
                parts[after] = Part::Point;
                heart[after] = false;
                after += 1;
            }
            for at in [i.checked_sub(4), Some(after)].into_iter().flatten() {
                if at + 3 <= n && q.text((at, at + 3)) == "多少钱" {
                    for k in at..at + 3 {
                        parts[k] = Part::Function;
                        heart[k] = false;
                    }
                }
            }
        }
    }
    // 景瑞是哪个边检站的, of 二连出入境边防检查站: a short name the question
    // makes of a longer one the point prints (its characters in order,
    // within a run of the point's Chinese characters at most twice as
    // long) is the point's.
    let open = |parts: &[Part], i: usize| {
        matches!(parts[i], Part::Unknown | Part::Other | Part::Sibling)
            && is_han(q.chars[i])
            && !q.function[i]
    };
    // (The text's characters, collected once for every run tried.)
    let mut text_chars: Option<Vec<char>> = None;
    let mut i = 0;
    while i < n {
        if !open(&parts, i) {
            i += 1;
            continue;
        }
        let j = (i..n).find(|&j| !open(&parts, j)).unwrap_or(n);
        if j - i >= 3
            && abbreviates(
                &q.chars[i..j],
                text_chars.get_or_insert_with(|| text.chars().collect()),
            )
        {
            for k in i..j {
                parts[k] = Part::Point;
                heart[k] = false;
            }
        }
        i = j;
    }
    // 乌梁素海的鱼类资源: an unknown name of a place or body (a lake, a
    // county, a company) that the story does not mention.
    let story_says = |name: &str| kb.topics.get(reading.topic).is_some_and(|t| t.says(name));
    for (s, e) in unknown_names(q, &parts, story_says) {
        heart[s..e].iter_mut().for_each(|h| *h = true);
    }
    // 白玉华的妻子叫什么名字, of a story that never speaks of a family:
    // a relative is whom the question asks of. (Not of one that does, in
    // whatever words: 她妈妈, of a story that says 母亲.)
    let family = || FAMILY.iter().any(|w| story_says(w));
    for kin in KIN {
        for (s, e) in q.spans_of(kin) {
            // (我老婆下个月要生孩子: the asker's own is no one asked of.)
            let own = q.text((s.saturating_sub(2), s)).contains(['我', '俺']);
            if q.weight[s] >= 1.0
                && q.asks_at(s)
                && !own
                && !parts[s..e]
                    .iter()
                    .any(|p| matches!(p, Part::Point | Part::Story))
                && !family()
            {
                parts[s..e].iter_mut().for_each(|p| *p = Part::Unknown);
                heart[s..e].iter_mut().for_each(|h| *h = true);
            }
        }
    }
    // 这届冰雪旅游季的“鹿王”是谁家的驯鹿: a term the question sets apart
    // (in quotes, or between spaces) that nothing of the knowledge prints
    // is what the question is about. (Not in a question that only checks
    // what it says: 被评为“示范级”,对吗? is corrected by what is printed.)
    let mut i = if q.asked.is_empty() { n } else { 0 };
    while i < n {
        if q.chars[i] != SEP {
            i += 1;
            continue;
        }
        let start = i + 1;
        let end = (start..n).find(|&j| q.chars[j] == SEP).unwrap_or(n);
        if start > 1
            && end < n
            && end - start >= 2
            && (start..end).all(|j| parts[j] == Part::Unknown && !q.function[j])
        {
            heart[start..end].iter_mut().for_each(|h| *h = true);
        }
        i = end;
    }
    // 青海湖面积多大, of a story on the 居延海 that names 青海 as a
    // province: a lake (a mountain, a river) the story never names is
    // unexplained whole, whatever words of it the story prints.
    let story_prints = |name: &str| {
        kb.topics.get(reading.topic).is_some_and(|t| {
            t.says(name) || t.source.headline.contains(name) || t.title.contains(name)
        })
    };
    for (s, e) in names::unsaid_features(q, story_prints) {
        parts[s..e].iter_mut().for_each(|p| *p = Part::Unknown);
        heart[s..e].iter_mut().for_each(|h| *h = true);
    }
    // 内蒙古农业大学: a name made of words the bot does not know and a word
    // for a body (大学, 医院, 公司) that the reading does know is another
    // body than the reading's (内蒙古大学).
    let story_knows = |name: &str| {
        kb.topics.get(reading.topic).is_some_and(|t| {
            t.says(name) || t.places.iter().chain(&t.keywords).any(|p| p.contains(name))
        })
    };
    for (s, e) in unknown_bodies(q, &parts, reading_text(kb, reading), story_knows) {
        heart[s..e].iter_mut().for_each(|h| *h = true);
        for p in parts[s..e].iter_mut().filter(|p| **p == Part::Context) {
            *p = Part::Unknown;
        }
    }
    // 呼伦湖的面积, read as the Alxa story's: the name of a place or body
    // that another story is about, and this one never mentions, is what
    // the question is about.
    for (s, e) in other_story_names(index, q, &parts, reading.topic) {
        heart[s..e].iter_mut().for_each(|h| *h = true);
    }
    // 赵辉一个月工资多少, read as 赵亚凡's pay: a person another story is
    // about, whom this reading never names, is whom the question asks of.
    for (s, e, topic) in other_story_people(kb, index, q, &parts, reading.topic) {
        heart[s..e].iter_mut().for_each(|h| *h = true);
        w.other_person = Some((s, e, topic));
    }
    // 全国有多少个淡水湖, 内蒙古一共有多少所大学: a count over all of China
    // or all of Inner Mongolia, when the question names no region or place
    // of the story, is not the story's count. (Which body published the
    // 全国 list asks a name the point gives: 农业农村部…中心.)
    let title = kb
        .topics
        .get(reading.topic)
        .map_or("", |t| t.title.as_str());
    // (中国乳都是哪个城市: the city of what the story is about, found
    // above, is asked of no scope.)
    let city_of_story = q
        .away
        .iter()
        .any(|&(s, e)| q.chars[s..e] == ['城', '市'] && parts[s] == Part::Story);
    let body_named = q
        .name_kind
        .zip(fact)
        .is_some_and(|(endings, f)| super::measure::names_one(&f.answer, endings));
    if !body_named
        && !city_of_story
        && asked.iter().any(|a| {
            matches!(
                a.2,
                lexicon::Asked::Count | lexicon::Asked::Which | lexicon::Asked::When
            )
        })
        && scope_outside_keywords(
            q,
            &parts,
            fact.map(|f| f.answer.as_str()),
            title,
            kb.topics.get(reading.topic),
            |f: &Found| {
                index.triggers(f.pattern).iter().any(|t| match t.target {
                    Target::Topic(x) | Target::Fact(x, _) => x == reading.topic,
                    _ => false,
                })
            },
            |f: &Found| {
                index
                    .triggers(f.pattern)
                    .iter()
                    .any(|t| t.target == Target::Topic(reading.topic))
            },
        )
        && !names_place(kb, index, q, reading.topic)
    {
        w.mismatch("scope");
    }
    // 工资是月结还是日结: of two alternatives, one the point explains, the
    // other is what the answer rules out, not something it lacks.
    for k in (1..n.saturating_sub(2)).filter(|&k| q.chars[k] == '还' && q.chars[k + 1] == '是') {
        let word = |i: usize| !q.function[i] && q.chars[i] != SEP && parts[i] != Part::Number;
        let left = (k.saturating_sub(4)..k)
            .rev()
            .take_while(|&i| word(i))
            .last();
        let right = (k + 2..n.min(k + 6)).take_while(|&i| word(i)).last();
        let (Some(l), Some(r)) = (left, right) else {
            continue;
        };
        let said_by_point =
            |span: std::ops::Range<usize>| span.clone().all(|i| explained(parts[i]));
        let (ruled_out, kept) = if said_by_point(l..k) {
            (k + 2..r + 1, l..k)
        } else if said_by_point(k + 2..r + 1) {
            (l..k, k + 2..r + 1)
        } else {
            continue;
        };
        if kept.clone().any(|i| parts[i] == Part::Point) {
            for i in ruled_out {
                parts[i] = Part::Function;
                heart[i] = false;
            }
        }
    }
    attributed_to_speaker(q, &mut parts, &mut heart);
    // 呼伦湖重生记的记者是谁: of the story as a whole, the words of its
    // headline say which story. So do any words it tells, when the
    // question asks who wrote it (这篇赤峰治沙的稿子是哪两位记者写的), or
    // who took its photo (阿尔山国庆初雪的照片是谁拍的: its caption says
    // 国庆期间).
    if reading.fact.is_none()
        && let Some(t) = kb.topics.get(reading.topic)
    {
        let asks_credit = [
            "记者", "谁写", "作者", "采写", "稿子", "照片", "图片", "谁拍", "摄影",
        ]
        .iter()
        .any(|w| q.normalized.contains(w));
        let mut i = 0;
        while i < n {
            let e = (i..n)
                .find(|&j| !matches!(parts[j], Part::Unknown | Part::Other))
                .unwrap_or(n);
            let run = q.text((i, e));
            // (乌审旗那篇是正北方网哪个记者写的: the outlet its byline
            // names, too.)
            // (巴彦淖尔合作社那条央广网消息是几月几号的: the outlet says
            // which story, whatever is asked of it.)
            let in_byline = || t.source.byline.as_deref().is_some_and(|b| b.contains(&run));
            if e - i >= 2
                && (t.source.headline.contains(&run) || in_byline() || asks_credit && t.says(&run))
            {
                parts[i..e].iter_mut().for_each(|p| *p = Part::Story);
                heart[i..e].iter_mut().for_each(|h| *h = false);
            }
            i = e.max(i + 1);
        }
    }
    for (i, &p) in parts.iter().enumerate() {
        let lone = unexplained(p)
            && !(i > 0 && unexplained(parts[i - 1]))
            && !(i + 1 < n && unexplained(parts[i + 1]));
        let mut weight = q.weight[i];
        if unexplained(p) {
            if !q.asks[i] {
                weight *= ASIDE_WEIGHT;
            }
            if heart[i] {
                weight *= HEART_WEIGHT;
            } else if lone {
                weight *= LONE_WEIGHT;
            }
        }
        match p {
            Part::Story | Part::Context => w.story += 1.0,
            Part::Point => w.point += 1.0,
            Part::Sibling if !heart[i] => w.sibling += SIBLING_WEIGHT * weight,
            Part::Sibling => w.sibling += weight,
            Part::Other => w.other += weight,
            Part::Unknown | Part::Outside => w.unknown += weight,
            Part::Function | Part::Number => {}
        }
    }
    // Only the question proper has a heart: not a preamble, not an aside.
    for i in 0..n {
        heart[i] &= unexplained(parts[i]) && q.asks_at(i);
    }
    w.heart = heart.iter().filter(|h| **h).count();
    w.hearts = heart;
    w.parts = parts;
    w
}

/// 图布新局长说秋天种的树成活率能到多少: a speaker of the story (another
/// point's name, its title with it) opening the question before 说 (介绍,
/// 表示, 讲, 提到) says whose words are asked, and so only which story.
/// (图布新说了什么, which asks nothing past the speaker, keeps it.)
fn attributed_to_speaker(q: &Question, parts: &mut [Part], heart: &mut [bool]) {
    const SAYS: &[&str] = &["说", "介绍", "表示", "讲", "提到", "称"];
    let Some(&(s, e)) = runs_of(parts, |p| p == Part::Sibling).first() else {
        return;
    };
    let rest: String = q.chars[e..].iter().collect();
    let Some(verb) = SAYS.iter().find(|v| rest.starts_with(*v)) else {
        return;
    };
    let after = e + verb.chars().count();
    if e - s < 2
        || !parts[..s]
            .iter()
            .all(|p| matches!(p, Part::Story | Part::Function | Part::Context))
        || !parts[after.min(parts.len())..].contains(&Part::Point)
    {
        return;
    }
    for i in s..e {
        parts[i] = Part::Story;
        heart[i] = false;
    }
}

/// Whether what comes before `end` names only what the story is about:
/// its own keywords and its region, past function words, numbers and
/// question words, with at least one such keyword.
fn story_subject(q: &Question, parts: &[Part], end: usize) -> bool {
    let mut any = false;
    for (i, &p) in parts[..end].iter().enumerate() {
        match p {
            Part::Story => any = true,
            Part::Function | Part::Number => {}
            _ if q.function[i] || q.question_word[i] => {}
            _ => return false,
        }
    }
    any
}

/// Whether the clause after `start` names the reading's story by its own
/// words (在哪个城市拿到研发投入激励: what happened there is the story).
fn story_after(q: &Question, parts: &[Part], start: usize) -> bool {
    (start..parts.len())
        .take_while(|&i| q.chars[i] != SEP)
        .any(|i| parts[i] == Part::Story)
}

/// Words for money that end what a count asks of when they come right
/// before its question word (冠军奖金多少, 大棚承包费一年多少, 全年交易额
/// 是多少).
const MONEY_ENDS: &[&str] = &[
    "奖金",
    "费",
    "租金",
    "工资",
    // (票价, 房价, 出口价, 收购价: a price, whatever of.)
    "价",
    "价格",
    "价钱",
    "利息",
    "交易额",
    "销售额",
    "成交额",
    "营业额",
    "产值",
    "投资额",
    // (项目投资多少: what it costs; 总投资 too.)
    "投资",
    "经费",
    "资金",
];

/// Whether nothing is asked after `end` but a particle (预付多少呢): the
/// question word there ends the question's clause.
fn ends_question(q: &Question, end: usize) -> bool {
    q.chars
        .get(end)
        .is_none_or(|c| !is_han(*c) || "呢啊呀吗".contains(*c))
}

/// Verbs of paying that end what a count ending the question asks of
/// (一次给医院预付多少, 每人补贴多少): a sum paid is money, whoever pays it.
/// (Not when the count goes on: 拨付多少天能到账.)
const PAYING: &[&str] = &["付", "补贴", "补助"];

/// The units of money, when a word for money (`MONEY_ENDS`), or of paying
/// (`PAYING`) before a count `end`ing the question, ends the words
/// right before the count's question word at `at`, past 了, 是, 有 and a span
/// it is counted per (一年, 每亩).
fn money_before(q: &Question, at: usize, end: usize) -> Option<&'static [&'static str]> {
    let before: String = q.chars[at.saturating_sub(8)..at].iter().collect();
    let mut rest = before.as_str();
    for tail in [
        "了",
        "是",
        "有",
        "要",
        "总共",
        "一共",
        "合计",
        "大概",
        "一年",
        "每年",
        "一个月",
        "每月",
        "一亩",
        "每亩",
    ] {
        rest = rest.strip_suffix(tail).unwrap_or(rest);
    }
    (MONEY_ENDS.iter().any(|m| rest.ends_with(m))
        || ends_question(q, end) && PAYING.iter().any(|m| rest.ends_with(m)))
    .then_some(point::MONEY_UNITS)
}

/// Marks as the heart of the question the word the question word asks
/// about: the run of unexplained characters (no function word) that
/// `from` walks from the question word outward. A word of two characters
/// or more: one alone is mostly grammar or a verb the point paraphrases.
/// Marks as the heart of the question what narrows the counted words
/// that end at `end`: a run of two or more characters the point lacks,
/// before two or more it has (光伏 of 光伏装机容量); or a 量, 额 or 率 the
/// point lacks, after words it has (量 of 发电量).
///
/// With `measure_only`, only the measure itself right before the count
/// (总库容多少): words before it narrow nothing (鼎盛时产值多少).
fn mark_narrowing(
    q: &Question,
    text: &str,
    parts: &mut [Part],
    heart: &mut [bool],
    end: usize,
    measure_only: bool,
) {
    // (Past the verb before the question word: 容量有多少.)
    let end = (0..end)
        .rev()
        .take(2)
        .find(|&i| !q.function[i])
        .map_or(end, |i| i + 1);
    // (A character of a function word inside a word the point has walks
    // on: 种 of 燕麦种植面积.)
    let start = (0..end)
        .rev()
        .take_while(|&i| (!q.function[i] || parts[i] == Part::Point) && is_han(q.chars[i]))
        .last();
    let Some(start) = start else {
        return;
    };
    let open = |p: Part| matches!(p, Part::Unknown | Part::Other);
    let has = |p: Part| p == Part::Point;
    // (达标率 of a point's 100%达标 is its rate; 销售额 of 3.3亿元 its sum.)
    let given = |c: char| match c {
        '率' => text.contains('%'),
        '额' => text.contains('元'),
        _ => false,
    };
    if end - start >= 3
        && matches!(q.chars[end - 1], '量' | '额' | '率')
        && !given(q.chars[end - 1])
        && open(parts[end - 1])
        && has(parts[end - 2])
    {
        heart[end - 1] = true;
        return;
    }
    let mut i = start;
    while i < end {
        if !open(parts[i]) {
            i += 1;
            continue;
        }
        let run_end = (i..end).find(|&k| !open(parts[k])).unwrap_or(end);
        if measure_only && run_end < end {
            i = run_end;
            continue;
        }
        let after = (run_end..end).take_while(|&k| has(parts[k])).count();
        // (稀土储量有多少, of a point on 稀土产值: a measure the point
        // lacks, whole, after words it has.)
        let before = (start..i).rev().take_while(|&k| has(parts[k])).count();
        if run_end - i >= 2 && (after >= 2 || run_end == end && before >= 2) {
            heart[i..run_end].iter_mut().for_each(|h| *h = true);
        }
        i = run_end;
    }
}

fn mark_asked_word(
    q: &Question,
    parts: &mut [Part],
    heart: &mut [bool],
    from: impl Iterator<Item = usize>,
) {
    let mut run: SmallVec<[usize; 4]> = from
        .take_while(|&i| {
            !q.function[i]
                && matches!(
                    parts[i],
                    Part::Unknown | Part::Other | Part::Sibling | Part::Context
                )
        })
        .collect();
    run.sort_unstable();
    // A word that only frames the figure (目标是多少, 规模有多大) asks for
    // whatever the point counts; a share is weighed as a rate.
    let word: String = run.iter().map(|&i| q.chars[i]).collect();
    if run.len() < 2 || FRAMES.iter().any(|f| word.ends_with(f)) {
        return;
    }
    for i in run {
        if parts[i] == Part::Context {
            parts[i] = Part::Unknown;
        }
        heart[i] = true;
    }
}

/// Words and characters with which a story speaks of a family.
const FAMILY: &[&str] = &[
    "妻", "夫", "母", "父", "妈", "爸", "儿子", "女儿", "孩子", "家人", "老伴", "爱人", "媳妇",
    "哥", "姐", "弟", "妹", "爷", "奶", "孙",
];

/// Words for a person's relatives (妻子, 女儿).
const KIN: &[&str] = &[
    "妻子", "丈夫", "爱人", "老伴", "老婆", "媳妇", "儿子", "女儿", "父亲", "母亲", "爸爸", "妈妈",
    "爷爷", "奶奶", "孙子", "孙女", "哥哥", "姐姐", "弟弟", "妹妹",
];

/// The text a reading answers with: its point's, else its story's.
fn reading_text(kb: &KnowledgeBase, reading: Reading) -> &str {
    let Some(t) = kb.topics.get(reading.topic) else {
        return "";
    };
    reading
        .fact
        .and_then(|f| t.facts.get(f))
        .map_or(t.answer.as_str(), |f| f.answer.as_str())
}

/// Whether `short` is a short name of a longer run of `chars`: its
/// characters in order, the first and the last at the run's ends, with
/// Chinese characters only between them and at most twice its length
/// (边检站, of 边防检查站).
fn abbreviates(short: &[char], chars: &[char]) -> bool {
    let most = 2 * short.len();
    chars.iter().enumerate().any(|(p, &c)| {
        if c != short[0] {
            return false;
        }
        let mut k = 1;
        for (d, &t) in chars[p + 1..].iter().enumerate().take(most - 1) {
            if !is_han(t) {
                return false;
            }
            if t == short[k] {
                k += 1;
                if k == short.len() {
                    // Not the short name printed whole (explained already).
                    return d + 2 > short.len();
                }
            }
        }
        false
    })
}

/// Words of the question-word lists that name a dimension rather than ask
/// for it (规模, 比例): they ask only beside a question word, which counts.
const NOUNS_OF_MEASURE: &[&str] = &[
    "规模",
    "数量",
    "总量",
    "比例",
    "占比",
    "金额",
    "总额",
    "时间",
    "日期",
    "年份",
    "总盘子",
];

/// Words with which a point states a most: a record or a ceiling.
const CEILINGS: &[&str] = &[
    "纪录",
    "记录",
    "创下",
    "最高",
    "最多",
    "峰值",
    "上限",
    "不超过",
    "封顶",
];

/// Words for a name something is called by besides its own.
const NICKNAMES: &[&str] = &[
    "外号", "绰号", "昵称", "别称", "别名", "美称", "美誉", "雅号", "诨号",
];

/// Whether a text quotes a name something is called by: after 有名的,
/// 人称, 誉为 (湖上有名的“千吨网”捕鱼能手), or before 之称 or 的美誉. (Not
/// any quote: 其中几头“混血宝宝” names no one's nickname.)
fn nicknamed(text: &str) -> bool {
    const BEFORE: &[&str] = &[
        "有名的",
        "人称",
        "号称",
        "称为",
        "称作",
        "叫作",
        "叫做",
        "誉为",
        "外号",
        "绰号",
        "昵称",
    ];
    const AFTER: &[&str] = &[
        "之称",
        "之美誉",
        "的美誉",
        "美誉",
        "的称号",
        "称号",
        "的雅号",
    ];
    text.match_indices('“').any(|(i, _)| {
        BEFORE.iter().any(|b| text[..i].ends_with(b))
            || text[i..].find('”').is_some_and(|j| {
                let rest = &text[i + j + '”'.len_utf8()..];
                AFTER.iter().any(|a| rest.starts_with(a))
            })
    })
}

/// Words that frame a figure asked for without saying what it counts.
const FRAMES: &[&str] = &[
    "规模",
    "数量",
    "总量",
    "比例",
    "占比",
    "比重",
    "金额",
    "总额",
    "时间",
    "日期",
    "年份",
    "目标",
    "情况",
    "总数",
    "数字",
    "数据",
    "结果",
    "水平",
    "总盘子",
];

/// Adjectives that make a which-question a request for advice (哪个好).
const EVALUATIVE: &[&str] = &[
    "好", "甜", "香", "贵", "便宜", "划算", "合适", "靠谱", "厉害", "强", "实惠", "值", "好吃",
    "好玩", "好喝", "好用", "好看",
];

/// Of two readings of one character, the one that explains it best.
fn best(a: Part, b: Part) -> Part {
    let rank = |p: Part| match p {
        Part::Point => 0,
        Part::Story | Part::Context => 1,
        Part::Sibling => 2,
        Part::Other => 3,
        _ => 4,
    };
    if rank(a) <= rank(b) { a } else { b }
}

/// The documents whose words explain a reading: its point's, then its
/// story's (a story read as a whole is explained by its overview).
fn reading_docs(reading: Reading) -> [Doc; 2] {
    let story = Doc {
        topic: reading.topic,
        fact: None,
    };
    match reading.fact {
        Some(f) => [
            Doc {
                topic: reading.topic,
                fact: Some(f),
            },
            story,
        ],
        None => [story, story],
    }
}

/// What explains the content character `i` by the words around it: a
/// bigram of the question it is part of, found in the reading's text, or
/// in another point's or story's.
/// The question words that split a word the question asks a count of
/// (制多少氢: 制氢).
const SPLITTERS: &[&str] = &["多少", "几"];

fn text_part(index: &Index, q: &Question, i: usize, reading: Reading, docs: &[Doc; 2]) -> Part {
    let c = q.chars[i];
    if !is_han(c) && !c.is_alphanumeric() {
        return Part::Function;
    }
    let bm25 = &index.bm25;
    let mut terms: SmallVec<[u32; 6]> = SmallVec::new();
    let han = |j: usize| q.chars.get(j).is_some_and(|&c| is_han(c));
    // The terms of the words of the same sense as two characters.
    let synonym_terms = |pair: [char; 2]| {
        lexicon::synonyms(pair)
            .iter()
            .filter_map(|s| bm25.term_of(s))
    };
    if is_han(c) {
        if i > 0 && han(i - 1) {
            terms.extend(q.pair(index, i));
        }
        if han(i + 1) {
            terms.extend(q.pair(index, i + 1));
        }
        // 创立 in the question, 成立 on the page: a word of the same sense,
        // looked up only when the question's own words leave the character
        // to no text of the reading's point. (火车 of 旅客列车, where the
        // story's lead says 伴随着火车的鸣笛声.)
        if !terms.iter().any(|&t| bm25.holds_term(docs[0], t)) {
            for a in [i.checked_sub(1), Some(i)].into_iter().flatten() {
                if han(a) && han(a + 1) {
                    terms.extend(synonym_terms([q.chars[a], q.chars[a + 1]]));
                }
            }
        }
        // 能制多少氢, 能发多少电: a word the question word splits (制氢,
        // 发电) is held whole across it.
        // Only a count's 多少 or 几 splits one (企业怎么申请 is no 业申).
        let asks = |j: usize| q.question_word.get(j).is_some_and(|&x| x);
        let splits = |a: usize, b: usize| SPLITTERS.contains(&q.text((a, b)).as_str());
        // (过了多少货: 过货, the 了 of a deed done.)
        let done = |j: usize| q.chars.get(j) == Some(&'了');
        let from = if done(i + 1) { i + 2 } else { i + 1 };
        let after = (from..q.len()).find(|&j| !asks(j)).unwrap_or(q.len());
        // The page may name the thing first (产多少钢: 钢产量).
        if after > from && splits(from, after) && han(after) {
            terms.extend(bm25.term_of(&[c, q.chars[after]]));
            terms.extend(bm25.term_of(&[q.chars[after], c]));
            // (下多少雨: 下雨, which the page says as 降水.)
            terms.extend(synonym_terms([c, q.chars[after]]));
        }
        let before = (0..i).rev().find(|&j| !asks(j));
        let verb = before.map(|b| if done(b) && b > 0 { b - 1 } else { b });
        if let Some(b) = before
            .zip(verb)
            .filter(|&(b, _)| b + 1 < i && splits(b + 1, i))
            .map(|(_, v)| v)
            .filter(|&v| han(v))
        {
            terms.extend(bm25.term_of(&[q.chars[b], c]));
            terms.extend(bm25.term_of(&[c, q.chars[b]]));
            terms.extend(synonym_terms([q.chars[b], c]));
        }
    } else {
        // An ASCII word (aigc, 3d) as a whole.
        let word = |c: &char| !is_han(*c) && c.is_alphanumeric();
        let start = q.chars[..i]
            .iter()
            .rposition(|c| !word(c))
            .map_or(0, |p| p + 1);
        let end = q.chars[i..]
            .iter()
            .position(|c| !word(c))
            .map_or(q.len(), |p| i + p);
        terms.extend(bm25.term_of(&q.chars[start..end]));
    }
    let held = |d: &Doc| terms.iter().any(|&t| bm25.holds_term(*d, t));
    if held(&docs[0]) {
        return Part::Point;
    }
    if reading.fact.is_some() && held(&docs[1]) {
        return Part::Context;
    }
    let mut part = Part::Unknown;
    for &t in &terms {
        let (sibling, other) = bm25.held_elsewhere(t, reading.topic, docs);
        if sibling {
            part = best(part, Part::Sibling);
        } else if other {
            part = best(part, Part::Other);
        }
    }
    part
}

/// A readable account of a weighing, for `ask --explain`.
pub fn describe(q: &Question, w: &Weighed) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "parts: {}", q.normalized);
    let _ = writeln!(out, "       {w}");
    if w.heart > 0 {
        let hearts: String = w
            .hearts
            .iter()
            .map(|&h| if h { '^' } else { ' ' })
            .collect();
        let _ = writeln!(out, "heart: {}", hearts.trim_end());
    }
    let runs: Vec<String> = w.runs().into_iter().map(|r| q.text(r)).collect();
    let _ = writeln!(out, "unexplained: {runs:?}");
    out
}

/// How much of the question the reading leaves unexplained, from 0 to 1:
/// the unexplained characters (weighted) against them plus what the point
/// explains and half of what names the story (a story's name says which
/// story, not what about it).
pub fn share(w: &Weighed) -> f32 {
    let unexplained = w.unexplained() + if w.mismatch { MISMATCH_WEIGHT } else { 0.0 };
    let explained = w.point + 0.5 * w.story;
    if unexplained <= 0.0 {
        return 0.0;
    }
    let share = unexplained / (unexplained + explained);
    // The heart of the question unexplained: one character of it (多少亩)
    // leaves the bot unsure, a word of it (门票, 挂号) is not answered; nor
    // is a question for a datum the point does not give.
    match w.heart {
        _ if w.mismatch => share.max(DECLINE),
        0 => share,
        1 => share.max(ASK_BACK),
        _ => share.max(DECLINE),
    }
}

/// What a question asking for a figure the point lacks weighs, as
/// unexplained characters.
const MISMATCH_WEIGHT: f32 = 3.0;
/// At this share of the question unexplained the bot asks back ...
pub const ASK_BACK: f32 = 0.36;
/// ... and at this share it says it does not have it.
pub const DECLINE: f32 = 0.5;

/// Why the bot answered, asked back or declined.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// The reading explains the question well enough.
    Explained { share: f32 },
    /// Between answering and declining.
    Unsure { share: f32 },
    /// The question asks about something the reading does not hold.
    Unexplained { share: f32 },
    /// A place outside Inner Mongolia the story does not concern.
    Outside,
    /// The decision itself was not to answer (no story, a declined subject).
    NoAnswer,
    /// An overview, a region's list, or stories offered side by side.
    Listing,
    /// The story asked about is another region's than the question
    /// asserts: answered, the region corrected.
    Premise,
}

impl Why {
    /// Whether the bot answers for this reason.
    pub fn answers(&self) -> bool {
        matches!(self, Why::Explained { .. } | Why::Premise)
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Why::Explained { share } if share < ASK_BACK => write!(
                f,
                "answered: {:.0}% of the question unexplained, under the {:.0}% at which it asks back",
                share * 100.0,
                ASK_BACK * 100.0
            ),
            Why::Explained { share } => write!(
                f,
                "answered: {:.0}% of the question unexplained, over the {:.0}% at which it asks back, but with nothing to ask (one reading, no heart of the question unexplained, no figure asked)",
                share * 100.0,
                ASK_BACK * 100.0
            ),
            Why::Unsure { share } => write!(
                f,
                "asked back: {:.0}% of the question unexplained, between {:.0}% and {:.0}%",
                share * 100.0,
                ASK_BACK * 100.0,
                DECLINE * 100.0
            ),
            Why::Unexplained { share } if share >= DECLINE => write!(
                f,
                "declined: {:.0}% of the question unexplained, at or over {:.0}%",
                share * 100.0,
                DECLINE * 100.0
            ),
            // (发现这群黄羊的是哪个单位的官兵: little unexplained, but what
            // it asks is given by no point.)
            Why::Unexplained { share } => write!(
                f,
                "declined: {:.0}% of the question unexplained, but what it asks (its heart, a name of the kind asked, the role or the unit) is in no point of the story",
                share * 100.0
            ),
            Why::Outside => write!(
                f,
                "declined: a place outside Inner Mongolia that the story does not concern"
            ),
            Why::NoAnswer => write!(f, "no story answers it"),
            Why::Listing => write!(f, "a list of stories, not one answer"),
            Why::Premise => write!(
                f,
                "answered: the story is another region's than the question asserts"
            ),
        }
    }
}

/// The confidence of an answer whose question is `share` unexplained:
/// 1 when all is explained, falling to 0.5 where the bot asks back.
pub fn confidence(share: f32) -> f32 {
    (1.0 - share * (0.5 / ASK_BACK)).clamp(0.0, 1.0)
}

/// A decision weighed: what to answer, how sure, and why.
#[derive(Debug, Clone)]
pub struct Judged {
    pub decision: Decision,
    pub confidence: f32,
    pub why: Why,
    /// The question weighed against the best reading, when there was one.
    pub weighed: Option<Weighed>,
    /// A figure the question takes for granted, checked.
    pub premise: Option<Premise>,
}

impl Judged {
    /// A decision not to answer, with nothing weighed.
    pub fn not_answered(decision: Decision) -> Judged {
        Judged {
            decision,
            confidence: 0.0,
            why: Why::NoAnswer,
            weighed: None,
            premise: None,
        }
    }
}

/// Clarifying readings offered at most.
const CLARIFY_MAX: usize = 3;

/// Weighs `decision`, the best reading of the question, against the
/// question: answers it, asks back, or declines it.
pub fn judge(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    ev: &Evidence,
    decision: Decision,
) -> Judged {
    let Some(reading) = decision.reading() else {
        return match decision {
            // 包头现在房价多少: a question that asks something of a region
            // with several stories is no request for their list. When none
            // of its newest stories explains what is asked, the bot says so.
            Decision::Region { region } if !lexicon::Intent::of(q.normalized).news => {
                match region_lacking(kb, index, q, region) {
                    Some((w, share)) => Judged {
                        decision: Decision::RegionLacking {
                            region,
                            missing: missing_words(q, &w),
                        },
                        confidence: confidence(share),
                        why: Why::Unexplained { share },
                        weighed: Some(w),
                        premise: None,
                    },
                    None => Judged {
                        decision,
                        confidence: 1.0,
                        why: Why::Listing,
                        weighed: None,
                        premise: None,
                    },
                }
            }
            Decision::Overview | Decision::Region { .. } => Judged {
                decision,
                confidence: 1.0,
                why: Why::Listing,
                weighed: None,
                premise: None,
            },
            // 世界奶业大会是在包头开的吧: the story is another region's; the
            // place asserted is corrected, and the story answers.
            Decision::Missing {
                region,
                wanted: Some(topic),
            } if let Some(p) = region_premise(kb, q, region, topic) => Judged {
                decision: Decision::Topic { topic },
                confidence: 0.8,
                why: Why::Premise,
                weighed: None,
                premise: Some(p),
            },
            // 青岛的研发后补助: several stories, none about that place.
            Decision::Ambiguous { ref candidates } if !q.outside.is_empty() => Judged {
                decision: Decision::Elsewhere {
                    place: q.text(q.outside[0]),
                    wanted: candidates.first().map(|c| c.0),
                },
                confidence: 0.0,
                why: Why::Outside,
                weighed: None,
                premise: None,
            },
            // 企业怎么申请自治区研发投入后补助: both stories share the
            // words, neither says how to apply.
            Decision::Ambiguous { ref candidates } if !candidates.is_empty() => {
                let (topic, fact) = candidates[0];
                let w = weigh(kb, index, q, Reading::new(topic, fact));
                // 阿尔山2024年接待游客多少万人次: each story counts visitors,
                // none of that year; every reading lacks the time asked.
                // (Only when one of the stories lacks that year: the others
                // may lack it or anything else.)
                let unsaid =
                    |t: TopicId| kb.topics.get(t.index()).is_some_and(|t| unsaid_year(q, t));
                let all_lack = || {
                    !q.asked.is_empty()
                        && candidates.len() <= SETTLED_MAX
                        && candidates.iter().any(|&(t, _)| unsaid(t))
                        && candidates.iter().enumerate().all(|(i, &(t, f))| {
                            unsaid(t)
                                || if i == 0 {
                                    w.mismatch
                                } else {
                                    weigh(kb, index, q, Reading::new(t, f)).mismatch
                                }
                        })
                };
                // 内蒙古自治区主席是谁: the holder of a role that no story of
                // the list names.
                let role_unheld = || {
                    names::role_asked(q).is_some_and(|span| {
                        let role = q.text(span);
                        candidates.iter().all(|&(t, _)| {
                            kb.topics.get(t.index()).is_none_or(|t| {
                                !t.facts.iter().any(|f| f.answer.contains(role.as_str()))
                            })
                        })
                    })
                };
                // 贸储基地建成后能带动多少人就业, of the 贸储基地's point
                // that counts no people and a strawberry farm's pay: no
                // reading gives a figure in the unit asked.
                let none_counts = || {
                    candidates.len() <= SETTLED_MAX
                        && w.units_lacking.is_some()
                        && candidates[1..].iter().all(|&(t, f)| {
                            weigh(kb, index, q, Reading::new(t, f))
                                .units_lacking
                                .is_some()
                        })
                };
                if w.heart >= 2 || all_lack() || role_unheld() || none_counts() {
                    let share = share(&w);
                    return Judged {
                        decision: Decision::Lacking {
                            topic,
                            subject: subject(kb, index, q, ev, &w, topic.index()),
                            missing: missing_words(q, &w),
                        },
                        confidence: confidence(share),
                        why: Why::Unexplained { share },
                        weighed: Some(w),
                        premise: None,
                    };
                }
                Judged {
                    decision,
                    confidence: 0.5,
                    why: Why::Listing,
                    weighed: Some(w),
                    premise: None,
                }
            }
            Decision::Ambiguous { .. } => Judged {
                decision,
                confidence: 0.5,
                why: Why::Listing,
                weighed: None,
                premise: None,
            },
            // 北京最近有什么新闻: say where the bot's news is from.
            Decision::NoMatch {
                offtopic: None,
                greeting: false,
                ..
            } if !q.outside.is_empty() => Judged {
                decision: Decision::Elsewhere {
                    place: q.text(q.outside[0]),
                    wanted: None,
                },
                confidence: 0.0,
                why: Why::Outside,
                weighed: None,
                premise: None,
            },
            decision => Judged::not_answered(decision),
        };
    };
    // A figure the question takes for granted is checked against the
    // page's (包头有50个名特优新农产品对吧 → 72个), on the point that has it.
    let premise = premise(kb, index, q, reading);
    let (decision, reading) = match &premise {
        Some(Premise { fact: Some(f), .. }) if Some(*f) != reading.fact => (
            Decision::Fact {
                topic: TopicId::new(reading.topic),
                fact: LocalFactId::new(*f),
            },
            Reading {
                topic: reading.topic,
                fact: Some(*f),
            },
        ),
        _ => (decision, reading),
    };
    let mut w = weigh(kb, index, q, reading);
    if matches!(decision, Decision::Source { .. }) {
        w.siblings_name_story();
        // 记者哪天在明珠社区见到赵亚凡的: the date asked of the story as
        // printed is its date, which the source gives.
        if w.mismatches == 1
            && w.mismatch_why == "overview_date"
            && kb
                .topics
                .get(reading.topic)
                .is_some_and(|t| t.source.date.is_some())
        {
            w.mismatch = false;
            w.mismatches = 0;
            w.another_point_may = false;
        }
        // 那篇稿子的责任编辑是谁: who edited it, which a byline that names
        // no editor does not say.
        let editor_asked = ["编辑", "责编"].iter().any(|e| q.normalized.contains(e));
        if editor_asked
            && !kb.topics.get(reading.topic).is_some_and(|t| {
                t.source
                    .byline
                    .as_deref()
                    .is_some_and(|b| b.contains("编辑") || b.contains("责编"))
            })
        {
            w.mismatch("editor");
        }
    }
    let mut reading = reading;
    let mut decision = decision;
    // The point chosen cannot give what is asked (一年捕多少鱼 picked the
    // ban on fishing), or the reading is the whole story and the question
    // asks for a date or a number (医保改革是哪年哪月全面铺开的): another
    // point of the story that shares words with the question, gives it and
    // explains the question as well answers instead.
    let datum = q
        .asked
        .iter()
        .any(|a| matches!(a.2, lexicon::Asked::Count | lexicon::Asked::When));
    // 渔业公司转型打造了哪个景区: a name of a kind (景区, 企业, 机构) is
    // asked, and the point chosen names none; a point that names one and
    // explains the question as well answers instead (or the first stands).
    let naming = q.name_kind.filter(|endings| {
        reading.fact.is_some_and(|f| {
            kb.topics[reading.topic]
                .facts
                .get(f)
                .is_some_and(|f| !super::measure::names_one(&f.answer, endings))
        })
    });
    // 甘其毛都口岸在哪个旗: the point chosen does not say where the place
    // is; another that names a banner may.
    let place_left = q.away.iter().any(|&(s, e)| {
        w.parts[s] == Part::Unknown && PLACE_ASKED.iter().any(|(word, _)| *word == q.text((s, e)))
    });
    // 芬兰驯鹿的混血宝宝几岁了, read as the point on 引进芬兰驯鹿: when the
    // unit asked is all it lacks, a point of the story that counts in that
    // unit (几头混血宝宝今年已满3岁) may answer. Only such points are
    // weighed: most questions have none, and weighing four points for
    // each made answering a third slower.
    // (So may one counting in the unit a bare 多少 asks: 京西农牧业繁育总场
    // 存栏多少头肉牛, read as the point on its feeding at 6点.)
    let unit_lacking = (w.mismatches == 1 && !w.another_point_may)
        .then_some(w.units_lacking)
        .flatten();
    let counted_elsewhere = unit_lacking.is_none() && w.mismatches == 0 && share(&w) >= ASK_BACK;
    let unit_elsewhere = unit_lacking.or(counted_elsewhere.then_some(w.counted_lacking).flatten());
    // 首趟高铁几点从呼和浩特东发车, read as the point on the line's length:
    // a time of day asked that the point does not print, which another
    // point of the story may.
    let time_left = q.normalized.contains("几点")
        && reading
            .fact
            .and_then(|f| kb.topics.get(reading.topic)?.facts.get(f))
            .is_some_and(|f| !f.figures.iter().any(|g| time_of_day(&g.value)));
    let another_point = (w.mismatch && w.another_point_may)
        || unit_elsewhere.is_some()
        || place_left
        || time_left
        || naming.is_some()
        || (datum && matches!(decision, Decision::Topic { .. }));
    let needed = || {
        another_point
            .then(|| {
                let wanted = Wanted {
                    naming,
                    units: unit_elsewhere,
                    place_left,
                    counted: counted_elsewhere,
                    time: time_left,
                };
                other_point(kb, index, q, reading, &w, wanted)
            })
            .flatten()
    };
    // 渔业公司建景区自己掏了多少钱, read as the company's point by its
    // name: another point of the story that explains clearly more of the
    // question (为打造小河口景区，渔业公司自筹3000万元) answers.
    let clearer = || {
        // (Over the decline share only when what is left is mostly other
        // points' words: 通辽123个就业服务站累计搞了多少场招聘活动, read as
        // the point on 123个 by its figure, asks what the point on 招聘活动
        // gives.)
        let left_to_siblings = w.sibling > 0.0 && w.sibling >= w.other + w.unknown;
        let band = matches!(decision, Decision::Fact { .. })
            && share(&w) >= RECONSIDER
            && (share(&w) < DECLINE || left_to_siblings);
        // 有几家高校、几家规上企业: two counts asked, one of them of
        // another point's words, are the point's that gives both.
        // (So do two things joined and counted each: 高校和规上企业各有
        // 几家.)
        let each = || {
            ["各有", "各是", "分别", "各多少", "各几"]
                .iter()
                .any(|w| q.normalized.contains(w))
                && q.normalized.contains(['和', '与', '跟', '、'])
        };
        let counts = q
            .asked
            .iter()
            .filter(|a| a.2 == lexicon::Asked::Count)
            .count();
        let counts_two = matches!(decision, Decision::Fact { .. })
            && w.sibling > 0.0
            && (counts >= 2 || counts == 1 && each());
        // (A name of a kind asked is still asked: 李先生在哪个单位上班 is not
        // answered by the point that explains 上班.)
        let still = Wanted {
            naming,
            ..Wanted::default()
        };
        (band || counts_two)
            .then(|| other_point(kb, index, q, reading, &w, still))
            .flatten()
            .filter(|(r, better)| {
                share(better) + RECONSIDER_MARGIN <= share(&w)
                    && better.unexplained_chars() < w.unexplained_chars()
                    && !narrows(kb, q, reading, *r)
            })
    };
    let switch = premise
        .is_none()
        .then(|| needed().or_else(clearer))
        .flatten();
    // 中科发5号是哪个单位培育的: a name of a kind asked that no point
    // gives is something to ask back about, when the point leaves much of
    // the question unexplained.
    let unnamed = naming.is_some() && switch.is_none();
    if let Some((r, better)) = switch {
        decision = Decision::Fact {
            topic: TopicId::new(r.topic),
            fact: LocalFactId::new(r.fact.unwrap_or(0)),
        };
        reading = r;
        w = better;
    }
    // 范志是哪个单位的负责人, read as 王向宏's point by the role: in the
    // band where the bot would ask back, a reading the question's other
    // words name that explains it clearly answers instead, if it is the
    // only one that does.
    let mut premise = premise;
    // (So does one of the person another story is about, whom the
    // question names: 范志 is 赤峰's, whatever 通辽's 负责人 made of it.)
    // (And over the decline share when it is another story's words that
    // the reading leaves, and the other reading explains all this one
    // does as well: 泰富那个风电项目装机多大, read as the wind farm story by
    // 风电项目, while 泰富 names a point of the projects' story that says
    // 泰富400MW风电项目. A point: a whole story answers no 总额 it does
    // not give.)
    let over = share(&w) >= DECLINE && w.other > 0.0 && w.other_person.is_none();
    if w.outside.is_none()
        && ((ASK_BACK..DECLINE).contains(&share(&w))
            || w.other_person.is_some() && share(&w) >= ASK_BACK
            || over)
        && let Some((r, better)) = clear_alternative(kb, index, q, &w, reading)
            .filter(|(r, better)| !over || r.fact.is_some() && explains_all(&w, better))
    {
        decision = match r.fact {
            Some(f) => Decision::Fact {
                topic: TopicId::new(r.topic),
                fact: LocalFactId::new(f),
            },
            None => Decision::Topic {
                topic: TopicId::new(r.topic),
            },
        };
        reading = r;
        w = better;
        premise = None;
    }
    // 甘其毛都口岸在乌拉特后旗吧: a place of the story's region it does
    // not name, asserted where the story names another, is corrected.
    if premise.is_none()
        && w.outside.is_none()
        && let Some(p) = place_premise(kb, index, q, reading)
    {
        return Judged {
            decision,
            confidence: 0.8,
            why: Why::Premise,
            weighed: Some(w),
            premise: Some(p),
        };
    }
    let share = share(&w);
    let confidence = confidence(share);
    let (decision, why) = if let Some(place) = w.outside {
        (
            Decision::Elsewhere {
                place: q.text(place),
                wanted: Some(TopicId::new(reading.topic)),
            },
            Why::Outside,
        )
    } else if share >= DECLINE || unnamed && share < ASK_BACK {
        // (李先生在哪个单位上班, 哪几家银行能开户: a name of a kind that no
        // point of the story gives is not given by the one that explains
        // the rest.)
        // (赵辉一个月能挣多少钱: what the bot has of 赵辉 is 呼伦湖's story.)
        let lacking = match w.other_person {
            Some((s, e, topic)) => Decision::Lacking {
                topic: TopicId::new(topic),
                subject: q.text((s, e)),
                missing: None,
            },
            None => Decision::Lacking {
                topic: TopicId::new(reading.topic),
                subject: subject(kb, index, q, ev, &w, reading.topic),
                missing: missing_words(q, &w),
            },
        };
        (lacking, Why::Unexplained { share })
    } else if share >= ASK_BACK
        && let candidates = readings(kb, index, q, &w, reading)
        // Asking back needs something to ask: another reading, a heart of
        // the question left unexplained, or a figure asked for. Words the
        // bot merely does not know (保持原味 for 原汁原味) leave a question
        // of how or why with the one reading it has; a figure from thin
        // evidence (交社保一年得多少钱, read as 5毛 a pair of shoelaces) is
        // the wrong answer people forward, so the bot offers its reading
        // instead of giving the figure.
        && (candidates.len() > 1 || w.heart > 0 || w.mismatch || unnamed || figure_asked(q))
    {
        (Decision::Clarify { candidates }, Why::Unsure { share })
    } else {
        (decision, Why::Explained { share })
    };
    let confidence = if matches!(why, Why::Outside) {
        0.0
    } else {
        confidence
    };
    let premise = premise.filter(|_| matches!(why, Why::Explained { .. }));
    Judged {
        decision,
        confidence,
        why,
        weighed: Some(w),
        premise,
    }
}

/// Whether the question asks for a figure with a question word (多少,
/// 几, 哪年, 什么时候), not only with a noun of measure (规模很小的学校
/// asks nothing of its size).
fn figure_asked(q: &Question) -> bool {
    q.asked.iter().any(|a| {
        matches!(a.2, lexicon::Asked::Count | lexicon::Asked::When)
            && a.4.contains(['多', '几', '哪', '何', '啥', '么'])
            // (驯鹿选美选出来的鹿王是谁家的: so is a name, and a wrong
            // one is as bad. Not a story's byline: 那篇报道记者是谁 asks
            // of a story whatever else it says of it.)
            || a.2 == lexicon::Asked::Who
                && a.4.contains('谁')
                && !lexicon::Intent::of(q.normalized).source
    })
}

/// Several stories fit the question equally by their words (呼伦胡面积,
/// read as the Alxa story's 面积 too): each reading is weighed against the
/// whole question. One that alone leaves the question explained is the
/// answer; when none does, the one whose name the others leave as their
/// heart is judged (and declined). Otherwise the stories are offered side
/// by side.
pub fn settle(kb: &KnowledgeBase, index: &Index, q: &Question, d: Decision) -> Decision {
    let Decision::Ambiguous { candidates } = d else {
        return d;
    };
    if candidates.len() < 2 || candidates.len() > SETTLED_MAX {
        return Decision::Ambiguous { candidates };
    }
    let weighed: SmallVec<[(f32, bool, bool); 4]> = candidates
        .iter()
        .map(|&(topic, fact)| {
            let w = weigh(kb, index, q, Reading::new(topic, fact));
            // Its heart is the name of another candidate's story: the
            // question is about that one.
            let names_other = other_story_names(index, q, &w.parts, topic.index()).any(|(s, e)| {
                q.found.iter().any(|f| {
                    (f.start, f.end) == (s, e)
                        && index.triggers(f.pattern).iter().any(|t| {
                            matches!(t.target, Target::Topic(x)
                                if candidates.iter().any(|c| c.0.index() == x))
                        })
                })
            });
            (share(&w), w.outside.is_none(), names_other)
        })
        .collect();
    let standing: SmallVec<[usize; 4]> = (0..candidates.len())
        .filter(|&i| weighed[i].0 < DECLINE && weighed[i].1)
        .collect();
    let pick = match standing[..] {
        [one] => Some(one),
        // None stands: the one the others' hearts name is asked about.
        [] => {
            let named: SmallVec<[usize; 4]> =
                (0..candidates.len()).filter(|&i| !weighed[i].2).collect();
            match named[..] {
                [one] => Some(one),
                _ => None,
            }
        }
        _ => None,
    };
    match pick.map(|i| candidates[i]) {
        Some((topic, Some(fact))) => Decision::Fact { topic, fact },
        Some((topic, None)) => Decision::Topic { topic },
        None => Decision::Ambiguous { candidates },
    }
}

/// Candidates of an ambiguity weighed one by one, at most; more are
/// offered side by side.
const SETTLED_MAX: usize = 4;

/// Stories of a region weighed against a question that names only the
/// region, at most: its newest, as its list's first page shows them.
const REGION_STORIES: usize = super::listing::PAGE;

/// The question weighed against the region's newest stories, when every
/// one of them leaves it unexplained (at or over [`DECLINE`]): the
/// weighing that explains most, and its share.
fn region_lacking(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    region: RegionId,
) -> Option<(Weighed, f32)> {
    kb.regions.get(region.index())?;
    let mut best: Option<(Weighed, f32)> = None;
    for topic in kb.newest_of(Some(region)).take(REGION_STORIES) {
        let w = weigh(kb, index, q, Reading::new(topic, None));
        let share = share(&w);
        if share < DECLINE {
            return None;
        }
        if best.as_ref().is_none_or(|b| share < b.1) {
            best = Some((w, share));
        }
    }
    best
}

/// What another point must give where the reading's own does not.
#[derive(Debug, Clone, Copy, Default)]
struct Wanted<'a> {
    /// A name of a kind (the endings of its names).
    naming: Option<&'a [&'a str]>,
    /// A count in one of these units.
    units: Option<&'a [&'a str]>,
    /// The place a question asks (哪个乡) that the first does not name.
    place_left: bool,
    /// The units are what a bare 多少 counts: the other point must
    /// explain all the first did (遗鸥…有多少只 is not 17000余只 birds).
    counted: bool,
    /// A time of day (几点) that the first does not print.
    time: bool,
}

/// Another point of the reading's story that gives what the question asks
/// where the reading's own does not: the one sharing most words with the
/// question, if it leaves little unexplained.
fn other_point(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    reading: Reading,
    first: &Weighed,
    wanted: Wanted,
) -> Option<(Reading, Weighed)> {
    let Wanted {
        naming,
        units,
        place_left,
        counted,
        time,
    } = wanted;
    let topic = kb.topics.get(reading.topic)?;
    let holder = role_holder(q, topic);
    let terms = bigram_terms(index, q);
    let deed = naming.and_then(|_| super::measure::deed_of_kind(q.normalized));
    // The deed whose doer is asked (谁主办的), read once for every point.
    let who_deed = point::who_deed(q.normalized);
    // A count asked (几名民警) is given by a point with a number, whatever
    // the first gave (恩和哈达边境派出所现在一共有几名民警, read as the
    // point on its 零下3℃, is not answered by the point on its 民警 at
    // work, which counts nothing).
    let count_asked = q
        .asked
        .iter()
        .any(|a| a.2 == lexicon::Asked::Count && (a.4.contains("多少") || a.4.contains('几')));
    let mut ranked: Vec<(usize, usize)> = (0..topic.facts.len())
        .filter(|&f| Some(f) != reading.fact)
        // A name of the kind asked, from a point that names one, and
        // speaks of the deed asked, if any (呼伦湖禁渔是哪个单位批准的 is not
        // answered by the point on 呼伦湖渔业公司, which approves nothing).
        .filter(|&f| {
            naming.is_none_or(|e| {
                let answer = &topic.facts[f].answer;
                super::measure::names_one(answer, e)
                    && deed.is_none_or(|deed| deed.chars().any(|c| answer.contains(c)))
            })
        })
        // A number, when the first gives none (红山文化博物馆有多少件文物,
        // of the point on its opening in 2019年).
        .filter(|&f| {
            // (Or a rank, asked 第几: 第五批.)
            // (Not a drafted point's gist, which tells and counts nothing:
            // 隔三岔五.)
            !(first.number_lacking || count_asked)
                || topic.facts[f].figures.iter().any(|g| {
                    g.label != point::GIST
                        && (has_number(&g.value)
                            || q.has(question::Cue::Ordinal) && g.value.contains('第'))
                })
        })
        // The deed whose doer is asked, from a point that tells it.
        .filter(|&f| who_deed.is_none_or(|d| topic.facts[f].answer.contains(d)))
        // The place asked, from a point that names it.
        .filter(|&f| {
            first
                .place_lacking
                .as_ref()
                .is_none_or(|p| topic.facts[f].answer.contains(p.as_str()))
        })
        // A time of day, from a point that prints one.
        .filter(|&f| !time || topic.facts[f].figures.iter().any(|g| time_of_day(&g.value)))
        // A count in the unit asked, from a point that counts in it.
        .filter(|&f| {
            units.is_none_or(|units| {
                let fact = &topic.facts[f];
                units
                    .iter()
                    .any(|u| fact.figures.iter().any(|g| gives_unit(&g.value, u)))
            })
        })
        .map(|f| {
            let doc = Doc {
                topic: reading.topic,
                fact: Some(f),
            };
            (overlap(index, &terms, doc), f)
        })
        .filter(|&(shared, f)| shared > 0 || holder == Some(f))
        .collect();
    // (A number asked: first the points with a figure the question names
    // by its label, 巴丹吉林沙漠有多少个湖泊 of 湖泊共有144个.)
    let named = |f: usize| {
        first.number_lacking
            && topic.facts[f].figures.iter().any(|g| {
                g.label.chars().count() >= 2
                    && !point::GENERIC_LABELS.contains(&g.label.as_str())
                    && has_number(&g.value)
                    && crate::text::find_short(q.normalized, &g.label).is_some()
            })
    };
    // (A role's holder asked: first the one person who holds it.)
    ranked.sort_by(|a, b| {
        (holder == Some(b.1))
            .cmp(&(holder == Some(a.1)))
            .then(named(b.1).cmp(&named(a.1)))
            .then(b.0.cmp(&a.0))
            .then(a.1.cmp(&b.1))
    });
    // (Nor may another point leave a place of the story that the question
    // and the first name: 科尔沁区万达商圈一共办了几场招聘会, of the point
    // on the 万达商圈's fairs, is not answered by the count of all the
    // stations' fairs. Not the place the story is about, which its
    // headline or lead names: 呼伦湖渔业公司转型搞了个什么景区.)
    let first_text = reading_text(kb, reading);
    let first_places: Vec<&String> = topic
        .places
        .iter()
        .filter(|p| {
            p.chars().count() >= 2
                && q.normalized.contains(p.as_str())
                && !topic.source.headline.contains(p.as_str())
                && !topic.title.contains(p.as_str())
                && !topic.answer.contains(p.as_str())
                && first_text.contains(p.as_str())
        })
        .collect();
    // (Nor may another point leave what a bare 多少 ending the question
    // counts, when the first gave no number: either of the two characters
    // right before it that the first explained. 预付金一次给医院预付多少
    // is not answered by the sums paid out, 累计拨付16508.61万元, which
    // prepay nothing: 付 alone is in 拨付. 铁路有多长 says its unit.)
    let counted_at: SmallVec<[usize; 2]> = q
        .asked
        .iter()
        .filter(|a| {
            first.number_lacking
                && a.2 == lexicon::Asked::Count
                && a.4 == "多少"
                && ends_question(q, a.1)
                && a.0 >= 2
        })
        .map(|a| a.0)
        .collect();
    ranked.into_iter().take(OTHER_POINTS).find_map(|(_, f)| {
        let r = Reading {
            topic: reading.topic,
            fact: Some(f),
        };
        let w = weigh(kb, index, q, r);
        // It must explain what the first did (第八小学的校长: not 副校长
        // of another school).
        // Numerals aside: figures are weighed as figures (两个工作日 of one
        // point is 2个工作日 of another).
        let left: SmallVec<[usize; 8]> = first
            .parts
            .iter()
            .zip(&w.parts)
            .enumerate()
            .filter(|(_, (a, b))| **a == Part::Point && !matches!(b, Part::Point | Part::Story))
            .map(|(i, _)| i)
            .collect();
        let numeral = |i: usize| q.chars[i].is_ascii_digit() || is_numeral(q.chars[i]);
        // (… and the measure word of a figure with it: 个 of 123个.)
        // (… or of a date: 年 of 2023年, which the new point prints as
        // 2023年1月8日.)
        let unit = |c: char| is_measure(c) || matches!(c, '年' | '月' | '日' | '号');
        // (… and the 量 that asks the amount of a word the new point
        // explains, or of one the first did not: 通行量, of 通行中欧班列
        // 5001列; 货运量.)
        let amount = |i: usize| {
            q.chars[i] == '量'
                && i > 0
                && (matches!(w.parts[i - 1], Part::Point | Part::Story)
                    || first.parts[i - 1] != Part::Point)
        };
        let amounts = left.iter().filter(|&&i| amount(i)).count();
        let lost = left
            .iter()
            .filter(|&&i| {
                !(numeral(i) || (i > 0 && numeral(i - 1) && unit(q.chars[i])) || amount(i))
            })
            .count();
        let fits = !w.mismatch && share(&w) < ASK_BACK;
        // A point naming what is asked may leave the scene the question
        // sets to the first (渔业公司转型 … 哪个景区).
        // One counting in the unit asked may leave a place abroad that the
        // first named and another point of the story holds (芬兰, of
        // 引进芬兰驯鹿): a scene, not what is measured (玉龙有多长 is not
        // answered by a distance in 公里 of the site).
        // (Leaving nothing, it leaves no place abroad: 多少名护边员, where
        // the first explained no more than the story's words, is not
        // answered by 两人立刻交换起各自的巡逻情况.)
        let abroad = || {
            !left.is_empty()
                && left
                    .iter()
                    .all(|i| q.outside.iter().any(|&(s, e)| (s..e).contains(i)))
        };
        // When the first gives no number at all, what it alone explained
        // may be words of the story's other points (互动体验课, of 1500余名
        // 学生参加过这类课程), if the new one leaves little unexplained.
        // So may what the first explained of a question asking a place it
        // does not name (王润拴说的治沙项目区在哪个乡).
        let slot_named = || {
            q.away
                .iter()
                .any(|&span| slot_filled(q, span, reading_text(kb, r)))
        };
        // So may what the first explained of a question asking in a unit it
        // does not count in (他多大年纪，打算每年交多少钱: 打算, of the
        // plan's point, when the age's point gives both figures).
        // So may what a first that does not give what is asked explained,
        // when the new point explains as much of the question (赵亚凡's
        // pay, asked after a mother's long preamble that the point on her
        // hours explains).
        let as_much = first.mismatch && w.point >= first.point;
        // So may what the first explained of a question asking who did a
        // deed it does not tell (活动是谁主办的: the point on the drive's
        // name and day, when another says 活动由…主办).
        let asks_doer = who_deed.is_some();
        // So may what the first explained of a question asking who holds
        // a role, when the new point is the one person of the story who
        // holds it (阿拉善艺术中学的副校长叫啥, of 乌兰其其格是…副校长: the
        // point on the person may not repeat where the role is held).
        let holds = holder == Some(f);
        let lost_to_siblings = ((first.number_lacking
            || units.is_some() && !counted
            || as_much
            || asks_doer
            || holds
            || time)
            && share(&w) < if asks_doer { ASK_BACK } else { RECONSIDER }
            || place_left && slot_named())
            && left.iter().all(|&i| {
                // (And then words of the story's overview too: 家门口.)
                w.parts[i] == Part::Sibling || w.parts[i] == Part::Context && (as_much || asks_doer)
            });
        let kept = naming.is_some()
            || ((lost == 0 || lost_to_siblings)
                && w.unexplained()
                    <= first.unexplained() + SIBLING_WEIGHT * (lost + amounts) as f32)
            || (units.is_some() && w.other + w.unknown <= first.other + first.unknown && abroad());
        // (And it must explain some of the question by words of its own:
        // 乌拉特后旗一共有多少名护边员, where the first explained no more
        // than the story's words, is not answered by 两人立刻交换起各自的
        // 巡逻情况 for counting in 人.)
        let own_words = w.point > 0.0 || holds || naming.is_some();
        let counted_left = counted_at
            .iter()
            .any(|&at| left.contains(&(at - 1)) || left.contains(&(at - 2)));
        let new_text = reading_text(kb, r);
        let place_lost = first_places.iter().any(|p| !new_text.contains(p.as_str()));
        (fits && kept && own_words && !place_lost && !counted_left).then_some((r, w))
    })
}

/// The one point of `topic` on a person that names the role whose holder
/// the question asks (馆长 of 馆长叫什么), if only one does.
fn role_holder(q: &Question, topic: &crate::knowledge::Topic) -> Option<usize> {
    let role = q.text(names::role_asked(q)?);
    // (馆长, not 副馆长, unless a deputy is asked.)
    let holds = |fact: &crate::knowledge::Fact| {
        fact.kind == crate::knowledge::FactKind::Person
            && fact
                .answer
                .match_indices(role.as_str())
                .any(|(at, _)| role.starts_with('副') || !fact.answer[..at].ends_with('副'))
    };
    let mut holders = topic.facts.iter().enumerate().filter(|(_, g)| holds(g));
    match (holders.next(), holders.next()) {
        (Some((f, _)), None) => Some(f),
        _ => None,
    }
}

/// Whether reading `to` speaks of a place that neither the question nor
/// reading `from` names (兴安盟一年产多少水稻: 扎赉特旗's 35万吨, not the
/// league's 75万吨): it answers for a part of what is asked.
///
/// (阿左旗沙漠锁边项目现场…, of the point on 阿拉善左旗's site: a place the
/// question names by another of its names, 阿左旗, is named.)
fn narrows(kb: &KnowledgeBase, q: &Question, from: Reading, to: Reading) -> bool {
    let text = |r: Reading| reading_text(kb, r);
    let (a, b) = (text(from), text(to));
    let named = |p: &str| {
        q.normalized.contains(p)
            || kb
                .regions
                .iter()
                .flat_map(|r| r.other_names.iter())
                .any(|names| {
                    names.iter().any(|n| n == p)
                        && names.iter().any(|n| q.normalized.contains(n.as_str()))
                })
    };
    kb.regions
        .iter()
        .flat_map(|r| r.places.iter())
        .any(|p| b.contains(p.as_str()) && !a.contains(p.as_str()) && !named(p))
}

/// From this share of the question unexplained (up to where it declines,
/// unless what is left is mostly other points' words: a question the
/// chosen point leaves that unexplained is not turned into an answer by
/// another), the story's other points are weighed too ...
const RECONSIDER: f32 = 0.2;
/// ... and one that leaves this much less unexplained answers instead.
const RECONSIDER_MARGIN: f32 = 0.1;

/// Other points of a story weighed when the chosen one cannot give what
/// is asked, at most.
const OTHER_POINTS: usize = 4;

/// A premise ranked: (agrees, label named), nearness of value, (headline
/// figure, words shared).
type Ranked = ((bool, usize), f32, (bool, usize), Premise);

/// The similarity terms of the question's bigrams that the index knows,
/// sorted, repeats kept: what [`overlap`] looks for in each document
/// compared, worked out once for them all.
fn bigram_terms(index: &Index, q: &Question) -> SmallVec<[u32; INLINE_CHARS]> {
    let mut terms: SmallVec<[u32; INLINE_CHARS]> =
        bigrams(q).filter_map(|i| q.pair(index, i)).collect();
    terms.sort_unstable();
    terms
}

/// How many of the question's bigrams a document holds, given their
/// [`bigram_terms`].
fn overlap(index: &Index, terms: &[u32], doc: Doc) -> usize {
    index.bm25.held_count(doc, terms)
}

/// The positions of the question's bigrams of Chinese characters, by their
/// second character.
fn bigrams<'q>(q: &'q Question) -> impl Iterator<Item = usize> + 'q {
    (1..q.len()).filter(|&i| is_han(q.chars[i - 1]) && is_han(q.chars[i]))
}

/// How many bigrams of `label` the question holds.
fn overlap_text(question: &str, label: &str) -> usize {
    let chars: Vec<char> = label.chars().collect();
    chars
        .windows(2)
        .filter(|w| question.contains(&w.iter().collect::<String>()))
        .count()
}

/// What the question is about, as it names it: the region, else its
/// longest name of the story or point (小河口景区), else the story's title.
fn subject(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    ev: &Evidence,
    w: &Weighed,
    topic: usize,
) -> String {
    if let Some(r) = index.topic_regions[topic].filter(|r| ev.mentions_region(*r)) {
        return kb.regions[r].name.clone();
    }
    let mut best: Option<(usize, usize)> = None;
    let mut start = None;
    for (i, p) in w.parts.iter().chain([&Part::Function]).enumerate() {
        let named = matches!(p, Part::Story | Part::Point);
        match (named, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if best.is_none_or(|(a, b)| i - s > b - a) {
                    best = Some((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    // (洱海是哪一年开始全面禁渔的: the run 始全面禁渔 starts with the last
    // character of 开始; the subject starts with the keyword after it.)
    let best = best.map(|(s, e)| {
        let starts = |i: usize| q.found.iter().any(|f| f.start == i && f.end <= e);
        if e - s > 3 && !starts(s) && starts(s + 1) {
            (s + 1, e)
        } else {
            (s, e)
        }
    });
    best.filter(|(s, e)| e - s >= 2)
        .map_or_else(|| kb.topics[topic].title.clone(), |r| q.text(r))
}

/// What the question asks that the bot lacks, in the question's words:
/// the heart of it if it has one, else the longest unexplained run.
fn missing_words(q: &Question, w: &Weighed) -> Option<String> {
    let runs = w.runs();
    // The last heart is nearest what is asked (医保卡怎么挂失: 挂失).
    let heart = runs
        .iter()
        .filter(|&&(s, e)| (s..e).any(|i| w.hearts.get(i).copied().unwrap_or(false)))
        .max_by_key(|r| r.0);
    heart
        .or(runs.first())
        .map(|&r| q.text(r))
        // (好还是去读职: a choice between two, no subject to name.)
        .filter(|t| t.chars().count() >= 2 && !t.contains("还是"))
}

/// The readings to offer when asking back: the best one, then the points
/// and stories that explain what it leaves unexplained.
/// The one reading, other than `best`, among those the question's words
/// name that explains the question clearly (under [`ASK_BACK`], no
/// mismatch, no place outside): none if no other or several do.
/// Whether reading `b` explains every character `a` does, by its own
/// story or point.
fn explains_all(a: &Weighed, b: &Weighed) -> bool {
    a.parts.iter().zip(&b.parts).all(|(x, y)| {
        !matches!(x, Part::Story | Part::Point | Part::Context) || !y.is_unexplained()
    })
}

fn clear_alternative(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    w: &Weighed,
    best: Reading,
) -> Option<(Reading, Weighed)> {
    let mut clear = readings(kb, index, q, w, best)
        .into_iter()
        .skip(1)
        .map(|(t, f)| Reading::new(t, f))
        .map(|r| (r, weigh(kb, index, q, r)))
        .filter(|(_, other)| !other.mismatch && other.outside.is_none() && share(other) < ASK_BACK);
    let first = clear.next()?;
    clear.next().is_none().then_some(first)
}

fn readings(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    w: &Weighed,
    best: Reading,
) -> Vec<(TopicId, Option<LocalFactId>)> {
    let mut out = vec![(best.topic, best.fact)];
    let push = |r: (usize, Option<usize>), out: &mut Vec<(usize, Option<usize>)>| {
        if out.len() < CLARIFY_MAX && !out.contains(&r) && r.0 < kb.topics.len() {
            out.push(r);
        }
    };
    for f in q.found {
        let open = (f.start..f.end).any(|i| matches!(w.parts[i], Part::Sibling | Part::Other));
        if !open {
            continue;
        }
        for t in index.triggers(f.pattern) {
            match t.target {
                Target::Fact(x, y) if !t.echo => push((x, Some(y)), &mut out),
                Target::Topic(x) => push((x, None), &mut out),
                _ => {}
            }
        }
    }
    out.into_iter()
        .map(|(t, f)| (TopicId::new(t), f.map(LocalFactId::new)))
        .collect()
}

/// Whether a figure is a time of day as printed: 21:50, 次日6:46, 清晨6点,
/// or a span of two (6:00至22:00).
pub(super) fn time_of_day(value: &str) -> bool {
    if let Some((from, to)) = value.split_once(['至', '到', '-', '—', '~'])
        && !from.is_empty()
    {
        return one_time_of_day(from) && one_time_of_day(to);
    }
    one_time_of_day(value)
}

/// Whether a figure is one time of day as printed.
fn one_time_of_day(value: &str) -> bool {
    let v = value.trim_start_matches("次日");
    let clock = v.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && h.chars().all(|c| c.is_ascii_digit())
            && m.len() >= 2
            && m.chars().all(|c| c.is_ascii_digit() || c == ':')
    });
    // (10点多, 11点左右: about that hour.)
    let v = ["多", "左右", "许"]
        .iter()
        .find_map(|w| v.strip_suffix(w))
        .unwrap_or(v);
    let hour = |h: &str| (1..=2).contains(&h.len()) && h.chars().all(|c| c.is_ascii_digit());
    let said = v.strip_suffix('点').is_some_and(hour);
    // (16时30分, 9时: as papers print the hour.)
    let printed = v.split_once('时').is_some_and(|(h, m)| {
        hour(h)
            && (m.is_empty()
                || m.strip_suffix('分')
                    .is_some_and(|m| !m.is_empty() && m.chars().all(|c| c.is_ascii_digit())))
    });
    clock || said || printed
}

#[cfg(test)]
mod tests {
    use super::{Why, abbreviates, nicknamed, time_of_day};

    #[test]
    fn the_reason_given_agrees_with_the_share() {
        // (A decline under the share that declines is for what is asked,
        // an answer over the share that asks back for having nothing to
        // ask: the reason says so, not "at or over 50%" of 6%.)
        let declined = Why::Unexplained { share: 0.06 }.to_string();
        assert!(declined.contains("is in no point"), "{declined}");
        let declined = Why::Unexplained { share: 0.6 }.to_string();
        assert!(declined.contains("at or over 50%"), "{declined}");
        let answered = Why::Explained { share: 0.4 }.to_string();
        assert!(answered.contains("nothing to ask"), "{answered}");
        let answered = Why::Explained { share: 0.1 }.to_string();
        assert!(answered.contains("under the 36%"), "{answered}");
    }

    #[test]
    fn short_names_of_longer_ones_printed() {
        let short = |s: &str| s.chars().collect::<Vec<char>>();
        let text = &short("二连出入境边防检查站执勤民警景瑞，全产业链年销售总额3.4亿元。");
        assert!(abbreviates(&short("边检站"), text));
        assert!(abbreviates(&short("销售额"), text));
        // Printed whole, out of order, or spread too far (over a comma).
        assert!(!abbreviates(&short("检查站"), text));
        assert!(!abbreviates(&short("检边站"), text));
        assert!(!abbreviates(&short("边民瑞"), text));
        assert!(!abbreviates(&short("瑞全额"), text));
    }

    #[test]
    fn times_of_day_as_papers_print_them() {
        for t in [
            "21:50",
            "次日6:46",
            "10点多",
            "16时30分",
            "9时",
            "16时30分许",
            "6:00至22:00",
        ] {
            assert!(time_of_day(t), "{t}");
        }
        for t in [
            "3小时",
            "30分",
            "时",
            "16时半天",
            "2024年",
            "6:00至22日",
            "3月至5月",
        ] {
            assert!(!time_of_day(t), "{t}");
        }
    }

    #[test]
    fn a_nickname_is_quoted_after_a_word_that_calls_it_so() {
        for text in [
            "50岁的赵辉10年前是湖上有名的“千吨网”捕鱼能手。",
            "总面积300平方公里，素有“塞外明珠”“塞外都江堰”之美誉。",
            "有“世界沙漠珠峰”之称的必鲁图峰。",
            "17岁时就开始在葵花籽市场摸爬滚打，被当地人称为“瓜子大王”。",
        ] {
            assert!(nicknamed(text), "{text}");
        }
        for text in [
            "古革军家养着80头驯鹿，其中几头“混血宝宝”今年已满3岁。",
            "“说走就走的中俄跨境之旅”成为现实。",
        ] {
            assert!(!nicknamed(text), "{text}");
        }
    }
}
