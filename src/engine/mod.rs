//! The answering engine: question in, [`Answer`] out.
//!
//! Pure and synchronous: no I/O, no async, no Telegram. It never fails and
//! never panics on any input; "no answer" is an [`Answer`] with
//! `matched: false`, not an error.
//!
//! A question goes `normalize` → [`evidence::find`] (all keywords in one
//! Aho-Corasick pass, then one-character slips) → [`decide::decide`] (score
//! regions, topics and facts) → [`compose::compose`] (the reply).

mod bm25;
mod compose;
mod decide;
mod evidence;
mod index;
mod lexicon;
mod listing;
mod measure;
mod unknown;

use serde::Serialize;

use crate::knowledge::KnowledgeBase;
use crate::text::normalize;

pub use compose::source_line;
pub use decide::Decision;

/// An answer to a question, as data. Adapters render it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answer {
    pub kind: AnswerKind,
    /// True only when the reply answers from the knowledge base.
    pub matched: bool,
    /// Answered, but by resemblance or with several candidates: worth an
    /// editor's look (recorded with the misses).
    pub low_confidence: bool,
    pub topic: Option<String>,
    pub fact: Option<String>,
    pub region: Option<String>,
    /// Topics the reply offers when it cannot pick one.
    pub candidates: Vec<String>,
    pub reply: Reply,
    /// Related questions, offered as buttons or numbered choices.
    pub followups: Vec<FollowUp>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    Fact,
    Topic,
    Source,
    Region,
    Overview,
    Ambiguous,
    Missing,
    NoMatch,
}

/// The words of an answer, kept apart so that each adapter can render them
/// its own way (plain text, Telegram HTML).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Reply {
    /// `呼伦贝尔｜呼伦湖生态治理`.
    pub heading: Option<String>,
    /// Paragraphs; a paragraph may hold several lines of a list.
    pub paragraphs: Vec<String>,
    /// `来源：《…》，记者 …，10月7日`.
    pub source: Option<String>,
}

impl Reply {
    /// The reply as plain text: heading in 【】, paragraphs, the source in
    /// parentheses.
    pub fn plain(&self) -> String {
        let mut parts = Vec::new();
        if let Some(h) = &self.heading {
            parts.push(format!("【{h}】"));
        }
        parts.extend(self.paragraphs.iter().cloned());
        if let Some(s) = &self.source {
            parts.push(format!("（{s}）"));
        }
        parts.join("\n")
    }
}

/// A follow-up question: its button text and what pressing it opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub label: String,
    pub target: Target,
}

/// Something an answer can link to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Target {
    Fact {
        topic: String,
        fact: String,
    },
    Topic(String),
    Region(String),
    /// A page (from 0) of a region's list of stories.
    RegionPage {
        region: String,
        page: usize,
    },
    Overview,
}

/// What a conversation is about, as the chat's memory keeps it: ids, not
/// indexes, so that it means the same after the knowledge is reloaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub topic: String,
    pub fact: Option<String>,
    /// The last question that named its story, normalized: "赤峰呢" asks it again.
    pub question: String,
}

/// A knowledge base with its index, ready to answer.
pub struct Engine {
    kb: KnowledgeBase,
    index: index::Index,
}

impl Engine {
    pub fn new(kb: KnowledgeBase) -> Engine {
        let index = index::Index::build(&kb);
        Engine { kb, index }
    }

    pub fn knowledge(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Answers a question, whatever it is.
    pub fn answer(&self, question: &str) -> Answer {
        let decision = self.decide(question);
        compose::compose(&self.kb, &decision, question)
    }

    /// Answers a question in a conversation about `context`, and says what
    /// the conversation is about afterwards.
    pub fn answer_in(
        &self,
        question: &str,
        context: Option<&Context>,
    ) -> (Answer, Option<Context>) {
        let normalized = normalize(question);
        let ctx = context.and_then(|c| {
            let topic = self.kb.topics.iter().position(|t| t.id == c.topic)?;
            let fact = c
                .fact
                .as_ref()
                .and_then(|f| self.kb.topics[topic].facts.iter().position(|x| &x.id == f));
            Some(decide::Context {
                topic,
                fact,
                question: c.question.clone(),
            })
        });
        let (decision, fresh) = match (&ctx, normalized.is_empty()) {
            (Some(ctx), false) => {
                let ev = evidence::Evidence::of(&self.index, &normalized);
                let (d, fresh) =
                    decide::decide_followup(&self.kb, &self.index, &normalized, &ev, ctx);
                let d = unknown::decline_unknown(&self.kb, &self.index, &normalized, &ev, d);
                (listing::prefer_newest(&self.kb, &normalized, d), fresh)
            }
            _ => (self.decide(question), true),
        };
        let answer = compose::compose(&self.kb, &decision, question);
        let next = match (&answer.topic, answer.matched) {
            (Some(topic), true) => Some(Context {
                topic: topic.clone(),
                fact: answer.fact.clone(),
                question: if fresh {
                    normalized
                } else {
                    context.map(|c| c.question.clone()).unwrap_or(normalized)
                },
            }),
            // Several stories fit (玉米): "包头的呢" picks one of them.
            _ if answer.kind == AnswerKind::Ambiguous && !answer.candidates.is_empty() => {
                Some(Context {
                    topic: answer.candidates[0].clone(),
                    fact: None,
                    question: normalized,
                })
            }
            // Not answered: the conversation is still about what it was.
            _ => context.cloned(),
        };
        (answer, next)
    }

    /// The context a button press sets: the story (and point) it opened.
    pub fn context_of(&self, answer: &Answer) -> Option<Context> {
        let topic = answer.topic.clone()?;
        let t = self.kb.topic(&topic)?;
        let question = match answer.fact.as_deref().and_then(|f| t.fact(f)) {
            Some(f) => normalize(&f.question),
            None => normalize(&t.title),
        };
        Some(Context {
            topic,
            fact: answer.fact.clone(),
            question,
        })
    }

    /// What the engine makes of a question, before any words are chosen.
    pub fn decide(&self, question: &str) -> Decision {
        let normalized = normalize(question);
        if normalized.is_empty() {
            return Decision::NoMatch {
                offtopic: None,
                near: Vec::new(),
                greeting: false,
            };
        }
        let ev = evidence::Evidence::of(&self.index, &normalized);
        let d = decide::decide(&self.kb, &self.index, &normalized, &ev);
        let d = unknown::decline_unknown(&self.kb, &self.index, &normalized, &ev, d);
        listing::prefer_newest(&self.kb, &normalized, d)
    }

    /// How a question was scored: keywords found, topics ranked. For editors
    /// asking "why did it answer that?" (`nmg-bot ask --explain`).
    pub fn explain(&self, question: &str) -> String {
        let normalized = normalize(question);
        let (found, ev) = evidence::Evidence::with_keywords(&self.index, &normalized);
        let mut out = String::new();
        for f in &found {
            let word: String = normalized
                .chars()
                .skip(f.start)
                .take(f.end - f.start)
                .collect();
            let targets: Vec<String> = self
                .index
                .triggers(f.pattern)
                .iter()
                .map(|t| {
                    format!(
                        "{:?}{}{}",
                        t.target,
                        if t.shared { " shared" } else { "" },
                        if t.echo { " echo" } else { "" }
                    )
                })
                .collect();
            out.push_str(&format!(
                "keyword {word:?} {}..{}{} -> {}\n",
                f.start,
                f.end,
                if f.fuzzy { " (slip)" } else { "" },
                targets.join(", ")
            ));
        }
        out.push_str(&decide::explain(&self.kb, &self.index, &normalized, &ev));
        out.push_str(&format!(
            "decision: {:?}\n",
            decide::decide(&self.kb, &self.index, &normalized, &ev)
        ));
        out
    }

    /// The answer a follow-up button opens; `None` when the target no longer
    /// exists (a button from before the knowledge changed).
    pub fn open(&self, target: &Target) -> Option<Answer> {
        let kb = &self.kb;
        let decision = match target {
            Target::Fact { topic, fact } => {
                let ti = kb.topics.iter().position(|t| &t.id == topic)?;
                let fi = kb.topics[ti].facts.iter().position(|f| &f.id == fact)?;
                Decision::Fact {
                    topic: ti,
                    fact: fi,
                }
            }
            Target::Topic(topic) => Decision::Topic {
                topic: kb.topics.iter().position(|t| &t.id == topic)?,
            },
            Target::Region(name) => return self.region(name),
            Target::RegionPage { region, page } => return self.region_page(region, *page),
            Target::Overview => Decision::Overview,
        };
        Some(compose::compose(kb, &decision, ""))
    }

    /// Every story the bot knows, by region, newest first.
    pub fn overview(&self) -> Answer {
        listing::overview(&self.kb)
    }

    /// Page `page` (from 0) of a region's stories, newest first; `None` when
    /// `name` is no region.
    pub fn region_page(&self, name: &str, page: usize) -> Option<Answer> {
        let ri = self.kb.regions.iter().position(|r| r.name == name)?;
        Some(listing::region_page(&self.kb, ri, page))
    }

    /// The stories of a region named any way people name it (锡盟, 呼市);
    /// `None` when `name` is no region at all.
    pub fn region(&self, name: &str) -> Option<Answer> {
        let n = normalize(name);
        let ri = self.kb.regions.iter().position(|r| {
            std::iter::once(&r.name)
                .chain([&r.full])
                .chain(&r.aliases)
                .any(|w| normalize(w) == n)
        })?;
        let count = self.kb.topics_of(&self.kb.regions[ri].name).count();
        let decision = match count {
            0 => Decision::Missing {
                region: ri,
                wanted: None,
            },
            1 => Decision::Topic {
                topic: self
                    .kb
                    .topics
                    .iter()
                    .position(|t| t.region == self.kb.regions[ri].name)?,
            },
            _ => Decision::Region { region: ri },
        };
        Some(compose::compose(&self.kb, &decision, name))
    }
}
