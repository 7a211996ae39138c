//! One grammar of expectations for every table of questions
//! (`tests/questions.tsv`, `tests/conversations.tsv`), parsed in one place.
//!
//! An expectation says what the answer must be:
//!
//! - `topic/fact` (alternatives with `|`): that point, answered;
//! - `topic`: the story as a whole, answered;
//! - `none`: not answered (`matched: false`), whatever the reply;
//! - `overview`: the overview, or a no-match that offers it;
//! - `region:REGION`: the region's list of stories;
//! - `missing:REGION`: the region has no such story, said plainly;
//! - `ambiguous:a,b`: several stories offered, these among them;
//! - `clarify:a,b`: asked back ("您是想问："), these among the readings.
//!
//! What the reply must contain is clauses separated by ` ; `, each of
//! alternatives separated by `|`; `!TEXT` is an alternative that holds when
//! the reply does not contain TEXT; white space is ignored.

use nmg_bot::chat::Outgoing;
use nmg_bot::engine::{Answer, AnswerKind};

/// Longest reply for a matched answer, in characters: an answer, not a page.
pub const MAX_REPLY: usize = 600;

#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// One of these points (`Some(fact)`) or whole stories (`None`).
    Answer(Vec<(String, Option<String>)>),
    None,
    Overview,
    Region(String),
    Missing(String),
    Ambiguous(Vec<String>),
    Clarify(Vec<String>),
}

impl Expect {
    pub fn parse(s: &str) -> Result<Expect, String> {
        let s = s.trim();
        let list = |rest: &str| rest.split(',').map(|t| t.trim().to_string()).collect();
        Ok(match s {
            "" => return Err("no expectation".to_string()),
            "none" => Expect::None,
            "overview" => Expect::Overview,
            _ if s.starts_with("missing:") => Expect::Missing(s["missing:".len()..].to_string()),
            _ if s.starts_with("region:") => Expect::Region(s["region:".len()..].to_string()),
            _ if s.starts_with("ambiguous:") => Expect::Ambiguous(list(&s["ambiguous:".len()..])),
            _ if s.starts_with("clarify:") => Expect::Clarify(list(&s["clarify:".len()..])),
            _ => Expect::Answer(
                s.split('|')
                    .map(|alt| match alt.trim().split_once('/') {
                        Some((t, f)) => (t.to_string(), Some(f.to_string())),
                        None => (alt.trim().to_string(), None),
                    })
                    .collect(),
            ),
        })
    }

    fn holds(&self, a: &Answer) -> bool {
        let names = a.names();
        let offers = |topics: &[String]| topics.iter().all(|t| names.candidates.contains(t));
        let kind = a.kind();
        match self {
            Expect::None => !a.matched(),
            Expect::Overview => matches!(kind, AnswerKind::Overview | AnswerKind::NoMatch),
            Expect::Region(region) => {
                kind == AnswerKind::Region && names.region == Some(region.as_str())
            }
            Expect::Missing(region) => {
                kind == AnswerKind::Missing && names.region == Some(region.as_str())
            }
            Expect::Ambiguous(topics) => kind == AnswerKind::Ambiguous && offers(topics),
            Expect::Clarify(topics) => {
                kind == AnswerKind::Clarify && !a.matched() && offers(topics)
            }
            Expect::Answer(alts) => {
                a.matched()
                    && alts.iter().any(|(topic, fact)| {
                        names.topic == Some(topic.as_str()) && names.fact == fact.as_deref()
                    })
            }
        }
    }
}

/// Text the reply must contain: clauses that must all hold, each of
/// alternatives of which one is enough.
#[derive(Debug, Clone, PartialEq)]
pub struct Must(Vec<Vec<String>>);

impl Must {
    pub fn parse(s: &str) -> Must {
        Must(
            s.split(" ; ")
                .filter(|c| !c.trim().is_empty())
                .map(|c| c.split('|').map(squeeze).collect())
                .collect(),
        )
    }
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks what the bot said against a row's expectation; `Err` says what is
/// wrong.
pub fn check(out: Option<&Outgoing>, expect: &Expect, must: &Must) -> Result<(), String> {
    let out = out.ok_or("the bot stayed silent")?;
    let a = out.answer.as_ref().ok_or("no answer, only a notice")?;
    let reply = out.reply.plain();
    let names = a.names();
    let got = format!(
        "{:?} topic={:?} fact={:?} region={:?} candidates={:?}",
        a.kind(),
        names.topic,
        names.fact,
        names.region,
        names.candidates
    );
    if a.matched() && reply.chars().count() > MAX_REPLY {
        return Err(format!("reply is {} characters", reply.chars().count()));
    }
    if !expect.holds(a) {
        return Err(format!("expected {expect:?}, got {got}"));
    }
    let flat = squeeze(&reply);
    for clause in &must.0 {
        // `!TEXT` holds when the reply does not contain TEXT.
        let holds = |m: &String| match m.strip_prefix('!') {
            Some(not) => !flat.contains(not),
            None => flat.contains(m.as_str()),
        };
        if !clause.iter().any(holds) {
            return Err(format!("reply lacks {clause:?} ({got})"));
        }
    }
    Ok(())
}

#[test]
fn expectations_parse() {
    assert_eq!(
        Expect::parse("a/b|c").unwrap(),
        Expect::Answer(vec![("a".into(), Some("b".into())), ("c".into(), None)])
    );
    assert_eq!(Expect::parse(" none ").unwrap(), Expect::None);
    assert_eq!(
        Expect::parse("ambiguous:a, b").unwrap(),
        Expect::Ambiguous(vec!["a".into(), "b".into()])
    );
    assert_eq!(
        Expect::parse("missing:赤峰").unwrap(),
        Expect::Missing("赤峰".into())
    );
    assert!(Expect::parse("").is_err());
    assert_eq!(
        Must::parse("123个 ; 5毛|五 毛"),
        Must(vec![
            vec!["123个".into()],
            vec!["5毛".into(), "五毛".into()]
        ])
    );
}
