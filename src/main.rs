//! The `nmg-bot` binary: logger, settings, then the command line.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // A .env file is optional; the environment wins over it.
    let _ = dotenvy::dotenv();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let cli = nmg_bot::cli::Cli::parse();
    match nmg_bot::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
