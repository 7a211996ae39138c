//! A question as the judge reads it: its characters, what each is (a
//! keyword, a function word, a question word), its cues, and how much each
//! character weighs (a preamble about the asker weighs little).

use std::cell::Cell;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use smallvec::SmallVec;

use crate::text::{SEP, is_content_char, is_han, is_stop_char};

use crate::engine::evidence::Found;
use crate::engine::figures::amounts;
use crate::engine::index::{Index, Target};
use crate::engine::lexicon;

use super::names::{ROLES, SCOPES};

/// One value per character of a question, held inline for questions of
/// ordinary length: a question is weighed against several readings, and
/// each weighing would otherwise allocate a few of these.
pub(super) type PerChar<T> = SmallVec<[T; INLINE_CHARS]>;

/// Characters of a question held inline in [`PerChar`].
pub(super) const INLINE_CHARS: usize = 48;

/// In [`Question::pairs`]: the index has no term for the pair ...
pub(super) const NO_TERM: u32 = u32::MAX;
/// ... or it was not looked up yet.
pub(super) const UNSEEN: u32 = u32::MAX - 1;

/// Character spans of a question, a few held inline.
pub(super) type Spans = SmallVec<[(usize, usize); 4]>;

/// A question word as a character span, with what it asks for, whether it
/// is bare, and its text.
pub(super) type AskedWord<'a> = (usize, usize, lexicon::Asked, bool, &'a str);

/// A question, read once for every reading it is weighed against.
pub struct Question<'a> {
    pub normalized: &'a str,
    pub(super) chars: &'a [char],
    /// The similarity term of each pair of neighbouring characters, by the
    /// position of the second: looked up in the index the first time a
    /// weighing asks ([`UNSEEN`] until then, [`NO_TERM`] where it has none),
    /// then kept for every other reading weighed.
    pub(super) pairs: PerChar<Cell<u32>>,
    /// Keywords found, as [`crate::engine::evidence::find`] gives them.
    pub(super) found: &'a [Found],
    /// Characters of function words.
    pub(super) function: PerChar<bool>,
    /// Characters of question words (多少, 多大), a part of the function words.
    pub(super) question_word: &'a [bool],
    /// Words that ask for what news does not hold (门票, 挂号), as
    /// character spans.
    pub(super) away: Spans,
    /// How much each character counts: less in a preamble about the asker.
    pub(super) weight: PerChar<f32>,
    /// Whether each character is in a clause that asks (or no clause does).
    pub(super) asks: PerChar<bool>,
    /// Places outside Inner Mongolia named, as character spans, that no
    /// keyword of the knowledge covers.
    pub(super) outside: Spans,
    /// Cue words, as character spans.
    pub(super) cues: SmallVec<[(Cue, usize, usize); 8]>,
    /// Question words, as character spans, with what each asks for and
    /// whether it is bare (多少, 几: what is counted comes after it).
    pub(super) asked: SmallVec<[AskedWord<'a>; 4]>,
    /// The kind of name asked (哪家企业, 哪个景区), as such names end.
    pub(super) name_kind: Option<&'static [&'static str]>,
    /// The figures the question says (50个, 一万多人), read the first time
    /// a weighing asks, then kept for every other reading weighed.
    pub(super) said: std::cell::OnceCell<Vec<crate::engine::figures::Amount>>,
}

/// How much a character of a preamble about the asker counts
/// (我在包头种了十几年地，听说……): the question comes after it.
pub(super) const PREAMBLE_WEIGHT: f32 = 0.25;

/// Words after which the question proper begins.
pub(super) const ASKING_MARKERS: &[&str] = &[
    "听说",
    "请问",
    "想问",
    "问一下",
    "问问",
    "想知道",
    "想了解",
    "打听",
    "请教",
    // 老板让我查一下: what comes before it is about the asker.
    "查一下",
    "查查",
    // 刚调过来没多久…就是想再确认一下: so is what comes before a check.
    "确认一下",
    "核实一下",
    "核对一下",
];

/// Words that open a clause about the asker.
pub(super) const ABOUT_ME: &[&str] = &[
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
pub(super) enum Cue {
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
pub(super) const COUNTRY_ASKS: &[&str] = &["哪些国家", "哪个国家", "哪几个国家", "哪国"];

/// Words for abroad as a whole, no one place in it.
pub(super) const ABROAD_WORDS: &[&str] = &["国外", "外国", "海外", "境外"];

/// Names of places abroad (`outside.txt`'s 境外 section), without the words
/// that name no one place (国外, 海外, and the continents).
pub(super) static ABROAD: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    const CONTINENTS: &[&str] = &["欧洲", "非洲", "美洲", "东南亚"];
    include_str!("../outside.txt")
        .split("# 境外")
        .nth(1)
        .and_then(|rest| rest.split("\n#").next())
        .unwrap_or("")
        .split_whitespace()
        .filter(|w| !ABROAD_WORDS.contains(w) && !CONTINENTS.contains(w))
        .collect()
});

/// Names of cities outside Inner Mongolia (`outside.txt`, its provinces,
/// places abroad, lakes and mountains aside): 苏州 answers 哪个城市.
pub(super) static CITIES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut keep = false;
    let mut out = Vec::new();
    for line in include_str!("../outside.txt").lines() {
        if let Some(section) = line.strip_prefix("# ") {
            keep = !["省、自治区", "境外", "外省的湖、山"]
                .iter()
                .any(|s| section.starts_with(s))
                && !section.contains('：');
            continue;
        }
        if keep {
            out.extend(line.split('#').next().unwrap_or("").split_whitespace());
        }
    }
    out
});

pub(super) static CUES: LazyLock<(AhoCorasick, Vec<SmallVec<[Cue; 2]>>)> = LazyLock::new(|| {
    let places: Vec<&'static str> = include_str!("../outside.txt")
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .collect();
    let lists: [(Cue, &[&str]); 11] = [
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
        // (算老几, 排老几: 第几 as it is said.)
        (Cue::Ordinal, &["第几", "老几"]),
        (Cue::Ordinal, BATCH_ASKS),
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
pub(super) const NAME_ASKS: &[&str] = &["叫什么", "叫什么名", "叫啥", "是谁", "姓什么", "名字"];

/// Words that ask the meaning of a term.
pub(super) const MEANING: &[&str] = &[
    "是什么意思",
    "是啥意思",
    "什么意思",
    "指的是什么",
    "指什么",
    "啥意思",
    // 稀土是什么东西: what a thing is, asked as a learner asks.
    "是什么东西",
    "是啥东西",
];

/// Chinese numerals that are not already stop characters (一, 几, 多 are),
/// nor multipliers that only scale a numeral before them (万, 亿).
pub(super) fn is_numeral(c: char) -> bool {
    crate::text::is_numeral(c) && !matches!(c, '一' | '万' | '亿')
}

impl<'a> Question<'a> {
    /// A question read by [`crate::engine::evidence::Evidence::read`].
    pub fn new(normalized: &'a str, read: &'a crate::engine::evidence::Read) -> Question<'a> {
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
        let mut away = longest(Cue::Away);
        // 孩子上师大附中好还是艺术附中好: which of two is better, asked
        // whole (…好还是…好), is advice whatever follows 还是.
        if let Some(k) = chars.windows(3).position(|w| w == ['好', '还', '是'])
            && chars
                .iter()
                .rev()
                .find(|&&c| c != SEP && !"呢啊呀吗？?。！!".contains(c))
                .is_some_and(|&c| c == '好')
            && chars.len() > k + 4
            && !away.iter().any(|&(s, e)| s <= k && k + 3 <= e)
        {
            away.push((k, k + 3));
        }
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
        lexicon::unmark_whole_words(normalized, char_at, &mut function);
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
        let (mut weight, asks) = preamble_weights(normalized, chars, &cues);
        // xiaohekou jingqu, Hohhot R&D incentive: a word in Latin letters
        // (pinyin or English beside the Chinese) weighs as half a
        // character, whatever its length, when the Chinese around it says
        // what is asked (four characters of content or more; not AIGC和
        // ChatGPT是一回事吗), and it is no word asked for (哪个app).
        let chinese = (0..chars.len())
            .filter(|&i| is_han(chars[i]) && !function[i])
            .count();
        let mut i = 0;
        while chinese >= 4 && i < chars.len() {
            let run = chars[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let asked = chars[..i]
                .iter()
                .rev()
                .find(|&&c| c != SEP)
                .is_some_and(|&c| matches!(c, '个' | '么' | '款' | '家' | '啥'));
            if run >= 2 && !asked {
                let each = 0.5 / run as f32;
                for w in &mut weight[i..i + run] {
                    *w = w.min(each);
                }
            }
            i += run.max(1);
        }
        let asked = lexicon::asked_words(normalized)
            .map(|(s, e, a)| {
                let word = &normalized[s..e];
                let bare = matches!(word, "几" | "多少");
                (char_at[s], char_at[e], a, bare, word)
            })
            .collect();
        let question_word = &read.question_words[..];
        Question {
            name_kind: crate::engine::measure::name_kind(normalized),
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
    pub(super) fn said(&self) -> &[crate::engine::figures::Amount] {
        self.said.get_or_init(|| amounts(self.normalized))
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// The similarity term of the characters at `i - 1` and `i`, if the
    /// index has one.
    pub(super) fn pair(&self, index: &Index, i: usize) -> Option<u32> {
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

    /// The character spans where `word` stands in the question.
    pub(super) fn spans_of<'w>(
        &'w self,
        word: &'w str,
    ) -> impl Iterator<Item = (usize, usize)> + 'w {
        let len = word.chars().count();
        self.normalized.match_indices(word).map(move |(at, _)| {
            let s = self.normalized[..at].chars().count();
            (s, s + len)
        })
    }
}

/// Words asking which batch or session (哪一批, 哪届), as 第几批 asks.
pub(super) const BATCH_ASKS: &[&str] = &["哪一批", "哪批", "哪一届", "哪届"];

/// Tag questions said after a claim (对吧), as a clause of their own.
pub(super) const TAGS: &[&str] = &[
    "对吧",
    "是吧",
    "对不对",
    "是不是",
    "没错吧",
    "对么",
    "对嘛",
    "是这样",
    "对",
    // (…有三千多头，是吗.)
    "是",
];

/// Each character's weight: [`PREAMBLE_WEIGHT`] before the last asking
/// marker (听说, 请问) and in clauses about the asker that ask nothing.
pub(super) fn preamble_weights(
    normalized: &str,
    chars: &[char],
    cues: &[(Cue, usize, usize)],
) -> (PerChar<f32>, PerChar<bool>) {
    let mut weight: PerChar<f32> = smallvec::smallvec![1.0f32; chars.len()];
    // A marker the question ends with (…蒸发量又有多少，能帮我查一下吗)
    // opens nothing.
    let opens = |end: usize| {
        chars[end..]
            .iter()
            .filter(|&&c| is_content_char(c) && !matches!(c, '吗' | '呢' | '吧' | '啊' | '呀'))
            .count()
            >= 3
    };
    let marker_end = cues
        .iter()
        .filter(|c| c.0 == Cue::Marker && opens(c.2))
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
    pub(super) fn has(&self, cue: Cue) -> bool {
        self.cues.iter().any(|c| c.0 == cue)
    }

    /// Whether character `i` is in the question proper: in a clause that
    /// asks, and not in a preamble about the asker.
    pub(super) fn asks_at(&self, i: usize) -> bool {
        self.asks[i] && self.weight[i] >= 1.0
    }

    /// [`Question::asks_at`] for the character at byte `at` of the
    /// normalized question.
    pub(super) fn asks_at_byte(&self, at: usize) -> bool {
        self.asks_at(self.normalized[..at].chars().count())
    }

    /// Whether the question says `word` in its question proper
    /// ([`Question::asks_at`]).
    pub(super) fn asks_word(&self, word: &str) -> bool {
        self.normalized
            .match_indices(word)
            .any(|(at, _)| self.asks_at_byte(at))
    }

    /// The question proper of a spoken run-on (我在包头种了十几年地，听说……
    /// 一共有多少个啊): what follows the preamble, without the clauses about
    /// the asker, with the names of regions and stories they gave. `None` when the
    /// question has no preamble.
    pub fn proper(&self, index: &Index) -> Option<String> {
        let asking = |i: usize| self.weight[i] >= 1.0;
        let in_preamble = |f: &Found| !(f.start..f.end).all(asking);
        let names = |f: &Found, story: bool| {
            index.triggers(f.pattern).iter().any(|t| {
                !t.shared
                    && match t.target {
                        Target::Region(_) | Target::RegionPlace(_) => true,
                        Target::Topic(_) => story,
                        _ => false,
                    }
            })
        };
        // Only a preamble that names a point (孩子, 老人) or a story (我是个
        // 中学地理老师) can mislead.
        let misleads = self.found.iter().any(|f| {
            in_preamble(f)
                && index
                    .triggers(f.pattern)
                    .iter()
                    .any(|t| matches!(t.target, Target::Fact(..) | Target::Topic(_)))
        });
        if !misleads {
            return None;
        }
        // The preamble's names of stories are kept for a question proper
        // that names no region or story of its own (禁渔是哪年开始的).
        let named = self.found.iter().any(|f| !in_preamble(f) && names(f, true));
        let mut out = String::new();
        for f in self.found {
            if names(f, !named) && in_preamble(f) {
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

/// Words that ask for the members of a group (都是哪些, 是哪几家).
pub(super) const LISTING: &[&str] = &[
    "都是哪",
    "是哪几",
    "都有哪",
    "分别是哪",
    "是哪些",
    "名单",
    "叫什么名",
    // (那6家银行都叫啥: the names of all of them.)
    "都叫啥",
    "都叫什么",
    "分别叫",
    "叫啥名",
];
