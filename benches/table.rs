//! The question column of the test table (`tests/questions.tsv`), which
//! both benchmarks ask.

pub fn questions() -> Vec<String> {
    include_str!("../tests/questions.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::to_string)
        .collect()
}
