//! Helpers shared by the integration tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `nmg-bot` binary cargo built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_nmg-bot"))
}

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A run of the real binary, built fluently: `Run::new(["ask", "x"]).stdin("…").output()`.
pub struct Run {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl Run {
    pub fn new<I, S>(args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = Command::new(bin());
        cmd.args(args);
        // Tests must not pick up a developer's .env or token.
        cmd.env_remove("TELOXIDE_TOKEN")
            .env_remove("KNOWLEDGE_DIR")
            .env("RUST_LOG", "warn");
        // Run from a directory with no knowledge/ and no .env, as a user would.
        cmd.current_dir(std::env::temp_dir());
        Run { cmd, stdin: None }
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Run {
        self.cmd.env(key, value);
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Run {
        self.stdin = Some(input.into());
        self
    }

    pub fn output(mut self) -> Output {
        self.cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        self.cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("spawn nmg-bot");
        if let Some(input) = self.stdin.take() {
            let mut stdin = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                let _ = stdin.write_all(&input);
            });
        }
        child.wait_with_output().expect("wait for nmg-bot")
    }

    /// Runs and asserts success; returns stdout.
    pub fn success(self) -> String {
        let out = self.output();
        assert!(
            out.status.success(),
            "exit {:?}\nstdout: {}\nstderr: {}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }
}

/// A scratch directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("nmg-bot-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// A copy of the bundled knowledge directory.
    pub fn with_knowledge(name: &str) -> TempDir {
        let t = TempDir::new(name);
        copy_dir(&root().join("knowledge"), &t.0);
        t
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The bot over the bundled knowledge, as the Telegram adapter and the
/// console run it (username `nmg_bot`, 5 answers per 10 s), recording
/// nothing to disk.
pub fn news_bot() -> nmg_bot::bot::NewsBot {
    news_bot_with(nmg_bot::bot::Options {
        username: "nmg_bot".into(),
        rate_limit: Some((5, std::time::Duration::from_secs(10))),
        ..nmg_bot::bot::Options::default()
    })
}

/// The bot over the bundled knowledge, set up as `options` say.
pub fn news_bot_with(options: nmg_bot::bot::Options) -> nmg_bot::bot::NewsBot {
    use nmg_bot::live::{Live, Source};
    let engine = nmg_bot::engine::Engine::new(nmg_bot::knowledge::bundled().unwrap());
    nmg_bot::bot::NewsBot::new(
        std::sync::Arc::new(Live::new(engine, Source::Bundled)),
        options,
    )
}
