//! Settings of the Telegram bot, resolved once at start-up from the
//! environment (a `.env` file is read into it first, see `main`). Every
//! value is read here, the token and the Bot API's address included, and a
//! bad value is an error that names the variable, never a panic.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context;

use crate::telegram::{Endpoint, Settings};

/// Every variable the bot reads, with its meaning: the source of
/// `.env.example` and the README's table, kept in one place.
pub const VARIABLES: &[(&str, &str)] = &[
    (
        "TELOXIDE_TOKEN",
        "the bot token from @BotFather; without it the console chat opens",
    ),
    (
        "TELOXIDE_API_URL",
        "Bot API server (default https://api.telegram.org)",
    ),
    (
        "TELOXIDE_PROXY",
        "proxy for Telegram requests, e.g. socks5://127.0.0.1:1080",
    ),
    (
        "KNOWLEDGE_DIR",
        "knowledge directory to answer from (default: the bundled one)",
    ),
    (
        "WEBHOOK_URL",
        "public HTTPS URL for webhook mode; unset means long polling",
    ),
    (
        "WEBHOOK_LISTEN",
        "address the webhook server listens on (default 0.0.0.0:8443)",
    ),
    (
        "WEBHOOK_SECRET",
        "secret token Telegram sends with webhook updates (1-256 of A-Z a-z 0-9 _ -)",
    ),
    (
        "DATA_DIR",
        "where the record of unanswered questions and the journal of updates in flight are kept (default ./data)",
    ),
    (
        "BOT_ADMINS",
        "Telegram user ids allowed /reload, /misses and /stats, comma-separated",
    ),
    (
        "RATE_LIMIT",
        "answers per user per window before a notice and silence (default 5)",
    ),
    (
        "RATE_WINDOW_SECS",
        "the rate-limit window in seconds (default 10)",
    ),
    (
        "THROTTLE",
        "keep to Telegram's send limits: 1 (default) or 0 for load tests",
    ),
    (
        "POLL_TIMEOUT_SECS",
        "how long each getUpdates long poll waits for updates, 1-50 (default 30)",
    ),
    (
        "SEND_TIMEOUT_SECS",
        "how long a send waits for Telegram's answer before it counts as uncertain (default 15)",
    ),
    (
        "METRICS_LISTEN",
        "address for /livez, /readyz and /metrics in polling mode, e.g. 127.0.0.1:9090 (default: none)",
    ),
    ("RUST_LOG", "log level: error, warn, info (default), debug"),
];

/// Reads the Telegram settings from the environment.
pub fn telegram_from_env() -> anyhow::Result<Settings> {
    telegram_from(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
}

/// Reads the Telegram settings through `get`, so tests need no environment.
pub fn telegram_from(get: impl Fn(&str) -> Option<String>) -> anyhow::Result<Settings> {
    let Some(token) = get("TELOXIDE_TOKEN").map(|t| t.trim().to_string()) else {
        anyhow::bail!(
            "TELOXIDE_TOKEN is not set: get a token from @BotFather and put it in .env (see .env.example)"
        );
    };
    let mut endpoint = Endpoint::new(token);
    if let Some(v) = get("TELOXIDE_API_URL") {
        let url = url::Url::parse(v.trim())
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && !u.cannot_be_a_base());
        endpoint.api_url = url.with_context(|| {
            format!("TELOXIDE_API_URL is not an http(s) URL like https://api.telegram.org: {v:?}")
        })?;
    }
    if let Some(v) = get("TELOXIDE_PROXY") {
        let url = url::Url::parse(v.trim()).ok().filter(|u| {
            matches!(u.scheme(), "http" | "https" | "socks5" | "socks5h") && u.host().is_some()
        });
        endpoint.proxy = Some(url.with_context(|| {
            format!("TELOXIDE_PROXY is not a proxy URL like socks5://127.0.0.1:1080: {v:?}")
        })?);
    }
    let mut settings = Settings::new(endpoint);
    settings.webhook_url = get("WEBHOOK_URL")
        .map(|v| {
            url::Url::parse(v.trim()).with_context(|| format!("WEBHOOK_URL is not a URL: {v:?}"))
        })
        .transpose()?;
    if let Some(v) = get("WEBHOOK_LISTEN") {
        settings.webhook_listen = address(&v, "WEBHOOK_LISTEN", "0.0.0.0:8443")?;
    }
    if let Some(v) = get("METRICS_LISTEN") {
        settings.metrics_listen = Some(address(&v, "METRICS_LISTEN", "127.0.0.1:9090")?);
    }
    settings.webhook_secret = get("WEBHOOK_SECRET").map(|v| v.trim().to_string());
    if let Some(s) = &settings.webhook_secret {
        let ok = (1..=256).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        anyhow::ensure!(
            ok,
            "WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
        );
    }
    // Defaults are `Settings::new`'s; this only reads what is set.
    let secs = |d: Duration| d.as_secs() as u32;
    settings.rate_limit = number(&get, "RATE_LIMIT", settings.rate_limit)?;
    anyhow::ensure!(settings.rate_limit >= 1, "RATE_LIMIT must be at least 1");
    settings.rate_window =
        Duration::from_secs(number(&get, "RATE_WINDOW_SECS", secs(settings.rate_window))?.into());
    settings.throttle = match get("THROTTLE").as_deref().map(str::trim) {
        None | Some("1" | "true" | "on" | "yes") => true,
        Some("0" | "false" | "off" | "no") => false,
        Some(other) => anyhow::bail!("THROTTLE must be 1 or 0, not {other:?}"),
    };
    let poll = number(&get, "POLL_TIMEOUT_SECS", secs(settings.poll_timeout))?;
    // Telegram holds a long poll for at most 50 s.
    anyhow::ensure!(
        (1..=50).contains(&poll),
        "POLL_TIMEOUT_SECS must be between 1 and 50, not {poll}"
    );
    settings.poll_timeout = Duration::from_secs(poll.into());
    let send = number(&get, "SEND_TIMEOUT_SECS", secs(settings.send_timeout))?;
    anyhow::ensure!(send >= 1, "SEND_TIMEOUT_SECS must be at least 1");
    settings.send_timeout = Duration::from_secs(send.into());
    Ok(settings)
}

fn address(value: &str, key: &str, example: &str) -> anyhow::Result<SocketAddr> {
    value
        .trim()
        .parse()
        .with_context(|| format!("{key} is not an address like {example}: {value:?}"))
}

/// The admins' Telegram user ids, from `BOT_ADMINS` ("123, 456").
pub fn admins_from_env() -> anyhow::Result<Vec<u64>> {
    admins(std::env::var("BOT_ADMINS").ok().as_deref().unwrap_or(""))
}

fn admins(value: &str) -> anyhow::Result<Vec<u64>> {
    value
        .split([',', ' ', ';'])
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.trim().parse::<u64>().with_context(|| {
                format!("BOT_ADMINS must be Telegram user ids separated by commas, not {s:?}")
            })
        })
        .collect()
}

fn number(get: &impl Fn(&str) -> Option<String>, key: &str, default: u32) -> anyhow::Result<u32> {
    match get(key) {
        Some(v) => v
            .trim()
            .parse()
            .with_context(|| format!("{key} must be a whole number, not {v:?}")),
        None => Ok(default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> anyhow::Result<Settings> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        telegram_from(|key| {
            if key == "TELOXIDE_TOKEN" && !pairs.iter().any(|(k, _)| k == key) {
                return Some("123:abc".to_string());
            }
            pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults_are_long_polling_with_throttling() {
        let s = settings(&[]).unwrap();
        assert!(s.webhook_url.is_none());
        assert!(s.throttle);
        assert_eq!((s.rate_limit, s.rate_window), (5, Duration::from_secs(10)));
        assert_eq!(s.poll_timeout, Duration::from_secs(30));
        assert_eq!(s.endpoint.api_url.as_str(), "https://api.telegram.org/");
        assert!(s.metrics_listen.is_none() && s.endpoint.proxy.is_none());
    }

    #[test]
    fn bad_values_name_their_variable() {
        for (key, value) in [
            ("WEBHOOK_URL", "not a url"),
            ("WEBHOOK_LISTEN", "8443"),
            ("WEBHOOK_SECRET", "with space"),
            ("RATE_LIMIT", "many"),
            ("THROTTLE", "maybe"),
            ("TELOXIDE_API_URL", "api.telegram.org"),
            ("TELOXIDE_API_URL", "mailto:bot@example.org"),
            ("TELOXIDE_PROXY", "not a proxy"),
            ("TELOXIDE_PROXY", "ftp://proxy:21"),
            ("POLL_TIMEOUT_SECS", "60"),
            ("SEND_TIMEOUT_SECS", "0"),
            ("METRICS_LISTEN", "9090"),
        ] {
            let e = settings(&[(key, value)]).unwrap_err();
            assert!(format!("{e:#}").contains(key), "{key}: {e:#}");
        }
    }

    #[test]
    fn admins_are_a_list_of_ids() {
        assert_eq!(admins("").unwrap(), Vec::<u64>::new());
        assert_eq!(admins("12, 34;56").unwrap(), vec![12, 34, 56]);
        assert!(format!("{:#}", admins("12,abc").unwrap_err()).contains("BOT_ADMINS"));
    }

    #[test]
    fn env_example_lists_every_variable() {
        let example = include_str!("../.env.example");
        for (key, _) in VARIABLES {
            assert!(example.contains(key), ".env.example lacks {key}");
        }
    }

    #[test]
    fn the_readme_lists_every_variable() {
        let readme = include_str!("../README.md");
        for (key, _) in VARIABLES {
            assert!(
                readme.contains(&format!("| `{key}` |")),
                "README's table lacks {key}"
            );
        }
    }
}
