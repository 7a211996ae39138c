//! ARCHITECTURE.md's first invariant, kept true: dependencies point one way.
//! Each module of `src/` may use only the modules of the layers below its
//! own (doc comments may name any), so there is no cycle, and teloxide is
//! named in `src/telegram/` only.

use std::path::Path;

use crate::util::root;

/// The layers, lowest first.
const LAYERS: &[&[&str]] = &[
    &["text", "privacy", "misses"],
    &["knowledge"],
    &["engine", "draft"],
    &["chat"],
    &["live", "figures", "config"],
    &["bot"],
    &["console", "telegram"],
    &["cli"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The module a file of `src/` belongs to (`src/engine/judge.rs` → `engine`).
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root().join("src")).ok()?;
    let first = rel.components().next()?.as_os_str().to_string_lossy();
    Some(first.trim_end_matches(".rs").to_string())
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn dependencies_point_one_way() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut wrong = Vec::new();
    for path in files {
        let Some(module) = module_of(&path) else {
            continue;
        };
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let own = layer_of(&module)
            .unwrap_or_else(|| panic!("src/{module} is in no layer: add it to LAYERS"));
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            if code.contains("teloxide") && module != "telegram" {
                wrong.push(format!("{}:{}: names teloxide", path.display(), n + 1));
            }
            for (at, _) in code.match_indices("crate::") {
                let used: String = code[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if used == module || used.is_empty() {
                    continue;
                }
                match layer_of(&used) {
                    Some(l) if l < own => {}
                    _ => wrong.push(format!(
                        "{}:{}: {module} uses {used}",
                        path.display(),
                        n + 1
                    )),
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
