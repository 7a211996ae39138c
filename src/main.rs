//! The `nmg-bot` binary: `.env`, settings, logger, then the command line.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use nmg_bot::cli::{Cli, Cmd};

/// mimalloc rather than the system allocator: an answer makes a few dozen
/// small allocations (the reply's strings, the evidence, the readings
/// weighed), and with glibc's malloc they were about a sixth of its
/// instructions and a quarter of its time (see BENCHMARKS.md). Built with
/// `no_thp`: with transparent huge pages (on by default in most Linux
/// kernels) its arenas were backed by huge pages, and `ask --json` peaked
/// at 61 MiB instead of 17.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A .env file is optional; the environment wins over it.
    let _ = dotenvy::dotenv();
    unset_empty_settings();
    let cli = Cli::parse();
    if matches!(
        cli.command,
        Some(Cmd::Ask { .. } | Cmd::Check { .. } | Cmd::Draft { .. } | Cmd::Misses { .. })
    ) {
        end_quietly_on_a_closed_pipe();
    }
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

/// A report piped into `head` stops when its reader goes away, quietly,
/// as `cat` and ripgrep do, instead of panicking in `println!` (Rust ignores
/// SIGPIPE by default). Only for the commands that print reports: the bot
/// and the console keep ignoring it, so a closed socket stays an error they
/// handle rather than a signal that ends them.
fn end_quietly_on_a_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: nothing else runs yet; restoring a signal's default action
    // touches no Rust state.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
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
