//! Similarity fallback: BM25 over character bigrams of the facts' text.
//!
//! Used when a question holds no curated keyword, and to break ties between
//! facts of one topic. Scores are normalized by the question's own best
//! possible score, so one threshold fits short and long questions.

use std::collections::HashMap;

use super::lexicon::STOP_TERMS;
use crate::text::terms;

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// A document: a fact (`Some(fact)`) or a topic's overview (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Doc {
    pub topic: usize,
    pub fact: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Bm25 {
    docs: Vec<Doc>,
    lengths: Vec<f32>,
    avg_len: f32,
    /// term -> (idf, postings of (doc, term frequency)).
    postings: HashMap<String, (f32, Vec<(u32, u16)>)>,
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
    /// Builds the index from `(doc, normalized text)` pairs.
    pub fn build(docs: Vec<(Doc, String)>) -> Bm25 {
        let mut postings: HashMap<String, (f32, Vec<(u32, u16)>)> = HashMap::new();
        let mut lengths = Vec::with_capacity(docs.len());
        let mut out_docs = Vec::with_capacity(docs.len());
        for (i, (doc, text)) in docs.into_iter().enumerate() {
            let ts = terms(&text);
            lengths.push(ts.len() as f32);
            out_docs.push(doc);
            let mut tf: HashMap<String, u16> = HashMap::new();
            for t in ts {
                *tf.entry(t).or_default() += 1;
            }
            for (t, n) in tf {
                postings.entry(t).or_default().1.push((i as u32, n));
            }
        }
        let n = out_docs.len() as f32;
        for (idf, list) in postings.values_mut() {
            let df = list.len() as f32;
            *idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
        }
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
        }
    }

    /// Scores every document holding a content term of the question.
    /// Returns the hits, best first.
    pub fn search(&self, normalized: &str) -> Vec<Hit> {
        let mut qterms = terms(normalized);
        qterms.retain(|t| !STOP_TERMS.contains(&t.as_str()));
        qterms.sort();
        qterms.dedup();
        let mut scores: HashMap<u32, (f32, usize, f32)> = HashMap::new();
        for t in &qterms {
            let Some((idf, list)) = self.postings.get(t) else {
                continue;
            };
            for &(doc, tf) in list {
                let tf = f32::from(tf);
                let len = self.lengths[doc as usize];
                let s = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len));
                let e = scores.entry(doc).or_default();
                e.0 += s;
                e.1 += 1;
                e.2 += idf;
            }
        }
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .map(|(doc, (score, terms, idf))| Hit {
                doc: self.docs[doc as usize],
                score,
                terms,
                idf,
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.doc.topic.cmp(&b.doc.topic))
        });
        hits
    }

    /// The idf of the question's content terms that the index knows, summed:
    /// the most any document could match.
    pub fn query_idf(&self, normalized: &str) -> f32 {
        let mut qterms = terms(normalized);
        qterms.retain(|t| !STOP_TERMS.contains(&t.as_str()));
        qterms.sort();
        qterms.dedup();
        qterms
            .iter()
            .filter_map(|t| self.postings.get(t))
            .map(|(idf, _)| *idf)
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
        assert_eq!(
            hits[0].doc,
            Doc {
                topic: 0,
                fact: Some(1)
            }
        );
        assert!(hits[0].terms >= 3);
    }

    #[test]
    fn stop_terms_are_not_evidence() {
        assert!(index().search("现在有多少").is_empty());
    }
}
