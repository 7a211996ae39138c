//! A knowledge base of 365 pages: a year of a daily's regional page, eight
//! stories a page (2,920 stories), each story with twelve points, written
//! out as the files editors keep (page text, page metadata, one topic file
//! per story) and then loaded the way the bot loads them: parsed, checked
//! (every figure found on its own page), indexed. Then questions answered.
//!
//! Also drafting a page with `nmg_bot::draft`, the segmenter's dictionary
//! included.
//!
//! `cargo bench --bench pages`; see BENCHMARKS.md for figures.

mod synthetic;

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use nmg_bot::engine::Engine;
use nmg_bot::knowledge::{self, KnowledgeBase, SourceFile, Topic};

/// The allocator the bot runs with (`src/main.rs`), so that answering is
/// measured as it runs there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PAGES: usize = 365;
const STORIES_PER_PAGE: usize = 8;
const FACTS: usize = 12;

fn quote(s: &str) -> String {
    format!("{:?}", s)
}

fn list(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", q.join(", "))
}

fn topic_file(t: &Topic, region: &str) -> String {
    let mut s = format!(
        "id = {}\nregion = {}\ntitle = {}\nplaces = {}\nkeywords = {}\nanswer = {}\n\n[source]\nheadline = {}\nreporters = {}\ndate = {}\npage = {}\n",
        quote(&t.id),
        quote(region),
        quote(&t.title),
        list(&t.places),
        list(&t.keywords),
        quote(&t.answer),
        quote(&t.source.headline),
        list(&t.source.reporters),
        quote(t.source.date.as_deref().unwrap_or("10月8日")),
        quote(&t.source.page),
    );
    for f in &t.facts {
        let figures: Vec<String> = f
            .figures
            .iter()
            .map(|g| {
                format!(
                    "{{ label = {}, value = {} }}",
                    quote(&g.label),
                    quote(&g.value)
                )
            })
            .collect();
        s.push_str(&format!(
            "\n[[facts]]\nid = {}\nlabel = {}\nquestion = {}\nkeywords = {}\nanswer = {}\nfigures = [{}]\n",
            quote(&f.id),
            quote(&f.label),
            quote(&f.question),
            list(&f.keywords),
            quote(&f.answer),
            figures.join(", ")
        ));
    }
    s
}

/// The knowledge directory's files for `kb`, its stories laid out on pages.
fn files(kb: &mut KnowledgeBase) -> Vec<SourceFile> {
    let mut out = Vec::new();
    let mut file = |relative: String, text: String| {
        out.push(SourceFile {
            display: format!("k/{relative}"),
            relative,
            text,
        })
    };
    let regions: String = kb
        .regions
        .iter()
        .map(|r| {
            format!(
                "[[regions]]\nname = {}\nfull = {}\n\n",
                quote(&r.name),
                quote(&r.full)
            )
        })
        .collect();
    file("regions.toml".into(), regions);
    file(
        "bot.toml".into(),
        "examples = [\"呼伦湖现在有多少鱼？\"]\nofftopic = [\"天气\"]\n".into(),
    );
    let start = jiff::civil::date(2025, 1, 1);
    for (p, stories) in kb.topics.chunks_mut(STORIES_PER_PAGE).enumerate() {
        let page = format!("pages/p{p:03}.txt");
        let mut text = String::from("\n\n");
        for t in stories.iter_mut() {
            t.source.page = page.clone();
            text.push_str(&format!(
                "{}\n\n## {}\n\n□本报记者 记者\n\n{}\n\n",
                kb.regions[t.region.index()].name,
                t.source.headline,
                t.answer
            ));
            for f in &t.facts {
                text.push_str(&f.answer);
                text.push_str("\n\n");
            }
        }
        let date = start.checked_add(jiff::Span::new().days(p as i64)).unwrap();
        file(
            format!("pages/p{p:03}.toml"),
            format!("date = \"{date}\"\n"),
        );
        file(page, text);
        for t in stories.iter() {
            let region = &kb.regions[t.region.index()].name;
            file(format!("topics/{}.toml", t.id), topic_file(t, region));
        }
    }
    out.sort_by(|a, b| a.relative.cmp(&b.relative));
    out
}

fn benches(c: &mut Criterion) {
    let mut kb = synthetic::knowledge_with(PAGES * STORIES_PER_PAGE, FACTS);
    let files = files(&mut kb);
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let loaded = knowledge::from_files(&files).unwrap_or_else(|p| {
        panic!("{} problems, first {}", p.len(), p[0]);
    });
    eprintln!(
        "{PAGES} pages: {} stories, {} facts, {} files, {:.1} MB",
        loaded.topics.len(),
        loaded.fact_count(),
        files.len(),
        bytes as f64 / 1e6
    );
    // The same files on disk, for the load that reads them.
    let dir: PathBuf = std::env::temp_dir().join(format!("nmg-bot-pages-{}", std::process::id()));
    for f in &files {
        let path = dir.join(&f.relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &f.text).unwrap();
    }

    let mut group = c.benchmark_group("365 pages");
    group.sample_size(10);
    group.bench_function("load: read, parse, check, index", |b| {
        b.iter(|| {
            let kb = knowledge::load(black_box(&dir)).unwrap();
            black_box(Engine::new(kb))
        })
    });
    group.bench_function("parse and check (in memory)", |b| {
        b.iter(|| black_box(knowledge::from_files(black_box(&files)).unwrap()))
    });
    group.finish();

    let engine = Engine::new(loaded);
    let qs = synthetic::questions(engine.knowledge(), 500);
    let mut i = 0;
    c.bench_function("answer/365 pages", |b| {
        b.iter(|| {
            i = (i + 1) % qs.len();
            black_box(engine.answer(black_box(&qs[i])))
        })
    });
    let _ = std::fs::remove_dir_all(&dir);

    // Drafting a page, the segmenter's dictionary loaded each time as
    // `nmg-bot draft` loads it.
    let bundled = knowledge::bundled().unwrap();
    let page = include_str!("../knowledge/pages/dev-page.txt");
    let mut group = c.benchmark_group("draft");
    group.sample_size(10);
    group.bench_function("dev page, dictionary included", |b| {
        b.iter(|| {
            let mut seg = nmg_bot::draft::Segmenter::new(&bundled.regions);
            black_box(
                nmg_bot::draft::draft("dev-page.txt", page, &bundled.regions, &[], &mut seg)
                    .unwrap(),
            )
        })
    });
    group.bench_function("dev page, dictionary loaded", |b| {
        let mut seg = nmg_bot::draft::Segmenter::new(&bundled.regions);
        b.iter(|| {
            black_box(
                nmg_bot::draft::draft("dev-page.txt", page, &bundled.regions, &[], &mut seg)
                    .unwrap(),
            )
        })
    });
    group.finish();
}

criterion_group!(pages, benches);
criterion_main!(pages);
