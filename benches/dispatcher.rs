//! Dispatcher throughput: the real binary (`nmg-bot run`, its real handler
//! tree) against the fake Bot API server on loopback, throttling off:
//! 10,000 updates from 1,000 chats. Prints updates answered per second and
//! the bot process's peak memory (VmHWM).
//!
//! `cargo bench --bench dispatcher`; see BENCHMARKS.md.

// The fake's own tests are compiled out of this harness-less target, which
// leaves their imports unused here.
#![allow(unused_imports)]

#[path = "../tests/integration/fake/mod.rs"]
mod fake;
mod table;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fake::FakeTelegram;

/// Chats and updates, as the issue sets them; `BENCH_CHATS` and
/// `BENCH_UPDATES` change them, to see how memory grows with the chats.
const CHATS: i64 = 1_000;
const UPDATES: usize = 10_000;

fn setting<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    // `cargo bench` passes flags such as --bench; this benchmark takes none.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        // No send limits: this measures the bot, not Telegram's limits.
        let fake = FakeTelegram::start_with(None).await;
        let qs = table::questions();
        let chats: i64 = setting("BENCH_CHATS", CHATS).max(1);
        let total: usize = setting("BENCH_UPDATES", UPDATES);
        for i in 0..total {
            let chat = 10_000 + (i as i64 % chats);
            fake.push(FakeTelegram::private_text(chat, &qs[i % qs.len()]));
        }
        let data = std::env::temp_dir().join(format!("nmg-bot-bench-{}", std::process::id()));
        let mut child = Command::new(env!("CARGO_BIN_EXE_nmg-bot"))
            .arg("run")
            .env("TELOXIDE_TOKEN", FakeTelegram::TOKEN)
            .env("TELOXIDE_API_URL", fake.api_url())
            .env("THROTTLE", "0")
            .env("RATE_LIMIT", "1000")
            .env("RUST_LOG", "warn")
            .env("DATA_DIR", &data)
            .env_remove("KNOWLEDGE_DIR")
            .current_dir(std::env::temp_dir())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn nmg-bot run");
        fake.wait_for("getUpdates", 1, Duration::from_secs(60))
            .await;
        let idle = peak_kib(child.id());
        let start = Instant::now();
        fake.wait_for("sendMessage", total, Duration::from_secs(600))
            .await;
        let elapsed = start.elapsed();
        let peak = peak_kib(child.id());
        let _ = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
        let status = child.wait().unwrap();
        let _ = std::fs::remove_dir_all(&data);
        println!("dispatcher: {total} updates from {chats} chats answered in {elapsed:.2?}");
        println!(
            "dispatcher: {:.0} updates/s",
            total as f64 / elapsed.as_secs_f64()
        );
        if let (Some(idle), Some(kib)) = (idle, peak) {
            println!(
                "dispatcher: bot peak memory (VmHWM) {:.1} MiB; {:.1} MiB when it started polling",
                kib as f64 / 1024.0,
                idle as f64 / 1024.0
            );
        }
        println!("dispatcher: bot exit {status}");
        assert!(fake.violations().is_empty(), "{:?}", fake.violations());
    });
}
