//! For editors: live reload, a broken edit that keeps the last good
//! knowledge, and the durable record of unanswered questions.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use nmg_bot::bot::{NewsBot, Options};
use nmg_bot::chat::{From, Incoming};
use nmg_bot::engine::Engine;
use nmg_bot::knowledge;
use nmg_bot::live::{self, Live, Reloaded, Source};

use crate::util::{Run, TempDir, bin};

const FISH: &str = "呼伦湖现在有多少鱼";

fn bot_on(dir: &std::path::Path) -> NewsBot {
    let kb = knowledge::load(dir).unwrap();
    let live = Live::new(Engine::new(kb), Source::Dir(dir.to_path_buf()));
    NewsBot::new(
        Arc::new(live),
        Options {
            admins: vec![1],
            ..Options::default()
        },
    )
}

fn say(bot: &NewsBot, text: &str) -> String {
    bot.handle(&Incoming::text(From::private(1), text))
        .message()
        .unwrap()
        .reply
        .plain()
}

fn edit(dir: &std::path::Path, from: &str, to: &str) {
    let path = dir.join("topics/hulunbuir-hulunhu.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from} not in the file");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_changed_figure_is_answered_after_the_watcher_reloads() {
    let dir = TempDir::with_knowledge("watch");
    let svc = bot_on(&dir.0).live().clone();
    let _watcher = live::watch(svc.clone()).expect("the directory can be watched");
    assert!(
        svc.engine()
            .answer(FISH)
            .reply
            .plain()
            .contains("15万吨以上")
    );

    let seen = svc.reload_count();
    edit(
        &dir.0,
        "已经增加到15万吨以上",
        "已经增加到15万吨以上（据最新统计）",
    );
    assert!(
        svc.wait_for_reload(seen, Duration::from_secs(10)),
        "no reload after the edit"
    );
    // An editor's save may come as several events; wait for the reload that saw it.
    let mut answer = svc.engine().answer(FISH).reply.plain();
    while !answer.contains("据最新统计")
        && svc.wait_for_reload(svc.reload_count(), Duration::from_secs(10))
    {
        answer = svc.engine().answer(FISH).reply.plain();
    }
    assert!(answer.contains("据最新统计"), "{answer}");
}

#[test]
fn a_broken_edit_keeps_the_old_answers_and_says_where() {
    let dir = TempDir::with_knowledge("broken");
    let bot = bot_on(&dir.0);
    let svc = bot.live().clone();
    edit(&dir.0, "region = \"呼伦贝尔\"", "region = \"火星\"");
    match svc.reload() {
        Reloaded::Invalid(problems) => {
            assert!(
                problems
                    .iter()
                    .any(|p| p.path.ends_with("hulunbuir-hulunhu.toml") && p.line == 5),
                "{problems:?}"
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(
        svc.engine()
            .answer(FISH)
            .reply
            .plain()
            .contains("15万吨以上")
    );

    // The admin who runs /reload is told the file and line.
    let reply = say(&bot, "/reload");
    assert!(
        reply.contains("hulunbuir-hulunhu.toml:5:10: unknown region '火星'"),
        "{reply}"
    );
    assert!(reply.contains("仍在使用上一版"), "{reply}");

    // Fixed, it is taken.
    edit(&dir.0, "region = \"火星\"", "region = \"呼伦贝尔\"");
    edit(
        &dir.0,
        "已经增加到15万吨以上",
        "已经增加到15万吨以上（修订）",
    );
    let reply = say(&bot, "/reload");
    assert!(reply.contains("已重新加载"), "{reply}");
    assert!(svc.engine().answer(FISH).reply.plain().contains("修订"));
}

#[test]
fn misses_survive_a_restart_and_are_listed_by_count() {
    let data = TempDir::new("misses");
    for round in 0..2 {
        let input = if round == 0 {
            "今天股市怎么样\n呼伦湖现在有多少鱼\n"
        } else {
            "今天股市怎么样\n火星上有水吗\n"
        };
        Run::new(["chat"])
            .env("DATA_DIR", &data.0)
            .stdin(input)
            .success();
    }
    let out = Run::new(["misses", "--top", "5"])
        .env("DATA_DIR", &data.0)
        .success();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].trim_start().starts_with("2  今天股市怎么样"),
        "{out}"
    );
    assert!(lines[1].contains("火星上有水吗"), "{out}");
    assert!(!out.contains("呼伦湖"), "{out}");

    let none = Run::new(["misses", "--since", "2999-01-01"])
        .env("DATA_DIR", &data.0)
        .success();
    assert!(none.contains("no unanswered questions"), "{none}");
    let bad = Run::new(["misses", "--since", "yesterday"])
        .env("DATA_DIR", &data.0)
        .output();
    assert!(!bad.status.success());
}

#[test]
fn sigkill_in_the_middle_of_a_burst_leaves_a_readable_record() {
    let data = TempDir::new("sigkill");
    let mut child = Command::new(bin())
        .arg("chat")
        .env("DATA_DIR", &data.0)
        .env_remove("KNOWLEDGE_DIR")
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for i in 0..5000 {
            if writeln!(stdin, "第{i}个没有答案的问题火星").is_err() {
                break;
            }
        }
    });
    // Kill once the bot has answered a good part of the burst.
    let mut replies = 0;
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while out.read_line(&mut line).unwrap_or(0) > 0 {
        if line.starts_with("抱歉") {
            replies += 1;
            if replies == 300 {
                break;
            }
        }
        line.clear();
    }
    child.kill().unwrap();
    let _ = child.wait();
    let _ = writer.join();

    let listed = Run::new(["misses", "--top", "100000"])
        .env("DATA_DIR", &data.0)
        .output();
    assert!(
        listed.status.success(),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    let stdout = String::from_utf8(listed.stdout).unwrap();
    let count = stdout
        .lines()
        .filter(|l| l.contains("没有答案的问题火星"))
        .count();
    assert!(count > 0, "nothing recorded before the kill:\n{stdout}");
}

fn bot_in(data: &std::path::Path) -> NewsBot {
    crate::util::news_bot_with(Options {
        username: "nmg_bot".into(),
        admins: vec![1],
        rate_limit: Some((5, Duration::from_secs(10))),
        data_dir: Some(data.to_path_buf()),
        ..Options::default()
    })
}

#[test]
fn stats_after_a_restart_show_the_figures_from_before_it() {
    let data = TempDir::new("stats-restart");
    let bot = bot_in(&data.0);
    bot.handle(&Incoming::text(From::private(7), FISH));
    bot.handle(&Incoming::text(From::private(8), "今天股市怎么样"));
    bot.handle(&Incoming::inline(9, "赤峰医保几天到账"));
    bot.close();
    drop(bot);

    let again = bot_in(&data.0);
    let stats = say(&again, "/stats");
    assert!(stats.contains("问题：3，答上：2（67%）"), "{stats}");
    assert!(stats.contains("hulunbuir-hulunhu/fish"), "{stats}");
    assert!(stats.contains("今天股市怎么样"), "{stats}");
}

#[test]
fn a_flood_leaves_at_most_the_limits_worth_in_the_record() {
    let data = TempDir::new("flood-record");
    let bot = bot_in(&data.0);
    for i in 0..40 {
        bot.handle(&Incoming::text(
            From::private(7),
            format!("火星上有水吗{i}"),
        ));
    }
    bot.close();
    let record = std::fs::read_to_string(data.0.join("misses.jsonl")).unwrap();
    assert_eq!(record.lines().count(), 5, "{record}");
}
