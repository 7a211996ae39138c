//! Engine benchmarks: answering a question with the bundled knowledge and
//! with 10,000 synthetic stories, building the index, and a naive baseline
//! (every keyword of every story `str::contains`-ed) in the same run.
//!
//! `cargo bench --bench engine`; see BENCHMARKS.md for figures.

mod synthetic;
mod table;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use nmg_bot::engine::Engine;
use nmg_bot::knowledge::{self, KnowledgeBase};
use nmg_bot::text::normalize;

/// The allocator the bot runs with (`src/main.rs`), so that answering is
/// measured as it runs there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The naive way: normalize, then test every keyword of every story with
/// `str::contains`, and take the story with most hits.
fn naive(kb: &KnowledgeBase, keywords: &[Vec<String>], question: &str) -> Option<usize> {
    let q = normalize(question);
    let mut best = None;
    let mut best_hits = 0;
    for (ti, kws) in keywords.iter().enumerate() {
        let hits = kws.iter().filter(|k| q.contains(k.as_str())).count();
        if hits > best_hits {
            best_hits = hits;
            best = Some(ti);
        }
    }
    let _ = kb;
    best
}

fn normalized_keywords(kb: &KnowledgeBase) -> Vec<Vec<String>> {
    kb.topics
        .iter()
        .map(|t| {
            t.keywords
                .iter()
                .chain(&t.places)
                .chain(t.facts.iter().flat_map(|f| &f.keywords))
                .map(|k| normalize(k))
                .collect()
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let bundled = knowledge::bundled().unwrap();
    let synthetic = synthetic::knowledge(10_000);
    let keywords: usize = synthetic
        .topics
        .iter()
        .map(|t| {
            t.keywords.len()
                + t.places.len()
                + t.facts.iter().map(|f| f.keywords.len()).sum::<usize>()
        })
        .sum();
    eprintln!(
        "synthetic knowledge: {} topics, {} facts, {keywords} keywords",
        synthetic.topics.len(),
        synthetic.fact_count()
    );

    let table = table::questions();
    let engine = Engine::new(bundled.clone());
    let mut i = 0;
    c.bench_function(
        "answer/bundled (question table, one question per iteration)",
        |b| {
            b.iter(|| {
                i = (i + 1) % table.len();
                black_box(engine.answer(black_box(&table[i])))
            })
        },
    );

    let big = Engine::new(synthetic.clone());
    let qs = synthetic::questions(&synthetic, 500);
    let mut j = 0;
    c.bench_function("answer/10k topics", |b| {
        b.iter(|| {
            j = (j + 1) % qs.len();
            black_box(big.answer(black_box(&qs[j])))
        })
    });

    let kws = normalized_keywords(&synthetic);
    let mut k = 0;
    c.bench_function("naive contains scan/10k topics", |b| {
        b.iter(|| {
            k = (k + 1) % qs.len();
            black_box(naive(&synthetic, &kws, black_box(&qs[k])))
        })
    });

    let mut group = c.benchmark_group("index build");
    group.sample_size(10);
    group.bench_function("bundled", |b| {
        b.iter_batched(
            || bundled.clone(),
            |kb| black_box(Engine::new(kb)),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("10k topics", |b| {
        b.iter_batched(
            || synthetic.clone(),
            |kb| black_box(Engine::new(kb)),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(engine, benches);
criterion_main!(engine);
