//! nmg-bot: answers questions, in Chinese, about regional news from Inner
//! Mongolia, on Telegram and in a local console.
//!
//! # Layout
//!
//! - [`text`]: normalization shared by questions and keywords.
//! - [`knowledge`]: the curated stories in `knowledge/`: parse, validate, load.
//! - [`draft`]: drafting knowledge from a newspaper page, as pure steps.
//! - [`engine`]: question in, answer out; pure, never fails.
//! - [`chat`]: the conversation router (commands, group rules, buttons) as
//!   data, shared by Telegram and the console.
//! - [`live`]: the knowledge being served: the engine in an `ArcSwap`,
//!   reloaded whole, and the watcher of its directory.
//! - [`bot`]: the bot handle every entry point goes through: flood limit,
//!   routing, the engine, then recording; owns the conversations' memory.
//! - [`figures`]: usage figures behind `/stats`, kept across restarts.
//! - [`misses`]: the durable record of unanswered questions.
//! - [`privacy`]: personal numbers and addresses masked before anything is kept.
//! - [`console`]: the local chat over any reader and writer.
//! - [`telegram`]: the Telegram adapter over the router: its own update
//!   pipeline (long polls or webhook, a journal, per-chat queues, send
//!   limits), teloxide's types, health and metrics.
//! - [`config`]: settings from flags, the environment and `.env`.
//! - [`cli`]: the command line (`ask`, `chat`, `check`, `run`).
//!
//! Dependencies point one way: knowledge → engine → chat → live, figures,
//! misses → bot → console, telegram, cli.

pub mod bot;
pub mod chat;
pub mod cli;
pub mod config;
pub mod console;
pub mod draft;
pub mod engine;
pub mod figures;
pub mod knowledge;
pub mod live;
pub mod misses;
pub mod privacy;
pub mod telegram;
pub mod text;
