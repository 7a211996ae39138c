//! Bot commands: `/ask 问题`, `/ask@this_bot 问题`, `/start` …

/// The commands the bot answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Start,
    Help,
    Ask,
    Topics,
    Region,
    About,
    /// Admins: reload the knowledge now.
    Reload,
    /// Admins: the most frequent unanswered questions.
    Misses,
    /// Admins: usage figures.
    Stats,
    Unknown,
}

impl Command {
    /// Commands as registered with Telegram (setMyCommands), with their
    /// Chinese descriptions. The admin commands are not listed: others
    /// should not be offered what they cannot use.
    pub const LIST: &[(&str, &str)] = &[
        ("ask", "提问，例如 /ask 呼伦湖现在有多少鱼"),
        ("topics", "所有盟市和报道"),
        ("region", "某个盟市的报道，例如 /region 赤峰"),
        ("about", "知识来源和报告错误"),
        ("help", "使用说明"),
        ("start", "开始"),
    ];

    fn from_name(name: &str) -> Command {
        match name.to_lowercase().as_str() {
            "start" => Command::Start,
            "help" | "帮助" => Command::Help,
            "ask" | "q" | "问" => Command::Ask,
            "topics" | "list" => Command::Topics,
            "region" => Command::Region,
            "about" => Command::About,
            "reload" => Command::Reload,
            "misses" => Command::Misses,
            "stats" => Command::Stats,
            _ => Command::Unknown,
        }
    }
}

/// A command as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub command: Command,
    /// The bot named after `@`, if any.
    pub addressee: Option<String>,
    pub args: String,
}

/// Parses a message that starts with `/`; `None` for any other text.
pub fn parse_command(text: &str) -> Option<Parsed> {
    let text = text.trim_start();
    let rest = text.strip_prefix('/')?;
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let (head, args) = rest.split_at(end);
    if head.is_empty() {
        return None;
    }
    let (name, addressee) = match head.split_once('@') {
        Some((n, a)) => (n, Some(a.to_string())),
        None => (head, None),
    };
    Some(Parsed {
        command: Command::from_name(name),
        addressee,
        args: args.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<(Command, Option<&str>, &str)>) {
        let got = parse_command(text).map(|p| (p.command, p.addressee, p.args));
        let expected = expected.map(|(c, a, s)| (c, a.map(str::to_string), s.to_string()));
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn commands_parse() {
        check(
            "/ask 呼伦湖有多少鱼",
            Some((Command::Ask, None, "呼伦湖有多少鱼")),
        );
        check(
            "/ask@nmg_bot  呼伦湖 ",
            Some((Command::Ask, Some("nmg_bot"), "呼伦湖")),
        );
        check("/START", Some((Command::Start, None, "")));
        check("/region\n赤峰", Some((Command::Region, None, "赤峰")));
        check("/foo", Some((Command::Unknown, None, "")));
        check("呼伦湖", None);
        check("/", None);
        check("/ 呼伦湖", None);
    }
}
