//! Callback data of buttons: versioned, and within Telegram's 64 bytes.
//!
//! `v1:f:<topic>:<fact>`, `v1:t:<topic>`, `v1:r:<region>`, `v1:r:<region>:<page>`,
//! `v1:o`. Data of
//! another version, or garbage, decodes to `None`, and the router answers it
//! politely instead of guessing.

use crate::engine::Target;

/// Telegram's limit on callback data, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;
const VERSION: &str = "v1";

/// Encodes a target. Ids are checked by `nmg-bot check` to be short, so the
/// data fits; a target that would not fit falls back to the overview.
pub fn encode(target: &Target) -> String {
    let data = match target {
        Target::Fact { topic, fact } => format!("{VERSION}:f:{topic}:{fact}"),
        Target::Topic(topic) => format!("{VERSION}:t:{topic}"),
        Target::Region(name) => format!("{VERSION}:r:{name}"),
        Target::RegionPage { region, page } => format!("{VERSION}:r:{region}:{page}"),
        Target::Overview => format!("{VERSION}:o"),
    };
    if data.len() > MAX_CALLBACK_BYTES {
        return format!("{VERSION}:o");
    }
    data
}

pub fn decode(data: &str) -> Option<Target> {
    let rest = data.strip_prefix(VERSION)?.strip_prefix(':')?;
    let (kind, rest) = rest.split_once(':').unwrap_or((rest, ""));
    match kind {
        "f" => {
            let (topic, fact) = rest.split_once(':')?;
            (!topic.is_empty() && !fact.is_empty()).then(|| Target::Fact {
                topic: topic.to_string(),
                fact: fact.to_string(),
            })
        }
        "t" if !rest.is_empty() => Some(Target::Topic(rest.to_string())),
        "r" if !rest.is_empty() => match rest.split_once(':') {
            Some((name, page)) if !name.is_empty() => Some(Target::RegionPage {
                region: name.to_string(),
                page: page.parse().ok()?,
            }),
            Some(_) => None,
            None => Some(Target::Region(rest.to_string())),
        },
        "o" if rest.is_empty() => Some(Target::Overview),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_round_trip() {
        let targets = [
            Target::Fact {
                topic: "hulunbuir-hulunhu".into(),
                fact: "fish".into(),
            },
            Target::Topic("tongliao-jiuye".into()),
            Target::Region("锡林郭勒".into()),
            Target::RegionPage {
                region: "锡林郭勒".into(),
                page: 374,
            },
            Target::Overview,
        ];
        for t in targets {
            let data = encode(&t);
            assert!(data.len() <= MAX_CALLBACK_BYTES);
            assert_eq!(decode(&data), Some(t));
        }
    }

    #[test]
    fn garbage_and_old_versions_decode_to_none() {
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
        ] {
            assert_eq!(decode(data), None, "{data:?}");
        }
    }

    #[test]
    fn overlong_targets_fall_back_to_the_overview() {
        let t = Target::Topic("x".repeat(80));
        assert_eq!(encode(&t), "v1:o");
    }
}
