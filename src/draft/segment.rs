//! The Chinese word segmenter drafting uses: jieba-rs, with the regions'
//! place names added to its dictionary, and its TF-IDF keyword extraction.
//!
//! This is the only module that names `jieba_rs`. Loading the dictionary
//! takes a few hundred milliseconds and some 30 MB, so only `nmg-bot draft`
//! builds a [`Segmenter`]; the bot never does.

use jieba_rs::{Jieba, KeywordExtract, TfIdf};

use crate::knowledge::Region;

/// Parts of speech that make keywords: nouns of every kind, verbal nouns,
/// abbreviations (医保) and Latin words (AGV).
const KEYWORD_TAGS: &[&str] = &[
    "n", "nr", "nrt", "ns", "nt", "nz", "nrfg", "vn", "j", "eng", "l", "an", "s",
];

/// One word of a segmented text, with its part of speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub tag: &'a str,
    /// Whether the dictionary has the word. A word it does not have was
    /// made up by jieba's HMM from the characters (花吐 of 花吐古拉镇), and
    /// its part of speech is a guess.
    pub known: bool,
}

/// jieba with the dictionary extended by the knowledge's place names.
pub struct Segmenter {
    jieba: Jieba,
    tfidf: TfIdf,
}

impl Segmenter {
    /// Loads the dictionary and adds every region's names and places, so
    /// that 乌拉特中旗 or 阿拉善左旗 stay one word.
    pub fn new(regions: &[Region]) -> Segmenter {
        let mut jieba = Jieba::new();
        for r in regions {
            let names = std::iter::once(&r.name)
                .chain([&r.full])
                .chain(&r.aliases)
                .chain(&r.places);
            for w in names {
                jieba.add_word(w, None, Some("ns"));
            }
        }
        // Nouns of the region the dictionary reads as verbs (嘎查现有134户).
        for w in ["嘎查", "苏木"] {
            jieba.add_word(w, None, Some("n"));
        }
        // A trade inside firms' names, which the dictionary splits into an
        // adjective and a noun (京运通|新|材料|产业园).
        jieba.add_word("新材料", None, Some("n"));
        Segmenter {
            jieba,
            tfidf: TfIdf::default(),
        }
    }

    /// Adds a word the page itself establishes (a place or a person found
    /// by pattern), so that keyword extraction keeps it whole.
    pub fn add_word(&mut self, word: &str, tag: &str) {
        self.jieba.add_word(word, None, Some(tag));
    }

    /// Whether the dictionary has `word`.
    pub fn knows(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// The words of `text` with their parts of speech.
    pub fn words<'a>(&'a self, text: &'a str) -> Vec<Word<'a>> {
        self.jieba
            .tag(text, true)
            .into_iter()
            .map(|t| Word {
                text: t.word,
                tag: t.tag,
                known: self.jieba.has_word(t.word),
            })
            .collect()
    }

    /// Whether the end of `before` and the start of `after` make one word
    /// (重新测 | 量,户界 → 测量): a paragraph the layout broke mid-word, not
    /// two texts that merely stand one after the other (融 | 通辽市).
    pub fn joins(&self, before: &str, after: &str) -> bool {
        let tail: String = {
            let t: Vec<char> = before.trim_end().chars().rev().take(3).collect();
            t.into_iter().rev().collect()
        };
        let head: String = after.trim_start().chars().take(3).collect();
        let (Some(last), Some(first)) = (tail.chars().last(), head.chars().next()) else {
            return false;
        };
        if !crate::text::is_han(last) || !crate::text::is_han(first) {
            return false;
        }
        let seam = tail.len();
        let joined = format!("{tail}{head}");
        let mut at = 0;
        for w in self.words(&joined) {
            let end = at + w.text.len();
            if at < seam && end > seam {
                return true;
            }
            at = end;
        }
        false
    }

    /// The `n` words of `text` that best tell it apart (TF-IDF), best first.
    /// Numbers are left out: the figures are kept whole elsewhere.
    pub fn keywords(&self, text: &str, n: usize) -> Vec<String> {
        let tags = KEYWORD_TAGS.iter().map(|t| t.to_string()).collect();
        self.tfidf
            .extract_keywords(&self.jieba, text, n, tags)
            .into_iter()
            .map(|k| k.keyword)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_broken_by_the_layout_joins() {
        let seg = Segmenter::new(&[Region {
            name: "通辽".to_string(),
            full: "通辽市".to_string(),
            aliases: vec![],
            places: vec![],
            other_names: Vec::new(),
            slug: None,
        }]);
        for (before, after, joins) in [
            (
                "用GPS把整整60万亩草场一户一户重新测",
                "量,户界分清了。",
                true,
            ),
            ("通过“线上+线下”融", "合的方式,搭建平台。", true),
            (
                "通过“线上+线下”融",
                "通辽市经济技术开发区居民在家门口就业。",
                false,
            ),
            ("他说。", "牧民们在草场上放牧。", false),
        ] {
            assert_eq!(seg.joins(before, after), joins, "{before} | {after}");
        }
    }
}
