//! Questions about something the knowledge has never heard of: 中欧班列,
//! 胡杨林. Such a question may share a region or a word with a story
//! (满洲里, 口岸, 游客), but the story cannot answer it, so it is declined
//! rather than answered with the nearest point.
//!
//! A subject is unknown when the question, once its keywords and question
//! words are set aside, holds a run of characters whose every
//! adjacent pair appears in no text of the knowledge. It declines only an
//! answer from a story that no word of its own named (only its region, or
//! resemblance): a story named by its words is answered whatever else the
//! question says.

use super::decide::Decision;
use super::evidence::Evidence;
use super::index::Index;
use super::lexicon;
use crate::knowledge::{KnowledgeBase, TopicId};
use crate::text::{SEP, char_offsets, is_content_char, is_han};

/// Adjacent unknown pairs that make a subject unknown: three pairs are four
/// characters (中欧班列, 胡杨林国), more than a paraphrase (解答 for 解读).
const UNKNOWN_PAIRS: usize = 3;

/// Whether `normalized` asks about a subject the knowledge has no word of.
pub fn asks_unknown(index: &Index, normalized: &str, ev: &Evidence) -> bool {
    let char_at = char_offsets(normalized);
    let mut known = lexicon::question_word_mask(normalized, &char_at);
    let mut mark = |(a, b): (usize, usize)| {
        for k in known.iter_mut().take(b).skip(a) {
            *k = true;
        }
    };
    for (_, spans) in &ev.regions {
        spans.iter().for_each(&mut mark);
    }
    // A figure said is no subject, however the page prints it (零下六十度,
    // of a page's -58℃).
    for a in super::figures::amounts(normalized) {
        mark(a.span);
    }
    for (_, t) in &ev.topics {
        t.words.iter().for_each(&mut mark);
        for (_, f) in &t.facts {
            f.specific.iter().for_each(&mut mark);
            f.echo.iter().for_each(&mut mark);
        }
    }
    let rest: String = normalized
        .chars()
        .zip(&known)
        .map(|(c, k)| if *k { SEP } else { c })
        .collect();
    let rest = lexicon::strip_function_words(&rest);
    let chars: Vec<char> = rest.chars().collect();
    let mut run = 0;
    let mut pair = String::new();
    for w in chars.windows(2) {
        // A pair counts if it is Chinese and not all function characters.
        if !(is_han(w[0]) && is_han(w[1]) && (is_content_char(w[0]) || is_content_char(w[1]))) {
            run = 0;
            continue;
        }
        pair.clear();
        pair.push(w[0]);
        pair.push(w[1]);
        if index.bm25.knows(&pair) {
            run = 0;
        } else {
            run += 1;
            if run >= UNKNOWN_PAIRS {
                return true;
            }
        }
    }
    false
}

/// A decision that answers from a story, declined when the question asks
/// about an unknown subject, or for a unit (多少万吨) none of the story's
/// figures is in; the story is offered as near.
pub fn decline_unknown(
    kb: &KnowledgeBase,
    index: &Index,
    normalized: &str,
    ev: &Evidence,
    d: Decision,
) -> Decision {
    let topic = match &d {
        Decision::Fact { topic, .. }
        | Decision::Similar { topic, .. }
        | Decision::Topic { topic } => Some(*topic),
        Decision::Region { .. } => None,
        _ => return d,
    };
    // A story the question names by its own words (not just its region)
    // is what it asks about.
    let named = ev.topics.iter().any(|(t, e)| {
        Some(*t) == topic.map(TopicId::index)
            && (!e.words.is_empty()
                || e.reporter
                || e.facts
                    .iter()
                    .any(|(_, fe)| !fe.specific.is_empty() || !fe.echo.is_empty()))
    });
    // 多少万吨煤炭 of a story with no figure in 万吨: no point of it answers.
    let unmet = topic
        .is_some_and(|t| super::measure::Measure::unit_asked(normalized).unmet(kb[t].facts.iter()));
    if !unmet && (named || !asks_unknown(index, normalized, ev)) {
        return d;
    }
    Decision::NoMatch {
        offtopic: None,
        near: topic.into_iter().collect(),
        greeting: false,
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::Engine;
    use crate::knowledge;

    #[test]
    fn unknown_subjects_are_declined_known_ones_answered() {
        let engine = Engine::new(knowledge::bundled().unwrap());
        let cases = [
            ("满洲里口岸今年开行了多少列中欧班列", false),
            ("额济纳胡杨林国庆期间接待了多少游客", false),
            ("满洲里有什么新闻", true),
            ("呼伦湖现在有多少鱼", true),
            // A paraphrase (解答 for 解读) is no unknown subject.
            ("锡林郭勒怎么给群众解答个人养老金问题", true),
        ];
        for (question, matched) in cases {
            assert_eq!(engine.answer(question).matched(), matched, "{question}");
        }
    }
}
