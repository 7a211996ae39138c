//! Per-user flood control: a user who sends too much gets one notice and
//! then silence until their window has passed, while everyone else is
//! served at once.

use std::time::{Duration, Instant};

use dashmap::DashMap;

/// What to do with a user's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// The first message over the limit: tell the user to slow down.
    Notice,
    /// Further messages over the limit: say nothing.
    Silent,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    start: Instant,
    count: u32,
}

/// At most `max` answers per user per `window`, counted in fixed windows
/// that start with a user's first message.
#[derive(Debug)]
pub struct RateLimiter {
    max: u32,
    window: Duration,
    users: DashMap<u64, Window>,
}

/// Above this many tracked users, expired windows are swept out, so memory
/// stays bounded by the number of users active within one window.
const SWEEP_ABOVE: usize = 10_000;

impl RateLimiter {
    pub fn new(max: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            max: max.max(1),
            window,
            users: DashMap::new(),
        }
    }

    /// Counts a message from `user` at `now` and says what to do with it.
    pub fn check(&self, user: u64, now: Instant) -> Verdict {
        if self.users.len() > SWEEP_ABOVE {
            self.sweep(now);
        }
        let mut entry = self.users.entry(user).or_insert(Window {
            start: now,
            count: 0,
        });
        let w = entry.value_mut();
        if now.saturating_duration_since(w.start) >= self.window {
            *w = Window {
                start: now,
                count: 0,
            };
        }
        w.count = w.count.saturating_add(1);
        match w.count {
            n if n <= self.max => Verdict::Allow,
            n if n == self.max + 1 => Verdict::Notice,
            _ => Verdict::Silent,
        }
    }

    fn sweep(&self, now: Instant) {
        self.users
            .retain(|_, w| now.saturating_duration_since(w.start) < self.window);
    }

    /// Users currently tracked.
    pub fn tracked(&self) -> usize {
        self.users.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_gets_one_notice_then_silence_then_service_again() {
        let limiter = RateLimiter::new(5, Duration::from_secs(10));
        let t0 = Instant::now();
        let verdicts: Vec<Verdict> = (0..8)
            .map(|i| limiter.check(1, t0 + Duration::from_millis(i)))
            .collect();
        assert_eq!(&verdicts[..5], &[Verdict::Allow; 5]);
        assert_eq!(verdicts[5], Verdict::Notice);
        assert_eq!(&verdicts[6..], &[Verdict::Silent; 2]);
        // Another user is served meanwhile.
        assert_eq!(
            limiter.check(2, t0 + Duration::from_millis(9)),
            Verdict::Allow
        );
        // Once the window has passed, the first user is served again.
        assert_eq!(
            limiter.check(1, t0 + Duration::from_secs(10)),
            Verdict::Allow
        );
    }

    #[test]
    fn memory_stays_bounded() {
        let limiter = RateLimiter::new(5, Duration::from_secs(10));
        let t0 = Instant::now();
        for user in 0..(SWEEP_ABOVE as u64 + 5) {
            limiter.check(user, t0);
        }
        let later = t0 + Duration::from_secs(11);
        limiter.check(u64::MAX, later);
        assert_eq!(limiter.tracked(), 1);
    }
}
