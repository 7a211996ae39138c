//! The keyword index: every keyword of every region, topic and fact in one
//! Aho-Corasick automaton, plus a table for one-character slips.
//!
//! Built once per knowledge base; read-only afterwards, so one index serves
//! any number of questions at once.

use rustc_hash::{FxHashMap, FxHashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use pinyin::ToPinyinMulti;

use super::bm25::{Bm25, Doc};
use crate::knowledge::KnowledgeBase;
use crate::text::{SEP, is_han, normalize, normalize_whole};

/// What a keyword points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A region by its name or an alias.
    Region(usize),
    /// A region by a 旗县区 under it.
    RegionPlace(usize),
    /// A topic by one of its keywords, places or its title.
    Topic(usize),
    /// A topic by the name of its reporter.
    Reporter(usize),
    /// A fact (topic, fact) by one of its keywords.
    Fact(usize, usize),
    /// A subject the bot declines (天气, 股票).
    OffTopic,
}

/// One reading of a keyword.
#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    pub target: Target,
    /// Another topic claims the keyword too (`shared` in the topic file).
    pub shared: bool,
    /// A fact keyword that is also a keyword of the fact's topic: it says
    /// which story, not which point of it.
    pub echo: bool,
}

/// Shortest keyword, in characters, that tolerates a slip of one character
/// for a character that sounds the same (呼伦胡 → 呼伦湖). Only homophones
/// count: the slips of a pinyin keyboard are, and any-character slips match
/// unrelated phrases (花了多少钱 ~ 拨了多少钱).
pub const FUZZY_MIN: usize = 3;
/// A story's word this long, found in the label of one of its points, ties
/// the point to it.
const MENTION_MIN: usize = 3;
/// Two-character keywords tolerate a slip too, but only within a story the
/// question names (see `Evidence::gather`).
pub const FUZZY_SHORT: usize = 2;

pub struct Index {
    pub automaton: AhoCorasick,
    /// The readings of each pattern of the automaton, as ranges of `triggers`.
    readings: Vec<std::ops::Range<u32>>,
    triggers: Vec<Trigger>,
    /// The characters of each pattern, as ranges of `chars`.
    spelled: Vec<std::ops::Range<u32>>,
    chars: Vec<char>,
    /// Masked hash of a keyword with one position blanked -> (pattern, position).
    pub fuzzy: SlipTable,
    /// Keyword lengths present in `fuzzy`.
    pub fuzzy_lengths: Vec<usize>,
    /// The characters at each position of the keywords of each length in
    /// `fuzzy`: a window is looked up only where it differs from all of
    /// them in one position at most.
    pub fuzzy_chars: SlipFilter,
    pub bm25: Bm25,
    /// The region (index) of each topic.
    pub topic_regions: Vec<Option<usize>>,
    /// The topics of each region, in file order.
    pub region_topics: Vec<Vec<usize>>,
}

impl Index {
    /// Builds the index. The similarity index, the keyword automaton and
    /// the slip table need nothing of each other, so they are built on
    /// threads of their own where threads can be had.
    pub fn build(kb: &KnowledgeBase) -> Index {
        let similarity = || Bm25::build(documents(kb));
        std::thread::scope(|scope| {
            let similarity = start(scope, "index-similarity", &similarity);
            let keywords = Keywords::collect(kb);
            let texts = &keywords.texts;
            let automaton = || {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(texts)
                    .expect("keyword automaton within size limits")
            };
            let (automaton, slips) = std::thread::scope(|inner| {
                let automaton = start(inner, "index-keywords", &automaton);
                let slips = Slips::build(&keywords);
                (automaton.join(), slips)
            });
            let bm25 = similarity.join();
            Index::assemble(kb, keywords, automaton, slips, bm25)
        })
    }

    fn assemble(
        kb: &KnowledgeBase,
        keywords: Keywords,
        automaton: AhoCorasick,
        slips: Slips,
        bm25: Bm25,
    ) -> Index {
        let topic_regions: Vec<Option<usize>> =
            kb.topics.iter().map(|t| Some(t.region.index())).collect();
        let mut region_topics = vec![Vec::new(); kb.regions.len()];
        for (ti, r) in topic_regions.iter().enumerate() {
            if let Some(r) = r {
                region_topics[*r].push(ti);
            }
        }
        // Each pattern's readings together, in the order they were given.
        let mut readings = vec![0..0; keywords.texts.len()];
        let mut pairs = keywords.readings;
        pairs.sort_by_key(|(p, _)| *p);
        let mut triggers = Vec::with_capacity(pairs.len());
        for (p, t) in pairs {
            let r = &mut readings[p as usize];
            if r.start == r.end {
                *r = triggers.len() as u32..triggers.len() as u32;
            }
            triggers.push(t);
            r.end += 1;
        }
        Index {
            topic_regions,
            region_topics,
            automaton,
            readings,
            triggers,
            spelled: slips.spelled,
            chars: slips.chars,
            fuzzy: slips.table,
            fuzzy_lengths: slips.lengths,
            fuzzy_chars: slips.filter,
            bm25,
        }
    }

    /// What pattern `pattern` of the automaton points at.
    pub fn triggers(&self, pattern: usize) -> &[Trigger] {
        let r = &self.readings[pattern];
        &self.triggers[r.start as usize..r.end as usize]
    }

    /// Whether pattern `pattern` names a place (旗, 县, 区) of region
    /// `region`.
    pub fn names_place_of(&self, pattern: usize, region: usize) -> bool {
        self.triggers(pattern)
            .iter()
            .any(|t| matches!(t.target, Target::RegionPlace(r) if r == region))
    }

    /// The characters of pattern `pattern`.
    pub fn pattern_chars(&self, pattern: usize) -> &[char] {
        let r = &self.spelled[pattern];
        &self.chars[r.start as usize..r.end as usize]
    }
}

/// Work started on a thread of a scope, or to be done on this one when no
/// thread could be had.
struct Pending<'scope, T, F> {
    handle: Option<std::thread::ScopedJoinHandle<'scope, T>>,
    work: &'scope F,
}

fn start<'scope, T, F>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    name: &str,
    work: &'scope F,
) -> Pending<'scope, T, F>
where
    T: Send + 'scope,
    F: Fn() -> T + Sync,
{
    let handle = std::thread::Builder::new()
        .name(name.to_string())
        .spawn_scoped(scope, work)
        .ok();
    Pending { handle, work }
}

impl<T, F: Fn() -> T> Pending<'_, T, F> {
    fn join(self) -> T {
        match self.handle {
            Some(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => (self.work)(),
        }
    }
}

/// Every keyword of the knowledge, normalized, with what it points at.
struct Keywords {
    /// The distinct normalized keywords: the automaton's patterns.
    texts: Vec<String>,
    /// (pattern, reading), each pair once.
    readings: Vec<(u32, Trigger)>,
}

/// A place name without its 市 or 县 (重庆市: 重庆), as people say it;
/// none for a word that is no such name (城市, 产粮大县). (A banner keeps
/// its 旗: 阿拉善左 is said by no one.)
fn without_seat_word(word: &str) -> Option<&str> {
    let stem = word.strip_suffix(['市', '县'])?;
    (stem.chars().count() >= 2
        && stem.chars().all(crate::text::is_han)
        && !stem.ends_with([
            '大', '各', '全', '本', '该', '城', '旗', '县', '盟', '左', '右',
        ]))
    .then_some(stem)
}

/// The endings of names that people shorten by leaving out the words
/// between a name's own word and its ending (卧龙产业园, of 卧龙永磁电机产业园).
const SHORTENED_ENDINGS: &[&str] = &["产业园", "园区", "基地", "项目"];

/// A name without the words in its middle (卧龙永磁电机产业园: 卧龙产业园),
/// when what it opens with is a word of its own story (`words`: 卧龙) and
/// no region's or place's name (`places`: 包头永磁电机产业园 is no more
/// 包头产业园 than any other park in Baotou).
fn without_middle(
    word: &str,
    words: &FxHashSet<&str>,
    places: &FxHashSet<String>,
) -> Option<String> {
    SHORTENED_ENDINGS.iter().find_map(|ending| {
        let head = word.strip_suffix(ending)?;
        let head_len = head.chars().count();
        words
            .iter()
            .filter(|w| {
                let n = w.chars().count();
                (2..=4).contains(&n)
                    && head_len >= n + 2
                    && head.starts_with(*w)
                    && !places.contains(**w)
            })
            // (The longest such word; of two as long, the first in order,
            // so that it is the same each time.)
            .min_by_key(|w| (std::cmp::Reverse(w.chars().count()), **w))
            .map(|w| format!("{w}{ending}"))
    })
}

impl Keywords {
    fn collect(kb: &KnowledgeBase) -> Keywords {
        let mut by_text: FxHashMap<String, u32> = FxHashMap::default();
        let mut seen: FxHashSet<(u32, Target)> = FxHashSet::default();
        let mut texts: Vec<String> = Vec::new();
        let mut readings: Vec<(u32, Trigger)> = Vec::new();
        let mut add = |n: &str, trigger: Trigger| {
            if n.is_empty() {
                return;
            }
            let i = match by_text.get(n) {
                Some(&i) => i,
                None => {
                    let i = texts.len() as u32;
                    texts.push(n.to_string());
                    by_text.insert(n.to_string(), i);
                    i
                }
            };
            if seen.insert((i, trigger.target)) {
                readings.push((i, trigger));
            }
        };
        let plain = |target| Trigger {
            target,
            shared: false,
            echo: false,
        };

        let region_words: FxHashSet<String> = kb
            .regions
            .iter()
            .flat_map(|r| {
                std::iter::once(&r.name)
                    .chain([&r.full])
                    .chain(&r.aliases)
                    .chain(&r.places)
            })
            .map(|w| normalize(w))
            .collect();
        for (ri, r) in kb.regions.iter().enumerate() {
            for w in std::iter::once(&r.name).chain([&r.full]).chain(&r.aliases) {
                add(&normalize(w), plain(Target::Region(ri)));
            }
            for w in &r.places {
                add(&normalize(w), plain(Target::RegionPlace(ri)));
            }
        }
        for w in &kb.settings.offtopic {
            add(&normalize(w), plain(Target::OffTopic));
        }
        for (ti, t) in kb.topics.iter().enumerate() {
            let shared: Vec<String> = t.shared.iter().map(|s| normalize(s)).collect();
            let title = normalize(&t.title);
            let topic_words: Vec<String> = std::iter::once(title.clone())
                .chain(t.keywords.iter().chain(&t.places).map(|w| normalize(w)))
                .collect();
            let fact_words: Vec<Vec<String>> = t
                .facts
                .iter()
                .map(|f| f.keywords.iter().map(|w| normalize(w)).collect())
                .collect();
            let story_words: FxHashSet<&str> = topic_words
                .iter()
                .chain(fact_words.iter().flatten())
                .map(String::as_str)
                .collect();
            // (A story's names only: a point's name shortened would take
            // the question from the point its other words ask.)
            for n in &topic_words {
                let short = without_middle(n, &story_words, &region_words);
                for n in std::iter::once(n.as_str()).chain(short.as_deref()) {
                    add(
                        n,
                        Trigger {
                            target: Target::Topic(ti),
                            shared: shared.iter().any(|s| s == n),
                            echo: false,
                        },
                    );
                }
            }
            for w in t
                .source
                .reporters
                .iter()
                .chain(&t.source.correspondents)
                .chain(&t.source.photographers)
            {
                add(&normalize(w), plain(Target::Reporter(ti)));
            }
            for (fi, f) in t.facts.iter().enumerate() {
                for n in &fact_words[fi] {
                    // 重庆市 is asked as 重庆, 兴和县 as 兴和.
                    // (Not when that is a place the regions list: 根河 names
                    // its region, not this point.)
                    let stem = without_seat_word(n).filter(|s| !region_words.contains(*s));
                    for n in std::iter::once(n.as_str()).chain(stem) {
                        add(
                            n,
                            Trigger {
                                target: Target::Fact(ti, fi),
                                shared: shared.iter().any(|s| s == n),
                                echo: topic_words.iter().any(|w| w == n),
                            },
                        );
                    }
                }
                // A point that names one of its story's places or words
                // (关尔农业, 长川制靴) is a little about it: "关尔农业是做什么的".
                // Not the story's own name (呼伦湖 in 呼伦湖生态治理): every
                // question about the story says that.
                let label = normalize(&f.label);
                for n in &topic_words {
                    if n.chars().count() >= MENTION_MIN
                        && label.contains(n.as_str())
                        && !title.contains(n.as_str())
                    {
                        add(
                            n,
                            Trigger {
                                target: Target::Fact(ti, fi),
                                shared: shared.contains(n),
                                echo: true,
                            },
                        );
                    }
                }
            }
        }
        Keywords { texts, readings }
    }
}

/// The keywords' characters and the tables for finding their slips.
struct Slips {
    spelled: Vec<std::ops::Range<u32>>,
    chars: Vec<char>,
    table: SlipTable,
    lengths: Vec<usize>,
    filter: SlipFilter,
}

impl Slips {
    fn build(keywords: &Keywords) -> Slips {
        let mut spelled = Vec::with_capacity(keywords.texts.len());
        let mut chars = Vec::new();
        for t in &keywords.texts {
            let start = chars.len() as u32;
            chars.extend(t.chars());
            spelled.push(start..chars.len() as u32);
        }
        let declined: FxHashSet<u32> = keywords
            .readings
            .iter()
            .filter(|(_, t)| t.target == Target::OffTopic)
            .map(|(p, _)| *p)
            .collect();
        let mut entries = Vec::new();
        let mut lengths = Vec::new();
        let mut filter = SlipFilter::default();
        for (i, r) in spelled.iter().enumerate() {
            let kw = &chars[r.start as usize..r.end as usize];
            let fuzzy_ok = kw.len() >= FUZZY_SHORT
                && kw.len() <= FUZZY_MAX
                && kw.iter().all(|c| is_han(*c))
                && !declined.contains(&(i as u32));
            if !fuzzy_ok {
                continue;
            }
            let h = hash(kw);
            filter.insert(kw);
            for pos in 0..kw.len() {
                let masked = mask(h, kw[pos], kw.len() - 1 - pos);
                entries.push((masked, i as u32, pos as u8));
            }
            if !lengths.contains(&kw.len()) {
                lengths.push(kw.len());
            }
        }
        lengths.sort_unstable();
        Slips {
            spelled,
            chars,
            table: SlipTable::new(&entries),
            lengths,
            filter,
        }
    }
}

/// The text each fact and topic is known by, for the similarity fallback.
fn documents(kb: &KnowledgeBase) -> Vec<(Doc, String)> {
    let mut docs = Vec::with_capacity(kb.topics.len() + kb.fact_count());
    let mut text = String::new();
    for (ti, t) in kb.topics.iter().enumerate() {
        text.clear();
        for w in std::iter::once(&t.title)
            .chain(&t.keywords)
            .chain(&t.places)
            .chain([&t.answer])
        {
            text.push_str(w);
            text.push(SEP);
        }
        docs.push((
            Doc {
                topic: ti,
                fact: None,
            },
            normalize_whole(&text),
        ));
        for (fi, f) in t.facts.iter().enumerate() {
            text.clear();
            for w in [&f.label, &f.question]
                .into_iter()
                .chain(&f.keywords)
                .chain([&f.answer])
                .chain(f.figures.iter().flat_map(|g| [&g.label, &g.value]))
            {
                text.push_str(w);
                text.push(SEP);
            }
            docs.push((
                Doc {
                    topic: ti,
                    fact: Some(fi),
                },
                normalize_whole(&text),
            ));
        }
    }
    docs
}

/// The keywords by their masked hashes (one position blanked): a multimap
/// in one flat table with open addressing, built without an allocation per
/// key. Entries of one key lie on its probe sequence before the next empty
/// slot.
#[derive(Default)]
pub struct SlipTable {
    /// (masked hash, pattern, position); pattern `u32::MAX` marks an empty slot.
    slots: Vec<(u64, u32, u8)>,
}

const EMPTY: u32 = u32::MAX;

impl SlipTable {
    fn new(entries: &[(u64, u32, u8)]) -> SlipTable {
        if entries.is_empty() {
            return SlipTable::default();
        }
        // At most half full, so probe sequences stay short.
        let size = (entries.len() * 2).next_power_of_two();
        let mut slots = vec![(0, EMPTY, 0); size];
        for &(key, pattern, pos) in entries {
            let mut i = slot(key, size);
            while slots[i].1 != EMPTY {
                i = (i + 1) & (size - 1);
            }
            slots[i] = (key, pattern, pos);
        }
        SlipTable { slots }
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The (pattern, position) pairs stored under `key`.
    pub fn get(&self, key: u64) -> impl Iterator<Item = (u32, u8)> + '_ {
        let size = self.slots.len();
        let start = if size == 0 { 0 } else { slot(key, size) };
        (0..size)
            .map(move |k| self.slots[(start + k) & (size - 1)])
            .take_while(|s| s.1 != EMPTY)
            .filter(move |s| s.0 == key)
            .map(|s| (s.1, s.2))
    }
}

/// The slot a key starts probing at: the hash's bits spread, then masked.
fn slot(key: u64, size: usize) -> usize {
    let spread = (key ^ (key >> 29) ^ (key >> 47)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (spread >> 32) as usize & (size - 1)
}

/// The longest keyword that tolerates a slip.
pub const FUZZY_MAX: usize = 16;

/// For each keyword length and position, a set of the characters keywords
/// of that length hold there (hashed into 1,024 bits, so it may say yes
/// wrongly, never no). A window of the question that differs from every
/// keyword in two positions or more cannot be a slip of any: most windows
/// are ruled out by a few bit tests instead of hash lookups.
#[derive(Default)]
pub struct SlipFilter {
    /// `[length][position]`.
    sets: Vec<Vec<[u64; 16]>>,
}

impl SlipFilter {
    fn insert(&mut self, chars: &[char]) {
        let len = chars.len();
        if self.sets.len() <= len {
            self.sets.resize_with(len + 1, Vec::new);
        }
        let sets = &mut self.sets[len];
        sets.resize(len, [0; 16]);
        for (set, &c) in sets.iter_mut().zip(chars) {
            let b = c as usize % 1024;
            set[b / 64] |= 1 << (b % 64);
        }
    }

    /// The one position where `window` can hold a slip, `Some(None)` when it
    /// could be any, `None` when there can be none.
    pub fn slip_at(&self, window: &[char]) -> Option<Option<usize>> {
        let sets = self.sets.get(window.len())?;
        if sets.is_empty() {
            return None;
        }
        let mut miss = None;
        for (p, (set, &c)) in sets.iter().zip(window).enumerate() {
            let b = c as usize % 1024;
            if set[b / 64] & (1 << (b % 64)) == 0 {
                if miss.is_some() {
                    return None;
                }
                miss = Some(p);
            }
        }
        Some(miss)
    }
}

pub const BASE: u64 = 0x100000001b3;

/// `BASE` to the power `n`, from a table for keyword lengths.
pub fn power(n: usize) -> u64 {
    static POWERS: std::sync::LazyLock<[u64; 32]> = std::sync::LazyLock::new(|| {
        let mut p = [1u64; 32];
        for i in 1..32 {
            p[i] = p[i - 1].wrapping_mul(BASE);
        }
        p
    });
    POWERS
        .get(n)
        .copied()
        .unwrap_or_else(|| BASE.wrapping_pow(n as u32))
}

/// Polynomial hash of a character sequence.
pub fn hash(chars: &[char]) -> u64 {
    chars.iter().fold(0u64, |h, &c| roll(h, c))
}

/// The hash `h` of a sequence, extended by the character `c`.
pub fn roll(h: u64, c: char) -> u64 {
    h.wrapping_mul(BASE).wrapping_add(u64::from(c as u32) + 1)
}

/// The hash with the character `c` at `from_end` places from the end blanked.
pub fn mask(h: u64, c: char, from_end: usize) -> u64 {
    h.wrapping_sub((u64::from(c as u32) + 1).wrapping_mul(power(from_end)))
}

/// Whether two characters can be read alike (toneless pinyin), as the slips
/// of a pinyin keyboard are.
pub fn homophones(a: char, b: char) -> bool {
    let (Some(pa), Some(pb)) = (a.to_pinyin_multi(), b.to_pinyin_multi()) else {
        return false;
    };
    pa.into_iter()
        .any(|x| pb.into_iter().any(|y| x.plain() == y.plain()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_asked_without_its_middle_by_a_word_of_its_story() {
        let words: FxHashSet<&str> = ["卧龙", "稀土", "包头", "电机"].into_iter().collect();
        let places: FxHashSet<String> = std::iter::once("包头".to_string()).collect();
        assert_eq!(
            without_middle("卧龙永磁电机产业园", &words, &places).as_deref(),
            Some("卧龙产业园")
        );
        // (Not by a place's name, nor with nothing left out between.)
        assert_eq!(without_middle("包头永磁电机产业园", &words, &places), None);
        assert_eq!(without_middle("卧龙产业园", &words, &places), None);
        assert_eq!(without_middle("卧龙集团公司", &words, &places), None);
    }

    #[test]
    fn masked_hashes_agree() {
        let a: Vec<char> = "呼伦湖".chars().collect();
        let b: Vec<char> = "呼伦胡".chars().collect();
        assert_eq!(mask(hash(&a), '湖', 0), mask(hash(&b), '胡', 0));
        assert_ne!(mask(hash(&a), '呼', 2), mask(hash(&b), '呼', 2));
    }

    #[test]
    fn the_slip_table_keeps_every_entry_of_a_key_and_no_other() {
        // Many entries in a small table, so that probe sequences cross.
        let entries: Vec<(u64, u32, u8)> = (0..1000u32)
            .map(|i| (u64::from(i % 97) * 0x1_0000_0001, i, (i % 7) as u8))
            .collect();
        let table = SlipTable::new(&entries);
        for key in 0..97u64 {
            let key = key * 0x1_0000_0001;
            let mut got: Vec<(u32, u8)> = table.get(key).collect();
            got.sort_unstable();
            let want: Vec<(u32, u8)> = entries
                .iter()
                .filter(|e| e.0 == key)
                .map(|e| (e.1, e.2))
                .collect();
            assert_eq!(got, want);
        }
        assert_eq!(table.get(12345).count(), 0);
        assert_eq!(SlipTable::new(&[]).get(1).count(), 0);
    }

    #[test]
    fn the_slip_filter_allows_one_difference_at_most() {
        let mut f = SlipFilter::default();
        f.insert(&['呼', '伦', '湖']);
        assert_eq!(f.slip_at(&['呼', '伦', '湖']), Some(None));
        assert_eq!(f.slip_at(&['呼', '伦', '胡']), Some(Some(2)));
        assert_eq!(f.slip_at(&['乎', '轮', '湖']), None);
        assert_eq!(f.slip_at(&['呼', '伦']), None);
    }

    #[test]
    fn homophones_are_recognized() {
        assert!(homophones('湖', '胡'));
        assert!(homophones('站', '占'));
        assert!(!homophones('湖', '贝'));
    }
}
