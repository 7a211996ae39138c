//! Draft topics and page metadata as the text of knowledge files, laid out
//! the way editors write them, with the draft marker on top.

use super::story::{DraftFact, DraftTopic};
use crate::knowledge::FactKind;

/// The text of a drafted topic file.
pub fn topic(t: &DraftTopic, page: &str) -> String {
    let mut s = String::new();
    s.push_str(&format!("# {}：{}\n", t.region, t.title));
    s.push_str(&format!(
        "# 草稿：nmg-bot draft 从 {page} 第{}行起的报道起草，编辑还没有审核。\n",
        t.line
    ));
    s.push_str(
        "# 审核：逐条核对 [[facts]] 的 label、question、answer 和 keywords（answer 要用自己的话、去掉版面残字），\n\
         # 删掉不值得问的要点，补上读者会用的说法；figures 的数值必须与版面一字不差（nmg-bot check 会核对）。\n\
         # 审核完删掉下面 draft = true 这一行。\n",
    );
    for note in &t.notes {
        s.push_str(&format!("# 注意：{note}\n"));
    }
    s.push_str("draft = true\n\n");
    s.push_str(&format!("id = {}\n", quote(&t.id)));
    s.push_str(&format!("region = {}\n", quote(&t.region)));
    s.push_str(&format!("title = {}\n", quote(&t.title)));
    s.push_str(&format!("places = {}\n", list(&t.places)));
    s.push_str(&format!("keywords = {}\n", list(&t.keywords)));
    s.push_str(&format!("shared = {}\n", list(&t.shared)));
    s.push_str(&format!("related = {}\n", list(&t.related)));
    s.push_str(&format!("answer = {}\n", quote(&t.answer)));
    s.push_str("\n[source]\n");
    s.push_str(&format!("headline = {}\n", quote(&t.headline)));
    s.push_str(&format!("reporters = {}\n", list(&t.byline.reporters)));
    if !t.byline.correspondents.is_empty() {
        s.push_str(&format!(
            "correspondents = {}\n",
            list(&t.byline.correspondents)
        ));
    }
    if !t.photographers.is_empty() {
        s.push_str(&format!("photographers = {}\n", list(&t.photographers)));
    }
    if let Some(b) = &t.byline.text {
        s.push_str(&format!("byline = {}\n", quote(b)));
    }
    if let Some(d) = &t.date {
        s.push_str(&format!("date = {}\n", quote(d)));
    }
    s.push_str(&format!("page = {}\n", quote(page)));
    for f in &t.facts {
        s.push('\n');
        s.push_str(&fact(f, page));
    }
    s
}

fn fact(f: &DraftFact, page: &str) -> String {
    let figures: Vec<String> = f
        .figures
        .iter()
        .map(|(label, value)| format!("{{ label = {}, value = {} }}", quote(label), quote(value)))
        .collect();
    let kind = match f.kind {
        FactKind::Person => "人物",
        FactKind::Year => "年份",
        FactKind::Number => "数字",
        FactKind::Text => "说明",
    };
    format!(
        "# {page}:{}\n[[facts]]\nid = {}\nlabel = {}\nquestion = {}\nkeywords = {}\nanswer = {}\nfigures = [{}]\nkind = {}\n",
        f.line,
        quote(&f.id),
        quote(&f.label),
        quote(&f.question),
        list(&f.keywords),
        quote(&f.answer),
        figures.join(", "),
        quote(kind),
    )
}

/// The text of a page's metadata file.
pub fn page_meta(
    paper: Option<&str>,
    date: Option<jiff::civil::Date>,
    name: Option<&str>,
) -> String {
    let mut s = String::from(
        "# 版面信息（编辑可改）：paper 报纸名，date 出版日期（YYYY-MM-DD），name 版面名。\n",
    );
    match paper {
        Some(p) => s.push_str(&format!("paper = {}\n", quote(p))),
        None => s.push_str("# paper = \"\"\n"),
    }
    match date {
        Some(d) => s.push_str(&format!("date = \"{d}\"\n")),
        None => s.push_str("# date = \"YYYY-MM-DD\"   # 填上出版日期，报道才能按新旧排序\n"),
    }
    match name {
        Some(n) => s.push_str(&format!("name = {}\n", quote(n))),
        None => s.push_str("# name = \"\"\n"),
    }
    s
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_for_toml() {
        for s in ["简单", "他说:\"好\"", "a\\b", "两行\n文字", "\u{1}"] {
            let doc = format!("v = {}\n", quote(s));
            let parsed: toml::Table = toml::from_str(&doc).unwrap();
            assert_eq!(parsed["v"].as_str(), Some(s), "{doc}");
        }
    }
}
