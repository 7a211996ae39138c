//! Similarity fallback: BM25 over character bigrams of the facts' text.
//!
//! Used when a question holds no curated keyword, and to break ties between
//! facts of one topic. Scores are normalized by the question's own best
//! possible score, so one threshold fits short and long questions.

use rustc_hash::FxHashMap;

use super::lexicon::is_stop_term;
use crate::text::{for_each_term, terms};

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
    /// Postings of (doc, term frequency), by term number.
    postings: Vec<Vec<(u32, u16)>>,
    /// Each document's terms as (term number, frequency), sorted by number,
    /// for scoring a few documents without walking postings.
    doc_terms: Vec<Vec<(u32, u16)>>,
    /// term -> its number, and each number's idf and document frequency.
    term_ids: FxHashMap<Box<str>, u32>,
    idfs: Vec<f32>,
    dfs: Vec<u32>,
    /// The documents of each topic, as a range of document numbers.
    topic_docs: Vec<std::ops::Range<u32>>,
}

/// The question's content terms, each once.
fn query_terms(normalized: &str) -> Vec<&str> {
    let mut qterms = terms(normalized);
    qterms.retain(|t| !is_stop_term(t));
    qterms.sort_unstable();
    qterms.dedup();
    qterms
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
    /// Score of each document sharing at least [`MIN_TERMS`] terms.
    by_doc: FxHashMap<Doc, f32>,
}

/// A document sharing fewer terms with the question than this is not
/// similar to it: one common character proves nothing.
const MIN_TERMS: usize = 2;

impl Similar {
    fn new(hits: Vec<Hit>) -> Similar {
        let by_doc = hits
            .iter()
            .filter(|h| h.terms >= MIN_TERMS)
            .map(|h| (h.doc, h.score))
            .collect();
        Similar { hits, by_doc }
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
        let mut term_ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut postings: Vec<Vec<(u32, u16)>> = Vec::new();
        let mut doc_terms = Vec::with_capacity(docs.len());
        let mut lengths = Vec::with_capacity(docs.len());
        let mut out_docs = Vec::with_capacity(docs.len());
        let mut topic_docs: Vec<std::ops::Range<u32>> = Vec::new();
        let mut ids: Vec<u32> = Vec::new();
        for (i, (doc, text)) in docs.iter().enumerate() {
            let i = i as u32;
            if topic_docs.len() <= doc.topic {
                topic_docs.resize(doc.topic + 1, i..i);
            }
            topic_docs[doc.topic].end = i + 1;
            out_docs.push(*doc);
            // Numbers, not strings, are sorted and counted.
            ids.clear();
            for_each_term(text, |t| {
                let id = match term_ids.get(t) {
                    Some(&id) => id,
                    None => {
                        let id = postings.len() as u32;
                        term_ids.insert(t.into(), id);
                        postings.push(Vec::new());
                        id
                    }
                };
                ids.push(id);
            });
            lengths.push(ids.len() as f32);
            ids.sort_unstable();
            let mut mine = Vec::new();
            for same in ids.chunk_by(|a, b| a == b) {
                let n = u16::try_from(same.len()).unwrap_or(u16::MAX);
                mine.push((same[0], n));
                postings[same[0] as usize].push((i, n));
            }
            doc_terms.push(mine);
        }
        let n = out_docs.len() as f32;
        let dfs: Vec<u32> = postings.iter().map(|p| p.len() as u32).collect();
        let idfs: Vec<f32> = dfs
            .iter()
            .map(|&df| ((n - df as f32 + 0.5) / (df as f32 + 0.5) + 1.0).ln())
            .collect();
        let avg_len = if lengths.is_empty() {
            1.0
        } else {
            lengths.iter().sum::<f32>() / lengths.len() as f32
        };
        Bm25 {
            docs: out_docs,
            lengths,
            avg_len: avg_len.max(1.0),
            postings,
            doc_terms,
            term_ids,
            idfs,
            dfs,
            topic_docs,
        }
    }

    /// Like [`Bm25::search`], but scores only the documents of `topics`:
    /// when keywords have already named the candidate stories, walking every
    /// posting of a large knowledge base is waste.
    pub fn search_within(&self, normalized: &str, topics: &[usize]) -> Similar {
        // The same terms as a full search scores: common ones are skipped.
        let common = (self.docs.len() / COMMON_SHARE).max(COMMON_MIN);
        let mut qterms: smallvec::SmallVec<[u32; 32]> = smallvec::SmallVec::new();
        for_each_term(normalized, |t| {
            if let Some(&id) = self.term_ids.get(t)
                && self.dfs[id as usize] as usize <= common
                && !is_stop_term(t)
            {
                qterms.push(id);
            }
        });
        qterms.sort_unstable();
        qterms.dedup();
        let mut hits = Vec::new();
        for &topic in topics {
            let Some(range) = self.topic_docs.get(topic) else {
                continue;
            };
            for d in range.clone() {
                let mine = &self.doc_terms[d as usize];
                let (mut score, mut count, mut idf_sum) = (0.0f32, 0usize, 0.0f32);
                for &q in &qterms {
                    if let Ok(k) = mine.binary_search_by_key(&q, |&(id, _)| id) {
                        let tf = f32::from(mine[k].1);
                        let idf = self.idfs[q as usize];
                        let len = self.lengths[d as usize];
                        score +=
                            idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len));
                        count += 1;
                        idf_sum += idf;
                    }
                }
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
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.doc.topic.cmp(&b.doc.topic))
                .then(a.doc.fact.cmp(&b.doc.fact))
        });
        Similar::new(hits)
    }

    /// Scores the documents holding content terms of the question and keeps
    /// the best [`TOP`] of them, best first.
    pub fn search(&self, normalized: &str) -> Similar {
        let qterms = query_terms(normalized);
        // A term in very many documents tells them apart little and costs
        // much: its postings are skipped (its idf is near zero anyway).
        let common = (self.docs.len() / COMMON_SHARE).max(COMMON_MIN);
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let Scratch { scores, touched } = &mut *scratch;
            if scores.len() < self.docs.len() {
                scores.resize(self.docs.len(), (0.0, 0, 0.0));
            }
            for t in &qterms {
                let Some(&id) = self.term_ids.get(*t) else {
                    continue;
                };
                let (idf, list) = (&self.idfs[id as usize], &self.postings[id as usize]);
                if list.len() > common {
                    continue;
                }
                for &(doc, tf) in list {
                    let tf = f32::from(tf);
                    let len = self.lengths[doc as usize];
                    let s = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len));
                    let e = &mut scores[doc as usize];
                    if e.1 == 0 {
                        touched.push(doc);
                    }
                    e.0 += s;
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
            let order = |a: &Hit, b: &Hit| {
                b.score
                    .total_cmp(&a.score)
                    .then(a.doc.topic.cmp(&b.doc.topic))
                    .then(a.doc.fact.cmp(&b.doc.fact))
            };
            if hits.len() > TOP {
                hits.select_nth_unstable_by(TOP, order);
                hits.truncate(TOP);
            }
            hits.sort_by(order);
            Similar::new(hits)
        })
    }

    /// The idf of the question's content terms that the index knows, summed:
    /// the most any document could match.
    pub fn query_idf(&self, normalized: &str) -> f32 {
        let qterms = query_terms(normalized);
        let common = (self.docs.len() / COMMON_SHARE).max(COMMON_MIN);
        qterms
            .iter()
            .filter_map(|t| self.term_ids.get(*t))
            .filter(|&&id| self.dfs[id as usize] as usize <= common)
            .map(|&id| self.idfs[id as usize])
            .sum()
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
    fn stop_terms_are_not_evidence() {
        assert!(index().search("现在有多少").first().is_none());
    }
}
