//! Every number printed on the source page is the figure of some fact (or
//! the date of a story), so that any number a reader could ask about has an
//! answer.

use std::collections::BTreeSet;

use nmg_bot::knowledge;

/// The runs of digits (with a decimal point inside) in `text`.
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == '.' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            i += 1;
        }
    }
    out
}

#[test]
fn every_number_on_each_page_is_a_figure() {
    let kb = knowledge::bundled().unwrap();
    let pages: Vec<_> = knowledge::bundled_files()
        .into_iter()
        .filter(|f| f.relative.starts_with("pages/") && f.relative.ends_with(".txt"))
        .collect();
    assert!(!pages.is_empty(), "no source page");
    for page in pages {
        let mut known = BTreeSet::new();
        for t in kb.topics.iter().filter(|t| t.source.page == page.relative) {
            for f in &t.facts {
                for g in &f.figures {
                    known.extend(numbers(&g.value));
                }
            }
            if let Some(d) = &t.source.date {
                known.extend(numbers(d));
            }
        }
        let missing: BTreeSet<String> = numbers(&page.text)
            .into_iter()
            .filter(|n| !known.contains(n))
            .collect();
        assert!(
            missing.is_empty(),
            "numbers on {} that no figure holds: {missing:?}",
            page.relative
        );
    }
}

#[test]
fn numbers_are_read_whole() {
    assert_eq!(
        numbers("拨付2972.37万元，47家，7.69%。"),
        vec!["2972.37", "47", "7.69"]
    );
}
