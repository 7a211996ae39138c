//! Inline mode: `@bot 呼伦湖` in any chat offers answers to send.

use teloxide::types::{
    InlineQueryResult, InlineQueryResultArticle, InputMessageContent, InputMessageContentText,
    ParseMode,
};

use super::render;
use crate::engine::Answer;

/// The longest description under a result's title, in characters.
const MAX_DESCRIPTION: usize = 60;

/// The results of an inline query, from the bot's answers (best first).
pub fn results(answers: &[Answer]) -> Vec<InlineQueryResult> {
    answers
        .iter()
        .enumerate()
        .map(|(i, a)| article(i, a))
        .collect()
}

fn article(i: usize, a: &Answer) -> InlineQueryResult {
    let names = a.names();
    let title = match (&a.reply.heading, names.fact) {
        (Some(h), Some(_)) => format!("{h}（要点）"),
        (Some(h), _) => h.clone(),
        (None, _) if !a.matched() => "没有找到相关报道".to_string(),
        (None, _) => "内蒙古地方新闻".to_string(),
    };
    let description: String = a
        .reply
        .paragraphs
        .first()
        .map(|p| p.chars().take(MAX_DESCRIPTION).collect())
        .unwrap_or_default();
    // An inline result is one message: the first part of a long reply.
    let text = render::html(&a.reply)
        .into_iter()
        .next()
        .unwrap_or_default();
    let id = format!(
        "{i}-{}-{}",
        names.topic.unwrap_or("none"),
        names.fact.unwrap_or("all")
    );
    let id: String = id.chars().take(64).collect();
    let content =
        InputMessageContent::Text(InputMessageContentText::new(text).parse_mode(ParseMode::Html));
    InlineQueryResult::Article(
        InlineQueryResultArticle::new(id, title, content).description(description),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chat::{self, MAX_INLINE};
    use crate::engine::Engine;
    use crate::knowledge;

    fn ids_and_titles(query: &str) -> Vec<(String, String)> {
        let engine = Engine::new(knowledge::bundled().unwrap());
        results(&chat::inline(&engine, query))
            .into_iter()
            .map(|r| match r {
                InlineQueryResult::Article(a) => (a.id, a.title),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn a_query_gets_its_answer_first_with_unique_ids() {
        let got = ids_and_titles("呼伦湖");
        assert!(!got.is_empty() && got.len() <= MAX_INLINE);
        assert!(got[0].1.contains("呼伦湖"), "{got:?}");
        let mut ids: Vec<&String> = got.iter().map(|(id, _)| id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), got.len());
        assert!(got.iter().all(|(id, _)| id.len() <= 64));
    }

    #[test]
    fn an_empty_query_offers_the_regions() {
        let got = ids_and_titles("");
        assert_eq!(got[0].1, "内蒙古地方新闻");
        // The overview and one result per region with a story, ten at most.
        let regions = knowledge::bundled().unwrap().covered_regions().len();
        assert_eq!(got.len(), (regions + 1).min(MAX_INLINE), "{got:?}");
    }
}
