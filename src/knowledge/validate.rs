//! Cross-file checks, and the construction of the [`KnowledgeBase`].
//!
//! Every check adds a [`Problem`] and carries on, so that an editor sees all
//! that is wrong in one run of `nmg-bot check`.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::parse::{FileRole, RawFact, RawKnowledge, RawPlace, RawTopic, S, role};
use super::{
    Fact, FactKind, Figure, KnowledgeBase, Page, Problem, Region, RegionId, Settings, Source,
    SourceFile, Topic, TopicId,
};
use crate::text::normalize;

/// The longest topic answer, in characters; replies must stay short.
const MAX_TOPIC_ANSWER: usize = 360;
/// The longest fact answer, in characters.
const MAX_FACT_ANSWER: usize = 240;

struct Ctx<'a> {
    files: &'a [SourceFile],
    problems: &'a mut Vec<Problem>,
    /// Page text files by their relative path: file index.
    page_files: HashMap<&'a str, usize>,
    /// Figures to find on their pages, checked together once every topic
    /// is read: one pass over each page, however many figures name it.
    figures: Vec<FigureOnPage>,
}

struct FigureOnPage {
    /// File index of the page.
    page: usize,
    /// The value without white space, as the squeezed page is searched.
    value: String,
    /// The value as written, for the problem.
    shown: String,
    /// File index and byte offset of the value in its topic file.
    file: usize,
    offset: usize,
}

impl Ctx<'_> {
    fn at(&mut self, file: usize, s: &S, message: impl Into<String>) {
        self.at_offset(file, s.span().start, message);
    }

    fn at_offset(&mut self, file: usize, offset: usize, message: impl Into<String>) {
        let f = &self.files[file];
        self.problems
            .push(Problem::at(&f.display, &f.text, offset, message));
    }

    fn file(&mut self, file: usize, message: impl Into<String>) {
        self.problems
            .push(Problem::file(&self.files[file].display, message));
    }
}

pub fn validate(
    raw: RawKnowledge,
    files: &[SourceFile],
    problems: &mut Vec<Problem>,
) -> KnowledgeBase {
    let page_files = files
        .iter()
        .enumerate()
        .filter(|(_, f)| role(&f.relative) == FileRole::Page)
        .map(|(i, f)| (f.relative.as_str(), i))
        .collect();
    let mut cx = Ctx {
        files,
        problems,
        page_files,
        figures: Vec::new(),
    };
    let regions = regions(&raw, &mut cx);
    let settings = settings(&raw, &mut cx);
    let pages = pages(&raw, &mut cx);
    // Every name of a region, and whether it is a place (旗县区) under it.
    let region_words: HashMap<String, (String, bool)> = regions
        .iter()
        .flat_map(|r| {
            let names = std::iter::once(&r.name).chain([&r.full]).chain(&r.aliases);
            names
                .map(move |w| (normalize(w), (r.name.clone(), false)))
                .chain(
                    r.places
                        .iter()
                        .map(move |w| (normalize(w), (r.name.clone(), true))),
                )
        })
        .collect();

    // Each page's date of issue by its file, looked up once per story.
    let page_dates: HashMap<&str, Option<jiff::civil::Date>> =
        pages.iter().map(|p| (p.file.as_str(), p.date)).collect();
    // Every keyword a topic claims, normalized once for all the checks
    // that compare them.
    let normalized: Vec<Vec<String>> = raw
        .topics
        .iter()
        .map(|(_, t)| keywords(t).map(|w| normalize(w.get_ref())).collect())
        .collect();
    let mut topics = Vec::new();
    let mut related = Vec::new();
    let mut ids: HashMap<String, (usize, usize)> = HashMap::new();
    for ((file, t), own) in raw.topics.iter().zip(&normalized) {
        let file = *file;
        if let Some(&(other_file, _)) = ids.get(t.id.get_ref()) {
            let other = files[other_file].display.clone();
            cx.at(
                file,
                &t.id,
                format!("duplicate topic id '{}' (also in {other})", t.id.get_ref()),
            );
        } else {
            ids.insert(t.id.get_ref().clone(), (file, t.id.span().start));
        }
        if let Some(topic) = topic(file, t, own, &regions, &region_words, &page_dates, &mut cx) {
            topics.push(topic);
            related.push(&t.related);
        }
    }
    // Related stories named once, as ids; a name that is no topic is a
    // problem reported below.
    let positions: HashMap<&str, TopicId> = topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), TopicId::new(i)))
        .collect();
    let resolved: Vec<Vec<TopicId>> = related
        .iter()
        .map(|names| {
            names
                .iter()
                .filter_map(|r| positions.get(r.get_ref().as_str()).copied())
                .collect()
        })
        .collect();
    for (topic, related) in topics.iter_mut().zip(resolved) {
        topic.related = related;
    }
    figures_on_pages(&mut cx);

    // Links and keywords across topics.
    for (file, t) in &raw.topics {
        for r in &t.related {
            if !ids.contains_key(r.get_ref()) {
                cx.at(
                    *file,
                    r,
                    format!("related topic '{}' does not exist", r.get_ref()),
                );
            } else if r.get_ref() == t.id.get_ref() {
                cx.at(*file, r, "a topic cannot be related to itself");
            }
        }
    }
    claimed_twice(&raw, &normalized, &mut cx);

    KnowledgeBase::new(regions, pages, topics, settings)
}

/// Each page's metadata, and a problem for a page without one (or the
/// other way round).
fn pages(raw: &RawKnowledge, cx: &mut Ctx) -> Vec<Page> {
    let mut out = Vec::new();
    let mut described = HashSet::new();
    for (file, meta) in &raw.pages {
        let relative = &cx.files[*file].relative;
        let text = format!("{}.txt", relative.trim_end_matches(".toml"));
        if !cx.page_files.contains_key(text.as_str()) {
            cx.file(
                *file,
                format!("page metadata without its page: {text} is missing"),
            );
            continue;
        }
        let date = meta.date.as_ref().and_then(|d| {
            match d.get_ref().trim().parse::<jiff::civil::Date>() {
                Ok(date) => Some(date),
                Err(_) => {
                    cx.at(
                        *file,
                        d,
                        format!("date '{}' is not a date like 2025-10-08", d.get_ref()),
                    );
                    None
                }
            }
        });
        let text_or = |s: &Option<S>| {
            s.as_ref()
                .map(|s| s.get_ref().trim().to_string())
                .filter(|s| !s.is_empty())
        };
        described.insert(text.clone());
        out.push(Page {
            file: text,
            paper: text_or(&meta.paper),
            date,
            name: text_or(&meta.name),
        });
    }
    let mut bare: Vec<(&str, usize)> = cx
        .page_files
        .iter()
        .filter(|(p, _)| !described.contains(**p))
        .map(|(p, i)| (*p, *i))
        .collect();
    bare.sort_unstable();
    for (page, file) in bare {
        let meta = format!("{}.toml", page.trim_end_matches(".txt"));
        cx.file(
            file,
            format!("page without metadata: add {meta} with its paper, date and name"),
        );
    }
    out
}

/// Reports every figure that its page does not print. Each page is
/// squeezed once and searched once for all its figures.
fn figures_on_pages(cx: &mut Ctx) {
    let mut figures = std::mem::take(&mut cx.figures);
    figures.sort_by_key(|f| f.page);
    for group in figures.chunk_by(|a, b| a.page == b.page) {
        let page = squeeze(&cx.files[group[0].page].text);
        let values: Vec<&str> = group.iter().map(|f| f.value.as_str()).collect();
        let mut found = vec![false; values.len()];
        // A contiguous NFA: a page's hundred or so figures are searched
        // for once, and a DFA (what the default picks for so few) costs
        // far more to build than it saves in one pass over one page.
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&values)
            .expect("figures within size limits");
        for m in automaton.find_overlapping_iter(&page) {
            found[m.pattern().as_usize()] = true;
        }
        for (f, found) in group.iter().zip(found) {
            if !found {
                let topic = &cx.files[f.file];
                let msg = format!("figure '{}' does not appear on the source page", f.shown);
                cx.problems
                    .push(Problem::at(&topic.display, &topic.text, f.offset, msg));
            }
        }
    }
}

fn regions(raw: &RawKnowledge, cx: &mut Ctx) -> Vec<Region> {
    if raw.regions.is_empty() {
        if !cx.problems.iter().any(|p| p.path.ends_with("regions.toml")) {
            cx.problems.push(Problem::file(
                "regions.toml",
                "missing regions.toml: the 12 盟市 are listed there",
            ));
        }
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut words: HashMap<String, String> = HashMap::new();
    for (file, list) in &raw.regions {
        if list.is_empty() {
            cx.file(*file, "no [[regions]] entries");
        }
        for r in list {
            let name = r.name.get_ref().trim();
            if name.is_empty() {
                cx.at(*file, &r.name, "region name is empty");
                continue;
            }
            // Each name with where it stands: a place's names all stand at
            // its entry.
            let all = std::iter::once(&r.name)
                .chain([&r.full])
                .chain(&r.aliases)
                .map(|w| (w.get_ref().as_str(), w.span().start))
                .chain(r.places.iter().flat_map(|p| {
                    let at = p.span().start;
                    p.get_ref().0.iter().map(move |w| (w.as_str(), at))
                }));
            for (w, at) in all {
                let n = normalize(w);
                if n.is_empty() {
                    cx.at_offset(*file, at, "empty name");
                    continue;
                }
                match words.get(&n) {
                    Some(owner) if owner != name => {
                        let msg = format!("'{w}' is already a name or place of {owner}");
                        cx.at_offset(*file, at, msg);
                    }
                    _ => {
                        words.insert(n, name.to_string());
                    }
                }
            }
            if let Some(p) = r.places.iter().find(|p| p.get_ref().0.is_empty()) {
                cx.at_offset(*file, p.span().start, "a place needs at least one name");
            }
            let names = |p: &RawPlace| -> Vec<String> {
                let list: Vec<&str> = p.0.iter().map(|w| w.trim()).collect();
                let mut seen = HashSet::new();
                list.into_iter()
                    .filter(|w| !w.is_empty() && seen.insert(*w))
                    .map(str::to_string)
                    .collect()
            };
            let groups: Vec<Vec<String>> = r
                .places
                .iter()
                .map(|p| names(p.get_ref()))
                .filter(|g| !g.is_empty())
                .collect();
            if let Some(slug) = &r.slug
                && (!valid_id(slug.get_ref()) || slug.get_ref().len() > 12)
            {
                cx.at(
                    *file,
                    slug,
                    "slug must be at most 12 lowercase ASCII letters, digits, '-' and '_'",
                );
            }
            out.push(Region {
                name: name.to_string(),
                full: r.full.get_ref().trim().to_string(),
                aliases: strings(&r.aliases),
                places: {
                    let mut seen = HashSet::new();
                    groups
                        .iter()
                        .flatten()
                        .filter(|w| seen.insert(w.as_str()))
                        .cloned()
                        .collect()
                },
                other_names: groups.into_iter().filter(|g| g.len() > 1).collect(),
                slug: r.slug.as_ref().map(|s| s.get_ref().trim().to_string()),
            });
        }
    }
    out
}

fn settings(raw: &RawKnowledge, cx: &mut Ctx) -> Settings {
    let Some((file, s)) = &raw.settings else {
        if !cx.problems.iter().any(|p| p.path.ends_with("bot.toml")) {
            cx.problems.push(Problem::file(
                "bot.toml",
                "missing bot.toml: it lists the example questions",
            ));
        }
        return Settings::default();
    };
    if s.examples.is_empty() {
        cx.file(
            *file,
            "bot.toml needs at least one example question in `examples`",
        );
    }
    for w in s.examples.iter().chain(&s.offtopic) {
        if normalize(w.get_ref()).is_empty() {
            cx.at(*file, w, "empty entry");
        }
    }
    Settings {
        examples: strings(&s.examples),
        offtopic: strings(&s.offtopic),
    }
}

/// Checks a topic and builds it. `normalized` holds its keywords (as
/// [`keywords`] lists them) normalized.
fn topic(
    file: usize,
    t: &RawTopic,
    normalized: &[String],
    regions: &[Region],
    region_words: &HashMap<String, (String, bool)>,
    page_dates: &HashMap<&str, Option<jiff::civil::Date>>,
    cx: &mut Ctx,
) -> Option<Topic> {
    let mut ok = true;
    let id = t.id.get_ref();
    if !valid_id(id) {
        cx.at(
            file,
            &t.id,
            format!("topic id '{id}' must be lowercase ASCII letters, digits, '-' and '_'"),
        );
        ok = false;
    }
    if id.len() > 24 {
        // Ids travel in Telegram's 64-byte callback data together with a fact id.
        cx.at(
            file,
            &t.id,
            format!("topic id '{id}' is longer than 24 characters"),
        );
        ok = false;
    }
    // The region is named once, here; a missing regions.toml is a problem
    // of its own.
    let region = regions
        .iter()
        .position(|r| &r.name == t.region.get_ref())
        .map(RegionId::new);
    if region.is_none() && !regions.is_empty() {
        let names: Vec<&str> = regions.iter().map(|r| r.name.as_str()).collect();
        cx.at(
            file,
            &t.region,
            format!(
                "unknown region '{}': use one of {}",
                t.region.get_ref(),
                names.join("、")
            ),
        );
        ok = false;
    }
    if t.title.get_ref().trim().is_empty() {
        cx.at(file, &t.title, "title is empty");
        ok = false;
    }
    ok &= answer(file, &t.answer, MAX_TOPIC_ANSWER, cx);
    if t.keywords.is_empty() && t.places.is_empty() {
        cx.file(file, "a topic needs `keywords`");
        ok = false;
    }
    if t.source.headline.get_ref().trim().is_empty() {
        cx.at(file, &t.source.headline, "source headline is empty");
        ok = false;
    }
    if t.facts.is_empty() {
        cx.file(file, "a topic needs at least one [[facts]]");
        ok = false;
    }

    let own: HashSet<&str> = normalized.iter().map(String::as_str).collect();
    for (w, n) in keywords(t).zip(normalized) {
        if n.is_empty() {
            cx.at(file, w, "keyword is empty once punctuation is removed");
            ok = false;
        } else if let Some((region, is_place)) = region_words.get(n.as_str()) {
            // A topic may name the 旗县区 it concerns, but only its own region's.
            if !is_place {
                let msg = format!(
                    "'{}' is a name of {region}: region names come from regions.toml",
                    w.get_ref()
                );
                cx.at(file, w, msg);
                ok = false;
            } else if region != t.region.get_ref() {
                let msg = format!(
                    "'{}' is a place of {region}, not of {}",
                    w.get_ref(),
                    t.region.get_ref()
                );
                cx.at(file, w, msg);
                ok = false;
            }
        }
    }
    for s in &t.shared {
        if !own.contains(normalize(s.get_ref()).as_str()) {
            cx.at(
                file,
                s,
                format!(
                    "shared keyword '{}' is not a keyword of this topic",
                    s.get_ref()
                ),
            );
            ok = false;
        }
    }

    let page = page_file(file, t, cx);
    let mut facts = Vec::new();
    let mut fact_ids = HashSet::new();
    for f in &t.facts {
        if !fact_ids.insert(f.id.get_ref().clone()) {
            cx.at(
                file,
                &f.id,
                format!("duplicate fact id '{}' in this topic", f.id.get_ref()),
            );
            ok = false;
        }
        match fact(file, f, page, cx) {
            Some(f) => facts.push(f),
            None => ok = false,
        }
    }
    let region = region.filter(|_| ok)?;
    let page_file = t.source.page.get_ref().trim().to_string();
    let issue = page_dates.get(page_file.as_str()).copied().flatten();
    let date = match &t.source.date {
        Some(d) => story_date(d.get_ref(), issue),
        None => issue,
    };
    Some(Topic {
        id: id.clone(),
        region,
        title: t.title.get_ref().trim().to_string(),
        places: strings(&t.places),
        keywords: strings(&t.keywords),
        shared: strings(&t.shared),
        related: Vec::new(),
        answer: clean_answer(t.answer.get_ref()),
        source: Source {
            headline: t.source.headline.get_ref().trim().to_string(),
            reporters: strings(&t.source.reporters),
            correspondents: strings(&t.source.correspondents),
            photographers: strings(&t.source.photographers),
            byline: t
                .source
                .byline
                .as_ref()
                .map(|s| s.get_ref().trim().to_string()),
            date: t
                .source
                .date
                .as_ref()
                .map(|s| s.get_ref().trim().to_string()),
            page: page_file,
        },
        facts,
        draft: t.draft,
        date,
        file: cx.files[file].relative.clone(),
    })
}

/// The day a story's date names: `2023年8月5日` as it says, `8月5日` in the
/// year of its page's issue (the year before, when that day would come after
/// the issue), and nothing for a date without a day (`今年7月`).
pub fn story_date(text: &str, issue: Option<jiff::civil::Date>) -> Option<jiff::civil::Date> {
    let number = |s: &str| -> Option<(i64, usize)> {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        Some((s[..digits].parse().ok()?, digits))
    };
    let text = text.trim();
    // 2019-09-24, as a site prints the day.
    if let [y, m, d] = text.split('-').collect::<Vec<_>>()[..]
        && y.len() == 4
    {
        return jiff::civil::Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok();
    }
    let (year, rest) = match text.split_once('年') {
        Some((y, rest)) => (Some(y.parse::<i16>().ok()?), rest),
        None => (None, text),
    };
    let (month, used) = number(rest)?;
    let rest = rest[used..].strip_prefix('月')?;
    let (day, used) = number(rest)?;
    rest[used..].strip_prefix('日')?;
    let (month, day) = (i8::try_from(month).ok()?, i8::try_from(day).ok()?);
    match (year, issue) {
        (Some(y), _) => jiff::civil::Date::new(y, month, day).ok(),
        (None, Some(issue)) => {
            let same = jiff::civil::Date::new(issue.year(), month, day).ok()?;
            if same <= issue {
                Some(same)
            } else {
                jiff::civil::Date::new(issue.year() - 1, month, day).ok()
            }
        }
        (None, None) => None,
    }
}

fn fact(file: usize, f: &RawFact, page: Option<usize>, cx: &mut Ctx) -> Option<Fact> {
    let mut ok = true;
    if !valid_id(f.id.get_ref()) || f.id.get_ref().len() > 24 {
        cx.at(
            file,
            &f.id,
            format!(
                "fact id '{}' must be at most 24 lowercase ASCII letters, digits, '-' and '_'",
                f.id.get_ref()
            ),
        );
        ok = false;
    }
    if f.label.get_ref().trim().is_empty() {
        cx.at(file, &f.label, "fact label is empty");
        ok = false;
    }
    ok &= answer(file, &f.answer, MAX_FACT_ANSWER, cx);
    if f.keywords.is_empty() {
        cx.at(
            file,
            &f.id,
            format!("fact '{}' has no keywords", f.id.get_ref()),
        );
        ok = false;
    }
    if f.figures.is_empty() {
        cx.at(
            file,
            &f.id,
            format!("fact '{}' has no figures", f.id.get_ref()),
        );
        ok = false;
    }
    for fig in &f.figures {
        let value = fig.value.get_ref().trim();
        if value.is_empty() {
            cx.at(file, &fig.value, "figure value is empty");
            ok = false;
        } else if let Some(page) = page {
            cx.figures.push(FigureOnPage {
                page,
                value: squeeze(value),
                shown: value.to_string(),
                file,
                offset: fig.value.span().start,
            });
        }
    }
    let kind = match f.kind.as_ref().map(|k| k.get_ref().as_str()) {
        None => FactKind::infer(&figures(f)),
        Some("人物") => FactKind::Person,
        Some("年份") => FactKind::Year,
        Some("数字") => FactKind::Number,
        Some("说明") => FactKind::Text,
        Some(other) => {
            let k = f.kind.as_ref().unwrap();
            cx.at(
                file,
                k,
                format!("unknown kind '{other}': use 人物, 年份, 数字 or 说明"),
            );
            ok = false;
            FactKind::Text
        }
    };
    ok.then(|| Fact {
        id: f.id.get_ref().clone(),
        label: f.label.get_ref().trim().to_string(),
        question: f
            .question
            .as_ref()
            .map(|q| q.get_ref().trim().to_string())
            .unwrap_or_else(|| f.label.get_ref().trim().to_string()),
        keywords: strings(&f.keywords),
        answer: clean_answer(f.answer.get_ref()),
        figures: figures(f),
        kind,
    })
}

fn figures(f: &RawFact) -> Vec<Figure> {
    f.figures
        .iter()
        .map(|fig| Figure {
            label: fig.label.get_ref().trim().to_string(),
            value: fig.value.get_ref().trim().to_string(),
        })
        .collect()
}

fn answer(file: usize, s: &S, max: usize, cx: &mut Ctx) -> bool {
    let text = clean_answer(s.get_ref());
    let len = text.chars().count();
    if len == 0 {
        cx.at(file, s, "answer is empty");
        false
    } else if len > max {
        cx.at(
            file,
            s,
            format!("answer is {len} characters long; keep it to {max}"),
        );
        false
    } else {
        true
    }
}

/// The file index of a topic's source page. Figures are searched for in
/// it with all white space removed, since the page breaks lines in the
/// middle of words and figures.
fn page_file(file: usize, t: &RawTopic, cx: &mut Ctx) -> Option<usize> {
    let page = &t.source.page;
    match cx.page_files.get(page.get_ref().trim()) {
        Some(&p) => Some(p),
        None => {
            cx.at(
                file,
                page,
                format!(
                    "source page '{}' not found in the knowledge directory",
                    page.get_ref()
                ),
            );
            None
        }
    }
}

/// Reports a keyword claimed by two topics that do not both mark it shared.
fn claimed_twice(raw: &RawKnowledge, normalized: &[Vec<String>], cx: &mut Ctx) {
    // (file, keyword, topic id, marked shared, topic is a draft)
    type Claim<'a> = (usize, &'a S, &'a str, bool, bool);
    let mut owners: HashMap<&str, Vec<Claim>> = HashMap::new();
    for ((file, t), own) in raw.topics.iter().zip(normalized) {
        let shared: HashSet<String> = t.shared.iter().map(|s| normalize(s.get_ref())).collect();
        let mut seen = HashSet::new();
        for (w, n) in keywords(t).zip(own) {
            if n.is_empty() || !seen.insert(n.as_str()) {
                continue;
            }
            let is_shared = shared.contains(n);
            owners.entry(n.as_str()).or_default().push((
                *file,
                w,
                t.id.get_ref(),
                is_shared,
                t.draft,
            ));
        }
    }
    let mut clashes: Vec<_> = owners.into_values().filter(|v| v.len() > 1).collect();
    clashes.sort_by_key(|v| (v[0].0, v[0].1.span().start));
    for claims in clashes {
        for &(file, w, id, is_shared, is_draft) in &claims {
            // A draft's claim does not make a reviewed topic give a word up:
            // drafts never disturb curated stories. The draft marks the word
            // shared, and reviewing it brings the question back.
            if is_shared || (!is_draft && claims.iter().all(|c| c.0 == file || c.4)) {
                continue;
            }
            let others: Vec<&str> = claims.iter().filter(|c| c.2 != id).map(|c| c.2).collect();
            let msg = format!(
                "keyword '{}' is also claimed by {}; list it in `shared` in each topic if that is meant",
                w.get_ref(),
                others.join(", ")
            );
            cx.at(file, w, msg);
        }
    }
}

/// Every keyword a topic claims: its own, its places', its facts'.
fn keywords(t: &RawTopic) -> impl Iterator<Item = &S> {
    t.keywords
        .iter()
        .chain(&t.places)
        .chain(t.facts.iter().flat_map(|f| &f.keywords))
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !id.starts_with('-')
}

fn strings(list: &[S]) -> Vec<String> {
    let mut seen = HashSet::new();
    list.iter()
        .map(|s| s.get_ref().trim().to_string())
        .filter(|s| !s.is_empty() && seen.insert(s.clone()))
        .collect()
}

/// Joins the lines of a multi-line answer: Chinese text needs no space where
/// an editor broke a line.
fn clean_answer(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("")
        .trim()
        .to_string()
}

/// `s` without white space: how a figure is looked for on its page, line
/// breaks and layout spaces aside.
pub(crate) fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::super::{SourceFile, from_files};

    const REGIONS: &str = r#"
[[regions]]
name = "通辽"
full = "通辽市"
aliases = ["通辽市"]
places = ["库伦旗"]

[[regions]]
name = "乌海"
full = "乌海市"
"#;
    const BOT: &str = "examples = [\"通辽有多少个服务站？\"]\nofftopic = [\"天气\"]\n";
    const PAGE: &str = "在通辽市,这样的家门口就业服务站有123个。\n累计开展招聘活动200\n余场次";

    fn topic(id: &str, extra: &str) -> String {
        format!(
            r#"id = "{id}"
region = "通辽"
title = "家门口就业服务站"
keywords = ["就业服务站"]
answer = "通辽有123个家门口就业服务站。"
{extra}
[source]
headline = "123个服务站"
reporters = ["霍晓庆"]
page = "pages/p.txt"

[[facts]]
id = "stations"
label = "服务站数量"
keywords = ["服务站数量"]
answer = "123个。"
figures = [{{ label = "服务站", value = "123个" }}, {{ label = "招聘", value = "200余场次" }}]
"#
        )
    }

    fn check(files: &[(&str, &str)]) -> Vec<String> {
        let files: Vec<SourceFile> = files
            .iter()
            .map(|(rel, text)| SourceFile {
                display: format!("k/{rel}"),
                relative: rel.to_string(),
                text: text.to_string(),
            })
            .collect();
        match from_files(&files) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn base(topic: &str) -> Vec<(&'static str, &str)> {
        vec![
            ("regions.toml", REGIONS),
            ("bot.toml", BOT),
            ("pages/p.txt", PAGE),
            ("pages/p.toml", "date = \"2025-10-08\"\n"),
            ("topics/a.toml", topic),
        ]
    }

    #[test]
    fn a_good_tree_has_no_problems() {
        let t = topic("tongliao-jiuye", "");
        assert_eq!(check(&base(&t)), Vec::<String>::new());
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let t = topic("Bad Id", "related = [\"nowhere\"]").replace("\"通辽\"", "\"鄂尔多斯\"");
        let got = check(&base(&t));
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(
            got.iter()
                .any(|p| p.starts_with("k/topics/a.toml:1:6: topic id 'Bad Id'")),
            "{got:#?}"
        );
        assert!(
            got.iter()
                .any(|p| p.contains(":2:10: unknown region '鄂尔多斯'")),
            "{got:#?}"
        );
        assert!(
            got.iter()
                .any(|p| p.contains("related topic 'nowhere' does not exist")),
            "{got:#?}"
        );
    }

    #[test]
    fn figures_must_appear_on_the_page() {
        let t = topic("a", "").replace("123个\" }", "124个\" }");
        let got = check(&base(&t));
        assert_eq!(got.len(), 1, "{got:#?}");
        assert!(
            got[0].contains("figure '124个' does not appear on the source page"),
            "{got:#?}"
        );
    }

    #[test]
    fn figures_may_span_a_line_break_of_the_page() {
        // "200\n余场次" on the page is the figure "200余场次".
        let t = topic("a", "");
        assert!(check(&base(&t)).is_empty());
    }

    #[test]
    fn duplicate_ids_and_unshared_keywords_are_errors() {
        let a = topic("a", "");
        let mut files = base(&a);
        files.push(("topics/b.toml", &a));
        let got = check(&files);
        assert!(
            got.iter()
                .any(|p| p.contains("duplicate topic id 'a' (also in k/topics/a.toml)")),
            "{got:#?}"
        );
        assert!(
            got.iter()
                .any(|p| p.contains("keyword '就业服务站' is also claimed by")),
            "{got:#?}"
        );
    }

    #[test]
    fn shared_keywords_are_allowed() {
        let a = topic("a", "shared = [\"就业服务站\", \"服务站数量\"]");
        let b = topic("b", "shared = [\"就业服务站\", \"服务站数量\"]");
        let mut files = base(&a);
        files.push(("topics/b.toml", &b));
        assert_eq!(check(&files), Vec::<String>::new());
    }

    #[test]
    fn empty_answers_and_missing_figures_are_errors() {
        let t = topic("a", "")
            .replace("answer = \"123个。\"", "answer = \"\"")
            .replace(
                "figures = [{ label = \"服务站\", value = \"123个\" }, { label = \"招聘\", value = \"200余场次\" }]",
                "",
            );
        let got = check(&base(&t));
        assert!(
            got.iter().any(|p| p.contains("answer is empty")),
            "{got:#?}"
        );
        assert!(
            got.iter()
                .any(|p| p.contains("fact 'stations' has no figures")),
            "{got:#?}"
        );
    }

    #[test]
    fn pages_need_their_metadata_and_a_valid_date() {
        let t = topic("a", "");
        let mut files = base(&t);
        files.retain(|(rel, _)| *rel != "pages/p.toml");
        files.push(("pages/q.toml", "date = \"2025-13-40\"\n"));
        let got = check(&files);
        assert!(
            got.iter()
                .any(|p| p.starts_with("k/pages/p.txt:1:1: page without metadata")),
            "{got:#?}"
        );
        assert!(
            got.iter()
                .any(|p| p.contains("k/pages/q.toml:1:1: page metadata without its page")),
            "{got:#?}"
        );
        files.push(("pages/q.txt", "另一版"));
        let got = check(&files);
        assert!(
            got.iter()
                .any(|p| p.starts_with("k/pages/q.toml:1:8: date '2025-13-40' is not a date")),
            "{got:#?}"
        );
    }

    #[test]
    fn every_topic_names_its_page() {
        let t = topic("a", "").replace("page = \"pages/p.txt\"\n", "");
        let got = check(&base(&t));
        assert_eq!(got.len(), 1, "{got:#?}");
        assert!(got[0].contains("missing field `page`"), "{got:#?}");
        let t = topic("a", "").replace("pages/p.txt", "pages/nowhere.txt");
        let got = check(&base(&t));
        assert!(
            got.iter()
                .any(|p| p.contains("source page 'pages/nowhere.txt' not found")),
            "{got:#?}"
        );
    }

    #[test]
    fn a_place_is_known_by_all_its_names() {
        let regions = REGIONS.replace(
            "places = [\"库伦旗\"]",
            "places = [[\"库伦旗\", \"库伦\"], \"开鲁县\"]",
        );
        let t = topic("a", "places = [\"库伦\"]");
        let mut files = base(&t);
        files[0].1 = &regions;
        let files: Vec<SourceFile> = files
            .iter()
            .map(|(rel, text)| SourceFile {
                display: rel.to_string(),
                relative: rel.to_string(),
                text: text.to_string(),
            })
            .collect();
        let kb = from_files(&files).expect("valid");
        assert_eq!(kb.regions[0].places, ["库伦旗", "库伦", "开鲁县"]);
        assert_eq!(kb.regions[0].other_names, [["库伦旗", "库伦"]]);
    }

    #[test]
    fn a_place_that_is_no_name_is_an_error() {
        for (places, problem) in [
            ("[[]]", "a place needs at least one name"),
            ("[3]", "a place's name, or a list of its names"),
            (
                "[[\"海勃湾区\", \"通辽\"]]",
                "'通辽' is already a name or place of 通辽",
            ),
        ] {
            let regions = REGIONS.replace("places = [\"库伦旗\"]\n", "").replace(
                "full = \"乌海市\"",
                &format!("full = \"乌海市\"\nplaces = {places}"),
            );
            let t = topic("a", "");
            let mut files = base(&t);
            files[0].1 = &regions;
            let got = check(&files);
            assert!(
                got.iter()
                    .any(|p| p.starts_with("k/regions.toml:") && p.contains(problem)),
                "{places}: {got:#?}"
            );
        }
    }

    #[test]
    fn a_draft_may_share_a_reviewed_topics_keyword() {
        let reviewed = topic("a", "");
        let draft = format!(
            "draft = true\n{}",
            topic("b", "shared = [\"就业服务站\", \"服务站数量\"]")
        );
        let mut files = base(&reviewed);
        files.push(("topics/b.toml", &draft));
        assert_eq!(check(&files), Vec::<String>::new());
        // Once reviewed, the draft's words are everyone's question again.
        let reviewed_b = draft.replace("draft = true\n", "");
        files.pop();
        files.push(("topics/b.toml", &reviewed_b));
        let got = check(&files);
        assert!(
            got.iter().any(|p| p.starts_with("k/topics/a.toml:")
                && p.contains("keyword '就业服务站' is also claimed by b")),
            "{got:#?}"
        );
        // A draft that does not mark the word shared is told to.
        let unshared = format!("draft = true\n{}", topic("b", ""));
        files.pop();
        files.push(("topics/b.toml", &unshared));
        let got = check(&files);
        assert!(
            got.iter().all(|p| p.starts_with("k/topics/b.toml:")),
            "{got:#?}"
        );
        assert!(!got.is_empty());
    }

    #[test]
    fn story_dates() {
        use jiff::civil::date;
        let issue = Some(date(2025, 11, 8));
        let cases = [
            ("8月5日", issue, Some(date(2025, 8, 5))),
            ("11月8日", issue, Some(date(2025, 11, 8))),
            // A day after the issue is last year's.
            ("12月30日", issue, Some(date(2024, 12, 30))),
            ("2023年8月5日", issue, Some(date(2023, 8, 5))),
            ("2023年8月5日", None, Some(date(2023, 8, 5))),
            ("2019-09-24", None, Some(date(2019, 9, 24))),
            ("2019-13-24", None, None),
            ("8月5日", None, None),
            ("今年7月", issue, None),
            ("2月30日", issue, None),
            ("", issue, None),
        ];
        for (text, issue, expected) in cases {
            assert_eq!(super::story_date(text, issue), expected, "{text:?}");
        }
    }

    #[test]
    fn region_names_are_not_topic_keywords() {
        let own_place = topic("a", "places = [\"库伦旗\"]");
        assert_eq!(check(&base(&own_place)), Vec::<String>::new());
        let name = topic("a", "places = [\"通辽市\"]");
        let got = check(&base(&name));
        assert!(
            got.iter().any(|p| p.contains("'通辽市' is a name of 通辽")),
            "{got:#?}"
        );
        let other = topic("a", "places = [\"海勃湾区\"]").replace("name = \"乌海\"", "");
        let regions = REGIONS.replace(
            "full = \"乌海市\"",
            "full = \"乌海市\"\nplaces = [\"海勃湾区\"]",
        );
        let mut files = base(&other);
        files[0] = ("regions.toml", &regions);
        let got = check(&files);
        assert!(
            got.iter()
                .any(|p| p.contains("'海勃湾区' is a place of 乌海, not of 通辽")),
            "{got:#?}"
        );
    }
}
