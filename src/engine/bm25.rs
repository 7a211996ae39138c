//! Similarity fallback: BM25 over character bigrams of the facts' text.
//!
//! Used when a question holds no curated keyword, and to break ties between
//! facts of one topic. Scores are normalized by the question's own best
//! possible score, so one threshold fits short and long questions.

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use super::lexicon::STOP_TERMS;
use crate::text::{IDEOGRAPH_COUNT, for_each_term, ideograph_index};

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// A document: a fact (`Some(fact)`) or a topic's overview (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Doc {
    pub topic: usize,
    pub fact: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Bm25 {
    docs: Vec<Doc>,
    lengths: Vec<f32>,
    avg_len: f32,
    /// Postings of (doc, term frequency), term after term: term `t`'s are
    /// `postings[posting_starts[t]..posting_starts[t + 1]]`.
    postings: Vec<(u32, u16)>,
    posting_starts: Vec<u32>,
    /// Each document's terms as (term number, frequency), sorted by number,
    /// for scoring a few documents without walking postings; laid out like
    /// the postings.
    doc_terms: Vec<(u32, u16)>,
    doc_starts: Vec<u32>,
    /// term -> its number, and each number's idf and document frequency.
    terms: Terms,
    idfs: Vec<f32>,
    dfs: Vec<u32>,
    /// Whether each term is one of the [`STOP_TERMS`], by number: looked
    /// up once here rather than hashed for every question.
    stop: Vec<bool>,
    /// The documents of each topic, as a range of document numbers.
    topic_docs: Vec<std::ops::Range<u32>>,
}

/// Term numbers. Most terms are one or two characters (Chinese unigrams
/// and bigrams): a single ideograph is numbered through a table indexed by
/// the character, a pair through a key made of the two characters; longer
/// terms (numbers, ASCII words) through their text.
#[derive(Debug)]
struct Terms {
    /// By ideograph ([`crate::text::IDEOGRAPHS`]); `NONE` where it has no number.
    han: Vec<u32>,
    short: FxHashMap<u64, u32>,
    long: FxHashMap<Box<str>, u32>,
    count: u32,
}

const NONE: u32 = u32::MAX;

impl Default for Terms {
    fn default() -> Terms {
        Terms {
            han: vec![NONE; IDEOGRAPH_COUNT],
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            count: 0,
        }
    }
}

enum Key<'a> {
    Han(usize),
    Short(u64),
    Long(&'a str),
}

impl Terms {
    fn key(term: &str) -> Key<'_> {
        let mut it = term.chars();
        let (Some(a), b, None) = (it.next(), it.next(), it.next()) else {
            return Key::Long(term);
        };
        match (b, ideograph_index(a)) {
            (None, Some(i)) => Key::Han(i),
            _ => Key::Short((u64::from(a) << 32) | b.map_or(0, |b| u64::from(b) + 1)),
        }
    }

    /// [`Terms::get`] for a term given as its characters.
    fn get_chars(&self, chars: &[char]) -> Option<u32> {
        match *chars {
            [a] if ideograph_index(a).is_some() => {
                Some(self.han[ideograph_index(a)?]).filter(|&id| id != NONE)
            }
            [a, b] => self
                .short
                .get(&((u64::from(a) << 32) | (u64::from(b) + 1)))
                .copied(),
            _ => {
                let s: String = chars.iter().collect();
                self.get(&s)
            }
        }
    }

    fn get(&self, term: &str) -> Option<u32> {
        match Terms::key(term) {
            Key::Han(i) => Some(self.han[i]).filter(|&id| id != NONE),
            Key::Short(k) => self.short.get(&k).copied(),
            Key::Long(t) => self.long.get(t).copied(),
        }
    }

    /// The number of `term`, given a new one if it has none yet.
    fn intern(&mut self, term: &str) -> u32 {
        let next = self.count;
        let id = match Terms::key(term) {
            Key::Han(i) => {
                if self.han[i] == NONE {
                    self.han[i] = next;
                }
                self.han[i]
            }
            Key::Short(k) => *self.short.entry(k).or_insert(next),
            Key::Long(t) => match self.long.get(t) {
                Some(&id) => id,
                None => {
                    self.long.insert(t.into(), next);
                    next
                }
            },
        };
        if id == next {
            self.count += 1;
        }
        id
    }
}

/// Documents kept per search: enough to rank every fact of the stories a
/// question can be about; the rest would weigh next to nothing.
pub const TOP: usize = 256;
/// Terms in at most this many documents are always scored ...
const COMMON_MIN: usize = 64;
/// ... and beyond that, terms in more than one document in this many are
/// skipped as too common.
const COMMON_SHARE: usize = 200;

/// Per-thread score accumulators, reused across questions: one slot per
/// document, and the list of slots touched.
#[derive(Default)]
struct Scratch {
    scores: Vec<(f32, u32, f32)>,
    touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The documents most similar to a question, best first, with a lookup by
/// document.
#[derive(Debug, Default)]
pub struct Similar {
    hits: Vec<Hit>,
    /// The idf of the question's scored terms, summed: the most any
    /// document could match.
    pub query_idf: f32,
    /// Score of each document sharing at least [`MIN_TERMS`] terms.
    by_doc: FxHashMap<Doc, f32>,
}

/// A document sharing fewer terms with the question than this is not
/// similar to it: one common character proves nothing.
const MIN_TERMS: usize = 2;

impl Similar {
    fn new(mut hits: Vec<Hit>, query_idf: f32) -> Similar {
        // No two hits are of the same document, so `best_first` orders
        // them all and an unstable sort gives the order a stable one
        // does, with less work: a question whose keywords name many
        // stories has thousands of hits.
        hits.sort_unstable_by(best_first);
        let by_doc = hits
            .iter()
            .filter(|h| h.terms >= MIN_TERMS)
            .map(|h| (h.doc, h.score))
            .collect();
        Similar {
            hits,
            query_idf,
            by_doc,
        }
    }

    pub fn first(&self) -> Option<&Hit> {
        self.hits.first()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Hit> {
        self.hits.iter()
    }

    /// A document's score relative to the best one, from 0 to 1.
    pub fn relative(&self, topic: usize, fact: Option<usize>) -> f32 {
        let best = self.first().map_or(1.0, |h| h.score).max(1e-3);
        self.by_doc
            .get(&Doc { topic, fact })
            .map_or(0.0, |s| s / best)
    }
}

/// Hits by score, best first; ties in story and point order.
fn best_first(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.doc.topic.cmp(&b.doc.topic))
        .then(a.doc.fact.cmp(&b.doc.fact))
}

/// The best document for a question, with its evidence.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub doc: Doc,
    pub score: f32,
    /// How many distinct question terms the document holds.
    pub terms: usize,
    /// The sum of those terms' idf.
    pub idf: f32,
}

impl Bm25 {
    /// Builds the index from `(doc, normalized text)` pairs, given topic by
    /// topic (each topic's documents together).
    pub fn build(docs: Vec<(Doc, String)>) -> Bm25 {
        let mut terms = Terms::default();
        let mut doc_terms: Vec<(u32, u16)> = Vec::new();
        let mut doc_starts = Vec::with_capacity(docs.len() + 1);
        let mut lengths = Vec::with_capacity(docs.len());
        let mut out_docs = Vec::with_capacity(docs.len());
        let mut topic_docs: Vec<std::ops::Range<u32>> = Vec::new();
        // Per term: its frequency in the document at hand, and in how many
        // documents it is.
        let mut counts: Vec<u16> = Vec::new();
        let mut dfs: Vec<u32> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        for (i, (doc, text)) in docs.iter().enumerate() {
            let i = i as u32;
            if topic_docs.len() <= doc.topic {
                topic_docs.resize(doc.topic + 1, i..i);
            }
            topic_docs[doc.topic].end = i + 1;
            out_docs.push(*doc);
            let mut length = 0;
            for_each_term(text, |t| {
                let id = terms.intern(t);
                if id as usize == counts.len() {
                    counts.push(0);
                    dfs.push(0);
                }
                let c = &mut counts[id as usize];
                if *c == 0 {
                    touched.push(id);
                }
                *c = c.saturating_add(1);
                length += 1;
            });
            lengths.push(length as f32);
            touched.sort_unstable();
            doc_starts.push(doc_terms.len() as u32);
            for &id in &touched {
                doc_terms.push((id, counts[id as usize]));
                counts[id as usize] = 0;
                dfs[id as usize] += 1;
            }
            touched.clear();
        }
        doc_starts.push(doc_terms.len() as u32);

        // The postings, by a counting sort of the documents' terms.
        let mut posting_starts = Vec::with_capacity(dfs.len() + 1);
        let mut at = 0u32;
        for &df in &dfs {
            posting_starts.push(at);
            at += df;
        }
        posting_starts.push(at);
        let mut fill = posting_starts.clone();
        let mut postings = vec![(0u32, 0u16); at as usize];
        for d in 0..out_docs.len() {
            for &(id, tf) in &doc_terms[doc_starts[d] as usize..doc_starts[d + 1] as usize] {
                let slot = &mut fill[id as usize];
                postings[*slot as usize] = (d as u32, tf);
                *slot += 1;
            }
        }

        let n = out_docs.len() as f32;
        let idfs: Vec<f32> = dfs
            .iter()
            .map(|&df| ((n - df as f32 + 0.5) / (df as f32 + 0.5) + 1.0).ln())
            .collect();
        let avg_len = if lengths.is_empty() {
            1.0
        } else {
            lengths.iter().sum::<f32>() / lengths.len() as f32
        };
        let mut stop = vec![false; dfs.len()];
        for id in STOP_TERMS.iter().filter_map(|t| terms.get(t)) {
            stop[id as usize] = true;
        }
        Bm25 {
            stop,
            docs: out_docs,
            lengths,
            avg_len: avg_len.max(1.0),
            postings,
            posting_starts,
            doc_terms,
            doc_starts,
            terms,
            idfs,
            dfs,
            topic_docs,
        }
    }

    fn postings_of(&self, id: u32) -> &[(u32, u16)] {
        let i = id as usize;
        &self.postings[self.posting_starts[i] as usize..self.posting_starts[i + 1] as usize]
    }

    fn terms_of(&self, doc: u32) -> &[(u32, u16)] {
        let d = doc as usize;
        &self.doc_terms[self.doc_starts[d] as usize..self.doc_starts[d + 1] as usize]
    }

    /// The number of document `doc`, if the index holds it.
    fn number(&self, doc: Doc) -> Option<u32> {
        let range = self.topic_docs.get(doc.topic)?;
        let d = range.start + doc.fact.map_or(0, |f| f as u32 + 1);
        (d < range.end && self.docs[d as usize] == doc).then_some(d)
    }

    /// The number of a term of one or two characters, without building it.
    pub fn term_of(&self, chars: &[char]) -> Option<u32> {
        self.terms.get_chars(chars)
    }

    /// Whether the text of `doc` holds the term numbered `id`.
    pub fn holds_term(&self, doc: Doc, id: u32) -> bool {
        self.number(doc).is_some_and(|d| {
            self.terms_of(d)
                .binary_search_by_key(&id, |&(t, _)| t)
                .is_ok()
        })
    }

    /// How many of `terms` (sorted; a term given twice counts twice) the
    /// text of `doc` holds: one walk along both sorted lists, where a
    /// [`Bm25::holds_term`] for each term searched the document's terms
    /// again.
    pub fn held_count(&self, doc: Doc, terms: &[u32]) -> usize {
        let Some(d) = self.number(doc) else {
            return 0;
        };
        let held = self.terms_of(d);
        let mut j = 0;
        let mut count = 0;
        for &t in terms {
            while j < held.len() && held[j].0 < t {
                j += 1;
            }
            count += usize::from(held.get(j).is_some_and(|h| h.0 == t));
        }
        count
    }

    /// Whether a document of `topic` other than those in `except` holds
    /// the term `id`, and whether a document of another topic does.
    pub fn held_elsewhere(&self, id: u32, topic: usize, except: &[Doc]) -> (bool, bool) {
        let postings = self.postings_of(id);
        let Some(range) = self.topic_docs.get(topic) else {
            return (false, !postings.is_empty());
        };
        // Postings are in document order, and a topic's documents are one
        // run of numbers: two binary searches find the topic's.
        let lo = postings.partition_point(|&(d, _)| d < range.start);
        let hi = postings.partition_point(|&(d, _)| d < range.end);
        let sibling = postings[lo..hi]
            .iter()
            .any(|&(d, _)| !except.contains(&self.docs[d as usize]));
        (sibling, postings.len() > hi - lo)
    }

    /// The question's terms that are scored, as term numbers, each once:
    /// content terms the index knows, less those too common to tell
    /// documents apart (a term in very many documents costs much and weighs
    /// next to nothing: its idf is near zero).
    fn query(&self, normalized: &str) -> SmallVec<[u32; 32]> {
        let common = (self.docs.len() / COMMON_SHARE).max(COMMON_MIN);
        let mut ids = SmallVec::new();
        for_each_term(normalized, |t| {
            // A term's number stands for its text alone, so its flag says
            // whether the text is a stop term.
            if let Some(id) = self.terms.get(t)
                && self.dfs[id as usize] as usize <= common
                && !self.stop[id as usize]
            {
                ids.push(id);
            }
        });
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    fn query_idf(&self, ids: &[u32]) -> f32 {
        ids.iter().map(|&id| self.idfs[id as usize]).sum()
    }

    /// The BM25 weight of a term of idf `idf` found `tf` times in `doc`.
    fn weight(&self, idf: f32, tf: u16, doc: u32) -> f32 {
        let tf = f32::from(tf);
        let len = self.lengths[doc as usize];
        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len))
    }

    /// Like [`Bm25::search`], but scores only the documents of `topics`:
    /// when keywords have already named the candidate stories, walking every
    /// posting of a large knowledge base is waste.
    ///
    /// A topic's documents are one run of numbers and postings are in
    /// document order, so each question term's postings within a topic are
    /// found by one binary search and read in a row: a few steps per term
    /// and topic, where a search of each document's terms took a few per
    /// term and document (a story of twelve points has thirteen). Each
    /// document's score adds the terms in the same order as before, so
    /// scores are the same to the last bit.
    pub fn search_within(&self, normalized: &str, topics: &[usize]) -> Similar {
        let qterms = self.query(normalized);
        let mut hits = Vec::new();
        // (score, terms, idf) of each document of the topic at hand.
        let mut sums: SmallVec<[(f32, usize, f32); 32]> = SmallVec::new();
        for &topic in topics {
            let Some(range) = self.topic_docs.get(topic) else {
                continue;
            };
            sums.clear();
            sums.resize(range.len(), (0.0, 0, 0.0));
            for &q in &qterms {
                let idf = self.idfs[q as usize];
                let postings = self.postings_of(q);
                let lo = postings.partition_point(|&(d, _)| d < range.start);
                for &(d, tf) in postings[lo..].iter().take_while(|&&(d, _)| d < range.end) {
                    let e = &mut sums[(d - range.start) as usize];
                    e.0 += self.weight(idf, tf, d);
                    e.1 += 1;
                    e.2 += idf;
                }
            }
            for (d, &(score, count, idf_sum)) in range.clone().zip(&sums) {
                if count > 0 {
                    hits.push(Hit {
                        doc: self.docs[d as usize],
                        score,
                        terms: count,
                        idf: idf_sum,
                    });
                }
            }
        }
        Similar::new(hits, self.query_idf(&qterms))
    }

    /// Whether any document holds `term` (a character, a pair, a word).
    pub fn knows(&self, term: &str) -> bool {
        self.terms.get(term).is_some()
    }

    /// Scores the documents holding scored terms of the question and keeps
    /// the best [`TOP`] of them, best first.
    pub fn search(&self, normalized: &str) -> Similar {
        let qterms = self.query(normalized);
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let Scratch { scores, touched } = &mut *scratch;
            if scores.len() < self.docs.len() {
                scores.resize(self.docs.len(), (0.0, 0, 0.0));
            }
            for &id in &qterms {
                let idf = self.idfs[id as usize];
                for &(doc, tf) in self.postings_of(id) {
                    let e = &mut scores[doc as usize];
                    if e.1 == 0 {
                        touched.push(doc);
                    }
                    e.0 += self.weight(idf, tf, doc);
                    e.1 += 1;
                    e.2 += idf;
                }
            }
            let mut hits: Vec<Hit> = touched
                .iter()
                .map(|&d| {
                    let (score, terms, idf) = scores[d as usize];
                    Hit {
                        doc: self.docs[d as usize],
                        score,
                        terms: terms as usize,
                        idf,
                    }
                })
                .collect();
            // Leave the scratch clean for the next question.
            for &d in touched.iter() {
                scores[d as usize] = (0.0, 0, 0.0);
            }
            touched.clear();
            if hits.len() > TOP {
                hits.select_nth_unstable_by(TOP, best_first);
                hits.truncate(TOP);
            }
            Similar::new(hits, self.query_idf(&qterms))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Bm25 {
        let doc = |topic, fact| Doc {
            topic,
            fact: Some(fact),
        };
        Bm25::build(vec![
            (doc(0, 0), "呼伦湖 鱼类资源 15万吨以上".into()),
            (doc(0, 1), "湿地保护修复 800公顷".into()),
            (doc(1, 0), "个人养老金 开户人数 8.55万人".into()),
        ])
    }

    #[test]
    fn the_document_sharing_most_rare_terms_wins() {
        let hits = index().search("湿地保护得怎么样");
        let first = hits.first().unwrap();
        assert_eq!(
            first.doc,
            Doc {
                topic: 0,
                fact: Some(1)
            }
        );
        assert!(first.terms >= 3);
        assert_eq!(hits.relative(0, Some(1)), 1.0);
    }

    #[test]
    fn terms_of_any_length_are_numbered_apart() {
        let mut terms = Terms::default();
        let words = [
            "呼",
            "呼伦",
            "伦呼",
            "4a",
            "a",
            "8.55万人",
            "15万吨以上",
            "呼伦湖",
        ];
        let ids: Vec<u32> = words.iter().map(|w| terms.intern(w)).collect();
        assert_eq!(ids, (0..words.len() as u32).collect::<Vec<_>>());
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(terms.intern(w), *id);
            assert_eq!(terms.get(w), Some(*id));
        }
        assert_eq!(terms.get("湖"), None);
    }

    #[test]
    fn held_count_agrees_with_holds_term() {
        let bm = index();
        let mut terms: Vec<u32> = (0..bm.dfs.len() as u32).step_by(3).collect();
        terms.extend((0..bm.dfs.len() as u32).step_by(5));
        terms.sort_unstable();
        for d in 0..bm.docs.len() {
            let doc = bm.docs[d];
            let expected = terms.iter().filter(|&&t| bm.holds_term(doc, t)).count();
            assert_eq!(bm.held_count(doc, &terms), expected, "{doc:?}");
        }
    }

    #[test]
    fn postings_and_document_terms_agree() {
        let bm = index();
        for d in 0..bm.docs.len() as u32 {
            for &(id, tf) in bm.terms_of(d) {
                assert!(bm.postings_of(id).contains(&(d, tf)));
            }
        }
        let total: usize = (0..bm.dfs.len() as u32)
            .map(|t| bm.postings_of(t).len())
            .sum();
        assert_eq!(total, bm.doc_terms.len());
    }

    #[test]
    fn stop_terms_are_not_evidence() {
        assert!(index().search("现在有多少").first().is_none());
    }
}
