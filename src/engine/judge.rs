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

use std::cell::Cell;
use std::fmt::{self, Write as _};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use smallvec::SmallVec;

use super::bm25::Doc;
use super::decide::Decision;
use super::evidence::Evidence;
use super::evidence::Found;
use super::figures::amounts;
use super::index::{Index, Target};
use super::lexicon;
use crate::knowledge::{FactKind, KnowledgeBase, LocalFactId, RegionId, TopicId};
use crate::text::{SEP, is_han, is_stop_char};

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

/// One value per character of a question, held inline for questions of
/// ordinary length: a question is weighed against several readings, and
/// each weighing would otherwise allocate a few of these.
type PerChar<T> = SmallVec<[T; INLINE_CHARS]>;

/// Characters of a question held inline in [`PerChar`].
const INLINE_CHARS: usize = 48;

/// In [`Question::pairs`]: the index has no term for the pair ...
const NO_TERM: u32 = u32::MAX;
/// ... or it was not looked up yet.
const UNSEEN: u32 = u32::MAX - 1;

/// Character spans of a question, a few held inline.
type Spans = SmallVec<[(usize, usize); 4]>;

/// A question word as a character span, with what it asks for, whether it
/// is bare, and its text.
type AskedWord<'a> = (usize, usize, lexicon::Asked, bool, &'a str);

/// A question, read once for every reading it is weighed against.
pub struct Question<'a> {
    pub normalized: &'a str,
    chars: &'a [char],
    /// The similarity term of each pair of neighbouring characters, by the
    /// position of the second: looked up in the index the first time a
    /// weighing asks ([`UNSEEN`] until then, [`NO_TERM`] where it has none),
    /// then kept for every other reading weighed.
    pairs: PerChar<Cell<u32>>,
    /// Keywords found, as [`super::evidence::find`] gives them.
    found: &'a [Found],
    /// Characters of function words.
    function: PerChar<bool>,
    /// Characters of question words (多少, 多大), a part of the function words.
    question_word: &'a [bool],
    /// Words that ask for what news does not hold (门票, 挂号), as
    /// character spans.
    away: Spans,
    /// How much each character counts: less in a preamble about the asker.
    weight: PerChar<f32>,
    /// Whether each character is in a clause that asks (or no clause does).
    asks: PerChar<bool>,
    /// Places outside Inner Mongolia named, as character spans, that no
    /// keyword of the knowledge covers.
    outside: Spans,
    /// Cue words, as character spans.
    cues: SmallVec<[(Cue, usize, usize); 8]>,
    /// Question words, as character spans, with what each asks for and
    /// whether it is bare (多少, 几: what is counted comes after it).
    asked: SmallVec<[AskedWord<'a>; 4]>,
    /// The kind of name asked (哪家企业, 哪个景区), as such names end.
    name_kind: Option<&'static [&'static str]>,
    /// The figures the question says (50个, 一万多人), read the first time
    /// a weighing asks, then kept for every other reading weighed.
    said: std::cell::OnceCell<Vec<super::figures::Amount>>,
}

/// How much a character of a preamble about the asker counts
/// (我在包头种了十几年地，听说……): the question comes after it.
const PREAMBLE_WEIGHT: f32 = 0.25;

/// Words after which the question proper begins.
const ASKING_MARKERS: &[&str] = &[
    "听说",
    "请问",
    "想问",
    "问一下",
    "问问",
    "想知道",
    "想了解",
    "打听",
    "请教",
];

/// Words that open a clause about the asker.
const ABOUT_ME: &[&str] = &[
    "我",
    "俺",
    "咱",
    "本人",
    "我们",
    "我家",
    "家里",
    "我爸",
    "我妈",
    "我儿子",
    "我女儿",
    "我孩子",
];

/// Words that tell what kind of question it is, found in one pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// 听说, 请问: the question proper begins after it.
    Marker,
    /// 都是哪些, 是哪几: the members of a group are asked.
    Listing,
    /// 叫什么, 是谁: a name is asked.
    NameAsk,
    /// 校长, 书记: a role whose holder may be asked.
    Role,
    /// 全国, 内蒙古: all of China, or all of Inner Mongolia.
    Scope,
    /// 是什么意思, 指什么: the meaning of a term is asked.
    Meaning,
    /// 第几: a rank is asked.
    Ordinal,
    /// A place outside Inner Mongolia (`outside.txt`).
    Outside,
    /// A word that asks for what news does not hold (门票, 挂号).
    Away,
    /// 谁说的: the speaker of a saying is asked.
    Speaker,
}

/// Words that ask for the names of countries.
const COUNTRY_ASKS: &[&str] = &["哪些国家", "哪个国家", "哪几个国家", "哪国"];

/// Names of places abroad (`outside.txt`'s 境外 section), without the words
/// that name no one place (国外, 海外).
static ABROAD: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    const NONE_NAMED: &[&str] = &[
        "国外",
        "外国",
        "海外",
        "境外",
        "欧洲",
        "非洲",
        "美洲",
        "东南亚",
    ];
    include_str!("outside.txt")
        .split("# 境外")
        .nth(1)
        .and_then(|rest| rest.split("\n#").next())
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| !NONE_NAMED.contains(w))
        .collect()
});

static CUES: LazyLock<(AhoCorasick, Vec<SmallVec<[Cue; 2]>>)> = LazyLock::new(|| {
    let places: Vec<&'static str> = include_str!("outside.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .collect();
    let lists: [(Cue, &[&str]); 10] = [
        (
            Cue::Speaker,
            &["谁说的", "谁讲的", "是谁说", "哪位说", "谁说过"],
        ),
        (Cue::Marker, ASKING_MARKERS),
        (Cue::Listing, LISTING),
        (Cue::NameAsk, NAME_ASKS),
        (Cue::Role, ROLES),
        (Cue::Scope, SCOPES),
        (Cue::Meaning, MEANING),
        (Cue::Ordinal, &["第几"]),
        (Cue::Outside, &places),
        (Cue::Away, lexicon::AWAY),
    ];
    // Each word once, with every kind it is (校长 is a role and asks what
    // news does not hold).
    let mut words: Vec<&str> = Vec::new();
    let mut kinds: Vec<SmallVec<[Cue; 2]>> = Vec::new();
    for (cue, list) in lists {
        for w in list {
            match words.iter().position(|x| x == w) {
                Some(i) => kinds[i].push(cue),
                None => {
                    words.push(w);
                    kinds.push(smallvec::smallvec![cue]);
                }
            }
        }
    }
    // One leftmost-longest pass, as a DFA: a few hundred short words,
    // searched in every question.
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&words)
        .expect("cue words build an automaton");
    (automaton, kinds)
});

/// Words that ask a name.
const NAME_ASKS: &[&str] = &["叫什么", "叫什么名", "叫啥", "是谁", "姓什么", "名字"];

/// Words that ask the meaning of a term.
const MEANING: &[&str] = &[
    "是什么意思",
    "是啥意思",
    "什么意思",
    "指的是什么",
    "指什么",
    "啥意思",
];

/// Chinese numerals that are not already stop characters (一, 几, 多 are).
fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '二' | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '两'
            | '零'
            | '〇'
    )
}

impl<'a> Question<'a> {
    /// A question read by [`super::evidence::Evidence::read`].
    pub fn new(normalized: &'a str, read: &'a super::evidence::Read) -> Question<'a> {
        let found = &read.found[..];
        let char_at = &read.char_at;
        let chars = &read.chars[..];
        let mut function: PerChar<bool> = smallvec::smallvec![false; chars.len()];
        lexicon::mark_function_words(normalized, char_at, &mut function);
        let (automaton, kinds) = &*CUES;
        let mut cues: SmallVec<[(Cue, usize, usize); 8]> = SmallVec::new();
        for m in automaton.find_iter(normalized) {
            let (s, e) = (char_at[m.start()], char_at[m.end()]);
            cues.extend(kinds[m.pattern().as_usize()].iter().map(|&k| (k, s, e)));
        }
        // The longest of overlapping words of one kind (北京市, not 北京).
        let longest = |cue: Cue| -> Spans {
            let spans: Spans = cues
                .iter()
                .filter(|c| c.0 == cue)
                .map(|c| (c.1, c.2))
                .collect();
            spans
                .iter()
                .copied()
                .filter(|&(s, e)| {
                    !spans
                        .iter()
                        .any(|&(a, b)| a <= s && e <= b && b - a > e - s)
                })
                .collect()
        };
        // An away word is not a function word, even where it holds one
        // (几点 holds 几).
        let away = longest(Cue::Away);
        for &(s, e) in &away {
            function[s..e].iter_mut().for_each(|x| *x = false);
        }
        for (i, &c) in chars.iter().enumerate() {
            if c == SEP || is_stop_char(c) || (!is_han(c) && !c.is_alphanumeric()) {
                function[i] = true;
            }
            // 安不安全, 远不远: the first half of the A-不-A form only asks.
            if i + 2 < chars.len() && chars[i + 1] == '不' && chars[i + 2] == c {
                function[i] = true;
            }
        }
        // 成都 in the keyword 成都七中 names the school, not the city.
        let covered = |s: usize, e: usize| {
            found
                .iter()
                .any(|f| f.start <= s && e <= f.end && f.end - f.start > e - s)
        };
        let outside = longest(Cue::Outside)
            .into_iter()
            .filter(|&(s, e)| !covered(s, e))
            .collect();
        let (weight, asks) = preamble_weights(normalized, chars, &cues);
        let asked = lexicon::asked_words(normalized)
            .map(|(s, e, a)| {
                let word = &normalized[s..e];
                let bare = matches!(word, "几" | "多少");
                (char_at[s], char_at[e], a, bare, word)
            })
            .collect();
        let question_word = &read.question_words[..];
        Question {
            name_kind: super::measure::name_kind(normalized),
            cues,
            question_word,
            pairs: smallvec::smallvec![Cell::new(UNSEEN); chars.len()],
            asked,
            asks,
            normalized,
            chars,
            found,
            function,
            away,
            weight,
            outside,
            said: std::cell::OnceCell::new(),
        }
    }

    /// The figures the question says, as [`amounts`] reads them.
    fn said(&self) -> &[super::figures::Amount] {
        self.said.get_or_init(|| amounts(self.normalized))
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// The similarity term of the characters at `i - 1` and `i`, if the
    /// index has one.
    fn pair(&self, index: &Index, i: usize) -> Option<u32> {
        let slot = self.pairs.get(i).filter(|_| i > 0)?;
        if slot.get() == UNSEEN {
            let term = index.bm25.term_of(&self.chars[i - 1..=i]);
            slot.set(term.unwrap_or(NO_TERM));
        }
        Some(slot.get()).filter(|&t| t != NO_TERM)
    }

    /// The text of a character span.
    pub fn text(&self, (s, e): (usize, usize)) -> String {
        self.chars[s..e].iter().collect()
    }
}

/// Tag questions said after a claim (对吧), as a clause of their own.
const TAGS: &[&str] = &[
    "对吧",
    "是吧",
    "对不对",
    "是不是",
    "没错吧",
    "对么",
    "对嘛",
    "是这样",
    "对",
];

/// Each character's weight: [`PREAMBLE_WEIGHT`] before the last asking
/// marker (听说, 请问) and in clauses about the asker that ask nothing.
fn preamble_weights(
    normalized: &str,
    chars: &[char],
    cues: &[(Cue, usize, usize)],
) -> (PerChar<f32>, PerChar<bool>) {
    let mut weight: PerChar<f32> = smallvec::smallvec![1.0f32; chars.len()];
    let marker_end = cues
        .iter()
        .filter(|c| c.0 == Cue::Marker)
        .map(|c| c.2)
        .max();
    if let Some(end) = marker_end
        && end < chars.len()
    {
        weight[..end].iter_mut().for_each(|w| *w = PREAMBLE_WEIGHT);
    }
    // Clauses, split at separators: one about the asker that asks nothing
    // (我在包头种了十几年地; 我记不清了) is said around the question, as long
    // as another clause asks.
    let mut clauses: SmallVec<[(usize, usize, bool, bool); 4]> = SmallVec::new();
    let mut start = 0;
    for clause in normalized.split(SEP) {
        let end = start + clause.chars().count();
        // 嗯我在呼和浩特上班好几年了: words of talk before it.
        let opened =
            clause.trim_start_matches(['喂', '嗯', '呃', '哎', '唉', '哦', '诶', '那', '个']);
        let about_me = ABOUT_ME.iter().any(|w| opened.starts_with(w));
        // 我记得白云鄂博矿是1950年发现的 对吧: a tag asks of the clause
        // before it, which is then no talk about the asker but the claim
        // asked about.
        if TAGS.contains(&opened.trim_end_matches(['啊', '呀', '吗']))
            && let Some(last) = clauses.last_mut()
        {
            last.2 = false;
            last.3 = true;
        }
        clauses.push((start, end, about_me, lexicon::asks_something(clause)));
        start = end + 1;
    }
    let mut asking: PerChar<bool> = smallvec::smallvec![true; chars.len()];
    if clauses.len() > 1 && clauses.iter().any(|c| c.3 && !c.2) {
        for &(s, e, about_me, asks) in &clauses {
            if about_me && !asks {
                weight[s..e].iter_mut().for_each(|w| *w = PREAMBLE_WEIGHT);
            }
            if !asks {
                asking[s..e].iter_mut().for_each(|a| *a = false);
            }
        }
    }
    (weight, asking)
}

impl Question<'_> {
    fn has(&self, cue: Cue) -> bool {
        self.cues.iter().any(|c| c.0 == cue)
    }

    /// Whether character `i` is in the question proper: in a clause that
    /// asks, and not in a preamble about the asker.
    fn asks_at(&self, i: usize) -> bool {
        self.asks[i] && self.weight[i] >= 1.0
    }

    /// [`Question::asks_at`] for the character at byte `at` of the
    /// normalized question.
    fn asks_at_byte(&self, at: usize) -> bool {
        self.asks_at(self.normalized[..at].chars().count())
    }

    /// The question proper of a spoken run-on (我在包头种了十几年地，听说……
    /// 一共有多少个啊): what follows the preamble, without the clauses about
    /// the asker, with the names of regions and stories they gave. `None` when the
    /// question has no preamble.
    pub fn proper(&self, index: &Index) -> Option<String> {
        let asking = |i: usize| self.weight[i] >= 1.0;
        // Only a preamble that names a point (孩子, 老人) can mislead.
        let misleads = self.found.iter().any(|f| {
            !(f.start..f.end).all(asking)
                && index
                    .triggers(f.pattern)
                    .iter()
                    .any(|t| matches!(t.target, Target::Fact(..)))
        });
        if !misleads {
            return None;
        }
        let mut out = String::new();
        for f in self.found {
            let names = index.triggers(f.pattern).iter().any(|t| {
                !t.shared
                    && matches!(
                        t.target,
                        Target::Region(_) | Target::RegionPlace(_) | Target::Topic(_)
                    )
            });
            if names && !(f.start..f.end).all(asking) {
                out.push_str(&self.text((f.start, f.end)));
                out.push(SEP);
            }
        }
        let mut prev = false;
        for i in 0..self.len() {
            if asking(i) {
                out.push(self.chars[i]);
            } else if prev {
                out.push(SEP);
            }
            prev = asking(i);
        }
        let proper = out.trim_matches(SEP).to_string();
        (proper.chars().any(crate::text::is_content_char) && proper != self.normalized)
            .then_some(proper)
    }
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
    /// The question words ask for a figure the point does not have.
    pub mismatch: bool,
    /// Which rule found the mismatch (the first), for `ask --explain`.
    pub mismatch_why: &'static str,
    /// How many rules found one.
    pub mismatches: u8,
    /// The units asked in that the point does not count in (几岁, of a
    /// point in 头): another point of the story that does may answer.
    pub units_lacking: Option<&'static [&'static str]>,
    /// The mismatch is one of kind (a number or a date asked, none given),
    /// which another point of the story may settle.
    pub another_point_may: bool,
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

    /// How many characters the reading leaves unexplained, unweighted.
    pub fn unexplained_chars(&self) -> usize {
        self.parts.iter().filter(|p| p.is_unexplained()).count()
    }

    /// The runs of characters that nothing explains, or only another
    /// reading does, longest first.
    pub fn runs(&self) -> Vec<(usize, usize)> {
        let mut runs = Vec::new();
        let mut start = None;
        for (i, p) in self.parts.iter().chain([&Part::Function]).enumerate() {
            let open = matches!(p, Part::Unknown | Part::Other | Part::Outside);
            match (open, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    runs.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
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
    let mut w = Weighed::default();
    // A place outside Inner Mongolia counts whatever function words it
    // holds (成都 holds 成), unless the reading's own text names it.
    for &(s, e) in &q.outside {
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
        if !held && w.outside.is_none() {
            w.outside = Some((s, e));
            parts[s..e].iter_mut().for_each(|p| *p = Part::Outside);
        }
    }
    let unexplained = Part::is_unexplained;
    let explained = |p: Part| matches!(p, Part::Point | Part::Story);
    let fact = reading
        .fact
        .and_then(|f| kb.topics.get(reading.topic)?.facts.get(f));
    // A word asking for what news does not hold is explained only whole
    // (多少 is in every count question; 多少钱一斤 is not).
    let mut heart: PerChar<bool> = smallvec::smallvec![false; n];
    let text = reading_text(kb, reading);
    for &(s, e) in &q.away {
        // 在哪个城市开幕, 在哪个旗: a slot the reading's text fills with a
        // name of that kind is answered, not asked of something else.
        if slot_filled(q, (s, e), text) {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Point);
            continue;
        }
        // 呼伦湖在哪个城市, 服务站是哪个城市的: the city of what the story
        // itself is about (its own keywords, not a point's 江南大学) is
        // the story's region.
        if region.is_some() && q.chars[s..e] == ['城', '市'] && story_subject(q, &parts, s) {
            parts[s..e].iter_mut().for_each(|p| *p = Part::Story);
            continue;
        }
        // 甘其毛都口岸在哪个旗: a point that names a banner the question
        // does not (口岸在巴彦淖尔市乌拉特中旗) answers which banner.
        if fact.is_some_and(|f| names_place_asked(kb, reading.topic, q, (s, e), &f.answer)) {
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
        // 多大面积的示范区: an area, given by a figure in 亩 or 公顷.
        if q.chars[s..e] == ['面', '积']
            && fact.is_some_and(|f| {
                f.figures
                    .iter()
                    .any(|g| AREA_UNITS.iter().any(|u| gives_unit(&g.value, u)))
            })
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
        let word = if word == "多长" && of_time() {
            "多久"
        } else {
            word
        };
        if let Some(units) = units_asked(word, || about_person(kb, index, q, a0)) {
            wanted.push(units);
        }
        if !bare {
            continue;
        }
        // What a bare 多少 or 几 counts (多少亩, 几年级, 多少学生): the word
        // after it, past a measure word. A unit the reading's figures give
        // explains it; one they lack is the heart of the question.
        let mut j = e;
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
                &["场"],
                &["门"],
                &["双"],
                &["次"],
                &["位", "名", "人"],
                &["条"],
            ];
            let m = q.chars[j - 1];
            if let Some(units) = MEASURES.iter().find(|u| u[0].chars().eq([m])) {
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
        // A unit of its own right after the count (多少户居民: 户) is what
        // is counted; else a word the table knows (多少研发激励资金: 资金).
        let own_unit = counted.chars().next().is_some_and(|c| {
            units_counted(c.encode_utf8(&mut [0u8; 4])).is_none() && !q.function[j]
        }) && matches!(
            parts[j],
            Part::Unknown | Part::Other | Part::Sibling | Part::Context
        );
        if !own_unit && let Some(units) = units_counted(counted) {
            wanted.push(units);
            continue;
        }
        let start = j;
        while j < n
            && j - start < FOCUS_REACH
            && matches!(
                parts[j],
                Part::Unknown | Part::Other | Part::Sibling | Part::Context
            )
        {
            let c = q.chars[j];
            // (多少天到账: 2个工作日 counts days.)
            if figures.iter().any(|g| {
                counts_in(g, c)
                    || unit_of(c).chars().any(|u| counts_in(g, u))
                    || c == '天' && g.ends_with("工作日") && has_number(g)
            }) {
                parts[j] = Part::Point;
                break;
            }
            if parts[j] == Part::Context {
                parts[j] = Part::Unknown;
            }
            heart[j] = true;
            j += 1;
        }
    }
    for &(s, e, kind, bare, _) in &asked {
        // 电话是多少, 工资多少: the word just before a count's question word
        // is what is counted, when a 是 says so or it is another story's
        // word. (Otherwise it is mostly a verb or a scope the point words
        // its own way: 能输出多少, 挪了多远, 全市有多少.)
        // (百分之多少 asks a share: 分之 is no word.)
        if kind == lexicon::Asked::Count && s > 0 && q.chars[s - 1] != '之' {
            let said = q.chars[s - 1] == '是';
            let j = if said { s - 1 } else { s };
            let before = (j.saturating_sub(FOCUS_REACH)..j).rev();
            let others = before
                .clone()
                .take_while(|&i| !q.function[i])
                .take(2)
                .filter(|&i| parts[i] == Part::Other)
                .count()
                == 2;
            if said || others {
                mark_asked_word(q, &mut parts, &mut heart, before);
            }
        }
        // 有哪几种口味: the kinds of something the point does not name. (A
        // kind of body, 哪家企业, is what a name in the point answers.)
        if kind == lexicon::Asked::Which && !bare {
            let mut j = e;
            if j < n && q.chars[j] == '种' {
                j += 1;
            }
            if q.chars[j - 1] != '种' {
                continue;
            }
            mark_asked_word(q, &mut parts, &mut heart, j..n.min(j + FOCUS_REACH));
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
        let asks: SmallVec<[lexicon::Asked; 4]> = asked.iter().map(|a| a.2).collect();
        // A question word asking for a datum the reading's point has no
        // figure for (江南大学是哪一年建校的: no year) asks for something else.
        let number = || fact.figures.iter().any(|g| has_number(&g.value));
        let date = || fact.figures.iter().any(|g| is_date(&g.value)) || has_date(&fact.answer);
        // 排第几 asks for a rank: 第一大 is one.
        let ordinal = q.has(Cue::Ordinal) && fact.figures.iter().any(|g| g.value.contains('第'));
        let wants_number = asks.contains(&lexicon::Asked::Count) && !ordinal;
        let wants_date = asks.contains(&lexicon::Asked::When);
        if (wants_number || wants_date) && !(wants_number && number()) && !(wants_date && date()) {
            w.mismatch("kind");
            w.another_point_may = true;
        }
        // So does one asking in a unit the point never counts in
        // (小河口景区离海拉尔多远: no distance; 赵亚凡今年多大: no age).
        let gives = |units: &[&str]| {
            units.iter().any(|u| {
                fact.figures.iter().any(|g| gives_unit(&g.value, u)) || gives_unit(&fact.answer, u)
            }) || units.contains(&"元") && fact.figures.iter().any(money_without_unit)
        };
        // Unless the question names what a figure measures (风电可开发容量
        // 有多大: the figure labelled 风电可开发容量, in 万千瓦): then that
        // figure answers, whatever its unit.
        let names_figure = || {
            fact.figures.iter().any(|g| {
                g.label.chars().count() >= 2
                    && !GENERIC_LABELS.contains(&g.label.as_str())
                    // A plain scan: `str::contains` builds a two-way
                    // searcher for each label, for a question of a few
                    // dozen bytes.
                    && crate::text::find_short(q.normalized, &g.label).is_some()
            })
        };
        if let Some(units) = wanted.iter().find(|units| !gives(units))
            && !names_figure()
        {
            w.mismatch("unit");
            w.units_lacking = Some(units);
        }
        // 一天能挣多少, 一年发多少度电: a figure per day, month or year,
        // asked of a point that counts over no such period (每月收入3000多元,
        // 累计7.3万余辆次), is not the figure the point gives.
        if wants_number
            && let Some(per) = period_asked(q)
            && !names_figure()
            && !per.iter().any(|p| {
                said_over(&fact.answer, p) || fact.figures.iter().any(|g| g.label.contains(p))
            })
        {
            w.mismatch("period");
            w.another_point_may = true;
        }
        // 那13家试点医院都是哪些: the names of what the point only counts.
        let lists = q.has(Cue::Listing);
        let listed = fact
            .figures
            .iter()
            .any(|g| g.value.contains(['、', '和']) && !has_number(&g.value));
        // 出口到哪些国家: the names of countries, from a point that names
        // none (一部分出口国外).
        if COUNTRY_ASKS.iter().any(|w| q.normalized.contains(w))
            && !ABROAD.iter().any(|c| fact.answer.contains(c))
        {
            w.mismatch("country");
            w.another_point_may = true;
        }
        if lists && !listed {
            let counted_here = q.said().iter().any(|a| {
                fact.figures
                    .iter()
                    .flat_map(|g| amounts(&g.value))
                    .any(|g| g.comparable(a) && g.agrees(a))
            });
            if counted_here {
                w.mismatch("list");
                // Another point of the story may name them.
                w.another_point_may = true;
            }
        }
        // 内蒙古大学拿到多少钱: a figure of a body of the story (a school,
        // a firm) that the point does not name: the point's figure is
        // another's, or the group's.
        // So is one the point names only as one of a group (内蒙古鑫环硅能
        // 科技有限公司等22家), asked by any of its names (鑫环硅能得了多少),
        // unless the question asks of the group too (鑫环硅能等多少家).
        let of_group = GROUP.iter().any(|g| q.normalized.contains(g));
        let named_as = |p: &str| {
            !of_group
                && (q.normalized.contains(p)
                    || q.found.iter().any(|f| {
                        f.end - f.start >= 2 && p.contains(q.text((f.start, f.end)).as_str())
                    }))
        };
        // 清陶项目一期是哪天开工的: a date of a body the point does not
        // name, by its short name (清陶, of 清陶(乌海)能源科技有限公司),
        // is the date of something else (国轩's 2022年2月动工).
        let short_named = |p: &str| {
            q.found.iter().any(|f| {
                let word = q.text((f.start, f.end));
                f.end - f.start >= 2
                    && p.contains(word.as_str())
                    && !fact.answer.contains(word.as_str())
                    && !BODIES.contains(&word.as_str())
                    && index
                        .triggers(f.pattern)
                        .iter()
                        .all(|t| matches!(t.target, Target::Fact(..) | Target::Topic(_)))
            })
        };
        // (Only when the point names another body of the story: a point
        // that names none, 项目投产后每年能造…, is about the story's own.)
        let names_other = |p: &str| {
            kb.topics.get(reading.topic).is_some_and(|t| {
                t.places.iter().any(|o| {
                    o != p
                        && BODIES.iter().any(|b| o.ends_with(b))
                        && fact.answer.contains(o.as_str())
                })
            })
        };
        if (wants_number || wants_date)
            && let Some(t) = kb.topics.get(reading.topic)
            && t.places.iter().map(String::as_str).any(|p| {
                p.chars().count() >= 4
                    && BODIES.iter().any(|b| p.ends_with(b))
                    && (q.normalized.contains(p) && !fact.answer.contains(p)
                        || fact.answer.contains(&format!("{p}等")) && named_as(p)
                        || !fact.answer.contains(p) && short_named(p) && names_other(p))
            })
        {
            w.mismatch("body");
            w.another_point_may = true;
        }
        // 世界奶业大会是哪个单位主办的: a name of a kind asked of a point
        // that explains none of the question (chosen for the names it
        // holds: 科研机构, 技术创新中心) is not the name asked.
        if q.name_kind.is_some() && !parts.contains(&Part::Point) {
            w.mismatch("name of nothing asked");
        }
        // 校长叫什么: a person's name, from a point about no person.
        if fact.kind != FactKind::Person && asks_name_of_role(q) {
            w.mismatch("role");
            // The point about the person with that role may answer.
            w.another_point_may = true;
        }
        // 这话是谁说的: the speaker, from another point about a person.
        if fact.kind != FactKind::Person && q.has(Cue::Speaker) {
            w.mismatch("speaker");
            w.another_point_may = true;
        }
        // 北方第二大淡水湖: another rank than the one the point gives.
        if other_rank(q.normalized, fact) {
            w.mismatch("rank");
        }
        // 劳务品牌是什么意思: the meaning of a term the point only uses. A
        // term the page coins stands in quotes (“左中巧手”), and the point
        // says what it is; a common one (规上企业) it does not explain.
        if let Some(term) = term_asked(q, &parts)
            && !quoted_in(&fact.answer, &term)
        {
            w.mismatch("term");
        }
        // 去年的技术合同成交额: another year than the point's (今年登记
        // 技术合同61项) is asked; the point answers only if it names it.
        // (试点是去年开始搞的吧 asserts a year of a point that dates
        // itself: a premise, corrected by the point's own date.)
        if let Some(story_year) = kb.topics.get(reading.topic).and_then(|t| t.date)
            && let Some((word, year)) = other_year_asked(q, story_year.year())
            && !fact.answer.contains(word)
            && !fact.answer.contains(&year)
            && !(asked.is_empty() && point_year(fact, story_year.year()).is_some())
        {
            w.mismatch("year");
        }
        // 2023年接待了多少游客, 二季度的货运量: a year or a part of one that
        // the point, which dates its figure otherwise (2024年, 一季度),
        // does not give.
        if !asked.is_empty() && other_period_named(q, &fact.answer) {
            w.mismatch("period_named");
        }
        if !asked.is_empty()
            && let Some(t) = kb.topics.get(reading.topic)
            && other_season_named(q, &fact.answer, &t.answer)
        {
            w.mismatch("season");
        }
        // 个人养老金要交到多少岁: an age asked of no person is not the age
        // of the person the point is about (李先生今年51岁).
        if fact.kind == FactKind::Person
            && asked.iter().any(|&(s, e, _, bare, _)| {
                bare && q.chars.get(e) == Some(&'岁') && !about_person(kb, index, q, s)
            })
        {
            w.mismatch("age");
        }
        // 123个服务站里科尔沁区有几个: a part of a total the point gives
        // whole.
        if !asked.is_empty() && part_of_total(q, fact) {
            w.mismatch("part");
        }
        // 中国最大的淡水湖是哪个, asked of 北方第一大淡水湖. (呼伦湖是中国
        // 最大的湖吗 asks yes or no: the point's rank answers it.)
        if !asked.is_empty() && rank_narrower(q, fact) {
            w.mismatch("narrower");
        }
        // 高考本科上线率是多少: a rate asked of a point that gives no share.
        if wants_number && rate_asked(q) && !gives_share(fact) {
            w.mismatch("rate");
            w.another_point_may = true;
        }
        // 呼伦湖水面面积现在有多大, of 水面面积扩大，湿地…达800公顷: what is
        // measured is in the point, but in no clause with a figure; the
        // point's figure measures something else.
        if wants_number
            && asked.iter().any(|&(s, e, kind, _, _)| {
                // (水面面积有多大 ends asking; 有多少低收入的人 counts what
                // follows.)
                kind == lexicon::Asked::Count
                    && (e..n).all(|i| q.function[i] || !is_han(q.chars[i]))
                    && unfigured(q, s, fact)
            })
        {
            w.mismatch("unfigured");
            w.another_point_may = true;
        }
        // 大米现在多少钱一斤: a price, asked of a point that states none
        // (一斤稻子比外面高1毛钱 is a difference).
        if wants_number
            && PRICE_ASKS.iter().any(|w| q.normalized.contains(w))
            && !PRICE_SAID.iter().any(|w| fact.answer.contains(w))
        {
            w.mismatch("price");
            w.another_point_may = true;
        }
        // 小河口景区哪年能评上5A: a year to come, asked of a point that
        // plans nothing (正在创建4A级景区, 向5A级迈进).
        let year_to_come = asked.iter().any(|&(_, e, kind, _, word)| {
            kind == lexicon::Asked::When
                && word.contains('年')
                && ["能", "会", "才能", "可以", "将"]
                    .iter()
                    .any(|m| q.text((e, n.min(e + 2))).starts_with(m))
        });
        if year_to_come && !PLANS.iter().any(|p| fact.answer.contains(p)) {
            w.mismatch("year_to_come");
        }
        // 在全区排第几: a rank, asked of a point that prints none (第二批
        // is a batch, not a rank); 第几批 asks a batch.
        if q.has(Cue::Ordinal) && !ordinal_given(q.normalized, &fact.answer) {
            w.mismatch("ordinal");
            w.another_point_may = true;
        }
        // 哪家拿得最多, 最大的鱼有多重: the top of a group, asked of a
        // point that ranks nothing (no 最, 第一, 首).
        if !asked.is_empty() && superlative_asked(q, &parts) && !ranks_something(&fact.answer) {
            w.mismatch("superlative");
            w.another_point_may = true;
        }
        // 有多少个专利, 几家企业: things counted, asked of a point whose
        // every figure is a share (专利成果占比由27.3%提高到45.5%).
        let things = asked.iter().any(|&(_, e, kind, bare, _)| {
            kind == lexicon::Asked::Count && bare && e < n && is_measure(q.chars[e])
        });
        let numbers = || fact.figures.iter().filter(|g| has_number(&g.value));
        if things
            && !rate_asked(q)
            && numbers().next().is_some()
            && numbers().all(|g| g.value.contains(['%', '％']) || g.value.contains("百分之"))
        {
            w.mismatch("share_only");
            w.another_point_may = true;
        }
    } else if let Some(topic) = kb.topics.get(reading.topic) {
        // 个人养老金要到多少岁才能领, read as the whole story: a unit that
        // the overview does not count in is not its answer; a point of the
        // story that does may answer instead.
        let gives = |units: &[&str]| units.iter().any(|u| gives_unit(&topic.answer, u));
        if !wanted.is_empty() && wanted.iter().any(|units| !gives(units)) {
            w.mismatch("overview_unit");
            w.another_point_may = true;
        }
        // 服务站最早是哪一年建的, read as the whole story: a date asked of
        // an overview that gives none. A point of the story that gives one
        // and explains the question may answer instead.
        if asked.iter().any(|a| a.2 == lexicon::Asked::When) && !has_date(&topic.answer) {
            w.mismatch("overview_date");
            w.another_point_may = true;
        }
    }
    for &(s, e) in &unconcerned {
        if parts[s..e].iter().all(|&p| p == Part::Unknown) {
            heart[s..e].iter_mut().for_each(|h| *h = true);
        }
    }
    // 乌梁素海的鱼类资源: an unknown name of a place or body (a lake, a
    // county, a company) that the story does not mention.
    for (s, e) in unknown_names(q, &parts) {
        heart[s..e].iter_mut().for_each(|h| *h = true);
    }
    // 内蒙古农业大学: a name made of words the bot does not know and a word
    // for a body (大学, 医院, 公司) that the reading does know is another
    // body than the reading's (内蒙古大学).
    for (s, e) in unknown_bodies(q, &parts, reading_text(kb, reading)) {
        heart[s..e].iter_mut().for_each(|h| *h = true);
    }
    // 呼伦湖的面积, read as the Alxa story's: the name of a place or body
    // that another story is about, and this one never mentions, is what
    // the question is about.
    for (s, e) in other_story_names(index, q, &parts, reading.topic) {
        heart[s..e].iter_mut().for_each(|h| *h = true);
    }
    // 全国有多少个淡水湖, 内蒙古一共有多少所大学: a count over all of China
    // or all of Inner Mongolia, when the question names no region or place
    // of the story, is not the story's count. (Which body published the
    // 全国 list asks a name the point gives: 农业农村部…中心.)
    let body_named = q
        .name_kind
        .zip(fact)
        .is_some_and(|(endings, f)| super::measure::names_one(&f.answer, endings));
    if !body_named
        && asked.iter().any(|a| {
            matches!(
                a.2,
                lexicon::Asked::Count | lexicon::Asked::Which | lexicon::Asked::When
            )
        })
        && scope_outside_keywords(q, &parts, fact.map(|f| f.answer.as_str()), |f: &Found| {
            index.triggers(f.pattern).iter().any(|t| match t.target {
                Target::Topic(x) | Target::Fact(x, _) => x == reading.topic,
                _ => false,
            })
        })
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

/// Marks as the heart of the question the word the question word asks
/// about: the run of unexplained characters (no function word) that
/// `from` walks from the question word outward. A word of two characters
/// or more: one alone is mostly grammar or a verb the point paraphrases.
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

/// The character a figure writes for what `c` counts: money is counted in
/// 元, whatever the question calls it.
fn unit_of(c: char) -> &'static str {
    match c {
        '钱' | '块' | '款' => "元",
        '人' => "人名",
        '岁' => "岁",
        '年' => "年",
        // 北纬39°: degrees, as the page prints them.
        '度' => "°",
        _ => "",
    }
}

/// Whether figure `value` counts in `unit`: the unit follows its number
/// (15万吨以上 counts in 万 and 吨; 内蒙古大学 counts in nothing).
fn counts_in(value: &str, unit: char) -> bool {
    let chars: Vec<char> = value.chars().collect();
    let number =
        |d: char| d.is_ascii_digit() || is_numeral(d) || matches!(d, '一' | '多' | '余' | '万');
    chars.iter().enumerate().any(|(i, &c)| {
        c == unit
            && (1..=2).any(|k| {
                // 第二批 is the second batch, not a count of batches.
                i >= k && number(chars[i - k]) && !(i > k && chars[i - k - 1] == '第')
            })
            // 300多年前 is a time, not a span of 300 years.
            && !(matches!(unit, '年' | '月' | '天' | '日') && chars.get(i + 1) == Some(&'前'))
    })
}

/// Whether the question names a rank (第二大) other than the one the
/// point prints (第一大).
fn other_rank(question: &str, fact: &crate::knowledge::Fact) -> bool {
    // Each 第 and the two characters after it (第一大), as three windows
    // over the characters.
    let ranks = |text: &str| -> SmallVec<[(char, char); 2]> {
        let mut out = SmallVec::new();
        let mut it = text.chars();
        let (Some(mut a), Some(mut b)) = (it.next(), it.next()) else {
            return out;
        };
        for c in it {
            if a == '第' && (is_numeral(b) || b == '一') {
                out.push((b, c));
            }
            (a, b) = (b, c);
        }
        out
    };
    let asked = ranks(question);
    let printed: SmallVec<[(char, char); 2]> =
        fact.figures.iter().flat_map(|g| ranks(&g.value)).collect();
    asked.iter().any(|&(n, what)| {
        printed.iter().any(|&(m, w)| w == what && m != n) && !printed.contains(&(n, what))
    })
}

/// The term whose meaning the question asks (X是什么意思, 什么叫X, X指什么),
/// as the question writes it, when a keyword names it.
fn term_asked(q: &Question, parts: &[Part]) -> Option<String> {
    let end = q
        .cues
        .iter()
        .filter(|c| c.0 == Cue::Meaning)
        .map(|c| c.1)
        .min()?;
    // The keyword just before the question of meaning, or two characters
    // before it (三大支柱分别指什么, 零工经济是什么意思).
    q.found
        .iter()
        .filter(|f| f.end <= end && end - f.end <= 2)
        .filter(|f| {
            matches!(
                parts[f.start],
                Part::Point | Part::Story | Part::Sibling | Part::Other
            )
        })
        .max_by_key(|f| f.end - f.start)
        .map(|f| q.text((f.start, f.end)))
}

/// Whether `term` stands in quotes in `text` (“左中巧手”).
fn quoted_in(text: &str, term: &str) -> bool {
    let norm = crate::text::normalize_whole;
    text.split('“')
        .skip(1)
        .filter_map(|seg| seg.split('”').next())
        .any(|quoted| {
            norm(quoted)
                .replace(SEP, "")
                .contains(&norm(term).replace(SEP, ""))
        })
}

/// Characters that end the names of places and bodies: 湖, 县, 公司.
const NAME_ENDS: &[char] = &[
    '湖', '海', '山', '河', '县', '旗', '区', '市', '镇', '乡', '村', '盟', '省', '州', '岛', '司',
    '团', '院', '校', '学', '行', '站', '厂', '场', '馆', '园', '所', '局',
];

/// Runs of three characters or more that nothing explains and that end
/// as a name of a place or body does (乌梁素海): a place or body the story
/// does not mention.
fn unknown_names(q: &Question, parts: &[Part]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for i in 0..=parts.len() {
        let open =
            i < parts.len() && matches!(parts[i], Part::Unknown | Part::Other) && !q.function[i];
        match (open, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if i - s >= 3 && NAME_ENDS.contains(&q.chars[i - 1]) && q.weight[s] >= 1.0 {
                    out.push((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Words for a body, at the end of its name (农业大学, 肿瘤医院).
const BODIES: &[&str] = &[
    "大学",
    "学院",
    "医院",
    "中学",
    "小学",
    "学校",
    "公司",
    "集团",
    "银行",
    "合作社",
    "研究院",
    "研究所",
    "幼儿园",
    "企业",
];

/// Unexplained runs of two to six characters right before a word for a
/// body that the reading's text does not print with them: the name of a
/// body the story does not mention (内蒙古农业大学, where the story names
/// 内蒙古大学).
fn unknown_bodies(q: &Question, parts: &[Part], text: &str) -> Vec<(usize, usize)> {
    // Every body word ends in one of these: most questions name none.
    if !q
        .normalized
        .contains(['学', '院', '司', '团', '行', '社', '所', '园', '业'])
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for body in BODIES {
        for (at, _) in q.normalized.match_indices(body) {
            let end = q.normalized[..at].chars().count();
            let mut start = end;
            while start > 0
                && end - start < 6
                && matches!(parts[start - 1], Part::Unknown | Part::Other)
                && !q.function[start - 1]
            {
                start -= 1;
            }
            if end - start < 2 || q.weight[start] < 1.0 {
                continue;
            }
            let name: String = q.chars[start..end].iter().collect();
            if !text.contains(&format!("{name}{body}")) {
                out.push((start, end));
            }
        }
    }
    out
}

/// A year other than the story's that the question asks about, in its
/// words (去年, 前年, 明年), with the year it is.
fn other_year_asked(q: &Question, story_year: i16) -> Option<(&'static str, String)> {
    if !q.normalized.contains(['年', '届']) {
        return None;
    }
    // 下一届 and 上届 are another occasion than the story's: the point
    // answers only if it says that word.
    const RELATIVE: &[(&str, i16)] = &[
        ("去年", -1),
        ("前年", -2),
        ("明年", 1),
        ("下一届", 0),
        ("下届", 0),
        ("上一届", 0),
        ("上届", 0),
    ];
    RELATIVE.iter().find_map(|&(word, offset)| {
        q.normalized.match_indices(word).find_map(|(at, _)| {
            let year = match offset {
                0 => word.to_string(),
                _ => format!("{}年", story_year + offset),
            };
            q.asks_at_byte(at).then_some((word, year))
        })
    })
}

/// Whether the clause that asks names a season (春季造林完成了多少亩)
/// that neither the point nor its story's overview says, while they say
/// another (秋季造林).
fn other_season_named(q: &Question, point: &str, story: &str) -> bool {
    let says = |c: char| {
        [point, story]
            .iter()
            .any(|t| t.contains(&format!("{c}季")) || t.contains(&format!("{c}天")))
    };
    q.normalized.char_indices().any(|(at, c)| {
        "春夏秋冬".contains(c)
            && q.normalized[at + c.len_utf8()..].starts_with(['季', '天'])
            && q.asks_at_byte(at)
            && !says(c)
            && "春夏秋冬".chars().any(says)
    })
}

/// Parts of a year, each family a set of which a figure names one.
const PERIOD_PARTS: &[&[&str]] = &[
    &["一季度", "二季度", "三季度", "四季度"],
    &["上半年", "下半年"],
];

/// Whether the clause that asks names a year (2023年) or a part of a year
/// (二季度) while `text` dates its figures by others and never by that one.
fn other_period_named(q: &Question, text: &str) -> bool {
    if !q.normalized.contains(['年', '季']) {
        return false;
    }
    for family in PERIOD_PARTS {
        for w in *family {
            if q.normalized
                .match_indices(w)
                .any(|(at, _)| q.asks_at_byte(at))
                && !text.contains(w)
                && family.iter().any(|o| text.contains(o))
            {
                return true;
            }
        }
    }
    let printed: Vec<String> = years(text).map(|(_, _, year)| year).collect();
    if printed.is_empty() {
        return false;
    }
    years(q.normalized)
        .any(|(i, after_digit, year)| !after_digit && q.asks_at(i) && !printed.contains(&year))
}

/// The years a text prints in digits (2023年), each with its character
/// index, whether a digit comes right before it, and its text.
fn years(text: &str) -> impl Iterator<Item = (usize, bool, String)> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len().saturating_sub(4)).filter_map(move |i| {
        let w = &chars[i..i + 5];
        (w[..4].iter().all(char::is_ascii_digit) && w[4] == '年' && (w[0] == '1' || w[0] == '2'))
            .then(|| {
                (
                    i,
                    i > 0 && chars[i - 1].is_ascii_digit(),
                    w.iter().collect(),
                )
            })
    })
}

/// Whether the question takes a total the point gives (123个服务站) and asks
/// a part of it (里科尔沁区有几个) that the point does not name.
fn part_of_total(q: &Question, fact: &crate::knowledge::Fact) -> bool {
    if !q.normalized.contains(['里', '中']) {
        return false;
    }
    let said = q.said();
    let printed: Vec<_> = fact
        .figures
        .iter()
        .flat_map(|g| amounts(&g.value))
        .collect();
    said.iter().any(|a| {
        if !printed.iter().any(|p| p.comparable(a) && p.agrees(a)) {
            return false;
        }
        // After the total, within a few characters: 里, 中, 当中, 其中;
        // then the part, up to the question word.
        let after: String = q.chars[a.span.1..].iter().take(16).collect();
        let Some(at) = ["里", "当中", "之中", "中"]
            .iter()
            .filter_map(|w| {
                after
                    .match_indices(w)
                    // 哪里, 这里 ask where; they part nothing.
                    // The total's noun comes first (四十多所中小学: 中 opens
                    // a noun).
                    .find(|&(i, _)| i > 0 && !after[..i].ends_with(['哪', '这', '那']))
                    .map(|(i, _)| i + w.len())
            })
            .filter(|&i| after[..i].chars().count() <= 10)
            .min()
        else {
            return false;
        };
        let rest = &after[at..];
        let part: String = rest
            .chars()
            .take_while(|&c| !matches!(c, '有' | '占' | '是' | '多' | '几' | '哪' | '最'))
            .collect();
        // 29家加工企业里最大的是哪家: the first of them is a part too.
        let part = match part.is_empty() && rest.starts_with('最') {
            true => rest.chars().take(2).collect(),
            false => part,
        };
        part.chars().count() >= 2 && !fact.answer.contains(&part)
    })
}

/// Words that make a rank national or worldwide (中国最大), and words that
/// narrow one (北方第一大, 沿边省区过货量最大).
const NATIONAL: &[&str] = &["全国", "中国", "国内", "我国", "世界", "全球"];
const NARROWER: &[&str] = &[
    "北方",
    "南方",
    "华北",
    "东北",
    "西北",
    "西部",
    "东部",
    "沿边",
    "省区",
    "自治区",
    "全区",
    "区内",
    "全盟",
    "全市",
    "全旗",
    "亚洲",
];

/// Whether the question asks a national or world rank (中国最大的淡水湖)
/// of a point whose every rank is narrower (北方第一大淡水湖).
fn rank_narrower(q: &Question, fact: &crate::knowledge::Fact) -> bool {
    if !q.normalized.contains(['最', '第']) {
        return false;
    }
    // 第一 printed; 第一 or 第几 asked (呼和浩特的研发投入在全国排第几).
    fn ranks<'t>(
        text: &'t str,
        ordinals: &'static [&'static str],
    ) -> impl Iterator<Item = &'t str> + 't {
        text.match_indices(['最', '第'])
            .filter(move |&(at, m)| m == "最" || ordinals.iter().any(|o| text[at..].starts_with(o)))
            .map(move |(at, _)| {
                let from = text[..at].char_indices().rev().nth(7).map_or(0, |(i, _)| i);
                &text[from..at]
            })
    }
    let national = ranks(q.normalized, &["第一", "第几"]).any(|before| {
        let near: String = before
            .chars()
            .rev()
            .take(3)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        NATIONAL.iter().any(|w| near.contains(w)) && !NARROWER.iter().any(|w| near.contains(w))
    });
    let mut printed = ranks(&fact.answer, &["第一"]).peekable();
    national
        && printed.peek().is_some()
        && printed.all(|before| NARROWER.iter().any(|w| before.contains(w)))
}

/// What a superlative ranks by, after 最 (最多, 最大, 最早, 最好).
const SUPERLATIVE_OF: &[char] = &[
    '多', '少', '大', '小', '高', '低', '长', '短', '早', '晚', '贵', '便', '好', '快', '强', '重',
    '深', '远', '久', '老', '挣', '赚', '值', '受',
];

/// Whether the question asks for the top of a group (哪家拿得最多,
/// 最大的鱼): a 最 of a rank in the clause that asks, not part of a name
/// the reading knows (最美乡村).
fn superlative_asked(q: &Question, parts: &[Part]) -> bool {
    (0..q.len().saturating_sub(1)).any(|i| {
        q.chars[i] == '最'
            && SUPERLATIVE_OF.contains(&q.chars[i + 1])
            && q.asks_at(i)
            && !matches!(parts[i], Part::Point | Part::Story)
    })
}

/// Whether the words just before a count's question word at `at` (水面
/// 面积, past 现在 and 有) are in the point's text only in clauses that
/// hold no number, while a clause with one measures another of their kind
/// (湿地保护修复面积), and no figure is labelled by them.
fn unfigured(q: &Question, at: usize, fact: &crate::knowledge::Fact) -> bool {
    let end = (0..at).rev().find(|&i| !q.function[i]).map_or(0, |i| i + 1);
    let start = (0..end)
        .rev()
        .take_while(|&i| !q.function[i] && is_han(q.chars[i]))
        .take(4)
        .last()
        .unwrap_or(end);
    if end - start < 2 {
        return false;
    }
    let noun = q.text((start, end));
    let head = q.text((end - 2, end));
    // Only a noun of a measure (面积, 产量, 人数) is measured by a figure.
    if !MEASURED.contains(&head.as_str()) {
        return false;
    }
    let digits = |c: &str| c.chars().any(|c| c.is_ascii_digit());
    let clauses = || fact.answer.split(['，', '。', '；', '：', ',', ';']);
    let mut said = clauses().filter(|c| c.contains(noun.as_str())).peekable();
    said.peek().is_some()
        && said.all(|c| !digits(c))
        // The figure is of another of its kind (湿地保护修复面积达800公顷).
        && clauses().any(|c| digits(c) && c.contains(head.as_str()) && !c.contains(noun.as_str()))
        && !fact.figures.iter().any(|g| g.label.contains(noun.as_str()))
}

/// Nouns of what a figure measures, as a question names them before its
/// question word (水面面积有多大).
const MEASURED: &[&str] = &[
    "面积", "产量", "人数", "数量", "总量", "收入", "金额", "长度", "产值", "规模", "容量", "投资",
    "价格", "资金", "经费",
];

/// Ways of asking a price, and of stating one.
const PRICE_ASKS: &[&str] = &[
    "多少钱一斤",
    "多少钱一公斤",
    "一斤多少钱",
    "一公斤多少钱",
    "多少钱一个",
    "价格",
    "售价",
    "卖多少钱",
    "单价",
];
const PRICE_SAID: &[&str] = &["价", "卖", "元/", "元一", "元每"];

/// Words of a plan or a forecast: what a point says of years to come.
const PLANS: &[&str] = &[
    "将",
    "计划",
    "预计",
    "力争",
    "到20",
    "目标",
    "年底前",
    "前完成",
    "有望",
    "规划",
];

/// Whether a point gives the ordinal a 第几 asks: 第几批 a 第二批, 排第几
/// (or 第几名, 第几位) a rank.
fn ordinal_given(question: &str, answer: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || is_numeral(c);
    let after = question
        .split_once("第几")
        .and_then(|(_, rest)| rest.chars().next())
        .filter(|c| {
            is_han(*c) && !matches!(c, '位' | '名' | '大' | '啊' | '呀' | '呢' | '吗' | '了')
        });
    let chars: Vec<char> = answer.chars().collect();
    let printed = |fits: &dyn Fn(char) -> bool| {
        chars.iter().enumerate().any(|(i, &c)| {
            c == '第' && {
                let mut j = i + 1;
                while j < chars.len() && numeral(chars[j]) {
                    j += 1;
                }
                j > i + 1 && chars.get(j).is_some_and(|&u| fits(u))
            }
        })
    };
    match after {
        Some(unit) => printed(&|u| u == unit),
        None => printed(&|u| matches!(u, '位' | '名' | '大')) || ranks_something(answer),
    }
}

/// Whether text ranks something: 最, 第一, 首, 之冠, or sets a record
/// (曾创下年捕捞1.5万吨的纪录).
fn ranks_something(text: &str) -> bool {
    ["最", "第一", "首", "之冠", "纪录", "记录", "峰值"]
        .iter()
        .any(|w| text.contains(w))
}

/// Whether a story mentions a place of its region by `name` or by
/// another of its names: a short name writes some of the full name's
/// characters in order (察右后旗, 察哈尔右翼后旗; 兴和, 兴和县).
fn mentions_place(kb: &KnowledgeBase, topic: usize, region: usize, name: &str) -> bool {
    let Some(t) = kb.topics.get(topic) else {
        return true;
    };
    let within = |short: &str, long: &str| {
        let mut rest = long.chars();
        short.chars().all(|c| rest.any(|l| l == c))
    };
    let first = name.chars().next();
    let names = kb
        .regions
        .get(region)
        .into_iter()
        .flat_map(|r| &r.places)
        .filter(|p| {
            p.as_str() == name || p.chars().next() == first && (within(name, p) || within(p, name))
        });
    let says = |text: &str| text.contains(name) || names.clone().any(|p| text.contains(p.as_str()));
    says(&t.title)
        || says(&t.answer)
        || t.places.iter().chain(&t.keywords).any(|p| says(p))
        || t.facts
            .iter()
            .any(|f| says(&f.answer) || f.keywords.iter().any(|k| says(k)))
}

/// Whether the question asks for a rate (上线率是多少, 参保率有多高): a
/// word ending in 率 before the question word.
fn rate_asked(q: &Question) -> bool {
    q.asked.iter().any(|a| {
        let before: String = q.chars[..a.0].iter().rev().take(3).collect();
        // 率是多少, 率有多高, 率多少: 率 at most two characters before it;
        // 比例是多少, 占比多少 (read backwards).
        before
            .chars()
            .position(|c| c == '率')
            .is_some_and(|p| p < 3)
            || ["例比", "比占", "重比"].iter().any(|w| before.contains(w))
    })
}

/// Whether a point gives a share: a percentage, 百分之, or 成 after a numeral.
fn gives_share(fact: &crate::knowledge::Fact) -> bool {
    let share = |t: &str| t.contains(['%', '％']) || t.contains("百分之") || t.contains("成以上");
    share(&fact.answer) || fact.figures.iter().any(|g| share(&g.value))
}

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

/// Words that ask which place of a kind, with the characters that end a
/// name of that kind (旗 and 县 are one level in Inner Mongolia).
const SLOTS: &[(&str, &[char])] = &[
    ("哪个旗", &['旗', '县']),
    ("哪个县", &['县', '旗']),
    ("哪个区", &['区']),
    ("哪个乡", &['乡', '镇']),
    ("哪个镇", &['镇', '乡']),
    ("哪个村", &['村']),
    // 口岸北面挨着蒙古国哪个省: 与蒙古国南戈壁省接壤.
    ("哪个省", &['省']),
    ("城市", &['市']),
];

/// Whether the away word at `span` asks a place of a kind that `text`
/// names. A county or a village asked of a point is named anywhere in it
/// (科左中旗); a city only where the text says something happened in it,
/// the question's next words after it (在呼和浩特市开幕), so that a city
/// the text names in passing (巴彦淖尔市科技成果转化中心) answers no
/// 江南大学在哪个城市.
fn slot_filled(q: &Question, (s, e): (usize, usize), text: &str) -> bool {
    let word: String = q.chars[s..e].iter().collect();
    let Some((_, ends)) = SLOTS.iter().find(|(w, _)| *w == word) else {
        return false;
    };
    let chars: Vec<char> = text.chars().collect();
    let named = |k: usize| {
        k >= 2
            && ends.contains(&chars[k])
            && chars[k - 2..k]
                .iter()
                .all(|&c| is_han(c) && !is_stop_char(c) && !SLOT_ENDS.contains(&c))
    };
    if word != "城市" {
        return (0..chars.len()).any(named);
    }
    // The question's first two characters after the slot (开幕).
    let after: Vec<char> = q.chars[e..]
        .iter()
        .copied()
        .filter(|&c| is_han(c))
        .take(2)
        .collect();
    after.len() == 2
        && (0..chars.len()).any(|k| {
            named(k)
                && chars[..k]
                    .iter()
                    .rev()
                    .take(8)
                    .any(|&c| c == '在' || c == '于')
                && chars[k + 1..].starts_with(&after)
        })
}

/// Characters that end names of places of a kind.
const SLOT_ENDS: &[char] = &['旗', '县', '区', '乡', '镇', '村', '市'];

/// Keywords of three characters or more that name another story and end
/// as a name of a place or body does (呼伦湖, 成都七中), when nothing of
/// the reading explains them.
fn other_story_names<'q>(
    index: &'q Index,
    q: &'q Question,
    parts: &'q [Part],
    topic: usize,
) -> impl Iterator<Item = (usize, usize)> + 'q {
    q.found.iter().filter_map(move |f| {
        let spelled = index.pattern_chars(f.pattern);
        let name = spelled.len() >= 3 && spelled.last().is_some_and(|c| NAME_ENDS.contains(c));
        let other = index
            .triggers(f.pattern)
            .iter()
            .any(|t| !t.shared && matches!(t.target, Target::Topic(x) if x != topic));
        let open = parts[f.start..f.end]
            .iter()
            .all(|p| matches!(p, Part::Other | Part::Unknown));
        (name && other && open && q.weight[f.start] >= 1.0).then_some((f.start, f.end))
    })
}

/// Words of the question-word lists that name a dimension rather than ask
/// for it (规模, 比例): they ask only beside a question word, which counts.
const NOUNS_OF_MEASURE: &[&str] = &[
    "规模", "数量", "总量", "比例", "占比", "金额", "总额", "时间", "日期", "年份",
];

/// Words that ask of a group, not of one member named (鑫环硅能等多少家,
/// 内蒙古大学这些高校有几所).
const GROUP: &[&str] = &[
    "等",
    "这些",
    "这几",
    "那些",
    "一共",
    "总共",
    "几所",
    "几家",
    "多少家",
    "多少所",
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

/// Words that frame a figure asked for without saying what it counts.
const FRAMES: &[&str] = &[
    "规模", "数量", "总量", "比例", "占比", "比重", "金额", "总额", "时间", "日期", "年份", "目标",
    "情况", "总数", "数字", "数据", "结果", "水平",
];

/// Adjectives that make a which-question a request for advice (哪个好).
const EVALUATIVE: &[&str] = &[
    "好", "甜", "香", "贵", "便宜", "划算", "合适", "靠谱", "厉害", "强", "实惠", "值", "好吃",
    "好玩",
];

/// Words that ask for the members of a group (都是哪些, 是哪几家).
const LISTING: &[&str] = &[
    "都是哪",
    "是哪几",
    "都有哪",
    "分别是哪",
    "是哪些",
    "名单",
    "叫什么名",
];

/// Roles whose holder a question may ask the name of.
const ROLES: &[&str] = &[
    "校长",
    "书记",
    "院长",
    "局长",
    "主任",
    "老师",
    "经理",
    "老板",
    "董事长",
    "负责人",
    "创始人",
    "所长",
    "主管",
    "社长",
    "厂长",
    "站长",
    "村长",
    "主席",
    "专家",
];

/// Whether the question asks the name of a role's holder (校长叫什么).
fn asks_name_of_role(q: &Question) -> bool {
    q.cues
        .iter()
        .filter(|c| c.0 == Cue::NameAsk)
        .any(|&(_, at, _)| {
            q.cues
                .iter()
                .any(|&(cue, _, end)| cue == Cue::Role && end <= at && at - end <= 2)
        })
}

/// Words for all of China or the world, and for all of Inner Mongolia.
const SCOPES: &[&str] = &[
    "全国",
    "中国",
    "国内",
    "全世界",
    "世界",
    "全球",
    "内蒙古",
    "全区",
    "自治区",
    "全内蒙",
];

/// Figure labels that name no measure (a drafted point's 要点, 日期).
const GENERIC_LABELS: &[&str] = &["要点", "日期", "年份", "职务", "名单", "数字", "说明"];

/// Whether a word for all of China or all of Inner Mongolia stands in the
/// question outside the reading's keywords (全国名特优新农产品 is a name).
fn scope_outside_keywords(
    q: &Question,
    parts: &[Part],
    answer: Option<&str>,
    of_story: impl Fn(&Found) -> bool,
) -> bool {
    q.cues
        .iter()
        .filter(|c| c.0 == Cue::Scope)
        .any(|&(_, start, end)| {
            // Inside a name it is part of the name (内蒙古大学), unless the
            // name begins with it (全国名特优新农产品: all of China's).
            // A name of the reading's story that begins with it: another
            // story's (世界 of 世界奶业大会) names nothing here, and a keyword
            // that is only the scope word names a story, not a scope.
            let opens_name = q
                .found
                .iter()
                .any(|f| f.start == start && f.end > end && of_story(f));
            // Before a name the point prints (2025—2026内蒙古冰雪旅游季:
            // the point says 内蒙古自治区冰雪旅游季) it is part of the name.
            let point_name = answer.is_some_and(|a| names_with_scope(q, start, end, a));
            opens_name
                || (!point_name
                    && parts[start..end]
                        .iter()
                        .all(|p| !matches!(p, Part::Story | Part::Point))
                    && !q
                        .found
                        .iter()
                        .any(|f| f.start <= start && end <= f.end && f.end - f.start > end - start))
        })
}

/// Whether a scope word of the question (内蒙古, start..end) stands in
/// `answer` with the two characters that follow it in the question, the
/// words for the autonomous region (自治区) aside on both sides.
fn names_with_scope(q: &Question, start: usize, end: usize, answer: &str) -> bool {
    let strip = |s: String| s.replace("自治区", "");
    let scope = strip(q.chars[start..end].iter().collect());
    let after: String = q.chars[end..(end + 2).min(q.len())]
        .iter()
        .take_while(|c| is_han(**c))
        .collect();
    if scope.is_empty() || after.chars().count() < 2 {
        return false;
    }
    strip(crate::text::normalize(answer)).contains(&format!("{scope}{after}"))
}

/// Words that ask which place of a kind (哪个旗), with the endings of the
/// names of that kind.
const PLACE_ASKED: &[(&str, &[&str])] = &[
    ("城市", &["市"]),
    ("哪个市", &["市"]),
    ("哪个旗", &["旗"]),
    ("哪个县", &["县"]),
    ("哪个区", &["区"]),
    ("哪个乡", &["乡"]),
    ("哪个镇", &["镇"]),
    ("哪个村", &["村", "嘎查"]),
];

/// Whether the away word `span` asks which place of a kind, and `answer`
/// names a place of that kind (a region, a place of a region, a place of
/// the story) that the question does not name itself.
fn names_place_asked(
    kb: &KnowledgeBase,
    topic: usize,
    q: &Question,
    span: (usize, usize),
    answer: &str,
) -> bool {
    let word = q.text(span);
    let Some((_, ends)) = PLACE_ASKED.iter().find(|(w, _)| *w == word) else {
        return false;
    };
    let story = kb.topics.get(topic).map(|t| &t.places[..]).unwrap_or(&[]);
    let names = kb
        .regions
        .iter()
        .flat_map(|r| std::iter::once(&r.full).chain(&r.places))
        .chain(story);
    let names: Vec<&String> = names.collect();
    // Where something is or happens: the place, or the chain of places it
    // ends (在巴彦淖尔市乌拉特中旗), follows 在, 到 or 位于; a place that
    // opens a name (通过巴彦淖尔市科技成果转化中心) says no such thing.
    let located = |at: usize| {
        let mut before = &answer[..at];
        loop {
            if let Some(p) = names
                .iter()
                .find(|p| p.len() < before.len() && before.ends_with(p.as_str()))
            {
                before = &before[..before.len() - p.len()];
            } else if let Some(m) = ADMIN_TAIL.find(before) {
                before = &before[..m.start()];
            } else {
                break;
            }
        }
        LOCATIVE.iter().any(|w| before.ends_with(w))
    };
    // Or the place, by its short name, qualifies what the question asks
    // about (固阳黄芪 answers 黄芪产业是哪个县的).
    let qualifies = |p: &str| {
        let short = ends.iter().find_map(|e| p.strip_suffix(e)).unwrap_or(p);
        short.chars().count() >= 2
            && !q.normalized.contains(short)
            && answer.match_indices(short).any(|(at, _)| {
                let next: String = answer[at + short.len()..].chars().take(2).collect();
                next.chars().count() == 2
                    && next.chars().all(is_han)
                    && q.normalized.contains(&next)
            })
    };
    names
        .iter()
        .filter(|p| p.chars().count() >= 3 && ends.iter().any(|e| p.ends_with(e)))
        .filter(|p| !q.normalized.contains(p.as_str()))
        .any(|p| answer.match_indices(p.as_str()).any(|(at, _)| located(at)) || qualifies(p))
}

/// A place the knowledge does not list, at the end of a text (来到乌兰浩特市
/// 乌兰哈达镇): a name that ends as a banner, town or village does.
static ADMIN_TAIL: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"[\p{Han}&&[^市盟旗县区镇乡村在到于至赴的和与]]{1,6}(?:市|盟|旗|县|区|镇|乡|苏木|嘎查)$",
    )
    .expect("place pattern")
});

/// Units of area, as figures print them.
const AREA_UNITS: &[&str] = &["亩", "公顷", "平方公里", "平方米"];

/// Words after which a place says where something is or happens.
const LOCATIVE: &[&str] = &[
    "在", "于", "到", "来到", "走进", "落户", "位于", "地处", "赴", "至",
];

/// Whether the question names the story's region, a place in it, or one
/// of the story's own places.
fn names_place(kb: &KnowledgeBase, index: &Index, q: &Question, topic: usize) -> bool {
    let Some(t) = kb.topics.get(topic) else {
        return false;
    };
    q.found.iter().any(|f| {
        index.triggers(f.pattern).iter().any(|tr| match tr.target {
            Target::Region(_) | Target::RegionPlace(_) => true,
            Target::Topic(x) if x == topic => {
                let word = q.text((f.start, f.end));
                t.places.iter().any(|p| crate::text::normalize(p) == word)
            }
            _ => false,
        })
    })
}

/// Whether the question word at `at` is said of a person the knowledge has
/// a point about (赵亚凡今年多大): then 多大 asks an age. Not when it is said
/// of a thing of theirs (娜仁高娃的厂房多大: a size), unless the thing is
/// their age (年纪, 岁数).
fn about_person(kb: &KnowledgeBase, index: &Index, q: &Question, at: usize) -> bool {
    q.found.iter().any(|f| {
        let between = q.text((f.end.min(at), at));
        if f.end > at || between.contains('的') && !AGE_NOUNS.iter().any(|w| between.contains(w)) {
            return false;
        }
        // By the person's name or title as the point prints them (赵亚凡,
        // 居民), not by a word of the story the point also holds (稀土).
        let word = q.text((f.start, f.end));
        index.triggers(f.pattern).iter().any(|t| match t.target {
            Target::Fact(x, y) => kb
                .topics
                .get(x)
                .and_then(|t| t.facts.get(y))
                .is_some_and(|f| {
                    f.kind == FactKind::Person
                        && std::iter::once(&f.label)
                            .chain(f.figures.iter().map(|g| &g.value))
                            .any(|v| crate::text::normalize(v).contains(&word))
                }),
            _ => false,
        })
    })
}

/// Nouns of a person's age, said of them with 的 (她的年龄多大).
const AGE_NOUNS: &[&str] = &["年纪", "岁数", "年龄", "年岁"];

/// The units a question word asks in: 多远 a distance, 多重 a weight (克,
/// 公斤, 斤, 吨), 多久 a span of time; 多大 about a person, an age.
fn units_asked(word: &str, person: impl FnOnce() -> bool) -> Option<&'static [&'static str]> {
    const DISTANCE: &[&str] = &["公里", "米"];
    const LENGTH: &[&str] = &["公里", "米", "厘米", "毫米", "里"];
    const AGE: &[&str] = &["岁"];
    const WEIGHT: &[&str] = &["克", "斤", "吨"];
    const SPAN: &[&str] = &["天", "日", "月", "年", "小时", "分钟", "秒", "周", "半天"];
    match word {
        "多远" => Some(DISTANCE),
        // 玉龙有多长: a length (a span is asked as 多久, above).
        "多长" => Some(LENGTH),
        "多重" => Some(WEIGHT),
        "多大" if person() => Some(AGE),
        "多久" | "几天" => Some(SPAN),
        _ => None,
    }
}

/// The units what a bare 多少 or 几 counts is counted in: 多少钱 in 元,
/// 多少学生 in 人 or 名, 几岁 in 岁, 几级 in 级.
fn units_counted(counted: &str) -> Option<&'static [&'static str]> {
    const MONEY: &[&str] = &["元", "毛"];
    const PEOPLE: &[&str] = &["人", "名", "人次"];
    const TABLE: &[(&[&str], &[&str])] = &[
        (
            &[
                "钱", "块", "资金", "经费", "金额", "费用", "投资", "工资", "奖金", "补贴",
            ],
            MONEY,
        ),
        (
            &[
                "人",
                "学生",
                "员工",
                "工人",
                "游客",
                "在校生",
                "居民",
                "老师",
                "教师",
            ],
            PEOPLE,
        ),
        (&["岁"], &["岁"]),
        (&["级"], &["级"]),
        (&["公里", "米"], &["公里", "米"]),
        (&["鱼"], &["吨", "斤", "条"]),
    ];
    // The counted word is the head of what follows: the last word of the
    // table in it (多少研发激励资金: 资金).
    TABLE
        .iter()
        .filter_map(|(words, units)| {
            words
                .iter()
                .filter_map(|w| crate::text::find_short(counted, w))
                .min()
                .map(|at| (at, *units))
        })
        .min_by_key(|&(at, _)| at)
        .map(|(_, units)| units)
}

/// Periods a count can be asked per, as questions say them and as a
/// point that counts per that period says it.
const PERIODS: &[(&[&str], &[&str])] = &[
    (
        // (住一晚多少钱: a night's price.)
        &[
            "一天", "每天", "每日", "一日", "日均", "天天", "一晚", "每晚", "一夜",
        ],
        // (起步时日运行20辆次: 日 before a verb of work is per day.)
        &[
            "每天",
            "每日",
            "一天",
            "一日",
            "日均",
            "当天",
            "天天",
            "每晚",
            "日运行",
            "日处理",
            "日接待",
            "日产",
            "日过货",
            "日通关",
            "日发",
        ],
    ),
    (
        &["一个月", "每个月", "每月", "月均", "月薪", "月收入"],
        &[
            "每月",
            "每个月",
            "一个月",
            "月均",
            "月收入",
            "月薪",
            "月工资",
            "月人均",
        ],
    ),
    (
        &["一年", "每年", "年均", "全年"],
        // A year is said in many ways (年捕捞, 年增量, 2024年接待, 当年):
        // only a point that names no year at all counts over none. A
        // harvest's 产量 is a year's (全盟水稻…产量75万吨).
        &["年", "产量"],
    ),
];

/// The ways a point says the period a question asks a count per (一天能挣
/// 多少: 每天, 日均 ...), in the clause that asks: 一年级 and 一年多 are no
/// period, nor is one in a preamble (听说医保款天天拨付了，……有多少家).
fn period_asked(q: &Question) -> Option<&'static [&'static str]> {
    if !q.normalized.contains(['天', '日', '月', '年', '晚', '夜']) {
        return None;
    }
    let question = q.normalized;
    PERIODS.iter().find_map(|(asked, said)| {
        asked
            .iter()
            .any(|w| {
                question.match_indices(w).any(|(at, _)| {
                    // (一天多 is more than a day; 一晚多少钱 asks a night's.)
                    let rest = &question[at + w.len()..];
                    q.asks_at_byte(at)
                        && !rest.starts_with(['级', '半', '前', '后'])
                        && (!rest.starts_with('多') || rest.starts_with("多少"))
                })
            })
            .then_some(*said)
    })
}

/// Whether `text` speaks of the period `word`: 年 as a year's span
/// (年产量, 全年, 一年), not as the year of a date (2024年夏天, 今年).
fn said_over(text: &str, word: &str) -> bool {
    if word != "年" {
        return text.contains(word);
    }
    text.match_indices('年').any(|(b, _)| {
        text[..b].chars().next_back().is_none_or(|c| {
            !(c.is_ascii_digit() || matches!(c, '今' | '去' | '明' | '前' | '后' | '〇' | '零'))
        })
    })
}

/// Whether a figure is an amount of money printed without 元 (京蒙协作资金
/// 800万): a number in 万 or 亿 that its label calls money.
fn money_without_unit(g: &crate::knowledge::Figure) -> bool {
    const MONEY: &[&str] = &["资金", "投资", "经费", "补贴", "奖金", "金额", "资本"];
    let v = g.value.trim_end_matches(['多', '余']);
    has_number(v) && v.ends_with(['万', '亿']) && MONEY.iter().any(|m| g.label.contains(m))
}

/// Whether `text` gives a figure in `unit`: the unit after a number
/// (5公里, 3000多元, 半天).
fn gives_unit(text: &str, unit: &str) -> bool {
    text.match_indices(unit).any(|(b, _)| {
        // 9月2日, 5月, 2014年 are dates: no span of days, months or years.
        let before: Vec<char> = text[..b].chars().rev().take(5).collect();
        let digits = before.iter().take_while(|c| c.is_ascii_digit()).count();
        let date = match unit {
            "日" => digits > 0 && before.get(digits) == Some(&'月'),
            "月" => digits > 0,
            "年" => digits >= 4,
            _ => false,
        };
        if date {
            return false;
        }
        // 2200平方米 is an area, 10立方米 a volume: no length in 米.
        if unit == "米" && (text[..b].ends_with("平方") || text[..b].ends_with("立方")) {
            return false;
        }
        text[..b].chars().rev().take(4).any(|c| {
            c.is_ascii_digit()
                || is_numeral(c)
                || matches!(c, '一' | '半' | '几' | '多' | '余' | '万' | '每')
        })
    })
}

/// Measure words a count passes over to what it counts (多少个班).
fn is_measure(c: char) -> bool {
    matches!(
        c,
        '个' | '家'
            | '名'
            | '位'
            | '所'
            | '项'
            | '次'
            | '场'
            | '门'
            | '批'
            | '种'
            | '件'
            | '条'
            | '双'
    )
}

/// Whether a figure holds a number, in digits or Chinese numerals; an
/// ordinal (第一大) ranks, it does not count.
fn has_number(value: &str) -> bool {
    let mut prev = ' ';
    value.chars().any(|c| {
        let number =
            (c.is_ascii_digit() || is_numeral(c) || matches!(c, '一' | '半')) && prev != '第';
        prev = c;
        number
    })
}

/// Whether a figure is a date or a year (2019年, 9月30日, 今年7月).
fn is_date(value: &str) -> bool {
    has_date(value)
}

/// Whether text gives a date or year: digits before 年, 月 or 日.
fn has_date(text: &str) -> bool {
    let mut prev = ' ';
    text.chars().any(|c| {
        let date = (prev.is_ascii_digit() || is_numeral(prev) || prev == '今' || prev == '去')
            && matches!(c, '年' | '月' | '日');
        prev = c;
        date
    })
}

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
    if is_han(c) {
        if i > 0 && han(i - 1) {
            terms.extend(q.pair(index, i));
        }
        if han(i + 1) {
            terms.extend(q.pair(index, i + 1));
        }
        // 能制多少氢, 能发多少电: a word the question word splits (制氢,
        // 发电) is held whole across it.
        // Only a count's 多少 or 几 splits one (企业怎么申请 is no 业申).
        let asks = |j: usize| q.question_word.get(j).is_some_and(|&x| x);
        let splits = |a: usize, b: usize| SPLITTERS.contains(&q.text((a, b)).as_str());
        let after = (i + 1..q.len()).find(|&j| !asks(j)).unwrap_or(q.len());
        // The page may name the thing first (产多少钢: 钢产量).
        if after > i + 1 && splits(i + 1, after) && han(after) {
            terms.extend(bm25.term_of(&[c, q.chars[after]]));
            terms.extend(bm25.term_of(&[q.chars[after], c]));
        }
        let before = (0..i).rev().find(|&j| !asks(j));
        if let Some(b) = before.filter(|&b| b + 1 < i && splits(b + 1, i) && han(b)) {
            terms.extend(bm25.term_of(&[q.chars[b], c]));
            terms.extend(bm25.term_of(&[c, q.chars[b]]));
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
}

impl Why {
    /// Whether the bot answers for this reason.
    pub fn answers(&self) -> bool {
        matches!(self, Why::Explained { .. })
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Why::Explained { share } => write!(
                f,
                "answered: {:.0}% of the question unexplained, under the {:.0}% at which it asks back",
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
            Why::Unexplained { share } => write!(
                f,
                "declined: {:.0}% of the question unexplained, at or over {:.0}%",
                share * 100.0,
                DECLINE * 100.0
            ),
            Why::Outside => write!(
                f,
                "declined: a place outside Inner Mongolia that the story does not concern"
            ),
            Why::NoAnswer => write!(f, "no story answers it"),
            Why::Listing => write!(f, "a list of stories, not one answer"),
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
                if w.heart >= 2 {
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
        Some(p) if Some(p.fact) != reading.fact => (
            Decision::Fact {
                topic: TopicId::new(reading.topic),
                fact: LocalFactId::new(p.fact),
            },
            Reading {
                topic: reading.topic,
                fact: Some(p.fact),
            },
        ),
        _ => (decision, reading),
    };
    let mut w = weigh(kb, index, q, reading);
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
    let unit_elsewhere = (w.mismatches == 1 && !w.another_point_may)
        .then_some(w.units_lacking)
        .flatten();
    let another_point = (w.mismatch && w.another_point_may)
        || unit_elsewhere.is_some()
        || place_left
        || naming.is_some()
        || (datum && matches!(decision, Decision::Topic { .. }));
    let needed = || {
        another_point
            .then(|| other_point(kb, index, q, reading, &w, naming, unit_elsewhere))
            .flatten()
    };
    // 渔业公司建景区自己掏了多少钱, read as the company's point by its
    // name: another point of the story that explains clearly more of the
    // question (为打造小河口景区，渔业公司自筹3000万元) answers.
    let clearer = || {
        let band =
            matches!(decision, Decision::Fact { .. }) && (RECONSIDER..DECLINE).contains(&share(&w));
        band.then(|| other_point(kb, index, q, reading, &w, None, None))
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
    } else if share >= DECLINE {
        (
            Decision::Lacking {
                topic: TopicId::new(reading.topic),
                subject: subject(kb, index, q, ev, &w, reading.topic),
                missing: missing_words(q, &w),
            },
            Why::Unexplained { share },
        )
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

/// Another point of the reading's story that gives what the question asks
/// where the reading's own does not: the one sharing most words with the
/// question, if it leaves little unexplained.
fn other_point(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    reading: Reading,
    first: &Weighed,
    naming: Option<&[&str]>,
    units: Option<&[&str]>,
) -> Option<(Reading, Weighed)> {
    let topic = kb.topics.get(reading.topic)?;
    let terms = bigram_terms(index, q);
    let deed = naming.and_then(|_| super::measure::deed_of_kind(q.normalized));
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
        .filter(|&(shared, _)| shared > 0)
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
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
        let lost = left
            .iter()
            .filter(|&&i| !(q.chars[i].is_ascii_digit() || is_numeral(q.chars[i])))
            .count();
        let fits = !w.mismatch && share(&w) < ASK_BACK;
        // A point naming what is asked may leave the scene the question
        // sets to the first (渔业公司转型 … 哪个景区).
        // One counting in the unit asked may leave a place abroad that the
        // first named and another point of the story holds (芬兰, of
        // 引进芬兰驯鹿): a scene, not what is measured (玉龙有多长 is not
        // answered by a distance in 公里 of the site).
        let abroad = || {
            left.iter()
                .all(|i| q.outside.iter().any(|&(s, e)| (s..e).contains(i)))
        };
        let kept = naming.is_some()
            || (lost == 0 && w.unexplained() <= first.unexplained())
            || (units.is_some() && w.other + w.unknown <= first.other + first.unknown && abroad());
        (fits && kept).then_some((r, w))
    })
}

/// Whether reading `to` speaks of a place that neither the question nor
/// reading `from` names (兴安盟一年产多少水稻: 扎赉特旗's 35万吨, not the
/// league's 75万吨): it answers for a part of what is asked.
fn narrows(kb: &KnowledgeBase, q: &Question, from: Reading, to: Reading) -> bool {
    let text = |r: Reading| reading_text(kb, r);
    let (a, b) = (text(from), text(to));
    kb.regions.iter().flat_map(|r| r.places.iter()).any(|p| {
        b.contains(p.as_str()) && !a.contains(p.as_str()) && !q.normalized.contains(p.as_str())
    })
}

/// From this share of the question unexplained (up to where it declines:
/// a question the chosen point leaves that unexplained is not turned into
/// an answer by another), the story's other points are weighed too ...
const RECONSIDER: f32 = 0.2;
/// ... and one that leaves this much less unexplained answers instead.
const RECONSIDER_MARGIN: f32 = 0.1;

/// Other points of a story weighed when the chosen one cannot give what
/// is asked, at most.
const OTHER_POINTS: usize = 4;

/// The calendar year a figure of `answer` is given for: the last year
/// printed before it in its sentence (2022年…突破2200亿元).
fn year_before(answer: &str, value: &str) -> Option<f64> {
    let at = answer.find(value)?;
    let before = &answer[..at];
    let sentence = before.rfind(['。', '；', '！', '？']).map_or(0, |i| i + 3);
    amounts(&before[sentence..])
        .into_iter()
        .rfind(|a| a.year)
        .map(|a| a.value)
}

/// A figure the question takes for granted, checked against the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Premise {
    /// The point whose figure it is.
    pub fact: usize,
    /// The question's words for it (2015年, 五十个).
    pub said: String,
    /// The figure as the page prints it (2019年, 72个).
    pub figure: String,
    /// Whether the two agree.
    pub agrees: bool,
}

/// The figure a question asserts (是2015年吧, 有50个对吧), with the point of
/// the reading's story that prints a figure in the same unit. Only for
/// questions that assert rather than ask: 2024年接待了多少游客 asks.
fn premise(kb: &KnowledgeBase, index: &Index, q: &Question, reading: Reading) -> Option<Premise> {
    use super::figures::Amount;
    // 那6家机构是哪几家 asks which, taking the 6 as given: no premise to
    // check. Only a question that asks nothing but yes or no asserts.
    if !q.asked.is_empty() {
        return None;
    }
    // Nor does 哪 before a count (获得了哪两个称号): it asks which ones.
    let chars: Vec<char> = q.normalized.chars().collect();
    if chars
        .windows(2)
        .any(|w| w[0] == '哪' && (w[1].is_ascii_digit() || "一二两三四五六七八九十".contains(w[1])))
    {
        return None;
    }
    // A figure the asker says of themselves (刚退休两年) is no premise of
    // the question: only one in the clause that asks is.
    let mut said: Vec<&super::figures::Amount> = q
        .said()
        .iter()
        .filter(|a| q.weight[a.span.0] >= 1.0)
        .collect();
    // 2023年种了1000亩葵花: the year sets the time; the count is what is
    // asserted, of the figure the point gives for that year.
    let years: SmallVec<[f64; 2]> = said.iter().filter(|a| a.year).map(|a| a.value).collect();
    if said.iter().any(|a| !a.year) {
        said.retain(|a| !a.year);
    }
    let topic = kb.topics.get(reading.topic)?;
    if said.is_empty() {
        return year_premise(q, topic, reading);
    }
    // Every point of the story that prints a figure in the unit said.
    // The reading's point, if it prints a figure in the unit said; else
    // every point of the story that does.
    let comparable = |f: usize| {
        topic.facts[f].figures.iter().any(|g| {
            amounts(&g.value)
                .iter()
                .any(|p| said.iter().any(|a| p.comparable(a)))
        })
    };
    let facts: Vec<usize> = match reading.fact {
        Some(f) if comparable(f) => vec![f],
        _ => (0..topic.facts.len()).collect(),
    };
    // The point: one with a figure agreeing, else whose figure's label
    // the question names, else whose headline (first) figure it is, else
    // sharing most words with the question. Then its figure: agreeing,
    // named by its label, nearest in value.
    // Ranked by agreeing, label named, then nearness of value (60 is
    // nearer 72 than 4), headline figure, words shared.
    let mut best: Option<Ranked> = None;
    let mut terms = None;
    for &fi in &facts {
        let fact = &topic.facts[fi];
        // (in the year said, agrees, label named, nearness), figure, said.
        type Rank = (bool, bool, usize, f32);
        let mut pick: Option<(Rank, &str, &Amount)> = None;
        let mut primary = false;
        for (gi, g) in fact.figures.iter().enumerate() {
            // (2022年营业收入突破2200亿元，2025年将达到3000亿元以上: of
            // 2022年, 2200亿元.)
            let in_year = years.is_empty()
                || year_before(&fact.answer, &g.value).is_none_or(|y| years.contains(&y));
            for printed in amounts(&g.value) {
                for a in said.iter().filter(|a| printed.comparable(a)) {
                    primary |= gi == 0;
                    let near =
                        -((printed.value - a.value).abs() / printed.value.abs().max(1.0)) as f32;
                    let rank = (
                        in_year,
                        printed.agrees(a),
                        overlap_text(q.normalized, &g.label),
                        near,
                    );
                    if pick.as_ref().is_none_or(|p| rank > p.0) {
                        pick = Some((rank, g.value.as_str(), a));
                    }
                }
            }
        }
        let Some(((_, agrees, label, near), figure, a)) = pick else {
            continue;
        };
        let doc = Doc {
            topic: reading.topic,
            fact: Some(fi),
        };
        let rank = (agrees, label);
        let terms = terms.get_or_insert_with(|| bigram_terms(index, q));
        let then = (primary, overlap(index, terms, doc));
        let better = best.as_ref().is_none_or(|b| {
            rank > b.0
                || (rank == b.0
                    && (near > b.1 + 0.05 || ((near - b.1).abs() <= 0.05 && then > b.2)))
        });
        if better {
            let premise = Premise {
                fact: fi,
                said: q.text(a.span),
                figure: figure.to_string(),
                agrees,
            };
            best = Some((rank, near, then, premise));
        }
    }
    best.map(|b| b.3)
}

/// A year the question asserts in words (试点是去年开始搞的吧, 附中是
/// 前年挂牌的吧), checked against the date the reading's point gives.
fn year_premise(
    q: &Question,
    topic: &crate::knowledge::Topic,
    reading: Reading,
) -> Option<Premise> {
    const SAID: &[(&str, i16)] = &[("去年", -1), ("前年", -2), ("今年", 0)];
    let story_year = topic.date?.year();
    let fi = reading.fact?;
    let (printed, year) = point_year(topic.facts.get(fi)?, story_year)?;
    let (word, asserted) = SAID.iter().find_map(|&(word, offset)| {
        q.normalized
            .match_indices(word)
            .any(|(at, _)| q.asks_at_byte(at))
            .then_some((word, story_year + offset))
    })?;
    // 今年7月 names its year, for a reader who reads the reply later.
    let printed = if printed.starts_with(['今', '去']) {
        format!("{printed}（{year}年）")
    } else {
        printed
    };
    Some(Premise {
        fact: fi,
        said: word.to_string(),
        figure: printed,
        agrees: asserted == year,
    })
}

/// The date a point gives and its year: a figure with a year in digits
/// (2025年5月1日), or one dated 今年 or 去年 from the story's year.
fn point_year(fact: &crate::knowledge::Fact, story_year: i16) -> Option<(String, i16)> {
    fact.figures.iter().find_map(|g| {
        let v = &g.value;
        if let Some(at) = v.find('年') {
            let digits: String = v[..at]
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect();
            if digits.len() == 4 {
                let year: i16 = digits.chars().rev().collect::<String>().parse().ok()?;
                return Some((v.clone(), year));
            }
        }
        [("今年", 0), ("去年", -1)]
            .iter()
            .find(|(w, _)| v.starts_with(w) && v.contains(['月', '日']))
            .map(|&(_, off)| (v.clone(), story_year + off))
    })
}

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
        .filter(|t| t.chars().count() >= 2)
}

/// The readings to offer when asking back: the best one, then the points
/// and stories that explain what it leaves unexplained.
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
