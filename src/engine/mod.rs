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
mod figures;
mod index;
mod judge;
mod lexicon;

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
    /// How sure the engine is that its best reading answers the question,
    /// from 0 to 1: it answers from 0.5, asks back below, and declines
    /// below [`judge::confidence`] of the decline share.
    pub confidence: f32,
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
    /// Not sure which of a few readings is meant: "您是想问：".
    Clarify,
    Missing,
    NoMatch,
}

impl AnswerKind {
    /// The kind as `ask --json` names it.
    pub fn name(self) -> &'static str {
        match self {
            AnswerKind::Fact => "fact",
            AnswerKind::Topic => "topic",
            AnswerKind::Source => "source",
            AnswerKind::Region => "region",
            AnswerKind::Overview => "overview",
            AnswerKind::Ambiguous => "ambiguous",
            AnswerKind::Clarify => "clarify",
            AnswerKind::Missing => "missing",
            AnswerKind::NoMatch => "no_match",
        }
    }
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
    Fact { topic: String, fact: String },
    Topic(String),
    Region(String),
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
        let judged = self.judged(question);
        self.compose(&judged, question)
    }

    fn compose(&self, judged: &judge::Judged, question: &str) -> Answer {
        let mut answer = compose::compose(&self.kb, &judged.decision, question);
        answer.confidence = judged.confidence;
        if let Some(p) = &judged.premise {
            let line = if p.agrees {
                format!("没错，是{}。", p.figure)
            } else {
                format!("不是{}，是{}。", p.said, p.figure)
            };
            answer.reply.paragraphs.insert(0, line);
        }
        answer
    }

    /// What the engine makes of a question, weighed: the decision, its
    /// confidence and why.
    fn judged(&self, question: &str) -> judge::Judged {
        let normalized = normalize(question);
        if normalized.is_empty() {
            return judge::Judged::not_answered(Decision::NoMatch {
                offtopic: None,
                near: Vec::new(),
                greeting: false,
            });
        }
        let read = evidence::Evidence::read(&self.index, &normalized);
        let ev = &read.evidence;
        let decision = decide::decide(&self.kb, &self.index, &normalized, ev);
        let q = judge::Question::new(&normalized, &read);
        let whole = judge::judge(&self.kb, &self.index, &q, ev, decision);
        // A spoken run-on: the preamble's words (孩子, 老人) must not choose
        // the point. The question proper, with the preamble's names of
        // region and story, is weighed too, and answers when it explains
        // more of what is asked.
        let Some(proper) = q.proper(&self.index) else {
            return whole;
        };
        let read = evidence::Evidence::read(&self.index, &proper);
        let ev = &read.evidence;
        let decision = decide::decide(&self.kb, &self.index, &proper, ev);
        let q = judge::Question::new(&proper, &read);
        let part = judge::judge(&self.kb, &self.index, &q, ev, decision);
        let answers = |j: &judge::Judged| j.decision.reading().is_some() && j.why.answers();
        let same_story =
            part.decision.reading().map(|r| r.topic) == whole.decision.reading().map(|r| r.topic);
        if answers(&part) && (!answers(&whole) || same_story) && part.confidence > whole.confidence
        {
            part
        } else {
            whole
        }
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
        let (judged, fresh) = match (&ctx, normalized.is_empty()) {
            (Some(ctx), false) => {
                let read = evidence::Evidence::read(&self.index, &normalized);
                let ev = &read.evidence;
                let (decision, fresh) =
                    decide::decide_followup(&self.kb, &self.index, &normalized, ev, ctx);
                let q = judge::Question::new(&normalized, &read);
                (judge::judge(&self.kb, &self.index, &q, ev, decision), fresh)
            }
            _ => (self.judged(question), true),
        };
        let answer = self.compose(&judged, question);
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
        self.judged(question).decision
    }

    /// How a question was scored: keywords found, topics ranked. For editors
    /// asking "why did it answer that?" (`nmg-bot ask --explain`).
    pub fn explain(&self, question: &str) -> String {
        let normalized = normalize(question);
        let read = evidence::Evidence::read(&self.index, &normalized);
        let (found, ev) = (&read.found, &read.evidence);
        let mut out = String::new();
        for f in found {
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
        out.push_str(&decide::explain(&self.kb, &self.index, &normalized, ev));
        let decision = decide::decide(&self.kb, &self.index, &normalized, ev);
        out.push_str(&format!("best reading: {decision:?}\n"));
        let q = judge::Question::new(&normalized, &read);
        let judged = judge::judge(&self.kb, &self.index, &q, ev, decision);
        if let Some(w) = &judged.weighed {
            out.push_str(&judge::describe(&q, w));
        }
        out.push_str(&format!(
            "confidence: {:.2}\nwhy: {}\ndecision: {:?}\n",
            judged.confidence, judged.why, judged.decision
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
            Target::Overview => Decision::Overview,
        };
        let mut answer = compose::compose(kb, &decision, "");
        // A button opens what it names: nothing is left to doubt.
        answer.confidence = if answer.matched { 1.0 } else { 0.0 };
        Some(answer)
    }

    /// Every story the bot knows, by region.
    pub fn overview(&self) -> Answer {
        let mut answer = compose::overview(&self.kb);
        answer.confidence = 1.0;
        answer
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
        let mut answer = compose::compose(&self.kb, &decision, name);
        answer.confidence = if answer.matched { 1.0 } else { 0.0 };
        Some(answer)
    }
}
