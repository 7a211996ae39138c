//! A problem found in a knowledge file, located as `path:line:col`.

use std::fmt;

/// One problem in a knowledge file. Lines and columns start at 1; columns
/// count characters, not bytes, so they match what an editor shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl Problem {
    /// A problem at byte offset `offset` of `text`.
    pub fn at(path: &str, text: &str, offset: usize, message: impl Into<String>) -> Problem {
        let (line, col) = line_col(text, offset);
        Problem {
            path: path.to_string(),
            line,
            col,
            message: message.into(),
        }
    }

    /// A problem about a whole file.
    pub fn file(path: &str, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_string(),
            line: 1,
            col: 1,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.col, self.message
        )
    }
}

/// The 1-based line and character column of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let text = "a = 1\n名字 = \"x\"\n";
        let offset = text.find('=').unwrap();
        assert_eq!(line_col(text, offset), (1, 3));
        let second = text.rfind('=').unwrap();
        assert_eq!(line_col(text, second), (2, 4));
        assert_eq!(line_col(text, 10_000), (3, 1));
    }

    #[test]
    fn displays_as_path_line_col() {
        let p = Problem::at("k/a.toml", "x\ny", 2, "bad");
        assert_eq!(p.to_string(), "k/a.toml:2:1: bad");
    }
}
