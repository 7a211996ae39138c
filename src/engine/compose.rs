//! Turning a [`Decision`] into an [`Answer`]: the reply's words, its source
//! line and its follow-up buttons.

use std::sync::Arc;

use super::decide::Decision;
use super::lexicon;
use super::{Answer, FollowUp, Outcome, Reply, Target};
use crate::knowledge::{FactId, KnowledgeBase, LocalFactId, RegionId, Topic, TopicId};

/// Follow-up buttons under one answer, at most.
const MAX_FOLLOWUPS: usize = 6;

pub fn compose(kb: &Arc<KnowledgeBase>, decision: &Decision, question: &str) -> Answer {
    match *decision {
        Decision::Fact { topic, fact } => fact_answer(kb, FactId { topic, local: fact }, false),
        Decision::Topic { topic } => topic_answer(kb, topic, false),
        Decision::Similar { topic, fact } => match fact {
            Some(fact) => fact_answer(kb, FactId { topic, local: fact }, true),
            None => topic_answer(kb, topic, true),
        },
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

// The heading, source line and buttons are in every answer from a story:
// they are put together with `concat` and `push_str` into one string each,
// where a `format!` per piece cost an allocation and a pass of the
// formatting machinery each.

fn heading(kb: &KnowledgeBase, t: &Topic) -> String {
    [kb[t.region].name.as_str(), "｜", &t.title].concat()
}

/// "来源：《标题》，记者 某某，10月8日": the story's date, or its page's
/// date of issue when the story gives none.
pub fn source_line(kb: &KnowledgeBase, t: &Topic) -> String {
    let mut s = String::with_capacity(128);
    s.push_str("来源：");
    if let Some(paper) = kb.page_of(t).and_then(|p| p.paper.as_deref()) {
        s.push_str(paper);
    }
    s.push('《');
    s.push_str(&t.source.headline);
    s.push('》');
    for (i, reporter) in t.source.reporters.iter().enumerate() {
        s.push_str(if i == 0 { "，记者 " } else { "、" });
        s.push_str(reporter);
    }
    if let Some(date) = super::listing::shown_date(kb, t) {
        s.push('，');
        s.push_str(&date);
    }
    s
}

fn fact_followups(
    kb: &KnowledgeBase,
    topic: TopicId,
    skip: Option<LocalFactId>,
    n: usize,
) -> Vec<FollowUp> {
    let t = &kb[topic];
    let skip = skip.map(LocalFactId::index);
    let start = skip.map_or(0, |f| f + 1);
    (0..t.facts.len())
        .map(|i| (start + i) % t.facts.len())
        .filter(|&i| Some(i) != skip)
        .take(n)
        .map(|i| FollowUp {
            label: t.facts[i].question.clone(),
            target: Target::Fact(FactId {
                topic,
                local: LocalFactId::new(i),
            }),
        })
        .collect()
}

fn related_followups(kb: &KnowledgeBase, t: &Topic, n: usize) -> Vec<FollowUp> {
    t.related
        .iter()
        .take(n)
        .map(|&r| topic_button(kb, r))
        .collect()
}

pub(super) fn topic_button(kb: &KnowledgeBase, topic: TopicId) -> FollowUp {
    let t = &kb[topic];
    FollowUp {
        label: [kb[t.region].name.as_str(), "：", &t.title].concat(),
        target: Target::Topic(topic),
    }
}

fn fact_answer(kb: &Arc<KnowledgeBase>, fact: FactId, resembled: bool) -> Answer {
    let t = &kb[fact.topic];
    let f = &kb[fact];
    let mut followups = fact_followups(kb, fact.topic, Some(fact.local), 3);
    followups.push(FollowUp {
        label: [t.title.as_str(), "这篇报道讲了什么"].concat(),
        target: Target::Topic(fact.topic),
    });
    followups.extend(related_followups(kb, t, 1));
    Answer::new(
        kb,
        Outcome::Fact { fact, resembled },
        Reply {
            heading: Some(heading(kb, t)),
            paragraphs: vec![f.answer.clone()],
            source: Some(source_line(kb, t)),
        },
        followups,
    )
}

fn topic_answer(kb: &Arc<KnowledgeBase>, topic: TopicId, resembled: bool) -> Answer {
    let t = &kb[topic];
    let mut followups = fact_followups(kb, topic, None, 4);
    followups.extend(related_followups(kb, t, 2));
    Answer::new(
        kb,
        Outcome::Topic { topic, resembled },
        Reply {
            heading: Some(heading(kb, t)),
            paragraphs: vec![t.answer.clone()],
            source: Some(source_line(kb, t)),
        },
        followups,
    )
}

fn source_answer(kb: &Arc<KnowledgeBase>, topic: TopicId) -> Answer {
    let t = &kb[topic];
    let mut text = format!("这篇报道是《{}》", t.source.headline);
    match &t.source.byline {
        Some(byline) => text.push_str(&format!("，署名“{byline}”")),
        None if !t.source.reporters.is_empty() => {
            text.push_str(&format!("，记者 {}", t.source.reporters.join("、")));
        }
        None => {}
    }
    if !t.source.photographers.is_empty() {
        text.push_str(&format!("，图片：{}", t.source.photographers.join("、")));
    }
    if let Some(date) = super::listing::shown_date(kb, t) {
        text.push_str(&format!("，日期为{date}"));
    }
    text.push('。');
    let mut answer = topic_answer(kb, topic, false);
    answer.outcome = Outcome::Source { topic };
    answer.reply.paragraphs = vec![text, t.answer.clone()];
    answer
}

fn ambiguous(
    kb: &Arc<KnowledgeBase>,
    candidates: &[(TopicId, Option<LocalFactId>)],
    question: &str,
) -> Answer {
    let mut lines = Vec::new();
    let mut followups = Vec::new();
    for &(topic, local) in candidates {
        let t = &kb[topic];
        let (brief, target) = match local {
            Some(local) => (
                t[local].answer.clone(),
                Target::Fact(FactId { topic, local }),
            ),
            None => (first_sentence(&t.answer), Target::Topic(topic)),
        };
        let region = &kb[t.region].name;
        lines.push(format!("· {}（{}）：{}", region, t.title, brief));
        followups.push(FollowUp {
            label: format!("{}：{}", region, t.title),
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
    Answer::new(
        kb,
        Outcome::Ambiguous {
            candidates: candidates.iter().map(|&(t, _)| t).collect(),
        },
        Reply {
            heading: None,
            paragraphs: vec![intro, lines.join("\n")],
            source: None,
        },
        followups.into_iter().take(MAX_FOLLOWUPS).collect(),
    )
}

fn missing(kb: &Arc<KnowledgeBase>, region: RegionId, wanted: Option<TopicId>) -> Answer {
    let r = &kb[region];
    let own: Vec<TopicId> = kb.topics_of(region).collect();
    let mut paragraphs = Vec::new();
    let mut followups = Vec::new();
    let mut offered = Vec::new();
    match wanted {
        Some(wanted) => {
            let w = &kb[wanted];
            paragraphs.push(format!(
                "抱歉，我这里没有{}关于“{}”的报道。",
                r.name, w.title
            ));
            // By its subject, not its headline: a headline's figure
            // (123个服务站) read here is taken for the answer.
            paragraphs.push(format!(
                "这方面我只有{}的报道，讲的是{}，需要的话可以点下面的按钮看看。",
                kb[w.region].name, w.title
            ));
            followups.push(topic_button(kb, wanted));
            offered.push(wanted);
        }
        None => paragraphs.push(format!("抱歉，我这里还没有{}的报道。", r.name)),
    }
    if own.is_empty() {
        paragraphs.push(format!("目前能回答这些盟市的新闻：{}。", covered_names(kb)));
    } else {
        let titles: Vec<&str> = own.iter().map(|&t| kb[t].title.as_str()).collect();
        paragraphs.push(format!("{}的报道讲的是：{}。", r.name, titles.join("、")));
        followups.extend(own.iter().map(|&t| topic_button(kb, t)));
    }
    if followups.is_empty() {
        followups.push(FollowUp {
            label: "看看有哪些报道".to_string(),
            target: Target::Overview,
        });
    }
    lacking_answer(
        kb,
        Some(region),
        offered,
        paragraphs,
        followups.into_iter().take(MAX_FOLLOWUPS).collect(),
    )
}

/// The regions with stories, as a reply lists them: `赤峰、通辽`.
fn covered_names(kb: &KnowledgeBase) -> String {
    let names: Vec<&str> = kb
        .covered_regions()
        .into_iter()
        .map(|r| kb[r].name.as_str())
        .collect();
    names.join("、")
}

fn no_match(
    kb: &Arc<KnowledgeBase>,
    question: &str,
    offtopic: Option<(usize, usize)>,
    near: &[TopicId],
    greeting: bool,
) -> Answer {
    let mut paragraphs = Vec::new();
    if greeting && lexicon::asks_of_the_bot(&crate::text::normalize(question)) {
        paragraphs.push(
            "我是内蒙古地方新闻问答机器人，不是真人：我的回答都出自收录的报道，注明了出处。"
                .to_string(),
        );
    } else if greeting {
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
    let covered = kb.covered_regions();
    paragraphs.push(format!(
        "我能回答内蒙古{}个盟市的地方新闻（{}），比如：",
        covered.len(),
        covered_names(kb)
    ));
    let mut examples: Vec<String> = near
        .iter()
        .filter_map(|&t| kb[t].facts.first().map(|f| f.question.clone()))
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
    let mut followups: Vec<FollowUp> = near.iter().map(|&t| topic_button(kb, t)).collect();
    followups.push(FollowUp {
        label: "看看有哪些报道".to_string(),
        target: Target::Overview,
    });
    Answer::new(
        kb,
        Outcome::NoMatch,
        Reply {
            heading: None,
            paragraphs,
            source: None,
        },
        followups,
    )
}

fn first_sentence(text: &str) -> String {
    match text.find('。') {
        Some(i) => text[..i + '。'.len_utf8()].to_string(),
        None => text.to_string(),
    }
}

/// The label of a reading, as a button shows it: the point's question, or
/// the story's title.
fn reading_label(
    kb: &KnowledgeBase,
    topic: TopicId,
    local: Option<LocalFactId>,
) -> (String, Target) {
    let t = &kb[topic];
    match local {
        Some(local) => (
            t[local].question.clone(),
            Target::Fact(FactId { topic, local }),
        ),
        None => (
            format!("{}：{}", kb[t.region].name, t.title),
            Target::Topic(topic),
        ),
    }
}

/// A reading's point, if the story has it.
fn held(kb: &KnowledgeBase, topic: TopicId, local: Option<LocalFactId>) -> Option<LocalFactId> {
    local.filter(|f| f.index() < kb[topic].facts.len())
}

/// Asking back: "您是想问：" with the readings as buttons (Rasa's two-stage
/// fallback); pressing one answers it.
fn clarify(kb: &Arc<KnowledgeBase>, candidates: &[(TopicId, Option<LocalFactId>)]) -> Answer {
    let readings: Vec<(TopicId, Option<LocalFactId>)> = candidates
        .iter()
        .map(|&(t, f)| (t, held(kb, t, f)))
        .collect();
    let mut lines = Vec::new();
    let mut followups = Vec::new();
    for (n, &(topic, local)) in readings.iter().enumerate() {
        let (label, target) = reading_label(kb, topic, local);
        lines.push(format!(
            "{}. {}（{}）",
            n + 1,
            label,
            kb[kb[topic].region].name
        ));
        followups.push(FollowUp { label, target });
    }
    followups.push(FollowUp {
        label: "都不是，看看有哪些报道".to_string(),
        target: Target::Overview,
    });
    Answer::new(
        kb,
        Outcome::Clarify { readings },
        Reply {
            heading: None,
            paragraphs: vec![
                "我不太确定你问的是哪一点。您是想问：".to_string(),
                lines.join("\n"),
                "点一下就能看到回答；都不是的话，换个说法再问我。".to_string(),
            ],
            source: None,
        },
        followups,
    )
}

/// The story is about this, but does not say what was asked: say what is
/// missing and offer what there is.
fn lacking(
    kb: &Arc<KnowledgeBase>,
    topic: TopicId,
    subject: &str,
    missing: Option<&str>,
) -> Answer {
    let t = &kb[topic];
    let what = missing.map_or_else(|| "你问的这方面".to_string(), |m| format!("“{m}”方面"));
    let mut paragraphs = vec![format!(
        "关于{subject}，我这里只有{}，讲的是{}，没有{what}的信息。",
        story_named(kb, topic),
        t.title
    )];
    paragraphs.push("报道里写到的，可以点下面的问题看看。".to_string());
    let mut followups = vec![FollowUp {
        label: format!("{}这篇报道讲了什么", t.title),
        target: Target::Topic(topic),
    }];
    followups.extend(fact_followups(kb, topic, None, 3));
    lacking_answer(kb, Some(t.region), vec![topic], paragraphs, followups)
}

/// How a reply that lacks what was asked names the story it has: by its
/// headline, unless the headline prints a figure (《3389万元激励35家创新
/// 主体研发》), which a reader takes for the answer to what they asked.
fn story_named(kb: &KnowledgeBase, topic: TopicId) -> String {
    let t = &kb[topic];
    if t.source.headline.chars().any(|c| c.is_ascii_digit()) {
        format!("{}的一篇报道", kb[t.region].name)
    } else {
        format!("《{}》这篇报道", t.source.headline)
    }
}

/// A region whose stories do not say what is asked: what they are about,
/// newest first, each a button away.
fn region_lacking(kb: &Arc<KnowledgeBase>, region: RegionId, missing: Option<&str>) -> Answer {
    let r = &kb[region];
    let own: Vec<TopicId> = kb.newest_of(Some(region)).collect();
    let what = missing.map_or_else(|| "你问的这方面".to_string(), |m| format!("“{m}”方面"));
    let shown: Vec<TopicId> = own.iter().take(REGION_LACKING_SHOWN).copied().collect();
    let titles: Vec<&str> = shown.iter().map(|&t| kb[t].title.as_str()).collect();
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
    let mut followups: Vec<FollowUp> = shown.iter().map(|&t| topic_button(kb, t)).collect();
    if own.len() > shown.len() {
        followups.push(FollowUp {
            label: format!("{}的全部报道", r.name),
            target: Target::Region(region),
        });
    }
    lacking_answer(kb, Some(region), shown, paragraphs, followups)
}

/// A reply that says what the knowledge lacks: nothing answered, the
/// stories it offers instead as candidates and buttons.
fn lacking_answer(
    kb: &Arc<KnowledgeBase>,
    region: Option<RegionId>,
    offered: Vec<TopicId>,
    paragraphs: Vec<String>,
    followups: Vec<FollowUp>,
) -> Answer {
    Answer::new(
        kb,
        Outcome::Missing { region, offered },
        Reply {
            heading: None,
            paragraphs,
            source: None,
        },
        followups,
    )
}

/// Stories a region's decline names and offers, at most.
const REGION_LACKING_SHOWN: usize = 4;

/// A place outside Inner Mongolia: handled like a region with no story.
fn elsewhere(kb: &Arc<KnowledgeBase>, place: &str, wanted: Option<TopicId>) -> Answer {
    let mut paragraphs = vec![format!(
        "抱歉，我只收录内蒙古的地方新闻，没有{place}的报道。"
    )];
    let mut followups = Vec::new();
    let mut offered = Vec::new();
    if let Some(wanted) = wanted {
        let w = &kb[wanted];
        paragraphs.push(format!(
            "和这个话题有关的，我只有{}的报道，讲的是{}，需要的话可以点下面的按钮看看。",
            kb[w.region].name, w.title
        ));
        followups.push(topic_button(kb, wanted));
        offered.push(wanted);
    }
    paragraphs.push(format!("目前能回答这些盟市的新闻：{}。", covered_names(kb)));
    followups.push(FollowUp {
        label: "看看有哪些报道".to_string(),
        target: Target::Overview,
    });
    lacking_answer(kb, None, offered, paragraphs, followups)
}
