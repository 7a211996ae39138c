//! Finding keywords in a question: exact matches in one pass, then slips of
//! one character in what the exact pass left uncovered.

use smallvec::SmallVec;

use super::index::{FUZZY_MIN, Index, Target, Trigger, homophones, mask, power, roll};
use crate::text::{char_offsets, is_han, is_stop_char};

/// A keyword found in the question, as a character span.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
    /// Found through a one-character slip.
    pub fuzzy: bool,
}

/// All keywords of the question. `char_at` is [`char_offsets`] of it and
/// `chars` its characters.
pub fn find(index: &Index, normalized: &str, char_at: &[usize], chars: &[char]) -> Vec<Found> {
    let mut found: Vec<Found> = index
        .automaton
        .find_overlapping_iter(normalized)
        .map(|m| Found {
            pattern: m.pattern().as_usize(),
            start: char_at[m.start()],
            end: char_at[m.end()],
            fuzzy: false,
        })
        .filter(|f| whole_word(index.pattern_chars(f.pattern), chars, f.start, f.end))
        .collect();

    // For each character, the longest exact keyword covering it (0: none).
    let mut covered = vec![0usize; chars.len()];
    for f in &found {
        let len = f.end - f.start;
        covered[f.start..f.end]
            .iter_mut()
            .for_each(|c| *c = (*c).max(len));
    }
    fuzzy(index, chars, &covered, &mut found);
    drop_nested_in_shared(index, &mut found);
    found
}

/// A keyword inside a longer keyword that several stories share says no more
/// than the longer one: 研发投入 inside the shared 研发投入后补助 must not
/// tip the balance to the story that also lists 研发投入 at its top level.
fn drop_nested_in_shared(index: &Index, found: &mut Vec<Found>) {
    let shared_spans: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| {
            let triggers = index.triggers(f.pattern);
            triggers.iter().any(|t| t.shared) && topics_of(triggers) > 1
        })
        .map(|f| (f.start, f.end))
        .collect();
    if shared_spans.is_empty() {
        return;
    }
    found.retain(|f| {
        !shared_spans
            .iter()
            .any(|&(s, e)| s <= f.start && f.end <= e && (s, e) != (f.start, f.end))
    });
}

fn topics_of(triggers: &[Trigger]) -> usize {
    let mut topics: Vec<usize> = triggers
        .iter()
        .filter_map(|t| match t.target {
            Target::Topic(x) | Target::Fact(x, _) | Target::Reporter(x) => Some(x),
            _ => None,
        })
        .collect();
    topics.sort_unstable();
    topics.dedup();
    topics.len()
}

/// A keyword of ASCII letters or digits (12345, 4a, nba) must stand as a
/// word of its own: 12345 is not in 12345678. Chinese has no word breaks, so
/// Chinese keywords match anywhere.
fn whole_word(keyword: &[char], chars: &[char], start: usize, end: usize) -> bool {
    let ascii = |c: &char| c.is_ascii_alphanumeric();
    let first = keyword.first().is_some_and(ascii);
    let last = keyword.last().is_some_and(ascii);
    let before_ok = !first || start == 0 || !ascii(&chars[start - 1]);
    let after_ok = !last || end == chars.len() || !ascii(&chars[end]);
    before_ok && after_ok
}

/// Adds keywords that match the question but for one character. A window is
/// tried only where it holds a character no exact match covers: a slip
/// leaves the slipped character unmatched.
fn fuzzy(index: &Index, chars: &[char], covered: &[usize], found: &mut Vec<Found>) {
    if index.fuzzy.is_empty() || covered.iter().all(|c| *c > 0) {
        return;
    }
    // Prefix sums and hashes, so that each window costs O(1) to test and hash.
    let n = chars.len();
    let mut not_han = vec![0u32; n + 1];
    let mut uncovered = vec![0u32; n + 1];
    let mut prefix = vec![0u64; n + 1];
    for i in 0..n {
        not_han[i + 1] = not_han[i] + u32::from(!is_han(chars[i]));
        uncovered[i + 1] = uncovered[i] + u32::from(covered[i] == 0);
        prefix[i + 1] = roll(prefix[i], chars[i]);
    }
    for &len in &index.fuzzy_lengths {
        if len > n {
            break;
        }
        for start in 0..=n - len {
            let end = start + len;
            if not_han[end] != not_han[start] || uncovered[end] == uncovered[start] {
                continue;
            }
            let window = &chars[start..end];
            let Some(only) = index.fuzzy_chars.slip_at(window) else {
                continue;
            };
            let h = prefix[end].wrapping_sub(prefix[start].wrapping_mul(power(len)));
            // The slipped character must not belong to an exact keyword at
            // least as long: 呼伦贝尔 is not a slip of 呼伦湖.
            let positions = match only {
                Some(p) => p..p + 1,
                None => 0..len,
            };
            for pos in positions.filter(|&p| covered[start + p] < len) {
                let masked = mask(h, window[pos], len - 1 - pos);
                for (pattern, p) in index.fuzzy.get(masked) {
                    let pattern = pattern as usize;
                    let kw = index.pattern_chars(pattern);
                    if p as usize != pos || kw.len() != len || kw[pos] == window[pos] {
                        continue;
                    }
                    if kw
                        .iter()
                        .zip(window)
                        .enumerate()
                        .any(|(i, (a, b))| i != pos && a != b)
                    {
                        // A hash collision.
                        continue;
                    }
                    // 的, 地, 得 sound alike but are particles, not slips:
                    // 玉米的 is not 玉米地. (Inside a longer name a word
                    // that is mostly a particle is a slip: 扎来特旗, for
                    // 扎赉特旗.)
                    let inside = len >= 4 && pos > 0 && pos + 1 < len;
                    if !homophones(kw[pos], window[pos]) || is_stop_char(window[pos]) && !inside {
                        continue;
                    }
                    found.push(Found {
                        pattern,
                        start,
                        end: start + len,
                        fuzzy: true,
                    });
                }
            }
        }
    }
}

/// Characters of a keyword long enough that a word of three or four
/// inside it is a part of its name (技术创新 of 国家乳业技术创新中心).
const LONG_NAME: usize = 8;

/// Evidence for one target: the character spans of its keywords, kept
/// sorted. Most targets have a few, held inline; positions fit in `u16`
/// because a question is cut at [`crate::text::MAX_QUESTION_CHARS`] characters.
#[derive(Debug, Default, Clone)]
pub struct Spans(SmallVec<[(u16, u16); 4]>);

impl Spans {
    pub fn add(&mut self, start: usize, end: usize) {
        let span = (clamp(start), clamp(end));
        // Keywords arrive mostly in order of position: usually a push.
        let at = self.0.iter().rposition(|&x| x <= span).map_or(0, |i| i + 1);
        self.0.insert(at, span);
    }

    /// Characters of the question covered, each counted once.
    pub fn covered(&self) -> usize {
        let mut total = 0;
        let mut reach = 0;
        for &(s, e) in &self.0 {
            let s = s.max(reach);
            if e > s {
                total += usize::from(e - s);
                reach = e;
            }
        }
        total
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.0
            .iter()
            .map(|&(s, e)| (usize::from(s), usize::from(e)))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn clamp(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// Evidence for a fact.
#[derive(Debug, Default, Clone)]
pub struct FactEvidence {
    /// Keywords that point at this fact in particular.
    pub specific: Spans,
    /// Of those, the ones no other topic claims.
    pub distinct: Spans,
    /// Keywords the fact shares with its topic.
    pub echo: Spans,
}

/// Evidence for a topic.
#[derive(Debug, Default, Clone)]
pub struct TopicEvidence {
    pub words: Spans,
    /// Of `words`, those no other topic claims.
    pub distinct: Spans,
    pub reporter: bool,
    pub facts: SmallVec<[(usize, FactEvidence); 1]>,
}

impl TopicEvidence {
    pub fn fact_mut(&mut self, fact: usize) -> &mut FactEvidence {
        if let Some(i) = self.facts.iter().position(|(f, _)| *f == fact) {
            return &mut self.facts[i].1;
        }
        self.facts.push((fact, FactEvidence::default()));
        &mut self.facts.last_mut().unwrap().1
    }
}

/// A question read: its keywords, its evidence, its character offsets
/// ([`char_offsets`]) and question words ([`super::lexicon::question_word_mask`]).
pub struct Read {
    pub found: Vec<Found>,
    pub evidence: Evidence,
    pub char_at: Vec<usize>,
    pub question_words: Vec<bool>,
    /// The question's characters.
    pub chars: Vec<char>,
}

/// Everything a question says, by target.
#[derive(Debug, Default)]
pub struct Evidence {
    /// Regions named, in order of first mention, with their spans.
    pub regions: Vec<(usize, Spans)>,
    pub topics: Vec<(usize, TopicEvidence)>,
    /// Off-topic words found, as spans.
    pub offtopic: Vec<(usize, usize)>,
}

impl Evidence {
    /// The evidence of a normalized question: its keywords found and sorted
    /// by what they point at, question words not counted.
    pub fn of(index: &Index, normalized: &str) -> Evidence {
        Evidence::with_keywords(index, normalized).1
    }

    /// [`Evidence::of`], with the keywords it was gathered from.
    pub fn with_keywords(index: &Index, normalized: &str) -> (Vec<Found>, Evidence) {
        let read = Evidence::read(index, normalized);
        (read.found, read.evidence)
    }

    /// [`Evidence::with_keywords`], with the character offsets and the
    /// question words it worked out, for weighing the question after.
    pub fn read(index: &Index, normalized: &str) -> Read {
        let char_at = char_offsets(normalized);
        let mut chars = Vec::with_capacity(char_at[normalized.len()]);
        chars.extend(normalized.chars());
        let found = find(index, normalized, &char_at, &chars);
        let question_words = super::lexicon::question_word_mask(normalized, &char_at);
        let evidence = Evidence::gather(index, &found, &question_words);
        Read {
            found,
            evidence,
            char_at,
            question_words,
            chars,
        }
    }

    /// Sorts the keywords found by what they point at. `question_words`
    /// marks characters that do not count as evidence (see
    /// [`super::lexicon::question_word_mask`]).
    pub fn gather(index: &Index, found: &[Found], question_words: &[bool]) -> Evidence {
        // One entry per topic named: room for as many as the keywords point at.
        let targets: usize = found.iter().map(|f| index.triggers(f.pattern).len()).sum();
        let mut ev = Evidence {
            topics: Vec::with_capacity(targets.min(64)),
            ..Evidence::default()
        };
        let mut sorted = found.to_vec();
        sorted.sort_by_key(|f| (f.start, f.end));
        let short_slip = |f: &Found| f.fuzzy && f.end - f.start < FUZZY_MIN;
        // (额尔古纳油菜花海那个活动: 花海, a point's two-character word
        // inside the story's 油菜花海, which other points have and the point
        // does not, says which story as 油菜花海 does, not which point. A
        // longer word is a name of its own: 心连心生物科技, inside
        // 内蒙古心连心生物科技有限公司.)
        // (技术创新 inside 国家乳业技术创新中心: a word of four inside a name
        // of eight or more is a part of it, as 花海 is.)
        // (Most keywords lie inside no longer one: those are looked at
        // once, not for each of their readings.)
        let inside_story_word = |longer: &[&Found], topic: usize, fact: usize| {
            longer.iter().any(|g| {
                let of = index.triggers(g.pattern);
                of.iter().any(|t| t.target == Target::Topic(topic))
                    && !of.iter().any(|t| t.target == Target::Fact(topic, fact))
                    && of
                        .iter()
                        .any(|t| matches!(t.target, Target::Fact(x, _) if x == topic))
            })
        };
        for f in sorted.iter().filter(|f| !short_slip(f)) {
            let len = f.end - f.start;
            let longer: SmallVec<[&Found; 2]> = if len <= 4 {
                sorted
                    .iter()
                    .filter(|g| {
                        g.start <= f.start
                            && f.end <= g.end
                            && g.end - g.start > len
                            && (len <= 2 || g.end - g.start >= LONG_NAME)
                    })
                    .collect()
            } else {
                SmallVec::new()
            };
            for trig in index.triggers(f.pattern) {
                match trig.target {
                    Target::Fact(t, fi)
                        if !trig.echo
                            && !longer.is_empty()
                            && inside_story_word(&longer, t, fi) =>
                    {
                        let echo = Trigger {
                            echo: true,
                            ..*trig
                        };
                        ev.add(&echo, f.start, f.end, question_words);
                    }
                    _ => ev.add(trig, f.start, f.end, question_words),
                }
            }
        }
        // A slip in a two-character word (禁鱼 for 禁渔) is believed only
        // inside a story the question already names.
        for f in sorted.iter().filter(|f| short_slip(f)) {
            for trig in index.triggers(f.pattern) {
                if let Target::Fact(t, _) = trig.target
                    && ev
                        .topics
                        .iter()
                        .any(|(x, e)| *x == t && !e.words.is_empty())
                {
                    ev.add(trig, f.start, f.end, question_words);
                }
            }
        }
        ev.drop_regions_inside_names(index, &sorted);
        // 牙克石最低气温多少, of a story that prints its 最低气温: a declined
        // subject inside a longer keyword of a story is that story's word.
        if !ev.offtopic.is_empty() {
            ev.offtopic.retain(|&(s, e)| {
                !sorted.iter().any(|f| {
                    f.start <= s
                        && e <= f.end
                        && f.end - f.start > e - s
                        && index
                            .triggers(f.pattern)
                            .iter()
                            .any(|t| matches!(t.target, Target::Topic(_) | Target::Fact(..)))
                })
            });
        }
        ev
    }

    /// 石拐玉米 names a story, not the region 包头 through 石拐: a region
    /// mention inside a keyword of one of the region's own stories is
    /// dropped, so that it does not count twice.
    fn drop_regions_inside_names(&mut self, index: &Index, found: &[Found]) {
        if self.regions.is_empty() {
            return;
        }
        let mut inside: Vec<(usize, usize, usize)> = Vec::new();
        for f in found {
            for trig in index.triggers(f.pattern) {
                if let Target::Topic(t) | Target::Fact(t, _) = trig.target {
                    inside.push((t, f.start, f.end));
                }
            }
        }
        for (region, spans) in &mut self.regions {
            spans.0.retain(|&mut (s, e)| {
                let (s, e) = (usize::from(s), usize::from(e));
                !inside.iter().any(|&(t, is, ie)| {
                    index.topic_regions[t] == Some(*region)
                        && is <= s
                        && e <= ie
                        && (is, ie) != (s, e)
                })
            });
        }
        self.regions.retain(|(_, spans)| !spans.0.is_empty());
    }

    fn add(&mut self, trig: &Trigger, start: usize, end: usize, question_words: &[bool]) {
        // Only the characters outside question words are evidence.
        let mut run_start = None;
        for i in start..end {
            match (question_words.get(i).copied().unwrap_or(false), run_start) {
                (false, None) => run_start = Some(i),
                (true, Some(s)) => {
                    self.add_span(trig, s, i);
                    run_start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = run_start {
            self.add_span(trig, s, end);
        }
    }

    fn add_span(&mut self, trig: &Trigger, start: usize, end: usize) {
        match trig.target {
            Target::Region(r) | Target::RegionPlace(r) => {
                let i = match self.regions.iter().position(|(x, _)| *x == r) {
                    Some(i) => i,
                    None => {
                        self.regions.push((r, Spans::default()));
                        self.regions.len() - 1
                    }
                };
                self.regions[i].1.add(start, end);
            }
            Target::OffTopic => self.offtopic.push((start, end)),
            Target::Topic(t) => {
                let te = self.topic_mut(t);
                te.words.add(start, end);
                if !trig.shared {
                    te.distinct.add(start, end);
                }
            }
            Target::Reporter(t) => self.topic_mut(t).reporter = true,
            Target::Fact(t, f) => {
                let fe = self.topic_mut(t).fact_mut(f);
                if trig.echo {
                    fe.echo.add(start, end);
                } else {
                    fe.specific.add(start, end);
                    if !trig.shared {
                        fe.distinct.add(start, end);
                    }
                }
            }
        }
    }

    fn topic_mut(&mut self, topic: usize) -> &mut TopicEvidence {
        if let Some(i) = self.topics.iter().position(|(t, _)| *t == topic) {
            return &mut self.topics[i].1;
        }
        self.topics.push((topic, TopicEvidence::default()));
        &mut self.topics.last_mut().unwrap().1
    }

    pub fn mentions_region(&self, region: usize) -> bool {
        self.regions.iter().any(|(r, _)| *r == region)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_counts_each_character_once() {
        let mut s = Spans::default();
        s.add(0, 3);
        s.add(1, 2);
        s.add(2, 5);
        s.add(7, 8);
        assert_eq!(s.covered(), 6);
        s.add(0, 1);
        assert_eq!(
            s.iter().collect::<Vec<_>>(),
            [(0, 1), (0, 3), (1, 2), (2, 5), (7, 8)]
        );
    }
}
