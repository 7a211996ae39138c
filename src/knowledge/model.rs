//! The validated knowledge base: what the engine answers from.

use std::collections::HashMap;

/// Everything the bot knows, validated. Built by [`super::from_files`]
/// (or [`KnowledgeBase::new`], for bases made by hand in tests and benches).
///
/// Topics, regions and facts are named inside the bot by typed ids
/// ([`TopicId`], [`RegionId`], [`FactId`]): positions in this base, found in
/// O(1) with `kb[id]`. The editors' string ids are looked up only at the
/// edges (callback data, `ask`, the console), through maps built once here.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub regions: Vec<Region>,
    /// The newspaper pages the stories come from, by path.
    pub pages: Vec<Page>,
    pub topics: Vec<Topic>,
    pub settings: Settings,
    /// Topics, newest story first (see [`Topic::date`]); stories of the
    /// same day keep their file order.
    newest: Vec<TopicId>,
    /// The editors' ids and names, for the edges.
    names: Names,
}

/// Lookups from the strings editors write to typed ids, built once.
#[derive(Debug, Clone, Default)]
struct Names {
    topics: HashMap<String, TopicId>,
    /// A topic's facts by their ids, indexed by topic.
    facts: Vec<HashMap<String, LocalFactId>>,
    regions: HashMap<String, RegionId>,
}

impl KnowledgeBase {
    /// A base of these regions, pages and topics, with its order of stories
    /// and its lookups built. Topics must name their regions and related
    /// topics by ids of this base, as validation makes them.
    pub fn new(
        regions: Vec<Region>,
        pages: Vec<Page>,
        topics: Vec<Topic>,
        settings: Settings,
    ) -> KnowledgeBase {
        let names = Names {
            topics: topics
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.clone(), TopicId::new(i)))
                .collect(),
            facts: topics
                .iter()
                .map(|t| {
                    t.facts
                        .iter()
                        .enumerate()
                        .map(|(i, f)| (f.id.clone(), LocalFactId::new(i)))
                        .collect()
                })
                .collect(),
            regions: regions
                .iter()
                .enumerate()
                .map(|(i, r)| (r.name.clone(), RegionId::new(i)))
                .collect(),
        };
        let mut newest: Vec<TopicId> = (0..topics.len()).map(TopicId::new).collect();
        // Undated stories sort last; a stable sort keeps file order within a day.
        newest.sort_by_key(|&t| std::cmp::Reverse(topics[t.index()].date));
        KnowledgeBase {
            regions,
            pages,
            topics,
            settings,
            newest,
            names,
        }
    }

    /// The topic an editor's id names: for the edges (callback data, `ask`,
    /// tests), never for answering.
    pub fn topic_id(&self, id: &str) -> Option<TopicId> {
        self.names.topics.get(id).copied()
    }

    /// The fact an editor's topic and fact ids name.
    pub fn fact_id(&self, topic: &str, fact: &str) -> Option<FactId> {
        let topic = self.topic_id(topic)?;
        let local = self.names.facts.get(topic.index())?.get(fact).copied()?;
        Some(FactId { topic, local })
    }

    /// The region of this short name (`锡林郭勒`), as topic files name it.
    pub fn region_id(&self, name: &str) -> Option<RegionId> {
        self.names.regions.get(name).copied()
    }

    /// Every topic, in file order.
    pub fn topic_ids(&self) -> impl Iterator<Item = TopicId> + use<> {
        (0..self.topics.len()).map(TopicId::new)
    }

    /// Every region, in the order of `regions.toml`.
    pub fn region_ids(&self) -> impl Iterator<Item = RegionId> + use<> {
        (0..self.regions.len()).map(RegionId::new)
    }

    /// The topics of a region, in file order.
    pub fn topics_of(&self, region: RegionId) -> impl Iterator<Item = TopicId> + '_ {
        self.topic_ids().filter(move |&t| self[t].region == region)
    }

    /// The topics of a region (all topics for `None`), newest first.
    pub fn newest_of(&self, region: Option<RegionId>) -> impl Iterator<Item = TopicId> + '_ {
        self.newest
            .iter()
            .copied()
            .filter(move |&t| region.is_none_or(|r| self[t].region == r))
    }

    /// Topics an editor has not reviewed yet (`draft = true`).
    pub fn drafts(&self) -> impl Iterator<Item = &Topic> {
        self.topics.iter().filter(|t| t.draft)
    }

    /// The page a topic was printed on.
    pub fn page_of(&self, topic: &Topic) -> Option<&Page> {
        // Loaded pages are in file order, so a binary search finds one in
        // a year of pages; a base built by hand in another order is searched
        // through.
        let file = topic.source.page.as_str();
        match self.pages.binary_search_by(|p| p.file.as_str().cmp(file)) {
            Ok(i) => Some(&self.pages[i]),
            Err(_) => self.pages.iter().find(|p| p.file == file),
        }
    }

    /// Regions that have at least one story, in the order of `regions.toml`.
    pub fn covered_regions(&self) -> Vec<RegionId> {
        let mut covered = vec![false; self.regions.len()];
        for t in &self.topics {
            covered[t.region.index()] = true;
        }
        self.region_ids().filter(|r| covered[r.index()]).collect()
    }

    /// Number of facts over all topics.
    pub fn fact_count(&self) -> usize {
        self.topics.iter().map(|t| t.facts.len()).sum()
    }
}

impl std::ops::Index<TopicId> for KnowledgeBase {
    type Output = Topic;
    fn index(&self, id: TopicId) -> &Topic {
        &self.topics[id.index()]
    }
}

impl std::ops::Index<RegionId> for KnowledgeBase {
    type Output = Region;
    fn index(&self, id: RegionId) -> &Region {
        &self.regions[id.index()]
    }
}

impl std::ops::Index<FactId> for KnowledgeBase {
    type Output = Fact;
    fn index(&self, id: FactId) -> &Fact {
        &self[id.topic][id.local]
    }
}

/// A region: its place in `regions.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionId(u32);

/// A story: its place among the topics of its knowledge base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TopicId(u32);

/// A fact's place among its topic's facts; with the topic, a [`FactId`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalFactId(u32);

/// One point of one story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FactId {
    pub topic: TopicId,
    pub local: LocalFactId,
}

macro_rules! position_id {
    ($($id:ident),*) => {$(
        impl $id {
            /// The id of the item at this position. A base holds far fewer
            /// than 2^32 of anything: each item is hundreds of bytes.
            pub fn new(index: usize) -> $id {
                $id(u32::try_from(index).expect("fewer than 2^32 items"))
            }

            /// The item's position, for the engine's own flat tables.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

position_id!(RegionId, TopicId, LocalFactId);

/// One of the 12 盟市.
#[derive(Debug, Clone)]
pub struct Region {
    /// Short name, as topic files name it: `锡林郭勒`.
    pub name: String,
    /// Official name: `锡林郭勒盟`.
    pub full: String,
    pub aliases: Vec<String>,
    /// 旗县市区 under the region, each by all its names.
    pub places: Vec<String>,
    /// The places known by more than one name, each with all of them, its
    /// official name first: `伊金霍洛旗`, `伊金霍洛`, `伊旗`.
    pub other_names: Vec<Vec<String>>,
    /// ASCII name that drafted topic ids start with: `xilingol`.
    pub slug: Option<String>,
}

/// A newspaper page in `pages/`, with what its metadata file says of it.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path in the knowledge directory: `pages/000_3d5ce0af248e9fcd.txt`.
    pub file: String,
    /// The paper: `内蒙古日报`.
    pub paper: Option<String>,
    /// The date of issue.
    pub date: Option<jiff::civil::Date>,
    /// The page's own name: `第4版 地方新闻`.
    pub name: Option<String>,
}

/// One story.
#[derive(Debug, Clone)]
pub struct Topic {
    /// The editors' id: `hulunbuir-hulunhu`.
    pub id: String,
    pub region: RegionId,
    pub title: String,
    pub places: Vec<String>,
    pub keywords: Vec<String>,
    pub shared: Vec<String>,
    /// Related stories, as the file names them, resolved by validation.
    pub related: Vec<TopicId>,
    pub answer: String,
    pub source: Source,
    pub facts: Vec<Fact>,
    /// Drafted by `nmg-bot draft` and not reviewed by an editor yet.
    pub draft: bool,
    /// The story's day, for "newest first": its own date (`2023年8月5日`, or
    /// `8月5日` in the year of its page's issue), else its page's date of issue.
    pub date: Option<jiff::civil::Date>,
    /// The file it was read from, relative to the knowledge directory.
    pub file: String,
}

impl Topic {
    /// The story's texts: its answer, then each point's.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.answer.as_str()).chain(self.facts.iter().map(|f| f.answer.as_str()))
    }

    /// Whether the story's text, its answer or a point's, says `text`.
    pub fn says(&self, text: &str) -> bool {
        self.texts().any(|t| t.contains(text))
    }
}

impl std::ops::Index<LocalFactId> for Topic {
    type Output = Fact;
    fn index(&self, id: LocalFactId) -> &Fact {
        &self.facts[id.index()]
    }
}

/// Where a story was printed.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub headline: String,
    pub reporters: Vec<String>,
    /// 通讯员, named in the byline beside the reporters.
    pub correspondents: Vec<String>,
    /// Who the page credits for the story's photos (摄, 供图).
    pub photographers: Vec<String>,
    pub byline: Option<String>,
    /// The story's date as it gives it: `10月8日`.
    pub date: Option<String>,
    /// The page it was printed on, in the knowledge directory: every figure
    /// of the story appears on it.
    pub page: String,
}

/// One askable point of a story.
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub label: String,
    pub question: String,
    pub keywords: Vec<String>,
    pub answer: String,
    pub figures: Vec<Figure>,
    pub kind: FactKind,
}

/// A figure exactly as the page prints it: `15万吨以上`, `7.69%`.
#[derive(Debug, Clone)]
pub struct Figure {
    pub label: String,
    pub value: String,
}

/// What sort of answer a fact gives; question words prefer the matching kind
/// (哪年 → a year, 多少 → a number, 谁 → a person).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    Year,
    Number,
    Person,
    Text,
}

impl FactKind {
    /// The kind a fact's figures suggest when the file does not say.
    pub fn infer(figures: &[Figure]) -> FactKind {
        let is_year = |v: &str| {
            let digits: String = v.chars().take_while(|c| c.is_ascii_digit()).collect();
            digits.len() == 4 && v[digits.len()..].starts_with('年')
        };
        if figures.iter().any(|f| is_year(&f.value)) {
            FactKind::Year
        } else if figures
            .iter()
            .any(|f| f.value.chars().any(|c| c.is_ascii_digit()))
        {
            FactKind::Number
        } else {
            FactKind::Text
        }
    }
}

/// Settings of the conversation that editors keep: the bot's example
/// questions and the subjects it declines.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub examples: Vec<String>,
    pub offtopic: Vec<String>,
}
