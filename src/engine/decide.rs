//! Deciding what a question asks for, from its evidence.
//!
//! The outcome is a [`Decision`]: which fact or topic answers the question,
//! or why none does. Composing the reply text is [`super::compose`]'s job.

use super::bm25::Hit;
use super::evidence::{Evidence, TopicEvidence};
use super::index::Index;
use super::lexicon::Intent;
use crate::knowledge::KnowledgeBase;

/// What to answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// One point of one story.
    Fact { topic: usize, fact: usize },
    /// A story as a whole.
    Topic { topic: usize },
    /// Who wrote a story, and where it was printed.
    Source { topic: usize },
    /// Several stories of a region the question named.
    Region { region: usize },
    /// Every story the bot knows.
    Overview,
    /// The question fits several stories equally: (topic, best fact).
    Ambiguous {
        candidates: Vec<(usize, Option<usize>)>,
    },
    /// The question names a region with no story on it; `wanted` is a story
    /// elsewhere that the rest of the question is about.
    Missing {
        region: usize,
        wanted: Option<usize>,
    },
    /// Nothing fits. `offtopic` is a declined subject found in the question;
    /// `near` are stories with weak evidence, to suggest.
    NoMatch {
        offtopic: Option<(usize, usize)>,
        near: Vec<usize>,
        greeting: bool,
    },
}

/// Weight of naming a story's region.
const REGION_WEIGHT: f32 = 2.5;
/// Weight of a question word that fits a fact's kind.
const INTENT_WEIGHT: f32 = 1.5;
/// Weight of a fact keyword that only repeats the topic's.
const ECHO_WEIGHT: f32 = 0.3;
/// Below this score gap two stories are told apart only by what is theirs alone.
const TIE: f32 = 1.5;
/// The similarity fallback answers only when the best fact holds this share
/// of the question's content (by idf) ...
const FALLBACK_SHARE: f32 = 0.45;
/// ... and at least this many distinct terms.
const FALLBACK_TERMS: usize = 2;

#[derive(Debug)]
struct Ranked {
    topic: usize,
    score: f32,
    /// Evidence that no other story could claim.
    distinct: f32,
    /// The question names something of this story beyond its region.
    content: bool,
    region_hit: bool,
    best_fact: Option<(usize, f32, bool)>,
}

pub fn decide(kb: &KnowledgeBase, index: &Index, normalized: &str, ev: &Evidence) -> Decision {
    let intent = Intent::of(normalized);
    let ranked = rank(kb, index, normalized, ev, &intent);

    if !ev.offtopic.is_empty() {
        let strong = ranked.iter().any(|r| {
            r.best_fact
                .is_some_and(|(_, s, specific)| specific && s >= 2.0)
        });
        if !strong {
            return Decision::NoMatch {
                offtopic: ev.offtopic.first().copied(),
                near: ranked.iter().map(|r| r.topic).take(3).collect(),
                greeting: false,
            };
        }
    }

    let asked: Vec<usize> = ev.regions.iter().map(|(r, _)| *r).collect();
    let Some(top) = ranked.first() else {
        if let Some(&region) = asked.first() {
            // Only regions without a story were named: a region with one
            // would have ranked its stories.
            return Decision::Missing {
                region,
                wanted: None,
            };
        }
        return fallback(kb, index, normalized, &intent, ev);
    };

    let top_region = region_index(kb, top.topic);
    if !asked.is_empty() && !top_region.is_some_and(|r| asked.contains(&r)) {
        let missing = asked
            .iter()
            .copied()
            .find(|&r| kb.topics_of(&kb.regions[r].name).next().is_none());
        let region = missing.unwrap_or(asked[0]);
        return Decision::Missing {
            region,
            wanted: Some(top.topic),
        };
    }

    if !top.content {
        // Only a region was named.
        let region = top_region.unwrap_or(0);
        if kb.topics_of(&kb.regions[region].name).count() > 1 {
            return Decision::Region { region };
        }
        return if intent.source {
            Decision::Source { topic: top.topic }
        } else {
            Decision::Topic { topic: top.topic }
        };
    }

    let ties: Vec<&Ranked> = ranked
        .iter()
        .filter(|r| {
            r.content && top.score - r.score < TIE && (top.distinct - r.distinct).abs() < 1.0
        })
        .collect();
    if ties.len() > 1 {
        return Decision::Ambiguous {
            candidates: ties
                .iter()
                .map(|r| (r.topic, r.best_fact.map(|f| f.0)))
                .collect(),
        };
    }

    match top.best_fact {
        Some((fact, _, true)) => Decision::Fact {
            topic: top.topic,
            fact,
        },
        _ if intent.source => Decision::Source { topic: top.topic },
        Some((fact, _, false)) if intent.is_specific() && !intent.news => Decision::Fact {
            topic: top.topic,
            fact,
        },
        _ => Decision::Topic { topic: top.topic },
    }
}

fn rank(
    kb: &KnowledgeBase,
    index: &Index,
    normalized: &str,
    ev: &Evidence,
    intent: &Intent,
) -> Vec<Ranked> {
    let mut topics: Vec<(usize, Option<&TopicEvidence>)> =
        ev.topics.iter().map(|(t, e)| (*t, Some(e))).collect();
    // A named region brings its stories in even when nothing else of them is named.
    for (r, _) in &ev.regions {
        for (ti, t) in kb.topics.iter().enumerate() {
            if t.region == kb.regions[*r].name && !topics.iter().any(|(x, _)| *x == ti) {
                topics.push((ti, None));
            }
        }
    }
    let similar = if topics.is_empty() {
        Vec::new()
    } else {
        index.bm25.search(normalized)
    };

    let mut ranked: Vec<Ranked> = Vec::new();
    for (ti, te) in topics {
        let region_hit = region_index(kb, ti).is_some_and(|r| ev.mentions_region(r));
        let empty = TopicEvidence::default();
        let te = te.unwrap_or(&empty);
        let words = te.words.covered() as f32;
        let topic = &kb.topics[ti];

        let mut best: Option<(usize, f32, bool)> = None;
        let mut best_specific = 0.0f32;
        let mut best_distinct = 0.0f32;
        for (fi, fact) in topic.facts.iter().enumerate() {
            let fe = te.facts.iter().find(|(f, _)| *f == fi).map(|(_, e)| e);
            let specific = fe.map_or(0, |e| e.specific.covered()) as f32;
            let echo = fe.map_or(0, |e| e.echo.covered()) as f32;
            let fits = intent.fits(fact.kind);
            let sim = similarity(&similar, ti, Some(fi));
            if specific == 0.0 && echo == 0.0 && sim == 0.0 {
                continue;
            }
            let score = specific + ECHO_WEIGHT * echo + INTENT_WEIGHT * fits + sim;
            if specific > 0.0 || echo > 0.0 {
                let better = best.is_none_or(|(_, s, sp)| (specific > 0.0, score) > (sp, s));
                if better {
                    best = Some((fi, score, specific > 0.0));
                }
            }
            best_specific = best_specific.max(specific);
            best_distinct = best_distinct.max(fe.map_or(0, |e| e.distinct.covered()) as f32);
        }

        // One character alone (鱼, 船) is too little to name a story.
        let supported = words >= 2.0 || region_hit || te.reporter || best_specific >= 2.0;
        if !supported {
            continue;
        }
        let content = words > 0.0 || te.reporter || best.is_some();
        let score = words
            + REGION_WEIGHT * f32::from(u8::from(region_hit))
            + best.map_or(0.0, |b| b.1)
            + if te.reporter { 2.0 } else { 0.0 };
        let distinct = te.distinct.covered() as f32
            + best_distinct
            + REGION_WEIGHT * f32::from(u8::from(region_hit))
            + if te.reporter { 2.0 } else { 0.0 };
        ranked.push(Ranked {
            topic: ti,
            score,
            distinct,
            content,
            region_hit,
            best_fact: best,
        });
    }
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.topic.cmp(&b.topic)));
    ranked
}

/// A small bonus in [0, 1) from text similarity, to break ties between facts.
fn similarity(hits: &[Hit], topic: usize, fact: Option<usize>) -> f32 {
    let best = hits.first().map_or(1.0, |h| h.score).max(1e-3);
    hits.iter()
        .find(|h| h.doc.topic == topic && h.doc.fact == fact)
        .map_or(0.0, |h| 0.9 * h.score / best)
}

/// No keyword named a story: try text similarity, then give up honestly.
fn fallback(
    kb: &KnowledgeBase,
    index: &Index,
    normalized: &str,
    intent: &Intent,
    ev: &Evidence,
) -> Decision {
    let hits = index.bm25.search(normalized);
    let possible = index.bm25.query_idf(normalized);
    if let Some(h) = hits.first() {
        let share = h.idf / possible.max(1e-3);
        if h.terms >= FALLBACK_TERMS && share >= FALLBACK_SHARE && possible > 0.0 {
            return match h.doc.fact {
                Some(fact) => Decision::Fact {
                    topic: h.doc.topic,
                    fact,
                },
                None => Decision::Topic { topic: h.doc.topic },
            };
        }
    }
    if intent.news && ev.topics.is_empty() && !intent.greeting {
        return Decision::Overview;
    }
    let mut near: Vec<usize> = ev.topics.iter().map(|(t, _)| *t).collect();
    for h in hits.iter().take(3) {
        if !near.contains(&h.doc.topic) {
            near.push(h.doc.topic);
        }
    }
    near.truncate(3);
    let _ = kb;
    Decision::NoMatch {
        offtopic: None,
        near,
        greeting: intent.greeting,
    }
}

fn region_index(kb: &KnowledgeBase, topic: usize) -> Option<usize> {
    kb.regions
        .iter()
        .position(|r| r.name == kb.topics[topic].region)
}
