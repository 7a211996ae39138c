//! Deciding what a question asks for, from its evidence.
//!
//! The outcome is a [`Decision`]: which fact or topic answers the question,
//! or why none does. Composing the reply text is [`super::compose`]'s job.
//!
//! Topics are ranked by the keywords the question holds (a topic's own words
//! weigh more than a fact's, a named region adds to its stories). Within the
//! best topic, a fact is chosen by its keywords, the question words that fit
//! its kind (哪年 → a year) and the text it shares with the question.

use std::borrow::Cow;

use smallvec::SmallVec;

use super::bm25::Similar;
use super::evidence::{Evidence, Spans, TopicEvidence};
use super::index::Index;
use super::lexicon::{self, Intent};
use crate::knowledge::{FactKind, KnowledgeBase, LocalFactId, RegionId, TopicId};
use crate::text::{SEP, is_content_char};

/// What to answer, by ids of the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// One point of one story.
    Fact { topic: TopicId, fact: LocalFactId },
    /// A story as a whole.
    Topic { topic: TopicId },
    /// No keyword named a story, but one (or a point of it) resembles the
    /// question closely: answered, with low confidence.
    Similar {
        topic: TopicId,
        fact: Option<LocalFactId>,
    },
    /// Who wrote a story, and where it was printed.
    Source { topic: TopicId },
    /// Several stories of a region the question named.
    Region { region: RegionId },
    /// Every story the bot knows.
    Overview,
    /// The question fits several stories equally: (topic, best fact).
    Ambiguous {
        candidates: Vec<(TopicId, Option<LocalFactId>)>,
    },
    /// The question names a region with no story on it; `wanted` is a story
    /// elsewhere that the rest of the question is about.
    Missing {
        region: RegionId,
        wanted: Option<TopicId>,
    },
    /// Not sure which of a few readings is meant: asked back.
    Clarify {
        candidates: Vec<(TopicId, Option<LocalFactId>)>,
    },
    /// The question shares words with a story but asks what it does not
    /// say; `subject` is what the question is about, in its words (the
    /// region, 小河口景区), `missing` the words of the question it lacks.
    Lacking {
        topic: TopicId,
        subject: String,
        missing: Option<String>,
    },
    /// The question names a region with several stories and asks what
    /// none of them says (包头现在房价多少); `missing` is what it asks, in
    /// its words.
    RegionLacking {
        region: RegionId,
        missing: Option<String>,
    },
    /// The question asks about a place outside Inner Mongolia; `wanted` is
    /// the story the rest of the question is about.
    Elsewhere {
        place: String,
        wanted: Option<TopicId>,
    },
    /// Nothing fits. `offtopic` is a declined subject found in the question
    /// (a character span); `near` are stories with weak evidence, to suggest.
    NoMatch {
        offtopic: Option<(usize, usize)>,
        near: Vec<TopicId>,
        greeting: bool,
    },
}

impl Decision {
    /// The story and point the decision answers with, if it answers.
    pub fn reading(&self) -> Option<super::judge::Reading> {
        use super::judge::Reading;
        match *self {
            Decision::Fact { topic, fact } => Some(Reading::new(topic, Some(fact))),
            Decision::Topic { topic } | Decision::Source { topic } => {
                Some(Reading::new(topic, None))
            }
            Decision::Similar { topic, fact } => Some(Reading::new(topic, fact)),
            _ => None,
        }
    }
}

/// Extra weight of a topic's own unshared keyword, per character: a story
/// named by its own words outranks a story that mentions them in a point.
const TOPIC_WEIGHT: f32 = 0.5;
/// Weight of naming a story's region.
const REGION_WEIGHT: f32 = 2.5;
/// Weight of naming a story's reporter.
const REPORTER_WEIGHT: f32 = 2.0;
/// Weight of a question word that fits a fact's kind.
const INTENT_WEIGHT: f32 = 1.5;
/// Weight of a fact whose figure is in the unit asked for (多长 → 公里).
const MEASURE_WEIGHT: f32 = 2.0;
/// Weight of a fact keyword that only repeats the topic's.
const ECHO_WEIGHT: f32 = 0.3;
/// Weight of text similarity (0 to 1) in choosing a fact.
const SIMILARITY_WEIGHT: f32 = 3.0;
/// A fact with no keyword of its own answers a specific question only with
/// at least this similarity (relative to the best document).
const MIN_SIMILARITY: f32 = 0.45;
/// A named region's stories are weighed one by one up to this many.
const REGION_STORIES_WEIGHED: usize = 30;
/// Evidence of this many characters names a story firmly (就业服务站), where
/// one short word (推广) may be chance.
const STRONG: f32 = 3.0;
/// A second story whose evidence is this close to the best's is offered beside it ...
const CLOSE: f32 = 0.6;
/// ... as long as its whole score is not far below.
const FAR: f32 = 0.4;
/// The similarity fallback answers only when the best fact holds this share
/// of the question's content (by idf) ...
const FALLBACK_SHARE: f32 = 0.5;
/// ... and at least this many distinct terms.
const FALLBACK_TERMS: usize = 3;

#[derive(Debug)]
struct Ranked {
    topic: usize,
    score: f32,
    /// Evidence no other story could claim (unshared keywords).
    distinct: f32,
    /// Characters of the story's own unshared top-level words (its places,
    /// title, keywords): the story is named, not just touched.
    named: f32,
    /// Characters of the question that name this story or one of its
    /// points by keyword.
    evidence: f32,
    /// The question names something of this story beyond its region.
    content: bool,
    region_hit: bool,
    best: Option<BestFact>,
}

#[derive(Debug, Clone, Copy)]
struct BestFact {
    fact: usize,
    score: f32,
    /// Keyword evidence of the fact itself (not an echo of the topic).
    specific: f32,
    /// Of that, evidence no other story claims.
    distinct: f32,
    similarity: f32,
}

pub fn decide(kb: &KnowledgeBase, index: &Index, normalized: &str, ev: &Evidence) -> Decision {
    let intent = Intent::of(normalized);
    // "你好", "帮助", "都有哪些报道": nothing but function words.
    let bare = !lexicon::has_content_words(&lexicon::strip_scope_words(normalized));
    if bare && (intent.greeting || intent.help || intent.news) {
        if intent.greeting && !intent.news && !intent.help {
            return Decision::NoMatch {
                offtopic: None,
                near: Vec::new(),
                greeting: true,
            };
        }
        return Decision::Overview;
    }
    // 你是真人还是机器人: the bot says what it is, whatever point speaks of
    // robots (机器人 of a school's lab).
    // (哈喽，机器人: a greeting by what the bot is called.)
    if ev.regions.is_empty()
        && (lexicon::asks_of_the_bot(normalized) || lexicon::greets_the_bot(normalized))
    {
        return Decision::NoMatch {
            offtopic: None,
            near: Vec::new(),
            greeting: true,
        };
    }
    // Facts are told apart by what the question says beyond the names of
    // its region and story: 锡林郭勒 in a question must not make every fact
    // of the 锡林郭勒 story look similar to it.
    let residual = residual(normalized, ev);
    let content = lexicon::has_content_words(&residual);
    let similar = similar_facts(index, normalized, &residual, ev, content, None);
    let ranked = rank(kb, index, normalized, ev, &intent, &similar);
    // A yes-or-no question about nothing but the story (呼伦湖有没有…) is
    // about the story; a question word asking for a datum, or words beyond
    // the story's names, ask for a point of it.
    // (产业园 面积: a measure the question ends with asks its figure.)
    let specific = content
        || intent.count
        || intent.when
        || intent.who
        || intent.how
        || lexicon::ends_with_measure(normalized);

    if !ev.offtopic.is_empty() {
        let strong = ranked
            .iter()
            .any(|r| r.best.is_some_and(|b| b.specific >= 2.0));
        if !strong {
            return Decision::NoMatch {
                offtopic: ev.offtopic.first().copied(),
                near: ranked
                    .iter()
                    .map(|r| TopicId::new(r.topic))
                    .take(3)
                    .collect(),
                greeting: false,
            };
        }
    }

    let asked: Vec<usize> = ev.regions.iter().map(|(r, _)| *r).collect();
    let Some(top) = ranked.first() else {
        if let Some(&region) = asked.first() {
            // A region with many stories, or one with none.
            let stories = &index.region_topics[region];
            let region = RegionId::new(region);
            if !stories.is_empty() {
                return Decision::Region { region };
            }
            return Decision::Missing {
                region,
                wanted: None,
            };
        }
        return fallback(index, normalized, &intent, ev);
    };

    let top_region = region_index(index, top.topic);
    // 以前从二连浩特进口果蔬有什么问题: a place of another region that the
    // story itself names is a place the story concerns, not a region asked
    // for instead.
    let chars: Vec<char> = normalized.chars().collect();
    let named_by_story = |region: usize| {
        ev.regions
            .iter()
            .filter(|(r, _)| *r == region)
            .all(|(_, spans)| {
                spans.iter().all(|(s, e)| {
                    let word: String = chars[s..e].iter().collect();
                    e - s >= 2 && kb.topics.get(top.topic).is_some_and(|t| t.says(&word))
                })
            })
    };
    let asked: Vec<usize> = if top_region.is_some_and(|r| !asked.contains(&r))
        && asked.iter().all(|&r| named_by_story(r))
    {
        Vec::new()
    } else {
        asked
    };
    if !asked.is_empty() && !top_region.is_some_and(|r| asked.contains(&r)) {
        let without_story = asked
            .iter()
            .copied()
            .find(|&r| index.region_topics[r].is_empty());
        // A story elsewhere named by one short word (推广) does not outweigh
        // the region the question names, if a point of that region's own
        // story resembles the question.
        if without_story.is_none() && top.evidence < STRONG {
            let local = ranked.iter().find(|r| {
                region_index(index, r.topic).is_some_and(|x| asked.contains(&x)) && r.best.is_some()
            });
            if let Some(local) = local {
                let fact = local.best.map(|b| b.fact).unwrap_or(0);
                return Decision::Fact {
                    topic: TopicId::new(local.topic),
                    fact: LocalFactId::new(fact),
                };
            }
        }
        // 通辽市人社局局长是谁: a story found by a role alone (局长, of
        // 阿拉善's 林草局局长) is no story the question wants elsewhere.
        let by_role = ev
            .topics
            .iter()
            .find(|(t, _)| *t == top.topic)
            .is_some_and(|(_, e)| {
                let mut spans = e
                    .words
                    .iter()
                    .chain(e.facts.iter().flat_map(|(_, f)| f.specific.iter()))
                    .peekable();
                spans.peek().is_some()
                    && spans.all(|(s, e)| {
                        let word: String = chars[s..e].iter().collect();
                        super::judge::ROLES.contains(&word.as_str())
                    })
            });
        // (The region has stories: say what they are about, and that the
        // question is not.)
        if by_role
            && without_story.is_none()
            && let Some(&first) = index.region_topics[asked[0]].first()
        {
            if index.region_topics[asked[0]].len() > 1 {
                return Decision::RegionLacking {
                    region: RegionId::new(asked[0]),
                    missing: None,
                };
            }
            return Decision::Lacking {
                topic: TopicId::new(first),
                subject: kb.regions[asked[0]].name.clone(),
                missing: None,
            };
        }
        return Decision::Missing {
            region: RegionId::new(without_story.unwrap_or(asked[0])),
            wanted: (!by_role).then(|| TopicId::new(top.topic)),
        };
    }

    if !top.content {
        // Only a region was named. If the rest of the question is about a
        // story elsewhere (赤峰的玉米), say that this region has none.
        if let Some(other) = ranked
            .iter()
            .find(|r| r.content && r.best.is_some_and(|b| b.specific >= 2.0))
            && region_index(index, other.topic) != top_region
        {
            // As above: one short word elsewhere yields to a point of the
            // named region's story that resembles the question.
            if other.evidence < STRONG
                && let Some(b) = top.best
            {
                return Decision::Fact {
                    topic: TopicId::new(top.topic),
                    fact: LocalFactId::new(b.fact),
                };
            }
            return Decision::Missing {
                region: RegionId::new(top_region.unwrap_or(0)),
                wanted: Some(TopicId::new(other.topic)),
            };
        }
        let region = top_region.unwrap_or(0);
        // 呼和浩特从哪年开始叫中国乳都: a question asking a datum, in words
        // no keyword holds, that one point of the region's stories reads
        // most like, asks that point; the judge weighs it as any other.
        // So does a fragment that asks nothing in words (阿拉善 年均降水量).
        let fragment = !intent.is_specific() && !intent.news && !intent.source;
        // So does a yes-no question saying a figure that point prints one
        // like, to be checked against it (根河最低零下六十度是真的吗, of
        // 根河市历史上-58℃的最低气温).
        let checks_figure = |b: &BestFact| {
            intent.yesno && {
                let said = super::figures::amounts(normalized);
                kb.topics[top.topic].facts[b.fact]
                    .figures
                    .iter()
                    .flat_map(|g| super::figures::amounts(&g.value))
                    .any(|p| said.iter().any(|a| !a.year && p.comparable(a)))
            }
        };
        if content
            && let Some(b) = top.best.filter(|b| b.similarity >= 1.0)
            && (intent.count || intent.when || intent.who || fragment || checks_figure(&b))
        {
            return Decision::Fact {
                topic: TopicId::new(top.topic),
                fact: LocalFactId::new(b.fact),
            };
        }
        if index.region_topics[region].len() > 1 {
            return Decision::Region {
                region: RegionId::new(region),
            };
        }
        let topic = TopicId::new(top.topic);
        return if intent.source {
            Decision::Source { topic }
        } else {
            Decision::Topic { topic }
        };
    }

    let close: Vec<&Ranked> = ranked.iter().filter(|r| comparable(top, r)).collect();
    if close.len() > 1 {
        return Decision::Ambiguous {
            candidates: close
                .iter()
                .map(|r| {
                    let fact = r.best.map(|b| LocalFactId::new(b.fact));
                    (TopicId::new(r.topic), fact)
                })
                .collect(),
        };
    }

    let reporter_named = ev.topics.iter().any(|(t, e)| *t == top.topic && e.reporter);
    let topic = TopicId::new(top.topic);
    // 记者是哪天从科技局了解到的: the day the reporter learnt or saw it is a
    // point's, when one says 记者 with a date (记者9月30日从…获悉), else
    // the story's own date.
    let reporter_when = REPORTER_WHEN.iter().any(|w| normalized.contains(w));
    let dated = |f: &crate::knowledge::Fact| {
        f.figures
            .iter()
            .any(|g| g.value.contains('月') && g.value.contains('日'))
    };
    let reporter_dated = || {
        // (记者是哪天去的第八小学: the point the question names, if it
        // gives a day.)
        let named = top.best.filter(|b| b.specific > 0.0).filter(|b| {
            kb.topics
                .get(top.topic)
                .and_then(|t| t.facts.get(b.fact))
                .is_some_and(dated)
        });
        if let Some(b) = named {
            return Some(Decision::Fact {
                topic,
                fact: LocalFactId::new(b.fact),
            });
        }
        kb.topics.get(top.topic).and_then(|t| {
            t.facts
                .iter()
                .position(|f| f.answer.contains("记者") && dated(f))
                .map(|f| Decision::Fact {
                    topic,
                    fact: LocalFactId::new(f),
                })
        })
    };
    match top.best {
        _ if reporter_when => reporter_dated().unwrap_or(Decision::Source { topic }),
        // 呼伦湖那篇报道是哪天发的: of the story, whatever point its words name.
        _ if lexicon::asks_of_print(normalized) => Decision::Source { topic },
        _ if (intent.source || reporter_named) && !top.best.is_some_and(|b| b.specific > 0.0) => {
            Decision::Source { topic }
        }
        Some(b) if b.specific > 0.0 => Decision::Fact {
            topic,
            fact: LocalFactId::new(b.fact),
        },
        Some(b) if specific && !intent.news && b.score > 0.0 => Decision::Fact {
            topic,
            fact: LocalFactId::new(b.fact),
        },
        _ => Decision::Topic { topic },
    }
}

/// A readable account of how a question was scored, for `ask --explain`.
pub fn explain(kb: &KnowledgeBase, index: &Index, normalized: &str, ev: &Evidence) -> String {
    let intent = Intent::of(normalized);
    let residual = residual(normalized, ev);
    let content = lexicon::has_content_words(&residual);
    let similar = similar_facts(index, normalized, &residual, ev, content, None);
    let mut out = format!("normalized: {normalized:?}\nintent: {intent:?}\ncontent: {content}\n");
    for (r, spans) in &ev.regions {
        out.push_str(&format!(
            "region {} {:?}\n",
            kb.regions[*r].name,
            spans.iter().collect::<Vec<_>>()
        ));
    }
    for r in rank(kb, index, normalized, ev, &intent, &similar) {
        let t = &kb.topics[r.topic];
        out.push_str(&format!(
            "topic {} score {:.2} distinct {:.2} content {} region {}\n",
            t.id, r.score, r.distinct, r.content, r.region_hit
        ));
        if let Some(b) = r.best {
            out.push_str(&format!(
                "  best fact {} score {:.2} specific {} distinct {} similarity {:.2}\n",
                t.facts[b.fact].id, b.score, b.specific, b.distinct, b.similarity
            ));
        }
    }
    for h in similar.iter().take(3) {
        let t = &kb.topics[h.doc.topic];
        let f = h.doc.fact.map_or("-", |f| t.facts[f].id.as_str());
        out.push_str(&format!(
            "similar {}/{} {:.2} terms {}\n",
            t.id, f, h.score, h.terms
        ));
    }
    out
}

/// Whether story `r` fits the question as well as the best one, `top`, so
/// that both are offered: both matched only by keywords they share (玉米),
/// or both named by words of their own (鲜食玉米和石拐玉米).
fn comparable(top: &Ranked, r: &Ranked) -> bool {
    if std::ptr::eq(top, r) {
        return true;
    }
    if !r.content || top.region_hit != r.region_hit {
        return false;
    }
    if both_named(top, r) {
        return true;
    }
    let (Some(a), Some(b)) = (top.best, r.best) else {
        return false;
    };
    // Compared point by point: a story may hold a shared word at its top
    // level (研发投入) and still be one of two that answer.
    top.distinct == 0.0 && r.distinct == 0.0 && a.specific > 0.0 && b.specific >= CLOSE * a.specific
}

/// Both stories are named by words of their own: 鲜食玉米和石拐玉米. Not
/// when the top one's point is named by words of its own and the other has
/// no point the question names or resembles (…阿拉善左旗…听说优质普通高中
/// 的分招指标提高了: 分招指标 asks the school story's point; 阿拉善左旗,
/// which the desert story also names, is only where the asker is).
fn both_named(top: &Ranked, r: &Ranked) -> bool {
    let point_of_top_only = top.best.is_some_and(|a| a.specific >= POINT_NAMED)
        && r.best
            .is_none_or(|b| b.specific == 0.0 && b.similarity < 0.5);
    top.named > 0.0
        && r.named >= CLOSE * top.named
        && r.score >= FAR * top.score
        && !point_of_top_only
}

/// Characters of a point's own keywords that name it beyond doubt (分招指标
/// and 普通高中).
const POINT_NAMED: f32 = 6.0;

/// Facts ranked by the text they share with what the question says beyond
/// the names of its region and story; when that is nothing (通辽有多少个
/// 就业服务站), by the question without its region names. `residual` is
/// [`residual`] of the question and `content` its [`has_content`].
fn similar_facts(
    index: &Index,
    normalized: &str,
    residual: &str,
    ev: &Evidence,
    content: bool,
    extra: Option<usize>,
) -> Similar {
    let mut query = if content {
        Cow::Borrowed(residual)
    } else {
        blank(normalized, ev.regions.iter().map(|(_, s)| s))
    };
    // (下多少雨: 下雨, said on the page as 降水.)
    for pair in lexicon::split_words(normalized) {
        let q = query.to_mut();
        q.push(SEP);
        q.extend(pair);
    }
    // The stories the keywords name are the candidates; with none, every
    // story is.
    let mut candidates: Vec<usize> = ev.topics.iter().map(|(t, _)| *t).chain(extra).collect();
    for (r, _) in &ev.regions {
        let stories = &index.region_topics[*r];
        if stories.len() <= REGION_STORIES_WEIGHED {
            candidates.extend(stories);
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    if candidates.is_empty() {
        index.bm25.search(&query)
    } else {
        index.bm25.search_within(&query, &candidates)
    }
}

/// The question with its region and story names blanked out.
fn residual<'a>(normalized: &'a str, ev: &Evidence) -> Cow<'a, str> {
    blank(
        normalized,
        ev.regions
            .iter()
            .map(|(_, s)| s)
            .chain(ev.topics.iter().map(|(_, t)| &t.words)),
    )
}

fn blank<'a, 'b>(normalized: &'a str, spans: impl Iterator<Item = &'b Spans>) -> Cow<'a, str> {
    let spans: SmallVec<[(usize, usize); 8]> = spans.flat_map(Spans::iter).collect();
    if spans.is_empty() {
        return Cow::Borrowed(normalized);
    }
    Cow::Owned(
        normalized
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if spans.iter().any(|&(a, b)| a <= i && i < b) {
                    SEP
                } else {
                    c
                }
            })
            .collect(),
    )
}

fn rank(
    kb: &KnowledgeBase,
    index: &Index,
    normalized: &str,
    ev: &Evidence,
    intent: &Intent,
    similar: &Similar,
) -> Vec<Ranked> {
    let mut topics: Vec<(usize, Option<&TopicEvidence>)> =
        ev.topics.iter().map(|(t, e)| (*t, Some(e))).collect();
    // A named region brings its stories in even when nothing else of them
    // is named, as long as it has few enough to weigh one by one; a region
    // with many stories is answered with their list.
    for (r, _) in &ev.regions {
        let stories = &index.region_topics[*r];
        if stories.len() > REGION_STORIES_WEIGHED {
            continue;
        }
        for &ti in stories {
            if !topics.iter().any(|(x, _)| *x == ti) {
                topics.push((ti, None));
            }
        }
    }

    let mut ranked: Vec<Ranked> = Vec::new();
    for (ti, te) in topics {
        let region_hit = region_index(index, ti).is_some_and(|r| ev.mentions_region(r));
        let empty = TopicEvidence::default();
        let te = te.unwrap_or(&empty);
        let words = te.words.covered() as f32;

        let whole = wholes(kb, ti, normalized, ev);
        let (best, keyed) = best_fact(kb, ti, te, intent, normalized, similar, &whole);

        let best_specific = best.map_or(0.0, |b| b.specific);
        // One character alone (鱼, 船) is too little to name a story.
        let supported = words >= 2.0 || region_hit || te.reporter || best_specific >= 2.0;
        if !supported {
            continue;
        }
        let content = words > 0.0 || te.reporter || keyed;
        let region = if region_hit { REGION_WEIGHT } else { 0.0 };
        let reporter = if te.reporter { REPORTER_WEIGHT } else { 0.0 };
        let fact_score = best.map_or(0.0, |b| b.specific + 2.0 * b.similarity);
        let named = te.distinct.covered() as f32;
        ranked.push(Ranked {
            topic: ti,
            score: words + TOPIC_WEIGHT * named + region + reporter + fact_score,
            distinct: named + best.map_or(0.0, |b| b.distinct) + reporter,
            named,
            evidence: words + best_specific,
            content,
            region_hit,
            best,
        });
    }
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.topic.cmp(&b.topic)));
    ranked
}

/// Weight, per character of the place asked, of a point that speaks of it
/// as a whole (全盟 of 兴安盟): more than a keyword's, since its sibling
/// points only echo the story's place, and it must outweigh their likeness
/// to the question's other words (一年产 in 年产量).
const WHOLE_WEIGHT: f32 = 1.5;

/// Measures of a place itself, asked right after its name (阿盟 面积).
const OWN_MEASURES: &[&str] = &["面积", "人口"];

/// Endings of the places a story may speak of as a whole with 全 (全盟,
/// 全旗, 全县). Not 区: 全区 is mostly the whole autonomous region.
const WHOLE_ENDINGS: &[char] = &['盟', '市', '旗', '县', '镇', '乡', '村'];

/// What topic `ti` calls the places the question names when it speaks of
/// them as a whole (兴安盟的水稻一年产多少: 全盟; 喀喇沁旗种了多少亩番茄:
/// 全旗), each with the length of the name in the question: a point that
/// says 全盟 in a story of 兴安盟 is about 兴安盟, as if it named it.
fn wholes(
    kb: &KnowledgeBase,
    ti: usize,
    normalized: &str,
    ev: &Evidence,
) -> SmallVec<[(String, f32); 2]> {
    let t = &kb.topics[ti];
    let mut out: SmallVec<[(String, f32); 2]> = SmallVec::new();
    for (r, spans) in &ev.regions {
        for (a, b) in spans.iter() {
            let said: String = normalized.chars().skip(a).take(b - a).collect();
            // The story's own region, by any of its names (赤峰: 全市 of
            // 赤峰市), or a place the story is about (喀喇沁旗).
            let region = &kb.regions[*r];
            let is = |x: &str| crate::text::normalize(x) == said;
            let name =
                if is(&region.name) || is(&region.full) || region.aliases.iter().any(|x| is(x)) {
                    if *r != t.region.index() {
                        continue;
                    }
                    region.full.clone()
                } else if t.places.iter().any(|p| is(p)) {
                    said
                } else {
                    continue;
                };
            // (阿盟 面积, 阿拉善面积有多大: the measure right after the
            // place's name is its own, which a point says after its full
            // name: 阿拉善盟国土面积.)
            let rest = normalized
                .char_indices()
                .nth(b)
                .map_or("", |(at, _)| &normalized[at..])
                .trim_start_matches([' ', '的']);
            if let Some(m) = OWN_MEASURES.iter().find(|m| rest.starts_with(*m)) {
                for way in ["", "国土", "总", "土地", "常住", "户籍", "总人口"] {
                    let word = format!("{name}{way}{m}");
                    if !out.iter().any(|(w, _)| *w == word) {
                        out.push((word, (b - a) as f32));
                    }
                }
            }
            let Some(end) = name.chars().last().filter(|c| WHOLE_ENDINGS.contains(c)) else {
                continue;
            };
            let word = format!("全{end}");
            if !out.iter().any(|(w, _)| *w == word) {
                out.push((word, (b - a) as f32));
            }
        }
    }
    out
}

/// The fact of topic `ti` that best fits the question, and whether any fact
/// of it was named by a keyword. A fact that speaks of a place the
/// question names as a whole (`whole`, from [`wholes`]) gives its total.
fn best_fact(
    kb: &KnowledgeBase,
    ti: usize,
    te: &TopicEvidence,
    intent: &Intent,
    normalized: &str,
    similar: &Similar,
    whole: &[(String, f32)],
) -> (Option<BestFact>, bool) {
    let mut best: Option<BestFact> = None;
    let mut closest: Option<BestFact> = None;
    let mut keyed = false;
    for (fi, fact) in kb.topics[ti].facts.iter().enumerate() {
        let fe = te.facts.iter().find(|(f, _)| *f == fi).map(|(_, e)| e);
        let covered = |pick: fn(&super::evidence::FactEvidence) -> &Spans| {
            fe.map_or(0, |e| pick(e).covered()) as f32
        };
        let specific = covered(|e| &e.specific);
        let echo = covered(|e| &e.echo);
        let distinct = covered(|e| &e.distinct);
        let similarity = similar.relative(ti, Some(fi));
        // (A point that is the story's whole overview is the most like the
        // question when the overview is.)
        let most_like = similarity >= 1.0
            || fact.answer == kb.topics[ti].answer && similar.relative(ti, None) >= 1.0;
        keyed |= specific > 0.0 || echo > 0.0;
        let evidence = specific + ECHO_WEIGHT * echo + SIMILARITY_WEIGHT * similarity;
        if evidence == 0.0 || (specific == 0.0 && echo == 0.0 && similarity < MIN_SIMILARITY) {
            continue;
        }
        // 全盟…产量75万吨 gives the place's total: it answers a question
        // asking how much of the place that names no point by its own
        // words (not 通辽玉米测产是哪天开始的, nor 贺海东用几句话…).
        // (阿盟 面积: 阿拉善盟国土面积27万平方公里 is the place's own area,
        // as the measure right after its name asks; a whole, 全盟, or the
        // place's own measure.)
        let whole: f32 = whole
            .iter()
            .filter(|(w, _)| intent.count || OWN_MEASURES.iter().any(|m| w.ends_with(m)))
            .filter(|_| specific == 0.0)
            .filter(|(w, _)| fact.answer.contains(w.as_str()))
            .map(|(_, n)| WHOLE_WEIGHT * n)
            .sum();
        // 孔祥平在沙良物流园是啥职务: who someone is, asked by their name,
        // is told by the point on them, over the points that quote them.
        let named = intent.who
            && fact.kind == FactKind::Person
            && fact.keywords.iter().any(|k| {
                k.chars().count() >= 2
                    && fact.label.ends_with(k.as_str())
                    && normalized.contains(k.as_str())
            });
        let score = evidence
            + whole
            + if named { INTENT_WEIGHT } else { 0.0 }
            + INTENT_WEIGHT * intent.fits(fact.kind)
            + MEASURE_WEIGHT * intent.measure.fits(fact);
        let candidate = BestFact {
            fact: fi,
            score,
            specific,
            distinct,
            similarity,
        };
        // A fact named by its own keywords beats one that only resembles the
        // question, unless that one is the most like it and shares a word
        // of the story with it (长期合作的国内一流高校有几所: 合作 names the
        // opening point; the point on 13所一流高校 reads most like it).
        if echo > 0.0 && most_like {
            closest = Some(candidate);
        }
        let better = best.is_none_or(|b| (specific > 0.0, score) > (b.specific > 0.0, b.score));
        if better {
            best = Some(candidate);
        }
    }
    if let (Some(b), Some(c)) = (&best, closest)
        && b.specific > 0.0
        && c.score > b.score
    {
        best = Some(c);
    }
    (best, keyed)
}

/// What the conversation was about, for a follow-up question.
#[derive(Debug, Clone)]
pub struct Context {
    pub topic: TopicId,
    pub fact: Option<LocalFactId>,
    /// The last question that named its story, normalized.
    pub question: String,
}

/// Words asking when the reporter saw or learnt what the story tells.
const REPORTER_WHEN: &[&str] = &[
    "记者是哪天",
    "记者哪天",
    "记者是什么时候",
    "记者什么时候",
    "记者是几月几号",
    "记者几月几号",
    "记者是几号",
    "记者几号",
];

/// Words that ask for more of the same story: 还有呢.
const MORE: &[&str] = &[
    "还有呢",
    "还有吗",
    "还有什么",
    "还有啥",
    "然后呢",
    "接着说",
    "继续说",
    "继续",
    "再说说",
    "再讲讲",
    "更多",
    "其他的呢",
    "别的呢",
    "下一个",
    "其它呢",
    "其他呢",
];
/// Words that point back at what was just said: 它, 那.
const POINTERS: &[&str] = &[
    "它们", "它", "这家", "那家", "这个", "那个", "该", "那", "呢", "的呢", "咧",
];

/// Decides a question in a conversation about `ctx`: a question that names
/// its own story is answered fresh; an elliptical one (那湿地呢, 赤峰呢,
/// 它是哪年成立的, 还有呢) in the light of the context.
pub fn decide_followup(
    kb: &KnowledgeBase,
    index: &Index,
    normalized: &str,
    ev: &Evidence,
    ctx: &Context,
) -> (Decision, bool) {
    let fresh = decide(kb, index, normalized, ev);
    let ti = ctx.topic.index();
    // A declined subject (股市) is declined whatever came before.
    if ti >= kb.topics.len() || !ev.offtopic.is_empty() {
        return (fresh, true);
    }
    let names_story = ev
        .topics
        .iter()
        .any(|(_, e)| e.words.covered() >= 2 || e.reporter);
    let rest = lexicon::strip_function_words(&strip_words(normalized, POINTERS));

    // 还有呢: the next point of the story.
    if !names_story && ev.regions.is_empty() && MORE.iter().any(|w| normalized.contains(w)) {
        let bare = strip_words(&rest, MORE);
        if !bare.chars().any(is_content_char) {
            let next = ctx
                .fact
                .map_or(0, |f| (f.index() + 1) % kb.topics[ti].facts.len());
            return (
                Decision::Fact {
                    topic: ctx.topic,
                    fact: LocalFactId::new(next),
                },
                false,
            );
        }
    }

    // 赤峰呢: the same question about another region.
    let content = has_content(normalized, ev);
    // "呼伦贝尔最近有什么新闻" asks for the region's news, not the last
    // question again.
    let news = Intent::of(normalized).news;
    if !names_story && !ev.regions.is_empty() && !content && !news {
        let region = ev.regions[0].0;
        if region_index(index, ti) == Some(region) && ctx.fact.is_some() {
            return (again(ctx), false);
        }
        return (same_question_elsewhere(kb, index, ctx, region), false);
    }

    if names_story || !ev.regions.is_empty() {
        return (fresh, true);
    }
    // 那湿地呢, 它是哪年成立的: a point of the story the conversation is about,
    // if one fits; else the question as it stands.
    let intent = Intent::of(normalized);
    let similar = similar_facts(
        index,
        normalized,
        &residual(normalized, ev),
        ev,
        content,
        Some(ti),
    );
    let empty = TopicEvidence::default();
    let te = ev
        .topics
        .iter()
        .find(|(t, _)| *t == ti)
        .map_or(&empty, |(_, e)| e);
    match best_fact(kb, ti, te, &intent, normalized, &similar, &[]) {
        (Some(b), _) if b.specific > 0.0 || b.similarity >= MIN_SIMILARITY => (
            Decision::Fact {
                topic: ctx.topic,
                fact: LocalFactId::new(b.fact),
            },
            false,
        ),
        // 多少钱, 是哪年: a question word alone asks about the story in hand.
        _ if !rest.chars().any(is_content_char) && intent.is_specific() => (again(ctx), false),
        _ => (fresh, true),
    }
}

/// The context's own answer, once more.
fn again(ctx: &Context) -> Decision {
    match ctx.fact {
        Some(fact) => Decision::Fact {
            topic: ctx.topic,
            fact,
        },
        None => Decision::Topic { topic: ctx.topic },
    }
}

/// The last question asked again about `region`: answered if that region's
/// story holds it, else said plainly that it does not.
fn same_question_elsewhere(
    kb: &KnowledgeBase,
    index: &Index,
    ctx: &Context,
    region: usize,
) -> Decision {
    // The old question without its region and story names, with the new region.
    let old = ctx.question.clone();
    let old_ev = Evidence::of(index, &old);
    let rest = blank(
        &old,
        old_ev.regions.iter().map(|(_, s)| s).chain(
            old_ev
                .topics
                .iter()
                .filter(|(t, _)| *t == ctx.topic.index())
                .map(|(_, e)| &e.words),
        ),
    );
    let asked = format!("{}{SEP}{}", kb.regions[region].name, rest);
    let ev = Evidence::of(index, &asked);
    let named = ev.topics.iter().any(|(t, e)| {
        region_index(index, *t) == Some(region)
            && (!e.words.is_empty() || e.facts.iter().any(|(_, f)| !f.specific.is_empty()))
    });
    match decide(kb, index, &asked, &ev) {
        d @ (Decision::Fact { topic, .. } | Decision::Topic { topic })
            if named && region_index(index, topic.index()) == Some(region) =>
        {
            d
        }
        // The region the conversation is already in: its story as a whole.
        _ if region_index(index, ctx.topic.index()) == Some(region) => {
            Decision::Topic { topic: ctx.topic }
        }
        _ => Decision::Missing {
            region: RegionId::new(region),
            wanted: Some(ctx.topic),
        },
    }
}

fn strip_words(text: &str, words: &[&str]) -> String {
    let mut out = text.to_string();
    for w in words {
        out = out.replace(w, " ");
    }
    out
}

/// Whether the question says more than which story: content words beyond
/// the region and topic names and the question words.
fn has_content(normalized: &str, ev: &Evidence) -> bool {
    lexicon::has_content_words(&residual(normalized, ev))
}

/// No keyword named a story: try text similarity, then give up honestly.
fn fallback(index: &Index, normalized: &str, intent: &Intent, ev: &Evidence) -> Decision {
    // 内蒙古 and 自治区 name everything the bot covers; they tell no story apart.
    let scoped = lexicon::strip_scope_words(normalized);
    let hits = &index.bm25.search(&scoped);
    let possible = hits.query_idf;
    if let Some(h) = hits.first() {
        let share = h.idf / possible.max(1e-3);
        if h.terms >= FALLBACK_TERMS && share >= FALLBACK_SHARE && possible > 0.0 {
            let topic = h.doc.topic;
            // A lone keyword too weak to name the story (鱼) still says which
            // point of it is meant.
            let weak = ev
                .topics
                .iter()
                .find(|(t, _)| *t == topic)
                .and_then(|(_, e)| {
                    e.facts
                        .iter()
                        .max_by_key(|(_, f)| f.specific.covered())
                        .map(|(f, _)| *f)
                });
            let fact = match (h.doc.fact, weak) {
                (_, Some(f)) => Some(f),
                (Some(f), None) => Some(f),
                // The story's overview resembles the question most; a point of
                // it that resembles it nearly as well is the better answer to
                // a specific question.
                (None, None) => hits
                    .iter()
                    .skip(1)
                    .find(|x| {
                        x.doc.topic == topic && x.doc.fact.is_some() && x.score >= 0.6 * h.score
                    })
                    .and_then(|x| x.doc.fact)
                    .filter(|_| intent.is_specific()),
            };
            return Decision::Similar {
                topic: TopicId::new(topic),
                fact: fact.map(LocalFactId::new),
            };
        }
    }
    let mut near: Vec<usize> = ev.topics.iter().map(|(t, _)| *t).collect();
    for h in hits.iter().take(3) {
        if !near.contains(&h.doc.topic) {
            near.push(h.doc.topic);
        }
    }
    near.truncate(3);
    Decision::NoMatch {
        offtopic: None,
        near: near.into_iter().map(TopicId::new).collect(),
        greeting: intent.greeting,
    }
}

fn region_index(index: &Index, topic: usize) -> Option<usize> {
    index.topic_regions.get(topic).copied().flatten()
}
