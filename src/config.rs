//! Settings, in one place: every variable the bot reads is a flag of the
//! command line with its environment variable beside it (clap derive), so
//! `nmg-bot --help` lists them all, a `.env` file can set them (read into
//! the environment first, see `main`), and a bad value is refused once, at
//! start, with the variable and the value named:
//!
//! ```text
//! error: invalid value 'abc' for '--rate-limit <RATE_LIMIT>': invalid digit found in string
//! ```
//!
//! Each flag's value name is its environment variable, for that reason.
//! `.env.example` lists the same variables (a test keeps the two equal).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use url::Url;

use crate::misses::Rotation;

/// Every setting of the bot.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Knowledge directory to answer from [default: ./knowledge if there is
    /// one, else the copy bundled into the binary]
    #[arg(
        long,
        global = true,
        env = "KNOWLEDGE_DIR",
        value_name = "KNOWLEDGE_DIR"
    )]
    pub knowledge: Option<PathBuf>,

    /// Where the record of unanswered questions and the usage figures are kept
    #[arg(
        long,
        global = true,
        env = "DATA_DIR",
        value_name = "DATA_DIR",
        default_value = "data"
    )]
    pub data_dir: PathBuf,

    /// The bot token from @BotFather; without it the console chat opens
    #[arg(
        long,
        global = true,
        env = "TELOXIDE_TOKEN",
        value_name = "TELOXIDE_TOKEN",
        hide_env_values = true,
        value_parser = parse_token
    )]
    pub token: Option<Token>,

    /// Bot API server [default: https://api.telegram.org]
    #[arg(long, global = true, env = "TELOXIDE_API_URL", value_name = "TELOXIDE_API_URL", value_parser = parse_api_url)]
    pub api_url: Option<Url>,

    /// Proxy for Telegram requests: http://, https://, socks5:// or socks5h://
    #[arg(long, global = true, env = "TELOXIDE_PROXY", value_name = "TELOXIDE_PROXY", value_parser = parse_proxy)]
    pub proxy: Option<Url>,

    /// Telegram user ids allowed /reload, /misses and /stats, comma-separated
    #[arg(
        long,
        global = true,
        env = "BOT_ADMINS",
        value_name = "BOT_ADMINS",
        value_parser = parse_admins,
        default_value = ""
    )]
    pub admins: Admins,

    /// Public HTTPS URL Telegram posts updates to (webhook mode); unset means long polling
    #[arg(long, global = true, env = "WEBHOOK_URL", value_name = "WEBHOOK_URL", value_parser = parse_webhook_url)]
    pub webhook_url: Option<Url>,

    /// Address the webhook server listens on
    #[arg(
        long,
        global = true,
        env = "WEBHOOK_LISTEN",
        value_name = "WEBHOOK_LISTEN",
        default_value = "0.0.0.0:8443"
    )]
    pub webhook_listen: SocketAddr,

    /// Secret token Telegram sends with each webhook update (1-256 of A-Z a-z 0-9 _ -)
    #[arg(
        long,
        global = true,
        env = "WEBHOOK_SECRET",
        value_name = "WEBHOOK_SECRET",
        hide_env_values = true,
        value_parser = parse_secret
    )]
    pub webhook_secret: Option<Token>,

    /// Answers per user per window, then one notice and silence until the window has passed
    #[arg(
        long,
        global = true,
        env = "RATE_LIMIT",
        value_name = "RATE_LIMIT",
        default_value_t = 5,
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    pub rate_limit: u32,

    /// The flood-control window, in seconds
    #[arg(
        long,
        global = true,
        env = "RATE_WINDOW_SECS",
        value_name = "RATE_WINDOW_SECS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub rate_window_secs: u64,

    /// Keep to Telegram's send limits: 1, or 0 only for load tests against a fake server
    #[arg(
        long,
        global = true,
        env = "THROTTLE",
        value_name = "THROTTLE",
        default_value = "1",
        action = clap::ArgAction::Set,
        value_parser = parse_switch
    )]
    pub throttle: bool,

    /// How long each getUpdates long poll waits for updates, in seconds (Telegram allows up to 50)
    #[arg(
        long,
        global = true,
        env = "POLL_TIMEOUT_SECS",
        value_name = "POLL_TIMEOUT_SECS",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..=50)
    )]
    pub poll_timeout_secs: u64,

    /// How long a send waits for Telegram's answer before it counts as uncertain (and is not repeated), in seconds
    #[arg(
        long,
        global = true,
        env = "SEND_TIMEOUT_SECS",
        value_name = "SEND_TIMEOUT_SECS",
        default_value_t = 15,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub send_timeout_secs: u64,

    /// Address for /livez, /readyz and /metrics in polling mode, e.g. 127.0.0.1:9090 (in webhook mode they are on WEBHOOK_LISTEN)
    #[arg(
        long,
        global = true,
        env = "METRICS_LISTEN",
        value_name = "METRICS_LISTEN"
    )]
    pub metrics_listen: Option<SocketAddr>,

    /// Size in MB at which the record of misses is rotated
    #[arg(
        long,
        global = true,
        env = "MISSES_MAX_MB",
        value_name = "MISSES_MAX_MB",
        default_value_t = 10,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub misses_max_mb: u64,

    /// Rotated files of the record of misses kept (older ones are deleted)
    #[arg(
        long,
        global = true,
        env = "MISSES_KEEP",
        value_name = "MISSES_KEEP",
        default_value_t = 5
    )]
    pub misses_keep: u32,

    /// Log level: error, warn, info, debug (user text is logged only at debug)
    #[arg(
        long = "log",
        global = true,
        env = "RUST_LOG",
        value_name = "RUST_LOG",
        default_value = "info"
    )]
    pub log: String,
}

impl Settings {
    /// The flood limit: answers per user, and the window.
    pub fn rate(&self) -> (u32, Duration) {
        (self.rate_limit, Duration::from_secs(self.rate_window_secs))
    }

    /// How long a long poll waits for updates.
    pub fn poll_timeout(&self) -> Duration {
        Duration::from_secs(self.poll_timeout_secs)
    }

    /// How long a send waits for Telegram's answer.
    pub fn send_timeout(&self) -> Duration {
        Duration::from_secs(self.send_timeout_secs)
    }

    /// When the record of misses is rotated.
    pub fn rotation(&self) -> Rotation {
        Rotation {
            max_bytes: self.misses_max_mb.saturating_mul(1024 * 1024),
            keep: self.misses_keep,
        }
    }
}

/// A secret (the bot token, the webhook secret): never printed, not even in
/// `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(***)")
    }
}

/// The admins' Telegram user ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Admins(pub Vec<u64>);

fn parse_token(s: &str) -> Result<Token, String> {
    let s = s.trim();
    // A token is "<bot id>:<secret>"; the value itself is never echoed.
    let ok = s.split_once(':').is_some_and(|(id, secret)| {
        !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && !secret.is_empty()
    });
    if ok {
        Ok(Token(s.to_string()))
    } else {
        Err("not a bot token like 123456:ABC-DEF… (ask @BotFather)".to_string())
    }
}

fn http_url(s: &str, schemes: &[&str]) -> Result<Url, String> {
    let url = Url::parse(s.trim()).map_err(|e| e.to_string())?;
    if !schemes.contains(&url.scheme()) || url.host_str().is_none() {
        return Err(format!("expected a {} URL", schemes.join(" or ")));
    }
    Ok(url)
}

fn parse_api_url(s: &str) -> Result<Url, String> {
    http_url(s, &["https", "http"])
}

fn parse_webhook_url(s: &str) -> Result<Url, String> {
    http_url(s, &["https", "http"])
}

fn parse_proxy(s: &str) -> Result<Url, String> {
    http_url(s, &["http", "https", "socks5", "socks5h"])
}

fn parse_secret(s: &str) -> Result<Token, String> {
    let ok = (1..=256).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(Token(s.to_string()))
    } else {
        Err("must be 1-256 characters of A-Z, a-z, 0-9, _ and -".to_string())
    }
}

fn parse_admins(value: &str) -> Result<Admins, String> {
    value
        .split([',', ' ', ';'])
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.trim().parse::<u64>().map_err(|_| {
                format!("{s:?} is not a Telegram user id; use ids separated by commas")
            })
        })
        .collect::<Result<Vec<u64>, String>>()
        .map(Admins)
}

fn parse_switch(s: &str) -> Result<bool, String> {
    match s.trim() {
        "1" | "true" | "on" | "yes" => Ok(true),
        "0" | "false" | "off" | "no" => Ok(false),
        _ => Err("must be 1 or 0".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::*;

    #[derive(Debug, Parser)]
    struct Probe {
        #[command(flatten)]
        settings: Settings,
    }

    fn parse(flags: &[&str]) -> Result<Settings, String> {
        let args = std::iter::once("nmg-bot").chain(flags.iter().copied());
        Probe::try_parse_from(args)
            .map(|p| p.settings)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn defaults_are_long_polling_with_throttling() {
        let s = parse(&[]).unwrap();
        assert!(s.webhook_url.is_none() && s.metrics_listen.is_none() && s.proxy.is_none());
        assert_eq!(s.poll_timeout(), Duration::from_secs(30));
        assert!(s.throttle);
        assert_eq!(s.rate(), (5, Duration::from_secs(10)));
        assert_eq!(s.admins, Admins::default());
    }

    #[test]
    fn bad_values_name_their_variable_and_value() {
        for (flag, value, name) in [
            ("--webhook-url", "not a url", "WEBHOOK_URL"),
            ("--webhook-url", "ftp://example.org", "WEBHOOK_URL"),
            ("--webhook-listen", "8443", "WEBHOOK_LISTEN"),
            ("--webhook-secret", "with space", "WEBHOOK_SECRET"),
            ("--rate-limit", "abc", "RATE_LIMIT"),
            ("--rate-limit", "0", "RATE_LIMIT"),
            ("--rate-window-secs", "0", "RATE_WINDOW_SECS"),
            ("--throttle", "maybe", "THROTTLE"),
            ("--admins", "12,abc", "BOT_ADMINS"),
            ("--api-url", "api.telegram.org", "TELOXIDE_API_URL"),
            ("--proxy", "socks9://x", "TELOXIDE_PROXY"),
            ("--proxy", "not a proxy", "TELOXIDE_PROXY"),
            ("--api-url", "mailto:bot@example.org", "TELOXIDE_API_URL"),
            ("--poll-timeout-secs", "60", "POLL_TIMEOUT_SECS"),
            ("--send-timeout-secs", "0", "SEND_TIMEOUT_SECS"),
            ("--metrics-listen", "9090", "METRICS_LISTEN"),
        ] {
            let e = parse(&[&format!("{flag}={value}")]).unwrap_err();
            assert!(e.contains(name), "{flag}: {e}");
            if !name.contains("SECRET") {
                assert!(e.contains(value), "{flag}: {e}");
            }
        }
    }

    #[test]
    fn secrets_are_never_shown() {
        let e = parse(&["--token", "not-a-token-secret"]).unwrap_err();
        assert!(e.contains("TELOXIDE_TOKEN"), "{e}");
        let s = parse(&["--token", "123:very-secret", "--webhook-secret", "hush"]).unwrap();
        assert!(!format!("{s:?}").contains("very-secret"));
        assert!(!format!("{s:?}").contains("hush"));
        assert_eq!(s.token.unwrap().expose(), "123:very-secret");
    }

    #[test]
    fn admins_are_a_list_of_ids() {
        assert_eq!(parse_admins("").unwrap(), Admins(vec![]));
        assert_eq!(parse_admins("12, 34;56").unwrap(), Admins(vec![12, 34, 56]));
    }

    fn in_help() -> Vec<String> {
        let mut names: Vec<String> = Probe::command()
            .get_arguments()
            .filter_map(|a| a.get_env())
            .map(|e| e.to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// The variables in `--help` and in `.env.example` are the same.
    #[test]
    fn env_example_lists_every_variable_and_no_other() {
        let in_help = in_help();
        let mut in_example: Vec<String> = include_str!("../.env.example")
            .lines()
            .map(|l| l.trim_start_matches('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, _)| k.trim().to_string())
            .filter(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_uppercase() || b == b'_'))
            .collect();
        in_example.sort();
        in_example.dedup();
        assert_eq!(in_help, in_example);
    }

    #[test]
    fn the_readme_lists_every_variable() {
        let readme = include_str!("../README.md");
        for key in in_help() {
            assert!(
                readme.contains(&format!("| `{key}` |")),
                "README's table lacks {key}"
            );
        }
    }
}
