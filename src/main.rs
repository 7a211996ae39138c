//! The `nmg-bot` binary: `.env`, settings, logger, then the command line.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use nmg_bot::cli::Cli;

fn main() -> ExitCode {
    // A .env file is optional; the environment wins over it.
    let _ = dotenvy::dotenv();
    unset_empty_settings();
    let cli = Cli::parse();
    env_logger::Builder::new()
        .parse_filters(&cli.settings.log)
        .init();
    match nmg_bot::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// A setting left empty (`TELOXIDE_TOKEN=` as `.env.example` has it) means
/// unset, as it does for most programs, not an empty value to validate.
fn unset_empty_settings() {
    for arg in Cli::command().get_arguments() {
        let Some(name) = arg.get_env() else {
            continue;
        };
        if std::env::var_os(name).is_some_and(|v| v.to_string_lossy().trim().is_empty()) {
            // SAFETY: nothing else runs yet: no thread reads the environment.
            unsafe { std::env::remove_var(name) };
        }
    }
}
