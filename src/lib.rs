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
//! - [`service`]: the shared state behind the router: the engine (reloaded
//!   whole), usage figures, the record of misses, the admins.
//! - [`misses`]: the durable record of unanswered questions.
//! - [`console`]: the local chat over any reader and writer.
//! - [`telegram`]: the thin teloxide adapter over the router.
//! - [`config`]: settings from flags, the environment and `.env`.
//! - [`cli`]: the command line (`ask`, `chat`, `check`, `run`).
//!
//! Dependencies point one way: knowledge → engine → chat → adapters.

pub mod chat;
pub mod cli;
pub mod config;
pub mod console;
pub mod draft;
pub mod engine;
pub mod knowledge;
pub mod misses;
pub mod service;
pub mod telegram;
pub mod text;
