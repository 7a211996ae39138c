//! The validated knowledge base: what the engine answers from.

/// Everything the bot knows, validated. Built only by [`super::from_files`].
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub regions: Vec<Region>,
    /// The newspaper pages the stories come from, by path.
    pub pages: Vec<Page>,
    pub topics: Vec<Topic>,
    pub settings: Settings,
    /// Topic indexes, newest story first (see [`Topic::date`]); stories of
    /// the same day keep their file order.
    pub newest: Vec<usize>,
}

impl KnowledgeBase {
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn region(&self, name: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.name == name)
    }

    /// The topics of a region, in file order.
    pub fn topics_of<'a>(&'a self, region: &'a str) -> impl Iterator<Item = &'a Topic> + 'a {
        self.topics.iter().filter(move |t| t.region == region)
    }

    /// The topics of a region (all topics for `None`), newest first.
    pub fn newest_of<'a>(&'a self, region: Option<&'a str>) -> impl Iterator<Item = usize> + 'a {
        self.newest
            .iter()
            .copied()
            .filter(move |&t| region.is_none_or(|r| self.topics[t].region == r))
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

    /// Sorts [`KnowledgeBase::newest`] from the topics' dates. Called once
    /// the topics are final; benches and tests that build a base by hand
    /// call it too.
    pub fn sort_newest(&mut self) {
        let mut order: Vec<usize> = (0..self.topics.len()).collect();
        // Undated stories sort last; a stable sort keeps file order within a day.
        order.sort_by_key(|&t| std::cmp::Reverse(self.topics[t].date));
        self.newest = order;
    }

    /// Regions that have at least one story, in the order of `regions.toml`.
    pub fn covered_regions(&self) -> Vec<&Region> {
        self.regions
            .iter()
            .filter(|r| self.topics.iter().any(|t| t.region == r.name))
            .collect()
    }

    /// Number of facts over all topics.
    pub fn fact_count(&self) -> usize {
        self.topics.iter().map(|t| t.facts.len()).sum()
    }
}

/// One of the 12 盟市.
#[derive(Debug, Clone)]
pub struct Region {
    /// Short name, as topic files name it: `锡林郭勒`.
    pub name: String,
    /// Official name: `锡林郭勒盟`.
    pub full: String,
    pub aliases: Vec<String>,
    /// 旗县市区 under the region.
    pub places: Vec<String>,
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
    pub id: String,
    pub region: String,
    pub title: String,
    pub places: Vec<String>,
    pub keywords: Vec<String>,
    pub shared: Vec<String>,
    pub related: Vec<String>,
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
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
}

/// Where a story was printed.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub headline: String,
    pub reporters: Vec<String>,
    /// 通讯员, named in the byline beside the reporters.
    pub correspondents: Vec<String>,
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
