//! The curated knowledge base: regions, stories (topics) and their facts.
//!
//! Knowledge is data kept by editors in `knowledge/` (see the README for the
//! format). Loading goes in three steps, and only the last touches the disk:
//!
//! 1. [`parse`] turns each file's text into raw records, collecting syntax
//!    and shape problems with their `path:line:col`;
//! 2. [`validate`] checks the records against each other (unknown regions,
//!    duplicate ids, keywords two topics claim, figures missing from the page)
//!    and builds a [`KnowledgeBase`] only when nothing is wrong;
//! 3. [`load`] reads a directory into [`SourceFile`]s and runs the two above;
//!    [`bundled`] does the same for the copy compiled into the binary.

mod model;
mod parse;
mod problem;
mod validate;

use std::path::{Path, PathBuf};

pub use model::{
    Fact, FactId, FactKind, Figure, KnowledgeBase, LocalFactId, Page, Region, RegionId, Settings,
    Source, Topic, TopicId,
};
pub use problem::Problem;
pub(crate) use validate::squeeze;
pub use validate::story_date;

/// One file of a knowledge directory, by its path relative to that directory.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path shown in problems, e.g. `knowledge/topics/tongliao-jiuye.toml`.
    pub display: String,
    /// Path relative to the knowledge directory, with `/` separators.
    pub relative: String,
    pub text: String,
}

/// Why a knowledge directory could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read knowledge directory {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} problem(s) in the knowledge files", .0.len())]
    Invalid(Vec<Problem>),
}

/// Builds a knowledge base from files already in memory. Pure: this is what
/// the tests, `check` and the live reload all call.
pub fn from_files(files: &[SourceFile]) -> Result<KnowledgeBase, Vec<Problem>> {
    let (raw, mut problems) = parse::parse_all(files);
    let kb = validate::validate(raw, files, &mut problems);
    if problems.is_empty() {
        Ok(kb)
    } else {
        problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
        Err(problems)
    }
}

/// Reads every knowledge file under `dir` and builds the knowledge base.
pub fn load(dir: &Path) -> Result<KnowledgeBase, LoadError> {
    let files = read_dir(dir)?;
    from_files(&files).map_err(LoadError::Invalid)
}

/// Reads the knowledge files (`*.toml`, `pages/*.txt`) under `dir`, sorted by path.
pub fn read_dir(dir: &Path) -> Result<Vec<SourceFile>, LoadError> {
    let mut files = Vec::new();
    let mut walk = Walk {
        root: dir,
        visited: std::collections::HashSet::new(),
    };
    walk.collect(dir, 0, &mut files)?;
    if files.is_empty() {
        return Err(LoadError::Io {
            path: dir.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no knowledge files"),
        });
    }
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    Ok(files)
}

/// Deepest directory nesting read; knowledge is two levels deep.
const MAX_DEPTH: usize = 16;

/// A walk of a knowledge directory that follows symbolic links (editors
/// link shared pages in) but enters each real directory once, so that a
/// link to `.` or a parent cannot make it endless, and reads regular files
/// only, so that a FIFO or a device cannot make it hang.
struct Walk<'a> {
    root: &'a Path,
    visited: std::collections::HashSet<PathBuf>,
}

impl Walk<'_> {
    fn collect(
        &mut self,
        dir: &Path,
        depth: usize,
        out: &mut Vec<SourceFile>,
    ) -> Result<(), LoadError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| LoadError::Io { path, source }
        };
        let real = std::fs::canonicalize(dir).map_err(io(dir))?;
        if depth > MAX_DEPTH || !self.visited.insert(real) {
            return Ok(());
        }
        for entry in std::fs::read_dir(dir).map_err(io(dir))? {
            let entry = entry.map_err(io(dir))?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                // Editors' swap and backup files (.foo.toml.swp) are not knowledge.
                continue;
            }
            // Follows a link; a dangling one is not knowledge.
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                self.collect(&path, depth + 1, out)?;
                continue;
            }
            let relative = path
                .strip_prefix(self.root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            if !meta.is_file() || !is_knowledge_file(&relative) {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(io(&path))?;
            out.push(SourceFile {
                display: path.display().to_string(),
                relative,
                text,
            });
        }
        Ok(())
    }
}

fn is_knowledge_file(relative: &str) -> bool {
    relative.ends_with(".toml") || (relative.starts_with("pages/") && relative.ends_with(".txt"))
}

/// The `knowledge/` directory as it was when the binary was built.
static BUNDLED: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/knowledge");

/// The knowledge directory as it was when the binary was built, sorted by
/// path as [`read_dir`] sorts a directory.
pub fn bundled_files() -> Vec<SourceFile> {
    let mut files = Vec::new();
    let mut dirs = vec![&BUNDLED];
    while let Some(dir) = dirs.pop() {
        dirs.extend(dir.dirs());
        for file in dir.files() {
            let relative = file.path().to_string_lossy().replace('\\', "/");
            let hidden = file
                .path()
                .components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
            if hidden || !is_knowledge_file(&relative) {
                continue;
            }
            files.push(SourceFile {
                display: format!("knowledge/{relative}"),
                relative,
                text: String::from_utf8_lossy(file.contents()).into_owned(),
            });
        }
    }
    files.sort_by(|a, b| a.relative.cmp(&b.relative));
    files
}

/// The knowledge compiled into the binary. Its validity is checked by a test,
/// so a failure here means the binary was built from a broken tree.
pub fn bundled() -> Result<KnowledgeBase, LoadError> {
    from_files(&bundled_files()).map_err(LoadError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_to_itself_and_fifos_are_walked_past() {
        let dir = std::env::temp_dir().join(format!("nmg-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("topics")).unwrap();
        std::fs::write(dir.join("topics/a.toml"), "x").unwrap();
        std::os::unix::fs::symlink(".", dir.join("self")).unwrap();
        std::os::unix::fs::symlink("..", dir.join("topics/up")).unwrap();
        std::os::unix::fs::symlink("missing", dir.join("dangling.toml")).unwrap();
        let fifo = dir.join("topics/pipe.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let files = read_dir(&dir).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.relative.as_str()).collect();
        assert_eq!(names, ["topics/a.toml"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn bundled_knowledge_is_valid() {
        match bundled() {
            Ok(kb) => assert!(kb.topics.len() >= 8),
            Err(LoadError::Invalid(problems)) => {
                let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                panic!("bundled knowledge has problems:\n{}", list.join("\n"));
            }
            Err(e) => panic!("{e}"),
        }
    }
}
