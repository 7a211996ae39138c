//! Lists of stories, newest first, a page at a time: a region's stories
//! (`/region`, "呼和浩特有什么新闻"), the overview (`/topics`), and the
//! newest story for "最近/最新/今天" questions. A message stays short
//! however many stories there are: a page lists [`PAGE`] of them, and
//! buttons turn the pages.

use std::borrow::Cow;
use std::sync::Arc;

use super::compose::topic_button;
use super::decide::Decision;
use super::{Answer, FollowUp, Outcome, Reply, Target};
use crate::knowledge::{KnowledgeBase, RegionId, Topic, TopicId};

/// Stories listed on one page of a region's list.
pub const PAGE: usize = 8;
/// Story buttons under a page of the list.
const PAGE_BUTTONS: usize = 6;
/// Titles shown per region in the overview.
const OVERVIEW_TITLES: usize = 3;

/// Words that ask for the newest news.
const RECENT: &[&str] = &[
    "最近",
    "最新",
    "今天",
    "今日",
    "近日",
    "近期",
    "这几天",
    "刚刚",
];

/// Whether a question asks for the newest story.
pub fn asks_recent(normalized: &str) -> bool {
    RECENT.iter().any(|w| normalized.contains(w))
}

/// "最近/最新/今天": of several stories that fit, the newest one. A
/// region's list becomes its newest story; several candidates, the newest
/// of them when their dates tell them apart.
pub fn prefer_newest(kb: &KnowledgeBase, normalized: &str, d: Decision) -> Decision {
    if !asks_recent(normalized) {
        return d;
    }
    match d {
        Decision::Region { region } => match kb.newest_of(Some(region)).next() {
            Some(topic) => Decision::Topic { topic },
            None => Decision::Region { region },
        },
        Decision::Ambiguous { candidates } => {
            let date = |t: TopicId| kb[t].date;
            let newest = candidates.iter().map(|c| date(c.0)).max().flatten();
            let tied = candidates.iter().filter(|c| date(c.0) == newest).count();
            match candidates.iter().find(|c| date(c.0) == newest) {
                Some(&(topic, fact)) if newest.is_some() && tied == 1 => match fact {
                    Some(fact) => Decision::Fact { topic, fact },
                    None => Decision::Topic { topic },
                },
                _ => Decision::Ambiguous { candidates },
            }
        }
        d => d,
    }
}

/// The day a story is dated by in a reply: its own date as printed, else
/// its page's date of issue. The story's own is borrowed, not copied.
pub fn shown_date<'a>(kb: &KnowledgeBase, t: &'a Topic) -> Option<Cow<'a, str>> {
    match &t.source.date {
        Some(date) => Some(Cow::Borrowed(date)),
        None => kb
            .page_of(t)
            .and_then(|p| p.date)
            .map(|d| Cow::Owned(format!("{}年{}月{}日", d.year(), d.month(), d.day()))),
    }
}

/// Page `page` (from 0) of a region's stories, newest first.
pub fn region_page(kb: &Arc<KnowledgeBase>, region: RegionId, page: usize) -> Answer {
    let r = &kb[region];
    let all: Vec<TopicId> = kb.newest_of(Some(region)).collect();
    let count = all.len();
    let pages = count.div_ceil(PAGE).max(1);
    let page = page.min(pages - 1);
    let shown: Vec<TopicId> = all.iter().skip(page * PAGE).take(PAGE).copied().collect();
    let mut lines: Vec<String> = shown
        .iter()
        .map(|&t| &kb[t])
        .map(|t| match shown_date(kb, t) {
            Some(d) => format!("· {}：《{}》（{d}）", t.title, t.source.headline),
            None => format!("· {}：《{}》", t.title, t.source.headline),
        })
        .collect();
    if pages > 1 {
        lines.push(format!("第{}/{}页，最新的在前。", page + 1, pages));
    }
    let mut followups: Vec<FollowUp> = shown
        .iter()
        .take(PAGE_BUTTONS)
        .map(|&t| topic_button(kb, t))
        .collect();
    if page + 1 < pages {
        followups.push(FollowUp {
            label: "下一页 ▶".to_string(),
            target: Target::RegionPage {
                region,
                page: page + 1,
            },
        });
    }
    if page > 0 {
        followups.push(FollowUp {
            label: "◀ 上一页".to_string(),
            target: Target::RegionPage {
                region,
                page: page - 1,
            },
        });
    }
    let reply = Reply {
        heading: Some(format!("{}的报道", r.name)),
        paragraphs: vec![format!("{}有{}篇报道：", r.name, count), lines.join("\n")],
        source: None,
    };
    Answer::new(kb, Outcome::Region { region, shown }, reply, followups)
}

/// Every region with its newest stories: the reply to "有什么新闻" and
/// `/topics`. Each region's full list is a button away.
pub fn overview(kb: &Arc<KnowledgeBase>) -> Answer {
    let covered = kb.covered_regions();
    let lines: Vec<String> = covered
        .iter()
        .map(|&r| {
            let ids: Vec<TopicId> = kb.newest_of(Some(r)).collect();
            let titles: Vec<&str> = ids
                .iter()
                .take(OVERVIEW_TITLES)
                .map(|&t| kb[t].title.as_str())
                .collect();
            let more = if ids.len() > OVERVIEW_TITLES {
                format!("等{}篇", ids.len())
            } else {
                String::new()
            };
            format!("· {}：{}{more}", kb[r].name, titles.join("、"))
        })
        .collect();
    Answer::new(
        kb,
        Outcome::Overview,
        Reply {
            heading: Some("内蒙古地方新闻".to_string()),
            paragraphs: vec![
                format!(
                    "我收录了{}个盟市的{}篇报道（各盟市最新的在前）：",
                    covered.len(),
                    kb.topics.len()
                ),
                lines.join("\n"),
                "直接问我就行，比如“呼伦湖现在有多少鱼？”".to_string(),
            ],
            source: None,
        },
        covered
            .iter()
            .map(|&r| FollowUp {
                label: kb[r].name.clone(),
                target: Target::Region(r),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{Fact, FactKind, Figure, LocalFactId, Region, Settings, Source};

    /// The one region of the test base.
    fn chifeng() -> RegionId {
        RegionId::new(0)
    }

    fn kb(stories: usize) -> Arc<KnowledgeBase> {
        let topics = (0..stories)
            .map(|i| Topic {
                id: format!("t{i}"),
                region: chifeng(),
                title: format!("报道{i}"),
                places: Vec::new(),
                keywords: vec![format!("词{i}")],
                shared: Vec::new(),
                related: Vec::new(),
                answer: "答".into(),
                source: Source {
                    headline: format!("标题{i}"),
                    page: "pages/p.txt".into(),
                    ..Source::default()
                },
                facts: vec![Fact {
                    id: "f".into(),
                    label: "l".into(),
                    question: "q".into(),
                    keywords: vec!["k".into()],
                    answer: "a".into(),
                    figures: vec![Figure {
                        label: "x".into(),
                        value: "1个".into(),
                    }],
                    kind: FactKind::Number,
                }],
                draft: false,
                // Later stories are newer.
                date: jiff::civil::Date::new(2025, 1, 1)
                    .ok()
                    .and_then(|d| d.checked_add(jiff::Span::new().days(i as i64)).ok()),
                file: format!("topics/t{i}.toml"),
            })
            .collect();
        let regions = vec![Region {
            name: "赤峰".into(),
            full: "赤峰市".into(),
            aliases: Vec::new(),
            places: Vec::new(),
            other_names: Vec::new(),
            slug: None,
        }];
        Arc::new(KnowledgeBase::new(
            regions,
            Vec::new(),
            topics,
            Settings::default(),
        ))
    }

    #[test]
    fn a_region_lists_newest_first_a_page_at_a_time() {
        let kb = kb(3000);
        let first = region_page(&kb, chifeng(), 0);
        let shown = first.names().candidates;
        assert_eq!(shown[0], "t2999");
        assert_eq!(shown.len(), PAGE);
        let text = first.reply.plain();
        assert!(text.contains("赤峰有3000篇报道"), "{text}");
        assert!(text.contains("第1/375页"), "{text}");
        // A message stays well under Telegram's 4096 characters.
        assert!(text.chars().count() < 1000, "{}", text.chars().count());
        let next = first.followups.iter().find(|f| f.label.contains("下一页"));
        assert_eq!(
            next.map(|f| &f.target),
            Some(&Target::RegionPage {
                region: chifeng(),
                page: 1
            })
        );
        let last = region_page(&kb, chifeng(), 10_000);
        assert!(last.reply.plain().contains("第375/375页"));
        assert!(!last.followups.iter().any(|f| f.label.contains("下一页")));
        assert!(overview(&kb).reply.plain().chars().count() < 1000);
    }

    #[test]
    fn recent_questions_prefer_the_newest_story() {
        let kb = kb(3);
        let topic = |i| TopicId::new(i);
        let cases = [
            (
                "赤峰最近有什么新闻",
                Decision::Region { region: chifeng() },
                Decision::Topic { topic: topic(2) },
            ),
            (
                "赤峰有什么新闻",
                Decision::Region { region: chifeng() },
                Decision::Region { region: chifeng() },
            ),
            (
                "最新的玉米新闻",
                Decision::Ambiguous {
                    candidates: vec![(topic(0), Some(LocalFactId::new(0))), (topic(1), None)],
                },
                Decision::Topic { topic: topic(1) },
            ),
        ];
        for (q, d, expected) in cases {
            assert_eq!(prefer_newest(&kb, q, d), expected, "{q}");
        }
    }
}
