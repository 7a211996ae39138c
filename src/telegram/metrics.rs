//! What the bot is doing, as Prometheus metrics (`/metrics`).
//!
//! Each running bot has its own recorder rather than the process-wide one
//! the `metrics` macros use, so that two bots in one process (the tests)
//! keep their own figures. The bot's own counts (questions, misses,
//! reloads) are read from it when scraped. README.md, "Watching it run",
//! says what each metric means.

use std::time::Duration;

use metrics::{Key, Label, Metadata, Recorder, Unit};
use metrics_exporter_prometheus::{
    Matcher, PrometheusBuilder, PrometheusHandle, PrometheusRecorder,
};

use crate::bot::NewsBot;

const META: Metadata<'static> = Metadata::new("nmg_bot", metrics::Level::INFO, None);

/// Reply latency buckets, in seconds: a private answer is expected well
/// under one; a group at its limit waits for its window.
const LATENCY_BUCKETS: [f64; 11] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0];

/// Every metric: name, kind, help.
const DESCRIPTIONS: &[(&str, &str, &str)] = &[
    (
        "nmg_updates_total",
        "counter",
        "updates received, by kind (message, callback, inline, other, unparsed, redelivered, replayed)",
    ),
    (
        "nmg_answers_total",
        "counter",
        "replies sent, by what they were (fact, topic, region, overview, ambiguous, missing, no_match, notice, inline, combined)",
    ),
    (
        "nmg_questions_total",
        "counter",
        "questions put to the engine",
    ),
    (
        "nmg_misses_total",
        "counter",
        "questions recorded as not (well) answered",
    ),
    (
        "nmg_reply_seconds",
        "histogram",
        "time from receiving an update to its reply's last message being sent",
    ),
    (
        "nmg_send_retries_total",
        "counter",
        "send attempts repeated, by reason (retry_after, server_error, unreached)",
    ),
    (
        "nmg_too_many_requests_total",
        "counter",
        "429 answers from Telegram",
    ),
    (
        "nmg_sends_uncertain_total",
        "counter",
        "sends with no answer (timeout, connection lost): not repeated, may be lost",
    ),
    (
        "nmg_replies_failed_total",
        "counter",
        "replies given up: refused by Telegram or out of retries",
    ),
    (
        "nmg_replies_dropped_total",
        "counter",
        "questions dropped because their chat's queue was full",
    ),
    (
        "nmg_queue_depth",
        "gauge",
        "updates waiting in the chats' queues",
    ),
    (
        "nmg_polls_failed_total",
        "counter",
        "getUpdates calls that failed",
    ),
    (
        "nmg_reloads_total",
        "counter",
        "knowledge reloads, by result (ok, failed)",
    ),
];

/// The bot's metrics.
pub struct Metrics {
    recorder: PrometheusRecorder,
    handle: PrometheusHandle,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full("nmg_reply_seconds".into()), &LATENCY_BUCKETS)
            .expect("buckets are not empty")
            .build_recorder();
        for (name, kind, help) in DESCRIPTIONS {
            let unit = name.ends_with("_seconds").then_some(Unit::Seconds);
            match *kind {
                "counter" => recorder.describe_counter((*name).into(), unit, (*help).into()),
                "gauge" => recorder.describe_gauge((*name).into(), unit, (*help).into()),
                _ => recorder.describe_histogram((*name).into(), unit, (*help).into()),
            }
        }
        let handle = recorder.handle();
        let m = Metrics { recorder, handle };
        // Present from the start, so that a rate() has a first point.
        m.counter("nmg_too_many_requests_total", None).absolute(0);
        m.counter("nmg_sends_uncertain_total", None).absolute(0);
        m.counter("nmg_replies_failed_total", None).absolute(0);
        m.counter("nmg_polls_failed_total", None).absolute(0);
        m.recorder
            .register_gauge(&Key::from_static_name("nmg_queue_depth"), &META)
            .set(0.0);
        m
    }

    fn counter(
        &self,
        name: &'static str,
        label: Option<(&'static str, &'static str)>,
    ) -> metrics::Counter {
        let key = match label {
            Some((k, v)) => Key::from_parts(name, vec![Label::new(k, v)]),
            None => Key::from_static_name(name),
        };
        self.recorder.register_counter(&key, &META)
    }

    /// An update came in; `kind` as in `nmg_updates_total`.
    pub fn update(&self, kind: &'static str) {
        self.counter("nmg_updates_total", Some(("kind", kind)))
            .increment(1);
    }

    /// A reply was sent; `kind` as in `nmg_answers_total`.
    pub fn answer(&self, kind: &'static str) {
        self.counter("nmg_answers_total", Some(("kind", kind)))
            .increment(1);
    }

    pub fn reply_latency(&self, d: Duration) {
        self.recorder
            .register_histogram(&Key::from_static_name("nmg_reply_seconds"), &META)
            .record(d.as_secs_f64());
    }

    pub fn send_retry(&self, reason: &'static str) {
        self.counter("nmg_send_retries_total", Some(("reason", reason)))
            .increment(1);
    }

    pub fn too_many_requests(&self) {
        self.counter("nmg_too_many_requests_total", None)
            .increment(1);
    }

    pub fn uncertain(&self) {
        self.counter("nmg_sends_uncertain_total", None).increment(1);
    }

    pub fn failed(&self) {
        self.counter("nmg_replies_failed_total", None).increment(1);
    }

    pub fn dropped(&self) {
        self.counter("nmg_replies_dropped_total", None).increment(1);
    }

    pub fn poll_failed(&self) {
        self.counter("nmg_polls_failed_total", None).increment(1);
    }

    pub fn queue_depth(&self, depth: usize) {
        self.recorder
            .register_gauge(&Key::from_static_name("nmg_queue_depth"), &META)
            .set(depth as f64);
    }

    /// The metrics in Prometheus' text format, the bot's counts included.
    pub fn render(&self, news: &NewsBot) -> String {
        let c = news.counts();
        self.counter("nmg_questions_total", None)
            .absolute(c.questions);
        self.counter("nmg_misses_total", None).absolute(c.misses);
        self.counter("nmg_reloads_total", Some(("result", "ok")))
            .absolute(c.reloads - c.reloads_failed);
        self.counter("nmg_reloads_total", Some(("result", "failed")))
            .absolute(c.reloads_failed);
        self.handle.render()
    }

    /// Folds histogram samples into their buckets; run now and then so that
    /// memory stays flat between scrapes.
    pub fn upkeep(&self) {
        self.handle.run_upkeep();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::Options;
    use crate::engine::Engine;
    use crate::knowledge;
    use crate::live::{Live, Source};

    #[test]
    fn each_bot_renders_its_own_figures() {
        let live = Live::new(Engine::new(knowledge::bundled().unwrap()), Source::Bundled);
        let service = NewsBot::new(std::sync::Arc::new(live), Options::default());
        let (a, b) = (Metrics::new(), Metrics::new());
        a.update("message");
        a.update("message");
        a.answer("fact");
        a.reply_latency(Duration::from_millis(300));
        a.queue_depth(3);
        let text = a.render(&service);
        assert!(
            text.contains("nmg_updates_total{kind=\"message\"} 2"),
            "{text}"
        );
        assert!(
            text.contains("nmg_answers_total{kind=\"fact\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("nmg_reply_seconds_bucket{le=\"0.5\"} 1"),
            "{text}"
        );
        assert!(text.contains("nmg_queue_depth 3"), "{text}");
        assert!(
            text.contains("nmg_reloads_total{result=\"failed\"} 0"),
            "{text}"
        );
        assert!(text.contains("# HELP nmg_misses_total"), "{text}");
        assert!(!b.render(&service).contains("kind=\"message\""));
    }
}
