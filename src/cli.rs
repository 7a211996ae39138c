//! The command line: `ask`, `chat`, `check`, `run`.
//!
//! Each subcommand resolves its settings, loads the knowledge and hands off
//! to the library; nothing here answers questions itself.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::chat::{ChatKind, Router};
use crate::console::Console;
use crate::engine::{Answer, Engine};
use crate::knowledge::{self, KnowledgeBase, LoadError};

/// Answers questions, in Chinese, about regional news from Inner Mongolia.
///
/// With no subcommand it runs the Telegram bot when TELOXIDE_TOKEN is set,
/// and otherwise opens the local console chat.
#[derive(Debug, Parser)]
#[command(name = "nmg-bot", version)]
pub struct Cli {
    /// Knowledge directory to answer from, instead of the bundled one.
    #[arg(long, global = true, env = "KNOWLEDGE_DIR", value_name = "DIR")]
    pub knowledge: Option<PathBuf>,

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
}

/// The JSON line of `ask --json`.
#[derive(Debug, Serialize)]
struct AskJson<'a> {
    matched: bool,
    topic: Option<&'a str>,
    fact: Option<&'a str>,
    region: Option<&'a str>,
    reply: String,
    candidates: &'a [String],
    kind: crate::engine::AnswerKind,
}

impl<'a> From<&'a Answer> for AskJson<'a> {
    fn from(a: &'a Answer) -> Self {
        AskJson {
            matched: a.matched,
            topic: a.topic.as_deref(),
            fact: a.fact.as_deref(),
            region: a.region.as_deref(),
            reply: a.reply.plain(),
            candidates: &a.candidates,
            kind: a.kind,
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Cmd::Ask {
            json,
            explain,
            question,
        }) => {
            let engine = Engine::new(load(cli.knowledge.as_deref())?);
            ask(&engine, json, explain, &question)
        }
        Some(Cmd::Chat { group, username }) => {
            let engine = Engine::new(load(cli.knowledge.as_deref())?);
            chat(&engine, group, &username)
        }
        Some(Cmd::Check { dir }) => Ok(check(&dir)),
        Some(Cmd::Run) => run_bot(cli.knowledge.as_deref()),
        None if std::env::var_os("TELOXIDE_TOKEN").is_some_and(|t| !t.is_empty()) => {
            run_bot(cli.knowledge.as_deref())
        }
        None => {
            let engine = Engine::new(load(cli.knowledge.as_deref())?);
            eprintln!(
                "本地控制台聊天（输入 /quit 退出）。要启动 Telegram 机器人，请设置 TELOXIDE_TOKEN（见 .env.example）后再运行。"
            );
            chat(&engine, false, "nmg_bot")
        }
    }
}

fn run_bot(knowledge: Option<&Path>) -> anyhow::Result<ExitCode> {
    if std::env::var_os("TELOXIDE_TOKEN").is_none_or(|t| t.is_empty()) {
        anyhow::bail!(
            "TELOXIDE_TOKEN is not set: get a token from @BotFather and put it in .env (see .env.example)"
        );
    }
    let settings = crate::config::telegram_from_env()?;
    let engine = Engine::new(load(knowledge)?);
    log::info!(
        "knowledge: {} topics, {} facts",
        engine.knowledge().topics.len(),
        engine.knowledge().fact_count()
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        // Bot::from_env reads TELOXIDE_TOKEN, TELOXIDE_API_URL and TELOXIDE_PROXY.
        let bot = teloxide::Bot::from_env();
        crate::telegram::run(bot, engine, settings).await
    })?;
    Ok(ExitCode::SUCCESS)
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

fn ask(
    engine: &Engine,
    json: bool,
    explain: bool,
    question: &[String],
) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let print = |q: &str, out: &mut dyn Write| -> anyhow::Result<()> {
        let answer = engine.answer(q);
        if json {
            let line = serde_json::to_string(&AskJson::from(&answer))?;
            writeln!(out, "{line}")?;
        } else {
            if explain {
                write!(out, "{}", engine.explain(q))?;
            }
            writeln!(out, "{}", answer.reply.plain())?;
            for f in &answer.followups {
                writeln!(out, "  · {}", f.label)?;
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

fn chat(engine: &Engine, group: bool, username: &str) -> anyhow::Result<ExitCode> {
    let router = Router::new(username);
    let kind = if group {
        ChatKind::Group
    } else {
        ChatKind::Private
    };
    let stdin = io::stdin();
    let prompt = stdin.is_terminal();
    let mut out = io::stdout().lock();
    Console::new(engine, &router, kind, prompt)
        .run(stdin.lock(), &mut out)
        .context("console chat")?;
    Ok(ExitCode::SUCCESS)
}

fn check(dir: &Path) -> ExitCode {
    match knowledge::load(dir) {
        Ok(kb) => {
            println!(
                "{}: ok: {} regions, {} topics, {} facts",
                dir.display(),
                kb.regions.len(),
                kb.topics.len(),
                kb.fact_count()
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
