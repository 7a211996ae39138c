//! Callback data of buttons: versioned, and within Telegram's 64 bytes.
//!
//! `v1:f:<topic>:<fact>`, `v1:t:<topic>`, `v1:r:<region>`, `v1:r:<region>:<page>`,
//! `v1:o`: the editors' ids, which outlast a reload. Decoding turns them
//! into typed ids of the knowledge being served at once. Data of another
//! version, garbage, or a story no longer known decodes to `None`, and the
//! router answers it politely instead of guessing.

use crate::engine::Target;
use crate::knowledge::{KnowledgeBase, RegionId};

/// Telegram's limit on callback data, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;
const VERSION: &str = "v1";

/// Encodes a target of `kb` by the editors' ids. Ids are checked by
/// `nmg-bot check` to be short, so the data fits; a target that would not
/// fit falls back to the overview.
pub fn encode(kb: &KnowledgeBase, target: &Target) -> String {
    let data = match *target {
        Target::Fact(f) => format!("{VERSION}:f:{}:{}", kb[f.topic].id, kb[f].id),
        Target::Topic(t) => format!("{VERSION}:t:{}", kb[t].id),
        Target::Region(r) => format!("{VERSION}:r:{}", kb[r].name),
        Target::RegionPage { region, page } => {
            format!("{VERSION}:r:{}:{page}", kb[region].name)
        }
        Target::Overview => format!("{VERSION}:o"),
    };
    if data.len() > MAX_CALLBACK_BYTES {
        return format!("{VERSION}:o");
    }
    data
}

/// The target of `kb` that callback data names; `None` for data of another
/// version, garbage, or a story `kb` no longer has (a button from before
/// the knowledge changed).
pub fn decode(kb: &KnowledgeBase, data: &str) -> Option<Target> {
    let rest = data.strip_prefix(VERSION)?.strip_prefix(':')?;
    let (kind, rest) = rest.split_once(':').unwrap_or((rest, ""));
    let region = |name: &str| -> Option<RegionId> { kb.region_id(name) };
    match kind {
        "f" => {
            let (topic, fact) = rest.split_once(':')?;
            kb.fact_id(topic, fact).map(Target::Fact)
        }
        "t" if !rest.is_empty() => kb.topic_id(rest).map(Target::Topic),
        "r" if !rest.is_empty() => match rest.split_once(':') {
            Some((name, page)) if !name.is_empty() => Some(Target::RegionPage {
                page: page.parse().ok()?,
                region: region(name)?,
            }),
            Some(_) => None,
            None => region(rest).map(Target::Region),
        },
        "o" if rest.is_empty() => Some(Target::Overview),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{self, Region, Settings, Source, Topic};

    #[test]
    fn targets_round_trip() {
        let kb = knowledge::bundled().unwrap();
        let fact = kb.fact_id("hulunbuir-hulunhu", "fish").unwrap();
        let region = kb.region_id("锡林郭勒").unwrap();
        let targets = [
            Target::Fact(fact),
            Target::Topic(kb.topic_id("tongliao-jiuye").unwrap()),
            Target::Region(region),
            Target::RegionPage { region, page: 374 },
            Target::Overview,
        ];
        let data: Vec<String> = targets.iter().map(|t| encode(&kb, t)).collect();
        assert_eq!(
            data,
            [
                "v1:f:hulunbuir-hulunhu:fish",
                "v1:t:tongliao-jiuye",
                "v1:r:锡林郭勒",
                "v1:r:锡林郭勒:374",
                "v1:o"
            ]
        );
        for (t, data) in targets.iter().zip(&data) {
            assert!(data.len() <= MAX_CALLBACK_BYTES);
            assert_eq!(decode(&kb, data).as_ref(), Some(t));
        }
    }

    #[test]
    fn garbage_old_versions_and_gone_stories_decode_to_none() {
        let kb = knowledge::bundled().unwrap();
        for data in [
            "",
            "v0:t:x",
            "v1",
            "v1:",
            "v1:f:x",
            "v1:t:",
            "v1:q:x",
            "\u{0}\u{1}",
            "v1:o:extra",
            "v1:r:赤峰:x",
            "v1:r::2",
            // Well formed, but of stories, points and regions there are not.
            "v1:t:gone",
            "v1:f:hulunbuir-hulunhu:gone",
            "v1:f:gone:fish",
            "v1:r:北京",
            "v1:r:北京:1",
        ] {
            assert_eq!(decode(&kb, data), None, "{data:?}");
        }
    }

    #[test]
    fn overlong_targets_fall_back_to_the_overview() {
        let region = Region {
            name: "赤峰".into(),
            full: "赤峰市".into(),
            aliases: Vec::new(),
            places: Vec::new(),
            other_names: Vec::new(),
            slug: None,
        };
        let topic = Topic {
            id: "x".repeat(80),
            region: RegionId::new(0),
            title: "t".into(),
            places: Vec::new(),
            keywords: vec!["k".into()],
            shared: Vec::new(),
            related: Vec::new(),
            answer: "a".into(),
            source: Source::default(),
            facts: Vec::new(),
            draft: false,
            date: None,
            file: "topics/x.toml".into(),
        };
        let kb = KnowledgeBase::new(vec![region], Vec::new(), vec![topic], Settings::default());
        let t = Target::Topic(kb.topic_id(&"x".repeat(80)).unwrap());
        assert_eq!(encode(&kb, &t), "v1:o");
    }
}
