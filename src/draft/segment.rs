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

    /// The words of `text` with their parts of speech.
    pub fn words<'a>(&'a self, text: &'a str) -> Vec<Word<'a>> {
        self.jieba
            .tag(text, true)
            .into_iter()
            .map(|t| Word {
                text: t.word,
                tag: t.tag,
            })
            .collect()
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
