//! The command line: `ask`, `chat`, `check`, `run`, `misses`.
//!
//! Each subcommand resolves its settings, loads the knowledge and hands off
//! to the library; nothing here answers questions itself.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::bot::{NewsBot, Options, Response};
use crate::chat::{ChatKind, From, Incoming, Outgoing};
use crate::config::Settings;
use crate::console::{CONSOLE_USER, Console};
use crate::engine::Engine;
use crate::knowledge::{self, KnowledgeBase, LoadError};
use crate::live::{Live, Source};

/// Answers questions, in Chinese, about regional news from Inner Mongolia.
///
/// With no subcommand it runs the Telegram bot when TELOXIDE_TOKEN is set,
/// and otherwise opens the local console chat. Every setting is a flag and
/// an environment variable (a .env file in the working directory is read
/// first); the environment variable is named beside each flag.
#[derive(Debug, Parser)]
#[command(name = "nmg-bot", version)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,

    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Answer questions: the ones given, or one a line from stdin.
    Ask {
        /// Print one JSON object per question.
        #[arg(long)]
        json: bool,
        /// Show how each question was scored: keywords found, topics ranked.
        #[arg(long, conflicts_with = "json")]
        explain: bool,
        /// Treat the questions as one conversation: follow-ups ("那湿地呢")
        /// are answered in the context of the previous answers.
        #[arg(long)]
        session: bool,
        /// Count the questions and record misses in DATA_DIR, as the bot
        /// does (by default `ask` records nothing: it is the editors' and
        /// the evaluation's tool).
        #[arg(long)]
        record: bool,
        /// The bot's username, as `/ask@…` and @mentions name it: a
        /// question written for a group (`/ask@nmg_bot 呼伦湖`) is asked of
        /// the bot, as on Telegram.
        #[arg(long, default_value = "nmg_bot")]
        username: String,
        /// The question; without it, questions are read from stdin, one a line.
        question: Vec<String>,
    },
    /// Chat with the bot in the console, as on Telegram.
    Chat {
        /// Behave as in a group chat: answer only /ask, @mentions and replies (lines starting with '>').
        #[arg(long)]
        group: bool,
        /// The bot's username, as @mentions name it.
        #[arg(long, default_value = "nmg_bot")]
        username: String,
    },
    /// Run the Telegram bot (needs TELOXIDE_TOKEN; see the README for all settings).
    Run,
    /// Validate a knowledge directory and print every problem.
    Check {
        /// The directory to check.
        #[arg(default_value = "knowledge")]
        dir: PathBuf,
    },
    /// Draft knowledge from a newspaper page: the page goes into DIR/pages/
    /// with its metadata, one draft topic per story into DIR/topics/ (DIR is
    /// --knowledge, default ./knowledge). Never overwrites a file.
    Draft {
        /// The page as plain text: region lines, `#`/`##` headlines, bylines, paragraphs.
        page: PathBuf,
        /// The page's date of issue (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_issue)]
        date: Option<jiff::civil::Date>,
        /// The paper's name, e.g. 内蒙古日报.
        #[arg(long, value_name = "NAME")]
        paper: Option<String>,
        /// The page's own name, e.g. "第4版 地方新闻".
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// List the most frequent questions the bot could not answer.
    Misses {
        /// How many to list.
        #[arg(long, default_value_t = 20)]
        top: usize,
        /// Only misses on or after this day (YYYY-MM-DD, UTC).
        #[arg(long, value_name = "DATE", value_parser = parse_since)]
        since: Option<u64>,
    },
}

fn parse_issue(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse()
        .map_err(|_| format!("{s:?} is not a date like 2025-10-08"))
}

fn parse_since(s: &str) -> Result<u64, String> {
    crate::misses::parse_date(s).ok_or_else(|| format!("{s:?} is not a date like 2026-12-01"))
}

/// The JSON line of `ask --json`: the answer's ids as editors name them.
/// Its fields and their order are the editors' and the evaluation's
/// format: they do not change.
#[derive(Debug, Serialize)]
struct AskJson<'a> {
    matched: bool,
    topic: Option<&'a str>,
    fact: Option<&'a str>,
    region: Option<&'a str>,
    reply: String,
    candidates: Vec<String>,
    kind: &'static str,
    /// How sure the engine is of its best reading, from 0 to 1.
    confidence: f32,
}

impl<'a> AskJson<'a> {
    /// No reply: the line was for another bot.
    fn silent() -> AskJson<'static> {
        AskJson {
            matched: false,
            topic: None,
            fact: None,
            region: None,
            reply: String::new(),
            candidates: Vec::new(),
            kind: "silent",
            confidence: 0.0,
        }
    }

    fn of(out: &'a Outgoing) -> AskJson<'a> {
        match &out.answer {
            Some(a) => {
                let names = a.names();
                AskJson {
                    matched: a.matched(),
                    topic: names.topic,
                    fact: names.fact,
                    region: names.region,
                    reply: out.reply.plain(),
                    candidates: names.candidates,
                    kind: a.kind().name(),
                    confidence: (a.confidence * 100.0).round() / 100.0,
                }
            }
            // A command's reply (/start, /help): not an answer.
            None => AskJson {
                matched: false,
                topic: None,
                fact: None,
                region: None,
                reply: out.reply.plain(),
                candidates: Vec::new(),
                kind: "notice",
                confidence: 0.0,
            },
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let settings = &cli.settings;
    let knowledge = settings.knowledge.as_deref();
    match cli.command {
        Some(Cmd::Ask {
            json,
            explain,
            session,
            record,
            username,
            question,
        }) => {
            let (source, kb) = resolve(knowledge)?;
            let bot = NewsBot::new(
                Arc::new(Live::new(Engine::new(kb), source)),
                Options {
                    username,
                    remember: session,
                    record,
                    data_dir: record.then(|| settings.data_dir.clone()),
                    rotation: settings.rotation(),
                    ..Options::default()
                },
            );
            let result = ask(&bot, json, explain, &question);
            bot.close();
            result
        }
        Some(Cmd::Chat { group, username }) => chat(settings, group, &username),
        Some(Cmd::Check { dir }) => Ok(check(&dir)),
        Some(Cmd::Draft {
            page,
            date,
            paper,
            name,
        }) => draft(
            knowledge.unwrap_or(Path::new("knowledge")),
            &page,
            date,
            paper.as_deref(),
            name.as_deref(),
        ),
        Some(Cmd::Run) => run_bot(settings),
        Some(Cmd::Misses { top, since }) => misses(&settings.data_dir, top, since.unwrap_or(0)),
        None if settings.token.is_some() => run_bot(settings),
        None => {
            eprintln!(
                "本地控制台聊天（输入 /quit 退出）。要启动 Telegram 机器人，请设置 TELOXIDE_TOKEN（见 .env.example）后再运行。"
            );
            chat(settings, false, "nmg_bot")
        }
    }
}

fn run_bot(settings: &Settings) -> anyhow::Result<ExitCode> {
    let Some(token) = &settings.token else {
        anyhow::bail!(
            "TELOXIDE_TOKEN is not set: get a token from @BotFather and put it in .env (see .env.example)"
        );
    };
    let bot = news_bot(
        settings,
        settings.admins.0.clone(),
        String::new(),
        Some(settings.rate()),
    )?;
    let _watcher = crate::live::watch(bot.live().clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let telegram = crate::telegram::Settings::from_config(token, settings);
    let result = runtime.block_on(crate::telegram::run(bot.clone(), telegram));
    bot.close();
    result?;
    Ok(ExitCode::SUCCESS)
}

/// The bot the Telegram adapter and the console run: the knowledge, the
/// record of misses and the figures in `DATA_DIR`, the admins, the flood
/// limit (none for the person at the console).
fn news_bot(
    settings: &Settings,
    admins: Vec<u64>,
    username: String,
    rate_limit: Option<(u32, std::time::Duration)>,
) -> anyhow::Result<NewsBot> {
    let (source, kb) = resolve(settings.knowledge.as_deref())?;
    log::info!(
        "knowledge: {} topics, {} facts ({source:?})",
        kb.topics.len(),
        kb.fact_count()
    );
    Ok(NewsBot::new(
        Arc::new(Live::new(Engine::new(kb), source)),
        Options {
            username,
            admins,
            rate_limit,
            remember: true,
            record: true,
            data_dir: Some(settings.data_dir.clone()),
            rotation: settings.rotation(),
        },
    ))
}

/// Which knowledge to answer from: the directory asked for (it must be
/// valid), else `./knowledge` if present, else the bundled copy. A broken
/// `./knowledge` is reported and the bundled copy served meanwhile; the
/// directory stays the source, so fixing it takes effect on reload.
pub fn resolve(dir: Option<&Path>) -> anyhow::Result<(Source, KnowledgeBase)> {
    if let Some(dir) = dir {
        return Ok((Source::Dir(dir.to_path_buf()), load(Some(dir))?));
    }
    let local = Path::new("knowledge");
    if local.join("regions.toml").is_file() {
        match knowledge::load(local) {
            Ok(kb) => return Ok((Source::Dir(local.to_path_buf()), kb)),
            Err(e) => {
                if let LoadError::Invalid(problems) = &e {
                    for p in problems {
                        eprintln!("{p}");
                    }
                }
                eprintln!(
                    "warning: ./knowledge cannot be loaded ({e}); answering from the bundled copy until it is fixed"
                );
                return Ok((Source::Dir(local.to_path_buf()), load(None)?));
            }
        }
    }
    Ok((Source::Bundled, load(None)?))
}

/// Loads the knowledge from `dir`, or the bundled copy.
pub fn load(dir: Option<&Path>) -> anyhow::Result<KnowledgeBase> {
    let result = match dir {
        Some(dir) => knowledge::load(dir),
        None => knowledge::bundled(),
    };
    match result {
        Ok(kb) => Ok(kb),
        Err(LoadError::Invalid(problems)) => {
            for p in &problems {
                eprintln!("{p}");
            }
            let place = dir.map_or("the bundled knowledge".to_string(), |d| {
                d.display().to_string()
            });
            anyhow::bail!(
                "{} problem(s) in {place}; run `nmg-bot check` for details",
                problems.len()
            )
        }
        Err(e) => Err(e).context("cannot load the knowledge"),
    }
}

fn ask(bot: &NewsBot, json: bool, explain: bool, question: &[String]) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let from = From::private(CONSOLE_USER);
    let print = |q: &str, out: &mut dyn Write| -> anyhow::Result<()> {
        let reply = match bot.handle(&Incoming::text(from, q)) {
            Response::Message(reply) => reply,
            // A line the bot stays silent on (`/ask@other_bot …`, for
            // another bot) still gets its line, and the next is read.
            _ => {
                if json {
                    writeln!(out, "{}", serde_json::to_string(&AskJson::silent())?)?;
                } else {
                    writeln!(out, "（不回复：这条消息不是发给本机器人的）")?;
                }
                return Ok(());
            }
        };
        if json {
            let line = serde_json::to_string(&AskJson::of(&reply))?;
            writeln!(out, "{line}")?;
        } else {
            if explain {
                write!(out, "{}", bot.live().engine().explain(q))?;
            }
            writeln!(out, "{}", reply.reply.plain())?;
            for b in &reply.buttons {
                writeln!(out, "  · {}", b.label)?;
            }
        }
        Ok(())
    };
    if question.is_empty() {
        let stdin = io::stdin();
        let mut line = Vec::new();
        let mut reader = stdin.lock();
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            // One JSON line per input line, even for a line that is not UTF-8.
            let text = String::from_utf8_lossy(&line);
            print(text.trim_end_matches(['\n', '\r']), &mut out)?;
        }
    } else {
        print(&question.join(" "), &mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn chat(settings: &Settings, group: bool, username: &str) -> anyhow::Result<ExitCode> {
    // The person at the console runs the bot: they may use the admin commands.
    let mut admins = settings.admins.0.clone();
    admins.push(CONSOLE_USER);
    let bot = news_bot(settings, admins, username.to_string(), None)?;
    let _watcher = crate::live::watch(bot.live().clone());
    let kind = if group {
        ChatKind::Group
    } else {
        ChatKind::Private
    };
    let stdin = io::stdin();
    let prompt = stdin.is_terminal();
    let mut out = io::stdout().lock();
    let result = Console::new(&bot, kind, prompt).run(stdin.lock(), &mut out);
    bot.close();
    result.context("console chat")?;
    Ok(ExitCode::SUCCESS)
}

fn misses(data_dir: &Path, top: usize, since: u64) -> anyhow::Result<ExitCode> {
    let (list, skipped) = crate::misses::summarize(data_dir, since)
        .with_context(|| format!("cannot read the record of misses in {}", data_dir.display()))?;
    if list.is_empty() {
        println!(
            "no unanswered questions recorded in {}",
            data_dir.join(crate::misses::FILE).display()
        );
    }
    for s in list.iter().take(top) {
        println!(
            "{:>5}  {}  (first {}, last {}, {}, {})",
            s.count,
            s.text,
            crate::misses::format_date(s.first),
            crate::misses::format_date(s.last),
            s.chats.join("/"),
            s.why
        );
    }
    if skipped > 0 {
        eprintln!("{skipped} unreadable line(s) skipped (a write cut short by a crash)");
    }
    Ok(ExitCode::SUCCESS)
}

fn check(dir: &Path) -> ExitCode {
    match knowledge::load(dir) {
        Ok(kb) => {
            // Drafts are notes, not errors: the bot answers from them while
            // they wait for an editor.
            let drafts: Vec<&knowledge::Topic> = kb.drafts().collect();
            for t in &drafts {
                println!(
                    "{}: note: draft, not reviewed yet ({} facts); review it, then delete `draft = true`",
                    dir.join(&t.file).display(),
                    t.facts.len()
                );
            }
            println!(
                "{}: ok: {} regions, {} topics, {} facts, {} pages, {} drafts",
                dir.display(),
                kb.regions.len(),
                kb.topics.len(),
                kb.fact_count(),
                kb.pages.len(),
                drafts.len()
            );
            ExitCode::SUCCESS
        }
        Err(LoadError::Invalid(problems)) => {
            for p in &problems {
                println!("{p}");
            }
            eprintln!("{}: {} problem(s)", dir.display(), problems.len());
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `nmg-bot draft`: reads the page and the knowledge it goes into, drafts in
/// memory, checks the whole directory as it would be, and only then writes
/// the new files, none of which may exist yet.
fn draft(
    dir: &Path,
    page: &Path,
    date: Option<jiff::civil::Date>,
    paper: Option<&str>,
    name: Option<&str>,
) -> anyhow::Result<ExitCode> {
    use crate::draft;
    use crate::knowledge::SourceFile;

    let started = std::time::Instant::now();
    let text = std::fs::read_to_string(page)
        .with_context(|| format!("cannot read the page {}", page.display()))?;
    let stem = page
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty() && !s.starts_with('.'))
        .with_context(|| format!("{} has no usable file name", page.display()))?;
    let page_file = format!("pages/{stem}.txt");

    // The knowledge the draft joins. An empty or new directory starts from
    // the bundled regions and settings.
    let (mut files, kb) = if dir.join("regions.toml").is_file() {
        let files = knowledge::read_dir(dir)?;
        match knowledge::from_files(&files) {
            Ok(kb) => (files, kb),
            Err(problems) => {
                for p in &problems {
                    println!("{p}");
                }
                eprintln!(
                    "{}: {} problem(s); fix the knowledge before drafting into it",
                    dir.display(),
                    problems.len()
                );
                return Ok(ExitCode::FAILURE);
            }
        }
    } else {
        let bundled: Vec<SourceFile> = knowledge::bundled_files()
            .into_iter()
            .filter(|f| f.relative == "regions.toml" || f.relative == "bot.toml")
            .map(|f| SourceFile {
                display: dir.join(&f.relative).display().to_string(),
                ..f
            })
            .filter(|f| !dir.join(&f.relative).exists())
            .collect();
        let kb = knowledge::bundled().map_err(|e| anyhow::anyhow!("bundled knowledge: {e}"))?;
        // Only the regions: the bundled stories are not in this directory.
        let kb = KnowledgeBase::new(kb.regions, kb.pages, Vec::new(), kb.settings);
        (bundled, kb)
    };
    let mut new: Vec<usize> = (0..files.len())
        .filter(|&i| !dir.join(&files[i].relative).exists())
        .collect();

    let mut segmenter = draft::Segmenter::new(&kb.regions);
    let topics = match draft::draft(
        &page.display().to_string(),
        &text,
        &kb.regions,
        &kb.topics,
        &mut segmenter,
    ) {
        Ok(topics) => topics,
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            eprintln!("{}: cannot draft this page", page.display());
            return Ok(ExitCode::FAILURE);
        }
    };

    let mut add = |relative: String, text: String| {
        new.push(files.len());
        files.push(SourceFile {
            display: dir.join(&relative).display().to_string(),
            relative,
            text,
        });
    };
    add(page_file.clone(), text.clone());
    add(
        format!("pages/{stem}.toml"),
        draft::write::page_meta(paper, date, name),
    );
    for t in &topics {
        add(
            format!("topics/{}.toml", t.id),
            draft::write::topic(t, &page_file),
        );
    }
    // Checked as a whole, before anything is written.
    if let Err(problems) = knowledge::from_files(&files) {
        for p in &problems {
            println!("{p}");
        }
        eprintln!(
            "the draft would not pass `nmg-bot check` ({} problem(s)); nothing was written",
            problems.len()
        );
        return Ok(ExitCode::FAILURE);
    }
    let exists: Vec<String> = new
        .iter()
        .map(|&i| dir.join(&files[i].relative))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !exists.is_empty() {
        eprintln!(
            "not drafting: {} already exist(s); draft never overwrites a file",
            exists.join(", ")
        );
        return Ok(ExitCode::FAILURE);
    }
    for &i in &new {
        let path = dir.join(&files[i].relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        file.write_all(files[i].text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }

    let facts: usize = topics.iter().map(|t| t.facts.len()).sum();
    let figures: usize = topics
        .iter()
        .flat_map(|t| &t.facts)
        .map(|f| f.figures.len())
        .sum();
    println!(
        "{}: {} stories, {} facts, {} figures, drafted in {} ms",
        page.display(),
        topics.len(),
        facts,
        figures,
        started.elapsed().as_millis()
    );
    for t in &topics {
        println!(
            "  {}  {}：{}  ({} facts, {} people, {} captions left out)",
            dir.join(format!("topics/{}.toml", t.id)).display(),
            t.region,
            t.headline,
            t.facts.len(),
            t.facts
                .iter()
                .filter(|f| f.kind == knowledge::FactKind::Person)
                .count(),
            t.captions
        );
        for note in &t.notes {
            println!("      review: {note}");
        }
    }
    println!(
        "wrote {} files. The bot answers from the drafts now; to review, read each topic file, \
         fix what the draft got wrong, and delete its `draft = true` line (see README, \"Adding a new page\").",
        new.len()
    );
    Ok(ExitCode::SUCCESS)
}
