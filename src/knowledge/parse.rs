//! Parsing knowledge files into raw records that keep their positions.
//!
//! Each file is parsed on its own; a broken file yields problems and no
//! records, and parsing carries on with the next one.

use serde::Deserialize;
use toml::Spanned;

use super::{Problem, SourceFile};

/// A string with its byte span in the file it came from.
pub type S = Spanned<String>;

#[derive(Debug, Default)]
pub struct RawKnowledge {
    /// `(file index, regions)`.
    pub regions: Vec<(usize, Vec<RawRegion>)>,
    pub settings: Option<(usize, RawSettings)>,
    /// `(file index, metadata)` of each page's `pages/*.toml`.
    pub pages: Vec<(usize, RawPage)>,
    /// `(file index, topic)`.
    pub topics: Vec<(usize, RawTopic)>,
}

/// The metadata beside a page: `pages/NAME.toml` for `pages/NAME.txt`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub paper: Option<S>,
    /// Date of issue, `YYYY-MM-DD`.
    pub date: Option<S>,
    pub name: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegionsFile {
    #[serde(default)]
    pub regions: Vec<RawRegion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub name: S,
    pub full: S,
    #[serde(default)]
    pub aliases: Vec<S>,
    /// 旗县市区, each a name (`"杭锦旗"`) or a name and its other names
    /// (`["伊金霍洛旗", "伊金霍洛", "伊旗"]`).
    #[serde(default)]
    pub places: Vec<Spanned<RawPlace>>,
    pub slug: Option<S>,
}

/// A place under a region by all its names, its official name first.
#[derive(Debug)]
pub struct RawPlace(pub Vec<String>);

impl<'de> Deserialize<'de> for RawPlace {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Names;
        impl<'de> serde::de::Visitor<'de> for Names {
            type Value = RawPlace;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a place's name, or a list of its names")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawPlace, E> {
                Ok(RawPlace(vec![v.to_string()]))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<RawPlace, A::Error> {
                let mut names = Vec::new();
                while let Some(n) = seq.next_element::<String>()? {
                    names.push(n);
                }
                Ok(RawPlace(names))
            }
        }
        d.deserialize_any(Names)
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawSettings {
    #[serde(default)]
    pub examples: Vec<S>,
    #[serde(default)]
    pub offtopic: Vec<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTopic {
    /// `draft = true`: written by `nmg-bot draft`, not reviewed yet.
    #[serde(default)]
    pub draft: bool,
    pub id: S,
    pub region: S,
    pub title: S,
    #[serde(default)]
    pub places: Vec<S>,
    #[serde(default)]
    pub keywords: Vec<S>,
    #[serde(default)]
    pub shared: Vec<S>,
    #[serde(default)]
    pub related: Vec<S>,
    pub answer: S,
    pub source: RawSource,
    #[serde(default)]
    pub facts: Vec<RawFact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub headline: S,
    #[serde(default)]
    pub reporters: Vec<S>,
    #[serde(default)]
    pub correspondents: Vec<S>,
    #[serde(default)]
    pub photographers: Vec<S>,
    pub byline: Option<S>,
    pub date: Option<S>,
    pub page: S,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub id: S,
    pub label: S,
    pub question: Option<S>,
    #[serde(default)]
    pub keywords: Vec<S>,
    pub answer: S,
    #[serde(default)]
    pub figures: Vec<RawFigure>,
    pub kind: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub label: S,
    pub value: S,
}

/// What a file is, by its path relative to the knowledge directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    Regions,
    Settings,
    Topic,
    Page,
    PageMeta,
    Unknown,
}

pub fn role(relative: &str) -> FileRole {
    match relative {
        "regions.toml" => FileRole::Regions,
        "bot.toml" => FileRole::Settings,
        r if r.starts_with("topics/") && r.ends_with(".toml") => FileRole::Topic,
        r if r.starts_with("pages/") && r.ends_with(".txt") => FileRole::Page,
        r if r.starts_with("pages/") && r.ends_with(".toml") => FileRole::PageMeta,
        _ => FileRole::Unknown,
    }
}

/// One file's records, as [`parse_all`] gathers them.
enum Parsed {
    Regions(Vec<RawRegion>),
    Settings(RawSettings),
    Topic(Box<RawTopic>),
    Page(RawPage),
    Nothing,
}

/// Parses every file. Files are parsed on their own, so a large knowledge
/// base (a year of pages is thousands of files) is split across the
/// threads that can be had; the records and problems come out in file
/// order whatever the split.
pub fn parse_all(files: &[SourceFile]) -> (RawKnowledge, Vec<Problem>) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(threads).max(PARSE_CHUNK_MIN);
    let parse_chunk = |start: usize, files: &[SourceFile]| {
        let mut problems = Vec::new();
        let parsed: Vec<Parsed> = files
            .iter()
            .map(|file| parse_one(file, &mut problems))
            .collect();
        (start, parsed, problems)
    };
    let chunks: Vec<(usize, Vec<Parsed>, Vec<Problem>)> = if files.len() <= chunk {
        vec![parse_chunk(0, files)]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .enumerate()
                .map(|(k, part)| {
                    let start = k * chunk;
                    std::thread::Builder::new()
                        .name("knowledge-parse".into())
                        .spawn_scoped(scope, move || parse_chunk(start, part))
                        .map_err(|_| (start, part))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| match h {
                    Ok(h) => h
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                    // No thread to be had: parse this part here.
                    Err((start, part)) => parse_chunk(start, part),
                })
                .collect()
        })
    };
    let mut raw = RawKnowledge::default();
    let mut problems = Vec::new();
    for (start, parsed, mut found) in chunks {
        problems.append(&mut found);
        for (i, p) in parsed.into_iter().enumerate() {
            let i = start + i;
            match p {
                Parsed::Regions(r) => raw.regions.push((i, r)),
                Parsed::Settings(s) => raw.settings = Some((i, s)),
                Parsed::Topic(t) => raw.topics.push((i, *t)),
                Parsed::Page(p) => raw.pages.push((i, p)),
                Parsed::Nothing => {}
            }
        }
    }
    (raw, problems)
}

/// Fewest files worth a thread of their own: below this, starting threads
/// costs more than it saves.
const PARSE_CHUNK_MIN: usize = 256;

fn parse_one(file: &SourceFile, problems: &mut Vec<Problem>) -> Parsed {
    let parsed = match role(&file.relative) {
        FileRole::Regions => {
            parse_toml::<RawRegionsFile>(file, problems).map(|r| Parsed::Regions(r.regions))
        }
        FileRole::Settings => parse_toml::<RawSettings>(file, problems).map(Parsed::Settings),
        FileRole::Topic => {
            parse_toml::<RawTopic>(file, problems).map(|t| Parsed::Topic(Box::new(t)))
        }
        FileRole::Page => None,
        FileRole::PageMeta => parse_toml::<RawPage>(file, problems).map(Parsed::Page),
        FileRole::Unknown => {
            problems.push(Problem::file(
                &file.display,
                "unknown knowledge file: topics go in topics/*.toml, \
                 pages in pages/*.txt with their metadata in pages/*.toml, \
                 and the only other files are regions.toml and bot.toml",
            ));
            None
        }
    };
    parsed.unwrap_or(Parsed::Nothing)
}

/// Parses one TOML file, reporting every syntax error the parser can
/// recover from, then the first shape error (missing or unknown key).
fn parse_toml<T: serde::de::DeserializeOwned>(
    file: &SourceFile,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    // A good file is parsed once; only a bad one is parsed again to find
    // every syntax error the parser can recover from.
    let err = match toml::from_str::<T>(&file.text) {
        Ok(v) => return Some(v),
        Err(e) => e,
    };
    let (_, errors) = toml::de::DeTable::parse_recoverable(&file.text);
    if errors.is_empty() {
        problems.push(toml_problem(file, &err));
    }
    for e in errors {
        problems.push(toml_problem(file, &e));
    }
    None
}

fn toml_problem(file: &SourceFile, e: &toml::de::Error) -> Problem {
    let offset = e.span().map_or(0, |s| s.start);
    let message = e.message().trim().trim_end_matches('.').to_string();
    Problem::at(&file.display, &file.text, offset, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(relative: &str, text: &str) -> SourceFile {
        SourceFile {
            display: format!("k/{relative}"),
            relative: relative.to_string(),
            text: text.to_string(),
        }
    }

    fn problems(relative: &str, text: &str) -> Vec<String> {
        let (_, problems) = parse_all(&[file(relative, text)]);
        problems.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let got = problems("topics/a.toml", "id = \"a\"\nregion = \n");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("k/topics/a.toml:2:"), "{got:?}");
    }

    #[test]
    fn unknown_keys_are_named() {
        let got = problems("bot.toml", "examples = []\nexampels = [\"x\"]\n");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("k/bot.toml:2:1:"), "{got:?}");
        assert!(got[0].contains("exampels"), "{got:?}");
    }

    #[test]
    fn missing_keys_are_named() {
        let got = problems("topics/a.toml", "id = \"a\"\nregion = \"通辽\"\n");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("missing field"), "{got:?}");
    }

    #[test]
    fn stray_files_are_reported() {
        let got = problems("notes.toml", "");
        assert_eq!(got.len(), 1);
        assert!(got[0].contains("unknown knowledge file"));
    }
}
