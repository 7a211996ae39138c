//! The local console chat: the same bot as Telegram, over any reader and
//! writer, so it works in a terminal and piped alike.
//!
//! Buttons are shown as numbered choices; typing the number presses the
//! button. In group mode plain lines are chatter the bot ignores, as in a
//! Telegram group: address it with `/ask …`, `@bot …`, or start a line with
//! `>` to reply to its last message.

use std::io::{self, BufRead, Write};

use crate::bot::NewsBot;
use crate::chat::{Button, ChatKind, From, Incoming, Outgoing};

/// The user id of the person at the console. They run the bot, so they are
/// its admin there (see `cli`).
pub const CONSOLE_USER: u64 = 0;

pub struct Console<'a> {
    bot: &'a NewsBot,
    chat: ChatKind,
    /// Print a prompt before each line (a terminal, not a pipe).
    prompt: bool,
}

impl<'a> Console<'a> {
    pub fn new(bot: &'a NewsBot, chat: ChatKind, prompt: bool) -> Console<'a> {
        Console { bot, chat, prompt }
    }

    /// Runs the conversation until the reader ends or the user types `/quit`.
    pub fn run<R: BufRead, W: Write>(&self, input: R, out: &mut W) -> io::Result<()> {
        let mut buttons: Vec<Button> = Vec::new();
        self.prompt(out)?;
        for line in input.lines() {
            let line = match line {
                Ok(l) => l,
                // Bytes that are not UTF-8 are a question the bot cannot read, not an end.
                Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                    writeln!(out, "（这一行不是 UTF-8 文字，已跳过）")?;
                    continue;
                }
                Err(e) => return Err(e),
            };
            let line = line.trim();
            if line.is_empty() {
                self.prompt(out)?;
                continue;
            }
            if matches!(line, "/quit" | "/exit" | "/q") {
                break;
            }
            let from = match self.chat {
                ChatKind::Group => From::group(-1, CONSOLE_USER),
                ChatKind::Private | ChatKind::Inline => From::private(CONSOLE_USER),
            };
            let incoming = match line.parse::<usize>() {
                Ok(n) if n >= 1 && n <= buttons.len() => {
                    Incoming::button(from, buttons[n - 1].data.clone())
                }
                _ => match line.strip_prefix('>') {
                    Some(reply) => Incoming::reply(from, reply.trim()),
                    None => Incoming::text(from, line),
                },
            };
            match self.bot.handle(&incoming).message() {
                Some(reply) => {
                    render(&reply, out)?;
                    buttons = reply.buttons;
                }
                None => writeln!(out, "（群聊：这句不是对机器人说的，机器人不回应）")?,
            }
            writeln!(out)?;
            self.prompt(out)?;
        }
        Ok(())
    }

    fn prompt<W: Write>(&self, out: &mut W) -> io::Result<()> {
        if self.prompt {
            write!(out, "> ")?;
            out.flush()?;
        }
        Ok(())
    }
}

/// Writes a reply as plain text with its buttons as numbered choices.
pub fn render<W: Write>(reply: &Outgoing, out: &mut W) -> io::Result<()> {
    writeln!(out, "{}", reply.reply.plain())?;
    for (i, b) in reply.buttons.iter().enumerate() {
        writeln!(out, "  [{}] {}", i + 1, b.label)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::bot::Options;
    use crate::engine::Engine;
    use crate::knowledge;
    use crate::live::{Live, Source};

    fn run(chat: ChatKind, input: &str) -> String {
        let live = Live::new(Engine::new(knowledge::bundled().unwrap()), Source::Bundled);
        let bot = NewsBot::new(
            Arc::new(live),
            Options {
                username: "nmg_bot".into(),
                ..Options::default()
            },
        );
        let mut out = Vec::new();
        Console::new(&bot, chat, false)
            .run(input.as_bytes(), &mut out)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_press_the_buttons_of_the_last_reply() {
        let out = run(ChatKind::Private, "呼伦湖\n1\n");
        let first_button = out.lines().find(|l| l.starts_with("  [1] ")).unwrap();
        let label = first_button.trim_start_matches("  [1] ");
        // The first button of the overview is the topic's first fact.
        let engine = Engine::new(knowledge::bundled().unwrap());
        let kb = engine.knowledge();
        let t = &kb[kb.topic_id("hulunbuir-hulunhu").unwrap()];
        assert_eq!(label, t.facts[0].question);
        assert!(out.contains(&t.facts[0].answer), "{out}");
    }

    #[test]
    fn groups_ignore_chatter_and_answer_commands() {
        let out = run(ChatKind::Group, "大家好\n/ask 呼伦湖现在有多少鱼\n");
        assert!(out.contains("不是对机器人说的"), "{out}");
        assert!(out.contains("15万吨以上"), "{out}");
    }

    #[test]
    fn input_ends_at_eof_or_quit() {
        let out = run(ChatKind::Private, "/quit\n呼伦湖\n");
        assert!(out.is_empty(), "{out}");
    }
}
