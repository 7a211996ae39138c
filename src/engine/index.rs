//! The keyword index: every keyword of every region, topic and fact in one
//! Aho-Corasick automaton, plus a table for one-character slips.
//!
//! Built once per knowledge base; read-only afterwards, so one index serves
//! any number of questions at once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The keys of the slip table are hashes already: hashing them again is waste.
#[derive(Default)]
pub struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        // Spread the bits: the table uses the low ones.
        self.0 = n ^ (n >> 29) ^ (n >> 47);
    }
}

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use pinyin::ToPinyinMulti;

use super::bm25::{Bm25, Doc};
use crate::knowledge::KnowledgeBase;
use crate::text::{SEP, is_han, normalize};

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

#[derive(Debug)]
pub struct Pattern {
    pub triggers: Vec<Trigger>,
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
    pub patterns: Vec<Pattern>,
    pub pattern_chars: Vec<Vec<char>>,
    /// Masked hash of a keyword with one position blanked -> (pattern, position).
    pub fuzzy: HashMap<u64, Vec<(u32, u8)>, BuildHasherDefault<Identity>>,
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
    pub fn build(kb: &KnowledgeBase) -> Index {
        let mut by_text: HashMap<String, usize> = HashMap::new();
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut add = |word: &str, trigger: Trigger| {
            let n = normalize(word);
            if n.is_empty() {
                return;
            }
            let i = *by_text.entry(n.clone()).or_insert_with(|| {
                texts.push(n.clone());
                patterns.push(Pattern {
                    triggers: Vec::new(),
                });
                texts.len() - 1
            });
            let triggers = &mut patterns[i].triggers;
            if !triggers.iter().any(|t| t.target == trigger.target) {
                triggers.push(trigger);
            }
        };
        let plain = |target| Trigger {
            target,
            shared: false,
            echo: false,
        };

        for (ri, r) in kb.regions.iter().enumerate() {
            for w in std::iter::once(&r.name).chain([&r.full]).chain(&r.aliases) {
                add(w, plain(Target::Region(ri)));
            }
            for w in &r.places {
                add(w, plain(Target::RegionPlace(ri)));
            }
        }
        for w in &kb.settings.offtopic {
            add(w, plain(Target::OffTopic));
        }
        for (ti, t) in kb.topics.iter().enumerate() {
            let shared: Vec<String> = t.shared.iter().map(|s| normalize(s)).collect();
            let topic_words: Vec<String> = std::iter::once(&t.title)
                .chain(&t.keywords)
                .chain(&t.places)
                .map(|w| normalize(w))
                .collect();
            for w in std::iter::once(&t.title)
                .chain(&t.keywords)
                .chain(&t.places)
            {
                let n = normalize(w);
                add(
                    w,
                    Trigger {
                        target: Target::Topic(ti),
                        shared: shared.contains(&n),
                        echo: false,
                    },
                );
            }
            for w in t.source.reporters.iter().chain(&t.source.correspondents) {
                add(w, plain(Target::Reporter(ti)));
            }
            for (fi, f) in t.facts.iter().enumerate() {
                for w in &f.keywords {
                    let n = normalize(w);
                    add(
                        w,
                        Trigger {
                            target: Target::Fact(ti, fi),
                            shared: shared.contains(&n),
                            echo: topic_words.contains(&n),
                        },
                    );
                }
                // A point that names one of its story's places or words
                // (关尔农业, 长川制靴) is a little about it: "关尔农业是做什么的".
                // Not the story's own name (呼伦湖 in 呼伦湖生态治理): every
                // question about the story says that.
                let label = normalize(&f.label);
                let title = normalize(&t.title);
                for (w, n) in std::iter::once(&t.title)
                    .chain(&t.keywords)
                    .chain(&t.places)
                    .zip(&topic_words)
                {
                    if n.chars().count() >= MENTION_MIN
                        && label.contains(n.as_str())
                        && !title.contains(n.as_str())
                    {
                        add(
                            w,
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

        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .expect("keyword automaton within size limits");
        let pattern_chars: Vec<Vec<char>> = texts.iter().map(|t| t.chars().collect()).collect();

        let mut fuzzy: HashMap<u64, Vec<(u32, u8)>, BuildHasherDefault<Identity>> =
            HashMap::default();
        let mut lengths = Vec::new();
        let mut fuzzy_chars = SlipFilter::default();
        for (i, chars) in pattern_chars.iter().enumerate() {
            let fuzzy_ok = chars.len() >= FUZZY_SHORT
                && chars.len() <= FUZZY_MAX
                && chars.iter().all(|c| is_han(*c))
                && !patterns[i]
                    .triggers
                    .iter()
                    .any(|t| t.target == Target::OffTopic);
            if !fuzzy_ok {
                continue;
            }
            let h = hash(chars);
            fuzzy_chars.insert(chars);
            for pos in 0..chars.len() {
                let masked = mask(h, chars[pos], chars.len() - 1 - pos);
                fuzzy.entry(masked).or_default().push((i as u32, pos as u8));
            }
            if !lengths.contains(&chars.len()) {
                lengths.push(chars.len());
            }
        }
        lengths.sort_unstable();

        let bm25 = Bm25::build(documents(kb));
        let topic_regions: Vec<Option<usize>> = kb
            .topics
            .iter()
            .map(|t| kb.regions.iter().position(|r| r.name == t.region))
            .collect();
        let mut region_topics = vec![Vec::new(); kb.regions.len()];
        for (ti, r) in topic_regions.iter().enumerate() {
            if let Some(r) = r {
                region_topics[*r].push(ti);
            }
        }
        Index {
            topic_regions,
            region_topics,
            automaton,
            patterns,
            pattern_chars,
            fuzzy,
            fuzzy_lengths: lengths,
            fuzzy_chars,
            bm25,
        }
    }
}

/// The text each fact and topic is known by, for the similarity fallback.
fn documents(kb: &KnowledgeBase) -> Vec<(Doc, String)> {
    let mut docs = Vec::new();
    for (ti, t) in kb.topics.iter().enumerate() {
        let mut text = format!(
            "{} {} {}",
            t.title,
            t.keywords.join(" "),
            t.places.join(" ")
        );
        text.push(SEP);
        text.push_str(&t.answer);
        docs.push((
            Doc {
                topic: ti,
                fact: None,
            },
            normalize_long(&text),
        ));
        for (fi, f) in t.facts.iter().enumerate() {
            let figures: Vec<String> = f
                .figures
                .iter()
                .map(|g| format!("{} {}", g.label, g.value))
                .collect();
            let text = format!(
                "{} {} {} {} {}",
                f.label,
                f.question,
                f.keywords.join(" "),
                f.answer,
                figures.join(" ")
            );
            docs.push((
                Doc {
                    topic: ti,
                    fact: Some(fi),
                },
                normalize_long(&text),
            ));
        }
    }
    docs
}

/// Normalizes document text, which may be longer than a question.
fn normalize_long(text: &str) -> String {
    text.split(['。', '；', '\n'])
        .map(normalize)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
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
    chars.iter().fold(0u64, |h, &c| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(c as u32) + 1)
    })
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
    fn masked_hashes_agree() {
        let a: Vec<char> = "呼伦湖".chars().collect();
        let b: Vec<char> = "呼伦胡".chars().collect();
        assert_eq!(mask(hash(&a), '湖', 0), mask(hash(&b), '胡', 0));
        assert_ne!(mask(hash(&a), '呼', 2), mask(hash(&b), '呼', 2));
    }

    #[test]
    fn homophones_are_recognized() {
        assert!(homophones('湖', '胡'));
        assert!(homophones('站', '占'));
        assert!(!homophones('湖', '贝'));
    }
}
