//! Turning a [`Decision`] into an [`Answer`]: the reply's words, its source
//! line and its follow-up buttons.

use super::decide::Decision;
use super::{Answer, AnswerKind, FollowUp, Reply, Target};
use crate::knowledge::{KnowledgeBase, Topic};

/// Follow-up buttons under one answer, at most.
const MAX_FOLLOWUPS: usize = 6;

pub fn compose(kb: &KnowledgeBase, decision: &Decision, question: &str) -> Answer {
    match *decision {
        Decision::Fact { topic, fact } => fact_answer(kb, topic, fact),
        Decision::Topic { topic } => topic_answer(kb, topic),
        Decision::Similar { topic, fact } => {
            let mut a = match fact {
                Some(fact) => fact_answer(kb, topic, fact),
                None => topic_answer(kb, topic),
            };
            a.low_confidence = true;
            a
        }
        Decision::Source { topic } => source_answer(kb, topic),
        Decision::Region { region } => super::listing::region_page(kb, region, 0),
        Decision::Overview => super::listing::overview(kb),
        Decision::Ambiguous { ref candidates } => ambiguous(kb, candidates, question),
        Decision::Missing { region, wanted } => missing(kb, region, wanted),
        Decision::Clarify { ref candidates } => clarify(kb, candidates),
        Decision::Lacking {
            topic,
            ref subject,
            ref missing,
        } => lacking(kb, topic, subject, missing.as_deref()),
        Decision::RegionLacking {
            region,
            ref missing,
        } => region_lacking(kb, region, missing.as_deref()),
        Decision::Elsewhere { ref place, wanted } => elsewhere(kb, place, wanted),
        Decision::NoMatch {
            offtopic,
            ref near,
            greeting,
        } => no_match(kb, question, offtopic, near, greeting),
    }
}

fn heading(t: &Topic) -> String {
    format!("{}｜{}", t.region, t.title)
}

/// "来源：《标题》，记者 某某，10月8日": the story's date, or its page's
/// date of issue when the story gives none.
pub fn source_line(kb: &KnowledgeBase, t: &Topic) -> String {
    let mut s = match kb.page_of(t).and_then(|p| p.paper.as_deref()) {
        Some(paper) => format!("来源：{paper}《{}》", t.source.headline),
        None => format!("来源：《{}》", t.source.headline),
    };
    if !t.source.reporters.is_empty() {
        s.push_str(&format!("，记者 {}", t.source.reporters.join("、")));
    }
    if let Some(date) = super::listing::shown_date(kb, t) {
        s.push_str(&format!("，{date}"));
    }
    s
}

fn fact_followups(kb: &KnowledgeBase, ti: usize, skip: Option<usize>, n: usize) -> Vec<FollowUp> {
    let t = &kb.topics[ti];
    let start = skip.map_or(0, |f| f + 1);
    (0..t.facts.len())
        .map(|i| (start + i) % t.facts.len())
        .filter(|&i| Some(i) != skip)
        .take(n)
        .map(|i| FollowUp {
            label: t.facts[i].question.clone(),
            target: Target::Fact {
                topic: t.id.clone(),
                fact: t.facts[i].id.clone(),
            },
        })
        .collect()
}

fn related_followups(kb: &KnowledgeBase, t: &Topic, n: usize) -> Vec<FollowUp> {
    t.related
        .iter()
        .filter_map(|id| kb.topic(id))
        .take(n)
        .map(topic_button)
        .collect()
}

fn topic_button(t: &Topic) -> FollowUp {
    FollowUp {
        label: format!("{}：{}", t.region, t.title),
        target: Target::Topic(t.id.clone()),
    }
}

fn fact_answer(kb: &KnowledgeBase, ti: usize, fi: usize) -> Answer {
    let t = &kb.topics[ti];
    let f = &t.facts[fi];
    let mut followups = fact_followups(kb, ti, Some(fi), 3);
    followups.push(FollowUp {
        label: format!("{}这篇报道讲了什么", t.title),
        target: Target::Topic(t.id.clone()),
    });
    followups.extend(related_followups(kb, t, 1));
    Answer {
        kind: AnswerKind::Fact,
        low_confidence: false,
        confidence: 0.0,
        matched: true,
        topic: Some(t.id.clone()),
        fact: Some(f.id.clone()),
        region: Some(t.region.clone()),
        candidates: Vec::new(),
        reply: Reply {
            heading: Some(heading(t)),
            paragraphs: vec![f.answer.clone()],
            source: Some(source_line(kb, t)),
        },
        followups,
    }
}

fn topic_answer(kb: &KnowledgeBase, ti: usize) -> Answer {
    let t = &kb.topics[ti];
    let mut followups = fact_followups(kb, ti, None, 4);
    followups.extend(related_followups(kb, t, 2));
    Answer {
        kind: AnswerKind::Topic,
        low_confidence: false,
        confidence: 0.0,
        matched: true,
        topic: Some(t.id.clone()),
        fact: None,
        region: Some(t.region.clone()),
        candidates: Vec::new(),
        reply: Reply {
            heading: Some(heading(t)),
            paragraphs: vec![t.answer.clone()],
            source: Some(source_line(kb, t)),
        },
        followups,
    }
}

fn source_answer(kb: &KnowledgeBase, ti: usize) -> Answer {
    let t = &kb.topics[ti];
    let mut text = format!("这篇报道是《{}》", t.source.headline);
    match &t.source.byline {
        Some(byline) => text.push_str(&format!("，署名“{byline}”")),
        None if !t.source.reporters.is_empty() => {
            text.push_str(&format!("，记者 {}", t.source.reporters.join("、")));
        }
        None => {}
    }
    if let Some(date) = super::listing::shown_date(kb, t) {
        text.push_str(&format!("，日期为{date}"));
    }
    text.push('。');
    let mut answer = topic_answer(kb, ti);
    answer.kind = AnswerKind::Source;
    answer.reply.paragraphs = vec![text, t.answer.clone()];
    answer
}

fn ambiguous(kb: &KnowledgeBase, candidates: &[(usize, Option<usize>)], question: &str) -> Answer {
    let mut lines = Vec::new();
    let mut followups = Vec::new();
    for &(ti, fi) in candidates {
        let t = &kb.topics[ti];
        let (brief, target) = match fi {
            Some(fi) => (
                t.facts[fi].answer.clone(),
                Target::Fact {
                    topic: t.id.clone(),
                    fact: t.facts[fi].id.clone(),
                },
            ),
            None => (first_sentence(&t.answer), Target::Topic(t.id.clone())),
        };
        lines.push(format!("· {}（{}）：{}", t.region, t.title, brief));
        followups.push(FollowUp {
            label: format!("{}：{}", t.region, t.title),
            target,
        });
    }
    let q = question.trim();
    let intro = if q.chars().count() <= 20 && !q.is_empty() {
        format!("“{q}”在{}篇报道里都有，你问的是哪一篇？", candidates.len())
    } else {
        format!(
            "这个问题有{}篇报道都能对上，你问的是哪一篇？",
            candidates.len()
        )
    };
    Answer {
        kind: AnswerKind::Ambiguous,
        low_confidence: true,
        confidence: 0.0,
        matched: true,
        topic: None,
        fact: None,
        region: None,
        candidates: candidates
            .iter()
            .map(|&(t, _)| kb.topics[t].id.clone())
            .collect(),
        reply: Reply {
            heading: None,
            paragraphs: vec![intro, lines.join("\n")],
            source: None,
        },
        followups: followups.into_iter().take(MAX_FOLLOWUPS).collect(),
    }
}

fn missing(kb: &KnowledgeBase, ri: usize, wanted: Option<usize>) -> Answer {
    let r = &kb.regions[ri];
    let own: Vec<&Topic> = kb.topics_of(&r.name).collect();
    let mut paragraphs = Vec::new();
    let mut followups = Vec::new();
    let mut candidates = Vec::new();
    match wanted.map(|w| &kb.topics[w]) {
        Some(w) => {
            paragraphs.push(format!(
                "抱歉，我这里没有{}关于“{}”的报道。",
                r.name, w.title
            ));
            paragraphs.push(format!(
                "这方面我只有{}的报道《{}》，需要的话可以点下面的按钮看看。",
                w.region, w.source.headline
            ));
            followups.push(topic_button(w));
            candidates.push(w.id.clone());
        }
        None => paragraphs.push(format!("抱歉，我这里还没有{}的报道。", r.name)),
    }
    if own.is_empty() {
        let names: Vec<&str> = kb
            .covered_regions()
            .iter()
            .map(|r| r.name.as_str())
            .collect();
        paragraphs.push(format!("目前能回答这些盟市的新闻：{}。", names.join("、")));
    } else {
        let titles: Vec<String> = own
            .iter()
            .map(|t| format!("《{}》", t.source.headline))
            .collect();
        paragraphs.push(format!("{}的报道有：{}。", r.name, titles.join("、")));
        followups.extend(own.iter().map(|t| topic_button(t)));
    }
    if followups.is_empty() {
        followups.push(FollowUp {
            label: "看看有哪些报道".to_string(),
            target: Target::Overview,
        });
    }
    lacking_answer(
        Some(r.name.clone()),
        candidates,
        paragraphs,
        followups.into_iter().take(MAX_FOLLOWUPS).collect(),
    )
}

fn no_match(
    kb: &KnowledgeBase,
    question: &str,
    offtopic: Option<(usize, usize)>,
    near: &[usize],
    greeting: bool,
) -> Answer {
    let mut paragraphs = Vec::new();
    if greeting {
        paragraphs.push("你好！我是内蒙古地方新闻问答机器人。".to_string());
    } else if let Some((s, e)) = offtopic {
        let word: String = crate::text::normalize(question)
            .chars()
            .skip(s)
            .take(e - s)
            .collect();
        paragraphs.push(format!("抱歉，我不提供{word}方面的信息。"));
    } else {
        paragraphs.push("抱歉，这个问题我答不上来，我的知识库里没有相关内容。".to_string());
    }
    let names: Vec<&str> = kb
        .covered_regions()
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    paragraphs.push(format!(
        "我能回答内蒙古{}个盟市的地方新闻（{}），比如：",
        names.len(),
        names.join("、")
    ));
    let mut examples: Vec<String> = near
        .iter()
        .filter_map(|&t| kb.topics[t].facts.first().map(|f| f.question.clone()))
        .collect();
    for e in &kb.settings.examples {
        if examples.len() >= 3 {
            break;
        }
        if !examples.contains(e) {
            examples.push(e.clone());
        }
    }
    examples.truncate(3);
    paragraphs.push(
        examples
            .iter()
            .map(|e| format!("· {e}"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let mut followups: Vec<FollowUp> = near.iter().map(|&t| topic_button(&kb.topics[t])).collect();
    followups.push(FollowUp {
        label: "看看有哪些报道".to_string(),
        target: Target::Overview,
    });
    Answer {
        kind: AnswerKind::NoMatch,
        low_confidence: false,
        confidence: 0.0,
        matched: false,
        topic: None,
        fact: None,
        region: None,
        candidates: Vec::new(),
        reply: Reply {
            heading: None,
            paragraphs,
            source: None,
        },
        followups,
    }
}

fn first_sentence(text: &str) -> String {
    match text.find('。') {
        Some(i) => text[..i + '。'.len_utf8()].to_string(),
        None => text.to_string(),
    }
}

/// The label of a reading, as a button shows it: the point's question, or
/// the story's title.
fn reading_label(kb: &KnowledgeBase, ti: usize, fi: Option<usize>) -> (String, Target) {
    let t = &kb.topics[ti];
    match fi.and_then(|f| t.facts.get(f)) {
        Some(f) => (
            f.question.clone(),
            Target::Fact {
                topic: t.id.clone(),
                fact: f.id.clone(),
            },
        ),
        None => (
            format!("{}：{}", t.region, t.title),
            Target::Topic(t.id.clone()),
        ),
    }
}

/// Asking back: "您是想问：" with the readings as buttons (Rasa's two-stage
/// fallback); pressing one answers it.
fn clarify(kb: &KnowledgeBase, candidates: &[(usize, Option<usize>)]) -> Answer {
    let mut lines = Vec::new();
    let mut followups = Vec::new();
    for (n, &(ti, fi)) in candidates.iter().enumerate() {
        let (label, target) = reading_label(kb, ti, fi);
        lines.push(format!("{}. {}（{}）", n + 1, label, kb.topics[ti].region));
        followups.push(FollowUp { label, target });
    }
    followups.push(FollowUp {
        label: "都不是，看看有哪些报道".to_string(),
        target: Target::Overview,
    });
    Answer {
        kind: AnswerKind::Clarify,
        low_confidence: true,
        confidence: 0.0,
        matched: false,
        topic: None,
        fact: None,
        region: None,
        candidates: candidates
            .iter()
            .map(|&(ti, fi)| {
                let t = &kb.topics[ti];
                match fi.and_then(|f| t.facts.get(f)) {
                    Some(f) => format!("{}/{}", t.id, f.id),
                    None => t.id.clone(),
                }
            })
            .collect(),
        reply: Reply {
            heading: None,
            paragraphs: vec![
                "我不太确定你问的是哪一点。您是想问：".to_string(),
                lines.join("\n"),
                "点一下就能看到回答；都不是的话，换个说法再问我。".to_string(),
            ],
            source: None,
        },
        followups,
    }
}

/// The story is about this, but does not say what was asked: say what is
/// missing and offer what there is.
fn lacking(kb: &KnowledgeBase, ti: usize, subject: &str, missing: Option<&str>) -> Answer {
    let t = &kb.topics[ti];
    let what = missing.map_or_else(|| "你问的这方面".to_string(), |m| format!("“{m}”方面"));
    let mut paragraphs = vec![format!(
        "关于{subject}，我这里只有《{}》这篇报道，讲的是{}，没有{what}的信息。",
        t.source.headline, t.title
    )];
    paragraphs.push("报道里写到的，可以点下面的问题看看。".to_string());
    let mut followups = vec![FollowUp {
        label: format!("{}这篇报道讲了什么", t.title),
        target: Target::Topic(t.id.clone()),
    }];
    followups.extend(fact_followups(kb, ti, None, 3));
    lacking_answer(
        Some(t.region.clone()),
        vec![t.id.clone()],
        paragraphs,
        followups,
    )
}

/// A region whose stories do not say what is asked: what they are about,
/// newest first, each a button away.
fn region_lacking(kb: &KnowledgeBase, ri: usize, missing: Option<&str>) -> Answer {
    let r = &kb.regions[ri];
    let own: Vec<&Topic> = kb.newest_of(Some(&r.name)).map(|t| &kb.topics[t]).collect();
    let what = missing.map_or_else(|| "你问的这方面".to_string(), |m| format!("“{m}”方面"));
    let shown: Vec<&Topic> = own.iter().take(REGION_LACKING_SHOWN).copied().collect();
    let titles: Vec<&str> = shown.iter().map(|t| t.title.as_str()).collect();
    let more = if own.len() > shown.len() { "等" } else { "" };
    let paragraphs = vec![
        format!(
            "关于{}，我这里有{}篇报道，讲的是{}{more}，没有{what}的信息。",
            r.name,
            own.len(),
            titles.join("、")
        ),
        "需要的话可以点下面的按钮看看。".to_string(),
    ];
    let mut followups: Vec<FollowUp> = shown.iter().map(|t| topic_button(t)).collect();
    if own.len() > shown.len() {
        followups.push(FollowUp {
            label: format!("{}的全部报道", r.name),
            target: Target::Region(r.name.clone()),
        });
    }
    lacking_answer(
        Some(r.name.clone()),
        shown.iter().map(|t| t.id.clone()).collect(),
        paragraphs,
        followups,
    )
}

/// A reply that says what the knowledge lacks: nothing answered, the
/// stories it offers instead as candidates and buttons.
fn lacking_answer(
    region: Option<String>,
    candidates: Vec<String>,
    paragraphs: Vec<String>,
    followups: Vec<FollowUp>,
) -> Answer {
    Answer {
        kind: AnswerKind::Missing,
        low_confidence: false,
        confidence: 0.0,
        matched: false,
        topic: None,
        fact: None,
        region,
        candidates,
        reply: Reply {
            heading: None,
            paragraphs,
            source: None,
        },
        followups,
    }
}

/// Stories a region's decline names and offers, at most.
const REGION_LACKING_SHOWN: usize = 4;

/// A place outside Inner Mongolia: handled like a region with no story.
fn elsewhere(kb: &KnowledgeBase, place: &str, wanted: Option<usize>) -> Answer {
    let mut paragraphs = vec![format!(
        "抱歉，我只收录内蒙古的地方新闻，没有{place}的报道。"
    )];
    let mut followups = Vec::new();
    let mut candidates = Vec::new();
    if let Some(w) = wanted.map(|w| &kb.topics[w]) {
        paragraphs.push(format!(
            "和这个话题有关的，我只有{}的报道《{}》，需要的话可以点下面的按钮看看。",
            w.region, w.source.headline
        ));
        followups.push(topic_button(w));
        candidates.push(w.id.clone());
    }
    let names: Vec<&str> = kb
        .covered_regions()
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    paragraphs.push(format!("目前能回答这些盟市的新闻：{}。", names.join("、")));
    followups.push(FollowUp {
        label: "看看有哪些报道".to_string(),
        target: Target::Overview,
    });
    lacking_answer(None, candidates, paragraphs, followups)
}
