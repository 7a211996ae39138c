//! Drafting knowledge from a newspaper page, as a pipeline of pure steps:
//! page → stories ([`page`]) → byline ([`byline`]) → paragraphs ([`page`]) →
//! sentences ([`sentence`]) → figures ([`figure`]) and people
//! ([`entity`]) → facts and topics ([`story`]) → topic files ([`write`]).
//!
//! Nothing here reads or writes files: `nmg-bot draft` does, and validates
//! what it drafts with the same check as every knowledge file before it
//! writes anything. The one heavy piece, the segmenter ([`segment`]), is
//! built only by that command.

pub mod byline;
pub mod entity;
pub mod figure;
pub mod page;
pub mod segment;
pub mod sentence;
pub mod story;
pub mod write;

use std::collections::{HashMap, HashSet};

use crate::knowledge::{Problem, Region, Topic};
use crate::text::normalize;

pub use segment::Segmenter;
pub use story::{DraftFact, DraftTopic};

/// Drafts a topic per story of a page. `display` is the page's path as
/// problems show it; `existing` are the topics already in the knowledge,
/// whose ids drafts avoid and whose keywords drafts mark shared.
pub fn draft(
    display: &str,
    text: &str,
    regions: &[Region],
    existing: &[Topic],
    seg: &mut Segmenter,
) -> Result<Vec<DraftTopic>, Vec<Problem>> {
    let (stories, mut problems) = page::stories(display, text);
    if !problems.is_empty() {
        return Err(problems);
    }
    let all_regions = regions;
    let regions = story::Regions::new(regions);
    let mut taken: HashSet<String> = existing.iter().map(|t| t.id.clone()).collect();
    let mut topics = Vec::new();
    for s in &stories {
        match story::draft(s, &regions, seg, &taken) {
            Ok(t) => {
                taken.insert(t.id.clone());
                topics.push(t);
            }
            Err(message) => problems.push(Problem::at(
                display,
                text,
                page::offset_of_line(text, s.headline_line),
                message,
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    share(&mut topics, existing);
    relate(&mut topics, all_regions, existing);
    as_printed(&mut topics, text);
    Ok(topics)
}

/// Keeps only figures printed on the page as they stand: a paragraph
/// rejoined across a photo caption (◎彭燕 | caption | 合作社理事长王如星说)
/// can run words together that the page keeps apart. A person's role that
/// does so gives way to their name; any other such figure is left out.
/// (Searched as `check` searches: both without white space.)
fn as_printed(topics: &mut [DraftTopic], page: &str) {
    use crate::knowledge::squeeze;
    let page = squeeze(page);
    let printed = |v: &str| page.contains(&squeeze(v));
    for f in topics.iter_mut().flat_map(|t| &mut t.facts) {
        let name = f.label.clone();
        for (_, value) in &mut f.figures {
            if !printed(value) && f.kind == crate::knowledge::FactKind::Person && printed(&name) {
                *value = name.clone();
            }
        }
        f.figures.retain(|(_, v)| printed(v));
    }
}

/// Every keyword a draft topic claims: its own, its places', its facts'.
fn claims(t: &DraftTopic) -> impl Iterator<Item = &String> {
    t.keywords
        .iter()
        .chain(&t.places)
        .chain(t.facts.iter().flat_map(|f| &f.keywords))
}

/// Marks shared each keyword another topic claims too, as the check asks.
/// A word a reviewed topic claims stays in the draft (玉米 is the subject
/// of a story about maize wherever else it is a word), shared on the
/// draft's side only: the check lets a draft share a reviewed topic's word
/// without the reviewed topic giving anything up.
fn share(topics: &mut [DraftTopic], existing: &[Topic]) {
    let mut owners: HashMap<String, HashSet<String>> = HashMap::new();
    for t in existing {
        let words = t
            .keywords
            .iter()
            .chain(&t.places)
            .chain(t.facts.iter().flat_map(|f| &f.keywords));
        for w in words {
            owners.entry(normalize(w)).or_default().insert(t.id.clone());
        }
    }
    for t in topics.iter() {
        for w in claims(t) {
            owners.entry(normalize(w)).or_default().insert(t.id.clone());
        }
    }
    for t in topics.iter_mut() {
        let mut shared: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        for w in claims(t) {
            let n = normalize(w);
            if owners[&n].len() > 1 && seen.insert(n) {
                shared.push(w.clone());
            }
        }
        t.shared = shared;
    }
}

/// Up to two related stories: the newest others of the same region.
fn relate(topics: &mut [DraftTopic], regions: &[Region], existing: &[Topic]) {
    let all: Vec<(String, String)> = existing
        .iter()
        .map(|t| (t.id.clone(), regions[t.region.index()].name.clone()))
        .chain(topics.iter().map(|t| (t.id.clone(), t.region.clone())))
        .collect();
    for t in topics.iter_mut() {
        t.related = all
            .iter()
            .rev()
            .filter(|(id, region)| *region == t.region && *id != t.id)
            .take(2)
            .map(|(id, _)| id.clone())
            .collect();
    }
}
