//! A premise the question asserts (呼伦湖是2015年才禁渔的吧) and whether
//! the reading's point agrees with it.

use smallvec::SmallVec;

use crate::knowledge::{KnowledgeBase, RegionId, TopicId};

use crate::engine::bm25::Doc;
use crate::engine::figures::amounts;
use crate::engine::index::Index;

use super::point::{has_number, later_year, trailing_digits};
use super::question::{Question, TAGS};
use super::{Ranked, Reading, bigram_terms, overlap, overlap_text};

/// The calendar year a figure of `answer` is given for: the last year
/// printed before it in its sentence (2022年…突破2200亿元).
pub(super) fn year_before(answer: &str, value: &str) -> Option<f64> {
    let at = answer.find(value)?;
    let before = &answer[..at];
    let sentence = before.rfind(['。', '；', '！', '？']).map_or(0, |i| i + 3);
    amounts(&before[sentence..])
        .into_iter()
        .rfind(|a| a.year)
        .map(|a| a.value)
}

/// A figure the question takes for granted, checked against the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Premise {
    /// The point whose figure it is (none for a place: the story's).
    pub fact: Option<usize>,
    /// The question's words for it (2015年, 五十个).
    pub said: String,
    /// The figure as the page prints it (2019年, 72个).
    pub figure: String,
    /// Whether the two agree.
    pub agrees: bool,
}

/// The figure a question asserts (是2015年吧, 有50个对吧), with the point of
/// the reading's story that prints a figure in the same unit. Only for
/// questions that assert rather than ask: 2024年接待了多少游客 asks.
pub(super) fn premise(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    reading: Reading,
) -> Option<Premise> {
    // 那6家机构是哪几家 asks which, taking the 6 as given: no premise to
    // check. Only a question that asks nothing but yes or no asserts.
    if !q.asked.is_empty() {
        return None;
    }
    // Nor does 哪 before a count (获得了哪两个称号): it asks which ones.
    let chars: Vec<char> = q.normalized.chars().collect();
    if chars
        .windows(2)
        .any(|w| w[0] == '哪' && (w[1].is_ascii_digit() || "一二两三四五六七八九十".contains(w[1])))
    {
        return None;
    }
    // A figure the asker says of themselves (刚退休两年) is no premise of
    // the question: only one in the clause that asks is.
    let mut said: Vec<&crate::engine::figures::Amount> = q
        .said()
        .iter()
        .filter(|a| q.weight[a.span.0] >= 1.0)
        .collect();
    // 2023年种了1000亩葵花: the year sets the time; the count is what is
    // asserted, of the figure the point gives for that year.
    let years: SmallVec<[f64; 2]> = said.iter().filter(|a| a.year).map(|a| a.value).collect();
    if said.iter().any(|a| !a.year) {
        said.retain(|a| !a.year);
    }
    // 那一百多个服务站帮五千多人找到了工作: the figures before the last
    // name what it speaks of; the last is what it asserts.
    if let Some(last) = said.iter().map(|a| a.span.0).max() {
        said.retain(|a| a.span.0 == last);
    }
    let topic = kb.topics.get(reading.topic)?;
    // 2026年呼伦湖会不会重新开放捕鱼, of a story printed in 2025: a year
    // after the story's asks what it cannot know, not a date to correct
    // by the one it gives (2019年全面禁渔). (A figure said of that year
    // is still checked: 2025年要到五千亿, of 2025年将达到3000亿元以上.)
    if said.iter().all(|a| a.year) && later_year(years.iter().copied(), topic) {
        return None;
    }
    if said.is_empty() {
        return year_premise(q, topic, reading);
    }
    // Every point of the story that prints a figure in the unit said.
    // The reading's point, if it prints a figure in the unit said; else
    // every point of the story that does.
    // 一亩地一年能给五百块吧: a sum per mu is compared only with one a
    // point gives per mu (每年每亩260元), not with a total (分红款227万元).
    let per_mu = ["一亩", "每亩", "亩均"]
        .iter()
        .any(|w| q.normalized.contains(w));
    let per_mu_said = |f: usize| {
        !per_mu
            || ["每亩", "亩均", "一亩", "/亩", "亩产"]
                .iter()
                .any(|w| topic.facts[f].answer.contains(w))
    };
    let comparable = |f: usize| {
        per_mu_said(f)
            && topic.facts[f].figures.iter().any(|g| {
                amounts(&g.value)
                    .iter()
                    .any(|p| said.iter().any(|a| p.comparable(a)))
            })
    };
    // (With the points whose figures the reading's point prints in its
    // own words: 长川制靴's point tells of the 100多名 that another point
    // counts.)
    // 小河口景区是2019年试运营的吗, of the point that says 2024年试运营 in
    // its text: a year said is checked against the years the reading's
    // point prints, not against another point's (2019年全面禁渔).
    if said.iter().all(|a| a.year)
        && let Some(f) = reading.fact
        && !comparable(f)
    {
        let text = &topic.facts[f].answer;
        let printed: Vec<String> = text
            .char_indices()
            .filter(|&(i, c)| c == '年' && i >= 4)
            .filter_map(|(i, _)| {
                // (Four ASCII digits are four bytes: a slice that is no
                // boundary holds none.)
                let year = text.get(i - 4..i)?;
                (year.chars().all(|c| c.is_ascii_digit())
                    && !text[..i - 4].ends_with(|c: char| c.is_ascii_digit()))
                .then(|| format!("{year}年"))
            })
            .collect();
        if !printed.is_empty() {
            let agrees = printed
                .iter()
                .any(|p| amounts(p).iter().any(|p| said.iter().any(|a| p.agrees(a))));
            return Some(Premise {
                fact: Some(f),
                said: q.text(said[0].span),
                figure: if agrees {
                    q.text(said[0].span)
                } else {
                    printed[0].clone()
                },
                agrees,
            });
        }
    }
    let (facts, printed_there): (Vec<usize>, Vec<usize>) = match reading.fact {
        Some(f) if comparable(f) => {
            let text = &topic.facts[f].answer;
            let there = (0..topic.facts.len())
                .filter(|&o| {
                    o != f
                        && comparable(o)
                        && topic.facts[o]
                            .figures
                            .iter()
                            .any(|g| has_number(&g.value) && text.contains(g.value.as_str()))
                })
                .collect();
            (vec![f], there)
        }
        // 古革军家是不是养了100头驯鹿, read as the point on 古革军 that
        // prints his 80头 in its text but not among its figures: the
        // points whose figure it prints are the ones to check against
        // (not 引进100余头芬兰驯鹿, which agrees but is another herd).
        fact => {
            let printed: Vec<usize> = fact.map_or_else(Vec::new, |f| {
                let text = &topic.facts[f].answer;
                (0..topic.facts.len())
                    .filter(|&o| {
                        per_mu_said(o)
                            && topic.facts[o].figures.iter().any(|g| {
                                has_number(&g.value)
                                    && text.contains(g.value.as_str())
                                    && amounts(&g.value)
                                        .iter()
                                        .any(|p| said.iter().any(|a| p.comparable(a)))
                            })
                    })
                    .collect()
            });
            let facts = if printed.is_empty() {
                (0..topic.facts.len()).filter(|&f| per_mu_said(f)).collect()
            } else {
                printed
            };
            (facts, Vec::new())
        }
    };
    let mut terms = None;
    let own = best_premise(index, q, reading, topic, &facts, &said, &years, &mut terms);
    // 长川制靴先后带动了五百多号人吧, of the point on 长川制靴 (30多名 at
    // first): a figure of another point that the reading's point prints
    // in its own words (此后先后有100多名), nearer what is said, is the one
    // corrected.
    // (Only when what is said is far from the point's own figure, three
    // times it or more: 试点挑了三十家医院吧 corrects the trial's 13家,
    // not the 47家 its text also prints.)
    if let Some(own) = &own
        && !own.0.0
        && -own.1 >= 2.0
        && let Some(there) = best_premise(
            index,
            q,
            reading,
            topic,
            &printed_there,
            &said,
            &years,
            &mut terms,
        )
        && there.0 >= own.0
        && there.1 > own.1 + 0.05
    {
        return Some(there.3);
    }
    own.map(|b| b.3)
}

/// The best premise of the figures `facts` print, ranked by agreeing,
/// label named, then nearness of value (60 is nearer 72 than 4), headline
/// figure, words shared.
#[allow(clippy::too_many_arguments)]
fn best_premise(
    index: &Index,
    q: &Question,
    reading: Reading,
    topic: &crate::knowledge::Topic,
    facts: &[usize],
    said: &[&crate::engine::figures::Amount],
    years: &[f64],
    terms: &mut Option<SmallVec<[u32; 48]>>,
) -> Option<Ranked> {
    use crate::engine::figures::Amount;
    let mut best: Option<Ranked> = None;
    for &fi in facts {
        let fact = &topic.facts[fi];
        // (in the year said, agrees, label named, nearness), figure, said.
        type Rank = (bool, bool, usize, f32);
        let mut pick: Option<(Rank, &str, &Amount)> = None;
        let mut primary = false;
        for (gi, g) in fact.figures.iter().enumerate() {
            // (2022年营业收入突破2200亿元，2025年将达到3000亿元以上: of
            // 2022年, 2200亿元.)
            let in_year = years.is_empty()
                || year_before(&fact.answer, &g.value).is_none_or(|y| years.contains(&y));
            for printed in amounts(&g.value) {
                for a in said.iter().filter(|a| printed.comparable(a)) {
                    primary |= gi == 0;
                    let near =
                        -((printed.value - a.value).abs() / printed.value.abs().max(1.0)) as f32;
                    let rank = (
                        in_year,
                        printed.agrees(a),
                        label_named(q.normalized, &g.label),
                        near,
                    );
                    if pick.as_ref().is_none_or(|p| rank > p.0) {
                        pick = Some((rank, g.value.as_str(), a));
                    }
                }
            }
        }
        let Some(((_, agrees, label, near), figure, a)) = pick else {
            continue;
        };
        let doc = Doc {
            topic: reading.topic,
            fact: Some(fi),
        };
        let rank = (agrees, label);
        let terms = terms.get_or_insert_with(|| bigram_terms(index, q));
        let then = (primary, overlap(index, terms, doc));
        let better = best.as_ref().is_none_or(|b| {
            rank > b.0
                || (rank == b.0
                    && (near > b.1 + 0.05 || ((near - b.1).abs() <= 0.05 && then > b.2)))
        });
        if better {
            let premise = Premise {
                fact: Some(fi),
                said: q.text(a.span),
                figure: figure.to_string(),
                agrees,
            };
            best = Some((rank, near, then, premise));
        }
    }
    best
}

/// A year the question asserts in words (试点是去年开始搞的吧, 附中是
/// 前年挂牌的吧), checked against the date the reading's point gives.
pub(super) fn year_premise(
    q: &Question,
    topic: &crate::knowledge::Topic,
    reading: Reading,
) -> Option<Premise> {
    const SAID: &[(&str, i16)] = &[("去年", -1), ("前年", -2), ("今年", 0)];
    let story_year = topic.date?.year();
    let fi = reading.fact?;
    let (printed, year) = point_year(topic.facts.get(fi)?, story_year)?;
    let (word, asserted) = SAID.iter().find_map(|&(word, offset)| {
        q.normalized
            .match_indices(word)
            .any(|(at, _)| q.asks_at_byte(at))
            .then_some((word, story_year + offset))
    })?;
    // 今年7月 names its year, for a reader who reads the reply later.
    let printed = if printed.starts_with(['今', '去']) {
        format!("{printed}（{year}年）")
    } else {
        printed
    };
    Some(Premise {
        fact: Some(fi),
        said: word.to_string(),
        figure: printed,
        agrees: asserted == year,
    })
}

/// The date a point gives and its year: a figure with a year in digits
/// (2025年5月1日), or one dated 今年 or 去年 from the story's year.
pub(super) fn point_year(fact: &crate::knowledge::Fact, story_year: i16) -> Option<(String, i16)> {
    fact.figures.iter().find_map(|g| {
        let v = &g.value;
        if let Some(at) = v.find('年') {
            let digits = trailing_digits(&v[..at]);
            if digits.len() == 4 {
                let year: i16 = digits.parse().ok()?;
                return Some((v.clone(), year));
            }
        }
        [("今年", 0), ("去年", -1)]
            .iter()
            .find(|(w, _)| v.starts_with(w) && v.contains(['月', '日']))
            .map(|&(_, off)| (v.clone(), story_year + off))
    })
}

/// Whether the question asserts rather than asks: it asks nothing but yes
/// or no, with a tag (对吧) or a closing 吧 or 吗, and not whether this one
/// has it too (赤峰也有就业服务站吗).
fn asserts(q: &Question) -> bool {
    // (A tag of one character, 对 or 是, is a tag only as a clause of
    // its own.)
    let tagged = TAGS
        .iter()
        .any(|t| t.chars().count() >= 2 && q.normalized.contains(t))
        || q.normalized.ends_with(['吧', '吗', '嘛', '么']);
    let also = ["也", "有没有", "还有"]
        .iter()
        .any(|w| q.normalized.contains(w));
    q.asked.is_empty() && tagged && !also
}

/// Whether the words before a place put something there (是在包头开的,
/// 呼伦湖是通辽的, 位于): 锡林郭勒禁渔了吗 asserts nothing of a place.
fn placed(before: &str) -> bool {
    ["在", "是", "属于", "位于"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// The region a question asserts a story of another region to be of
/// (世界奶业大会是在包头开的吧, of 呼和浩特's story), as the question names
/// it, with the story's region: a premise to correct, not a region with no
/// story. Only a question that asks nothing but yes or no asserts, and
/// places the story there.
pub(super) fn region_premise(
    kb: &KnowledgeBase,
    q: &Question,
    region: RegionId,
    topic: TopicId,
) -> Option<Premise> {
    if !asserts(q) {
        return None;
    }
    let named = kb.regions.get(region.index())?;
    let said = std::iter::once(&named.full)
        .chain(std::iter::once(&named.name))
        .chain(&named.aliases)
        // Placed by 在, 是, 属于 or 位于 (是在包头开的, 呼伦湖是通辽的):
        // 锡林郭勒禁渔了吗 asserts nothing of the story's place.
        .filter(|n| {
            q.normalized
                .match_indices(n.as_str())
                .any(|(at, _)| placed(&q.normalized[..at]))
        })
        .max_by_key(|n| n.chars().count())?;
    let story = kb.topics.get(topic.index())?;
    let region = kb.regions.get(story.region.index())?;
    Some(Premise {
        fact: None,
        said: said.clone(),
        figure: region.name.clone(),
        agrees: false,
    })
}

/// A place of the story's own region that the question asserts (甘其毛都
/// 口岸在乌拉特后旗吧, 冰雪旅游季是在牙克石启动的吗) and the story does
/// not name, corrected by the place of the region the story does name:
/// the one of the same kind (旗, 市), first in the point's text, then in
/// the story's.
pub(super) fn place_premise(
    kb: &KnowledgeBase,
    index: &Index,
    q: &Question,
    reading: Reading,
) -> Option<Premise> {
    if !asserts(q) {
        return None;
    }
    let story = kb.topics.get(reading.topic)?;
    let region = kb.regions.get(story.region.index())?;
    let point = reading
        .fact
        .and_then(|f| story.facts.get(f))
        .map_or("", |f| f.answer.as_str());
    let said = q
        .found
        .iter()
        .filter_map(|f| {
            let of_region = index.names_place_of(f.pattern, story.region.index());
            // (乌拉特后 of 乌拉特后旗: the place as said, whole.)
            let end = if q.chars.get(f.end).is_some_and(|c| "旗市县区".contains(*c)) {
                f.end + 1
            } else {
                f.end
            };
            let text = q.text((f.start, end));
            // (The words that place are two characters at most.)
            let placed = placed(
                &q.chars[f.start.saturating_sub(2)..f.start]
                    .iter()
                    .collect::<String>(),
            );
            (of_region && placed && !story.says(&text)).then_some(text)
        })
        .max_by_key(|t| t.chars().count())?;
    let kind = said.chars().last()?;
    let named: Vec<&String> = region.places.iter().filter(|p| story.says(p)).collect();
    let pick = |same_kind: bool| {
        let mut of_kind = named
            .iter()
            .filter(|p| !same_kind || p.ends_with(kind))
            .copied();
        of_kind
            .clone()
            .filter(|p| point.contains(p.as_str()))
            .max_by_key(|p| p.chars().count())
            .or_else(|| of_kind.next())
    };
    let right = pick(true).or_else(|| pick(false))?;
    Some(Premise {
        fact: reading.fact,
        said,
        figure: right.clone(),
        agrees: false,
    })
}

/// How much of a figure's label the question says: its pairs of characters
/// the question holds, one pair only when it is the label's head, its last
/// two characters (禁渔 of 全面禁渔). 工作 of 工作人员, said in 找到了工作,
/// names nothing.
fn label_named(question: &str, label: &str) -> usize {
    let shared = overlap_text(question, label);
    let chars: Vec<char> = label.chars().collect();
    let head = chars.len() >= 2 && {
        let last: String = chars[chars.len() - 2..].iter().collect();
        question.contains(&last)
    };
    if shared >= 2 || (shared == 1 && head) {
        shared
    } else {
        0
    }
}
