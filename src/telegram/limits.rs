//! Telegram's send limits, kept per chat: about one message a second in a
//! private chat, 20 a minute in a group, 30 a second in all.
//!
//! Each chat has its own window, so that a busy group waits for its own
//! budget and no one else's, and a 429's `retry_after` holds back only the
//! chat it was given for. The overall budget is paced (one send per 1/30 s)
//! rather than spent in bursts: as many messages a second, but only one or
//! two in flight at any moment, which is what a crash can cost (`journal`). A send counts from when its answer came, not when
//! it left: Telegram counts arrivals, and an answer comes after the
//! arrival, so the bot's windows are never tighter than Telegram's.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

/// At most `count` messages per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub count: u32,
    pub per: Duration,
}

impl Rate {
    pub const fn new(count: u32, per: Duration) -> Rate {
        Rate { count, per }
    }
}

/// The limits the bot keeps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendLimits {
    /// Per private chat.
    pub private: Rate,
    /// Per group or supergroup.
    pub group: Rate,
    /// Over all chats.
    pub overall: Rate,
}

impl Default for SendLimits {
    /// Telegram's documented limits (core.telegram.org/bots/faq).
    fn default() -> SendLimits {
        SendLimits {
            private: Rate::new(1, Duration::from_secs(1)),
            group: Rate::new(20, Duration::from_secs(60)),
            overall: Rate::new(30, Duration::from_secs(1)),
        }
    }
}

/// Sends in a window: finished ones by when their answer came, and those
/// still in flight.
#[derive(Debug, Default)]
struct Window {
    done: VecDeque<Instant>,
    in_flight: u32,
    /// A 429 asked to wait until then.
    blocked_until: Option<Instant>,
    /// When the last slot was taken, for windows that pace their sends.
    last_taken: Option<Instant>,
}

impl Window {
    /// When one more send fits, `Ok(())` if now, or `Err(Some(t))` at `t`,
    /// or `Err(None)` once a send in flight finishes.
    fn check(&mut self, rate: Rate, now: Instant) -> Result<(), Option<Instant>> {
        if let Some(until) = self.blocked_until {
            if now < until {
                return Err(Some(until));
            }
            self.blocked_until = None;
        }
        while self
            .done
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= rate.per)
        {
            self.done.pop_front();
        }
        let used = self.done.len() as u32 + self.in_flight;
        if used < rate.count {
            return Ok(());
        }
        // One more fits once `need` sends have left the window: finished
        // ones leave oldest first, a period after they finished; if that
        // is not enough, a send in flight must finish first.
        let need = (used + 1 - rate.count) as usize;
        match self.done.get(need - 1) {
            Some(t) => Err(Some(*t + rate.per)),
            None => Err(None),
        }
    }

    /// [`Window::check`], and at most one send per `per / count` besides.
    fn check_paced(&mut self, rate: Rate, now: Instant) -> Result<(), Option<Instant>> {
        let spacing = rate.per / rate.count.max(1);
        if let Some(t) = self.last_taken
            && now < t + spacing
        {
            return Err(Some(t + spacing));
        }
        self.check(rate, now)
    }

    /// Sends that fit right now.
    fn free(&mut self, rate: Rate, now: Instant) -> u32 {
        if self.blocked_until.is_some_and(|u| now < u) {
            return 0;
        }
        self.done
            .retain(|t| now.saturating_duration_since(*t) < rate.per);
        rate.count
            .saturating_sub(self.done.len() as u32 + self.in_flight)
    }

    fn idle(&self, rate: Rate, now: Instant) -> bool {
        self.in_flight == 0
            && self.blocked_until.is_none_or(|u| now >= u)
            && self
                .done
                .back()
                .is_none_or(|t| now.saturating_duration_since(*t) >= rate.per)
    }
}

#[derive(Debug, Default)]
struct Windows {
    chats: HashMap<i64, Window>,
    overall: Window,
}

/// The send limiter shared by all chats. With `enabled` false (load tests
/// against a fake server) it keeps no windows, only 429s' waits.
#[derive(Debug)]
pub struct Limiter {
    limits: SendLimits,
    enabled: bool,
    windows: Mutex<Windows>,
    /// Woken when a send finishes, for those waiting on one.
    finished: Notify,
}

/// Above this many chats with a window, idle ones are swept out.
const SWEEP_ABOVE: usize = 10_000;

/// Whether a chat id is a group's (negative) or a private chat's.
fn rate_of(limits: &SendLimits, chat: i64) -> Rate {
    if chat < 0 {
        limits.group
    } else {
        limits.private
    }
}

impl Limiter {
    pub fn new(limits: SendLimits, enabled: bool) -> Limiter {
        Limiter {
            limits,
            enabled,
            windows: Mutex::default(),
            finished: Notify::new(),
        }
    }

    fn windows(&self) -> std::sync::MutexGuard<'_, Windows> {
        self.windows.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes a send slot for `chat` now, or says when to try again.
    fn try_take(&self, chat: i64, now: Instant) -> Result<Slot<'_>, Option<Instant>> {
        let rate = rate_of(&self.limits, chat);
        let mut w = self.windows();
        if !self.enabled {
            // No windows kept, but a 429's wait is kept all the same.
            return match w.chats.get(&chat).and_then(|win| win.blocked_until) {
                Some(until) if now < until => Err(Some(until)),
                _ => Ok(Slot {
                    limiter: self,
                    chat,
                    counted: false,
                }),
            };
        }
        if w.chats.len() > SWEEP_ABOVE {
            w.chats
                .retain(|id, win| !win.idle(rate_of(&self.limits, *id), now));
        }
        let own = w.chats.entry(chat).or_default().check(rate, now);
        let all = w.overall.check_paced(self.limits.overall, now);
        match (own, all) {
            (Ok(()), Ok(())) => {
                w.chats.entry(chat).or_default().in_flight += 1;
                w.overall.in_flight += 1;
                w.overall.last_taken = Some(now);
                Ok(Slot {
                    limiter: self,
                    chat,
                    counted: true,
                })
            }
            // The later of the two; `None` (wait for a send to finish) only
            // if neither has a time.
            (Err(a), Err(b)) => Err(a.max(b)),
            (Err(a), _) | (_, Err(a)) => Err(a),
        }
    }

    /// Waits for a send slot for `chat`, until `give_up` at the latest.
    pub async fn acquire(&self, chat: i64, give_up: Instant) -> Option<Slot<'_>> {
        loop {
            let finished = self.finished.notified();
            tokio::pin!(finished);
            finished.as_mut().enable();
            let retry = match self.try_take(chat, Instant::now()) {
                Ok(slot) => return Some(slot),
                Err(at) => at,
            };
            let wake = retry.unwrap_or(give_up).min(give_up);
            tokio::select! {
                () = tokio::time::sleep_until(wake) => {}
                () = &mut finished => {}
            }
            if Instant::now() >= give_up {
                return None;
            }
        }
    }

    /// How many messages `chat` could be sent right now without waiting.
    pub fn free(&self, chat: i64) -> u32 {
        if !self.enabled {
            return u32::MAX;
        }
        let now = Instant::now();
        let rate = rate_of(&self.limits, chat);
        let mut w = self.windows();
        let own = w.chats.entry(chat).or_default().free(rate, now);
        own.min(w.overall.free(self.limits.overall, now))
    }

    /// Sends `chat` could have now beyond a reserve of half its window:
    /// while a busy group's replies fit in this, each gets a message of its
    /// own; past it they are combined, so that the group's budget is not
    /// spent on a flood's first questions while its last ones wait.
    pub fn spare(&self, chat: i64) -> u32 {
        if !self.enabled {
            return u32::MAX;
        }
        let reserve = rate_of(&self.limits, chat).count / 2;
        self.free(chat).saturating_sub(reserve)
    }

    /// Sends nothing for one overall window: at a start that follows a
    /// stop in the middle of work, the process before may have used it.
    pub fn hold_overall(&self) {
        let mut w = self.windows();
        w.overall.blocked_until = Some(Instant::now() + self.limits.overall.per);
    }

    /// Telegram answered 429 for `chat`: hold back that chat alone.
    pub fn block(&self, chat: i64, wait: Duration) {
        let until = Instant::now() + wait;
        let mut w = self.windows();
        let win = w.chats.entry(chat).or_default();
        win.blocked_until = Some(win.blocked_until.map_or(until, |u| u.max(until)));
    }

    fn finish(&self, chat: i64) {
        let now = Instant::now();
        {
            let mut w = self.windows();
            let win = w.chats.entry(chat).or_default();
            win.in_flight = win.in_flight.saturating_sub(1);
            win.done.push_back(now);
            w.overall.in_flight = w.overall.in_flight.saturating_sub(1);
            w.overall.done.push_back(now);
        }
        self.finished.notify_waiters();
    }
}

/// A send in flight. Dropping it (when the answer comes, or the attempt is
/// given up) counts the send in its windows from then on.
#[derive(Debug)]
pub struct Slot<'a> {
    limiter: &'a Limiter,
    chat: i64,
    counted: bool,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if self.counted {
            self.limiter.finish(self.chat);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> SendLimits {
        SendLimits {
            private: Rate::new(1, Duration::from_secs(1)),
            group: Rate::new(3, Duration::from_secs(60)),
            overall: Rate::new(5, Duration::from_secs(1)),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_group_waits_for_its_own_window_and_others_do_not() {
        let limits = SendLimits {
            overall: Rate::new(1000, Duration::from_secs(1)),
            ..limits()
        };
        let limiter = Limiter::new(limits, true);
        let far = Instant::now() + Duration::from_secs(600);
        let first = Instant::now();
        for _ in 0..3 {
            drop(limiter.acquire(-100, far).await.unwrap());
        }
        assert_eq!(limiter.free(-100), 0);
        // The group's fourth waits about a minute; a private chat goes now
        // (within the overall pacing, 1 ms here).
        let start = Instant::now();
        drop(limiter.acquire(42, far).await.unwrap());
        assert!(Instant::now() - start <= Duration::from_millis(1));
        drop(limiter.acquire(-100, far).await.unwrap());
        assert_eq!(Instant::now() - first, Duration::from_secs(60));
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_holds_back_its_chat_only() {
        let limiter = Limiter::new(limits(), true);
        let far = Instant::now() + Duration::from_secs(600);
        limiter.block(1, Duration::from_secs(15));
        let start = Instant::now();
        drop(limiter.acquire(2, far).await.unwrap());
        assert_eq!(Instant::now(), start);
        drop(limiter.acquire(1, far).await.unwrap());
        assert_eq!(Instant::now() - start, Duration::from_secs(15));
        // Giving up comes at its time.
        limiter.block(1, Duration::from_secs(100));
        let soon = Instant::now() + Duration::from_secs(5);
        assert!(limiter.acquire(1, soon).await.is_none());
    }

    #[tokio::test(start_paused = true)]
    async fn without_throttling_a_429_is_still_waited_out() {
        let limiter = Limiter::new(limits(), false);
        let far = Instant::now() + Duration::from_secs(600);
        let start = Instant::now();
        for _ in 0..10 {
            drop(limiter.acquire(1, far).await.unwrap());
        }
        assert_eq!(Instant::now(), start);
        limiter.block(1, Duration::from_secs(3));
        drop(limiter.acquire(1, far).await.unwrap());
        assert_eq!(Instant::now() - start, Duration::from_secs(3));
    }

    #[tokio::test(start_paused = true)]
    async fn the_overall_limit_spreads_a_burst_over_seconds() {
        let limiter = Limiter::new(limits(), true);
        let far = Instant::now() + Duration::from_secs(600);
        let start = Instant::now();
        for chat in 1..=12 {
            drop(limiter.acquire(chat, far).await.unwrap());
        }
        // 5 a second, one each 200 ms: the 12th goes at 2.2 s.
        assert_eq!(Instant::now() - start, Duration::from_millis(2200));
    }

    #[tokio::test(start_paused = true)]
    async fn a_send_in_flight_holds_its_place_until_it_finishes() {
        let limiter = Limiter::new(limits(), true);
        let far = Instant::now() + Duration::from_secs(600);
        let slot = limiter.acquire(42, far).await.unwrap();
        assert_eq!(limiter.free(42), 0);
        tokio::time::sleep(Duration::from_secs(3)).await;
        let start = Instant::now();
        drop(slot);
        // Counted from when it finished: a second more.
        drop(limiter.acquire(42, far).await.unwrap());
        assert_eq!(Instant::now() - start, Duration::from_secs(1));
    }
}
