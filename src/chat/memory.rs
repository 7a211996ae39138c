//! What each conversation is about, for follow-up questions: one context per
//! private chat, and per user within a group, so that two people asking in
//! one group do not mix. Contexts expire after a quiet spell, and the memory
//! is bounded whatever the number of chats.

use std::time::{Duration, Instant};

use dashmap::DashMap;

use super::{ChatKind, From};
use crate::engine::Context;

/// A conversation: a private chat, or one user in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    chat: i64,
    user: Option<u64>,
}

impl Key {
    pub fn of(from: &From) -> Key {
        Key {
            chat: from.chat_id,
            user: match from.chat {
                ChatKind::Private | ChatKind::Inline => None,
                ChatKind::Group => from.user,
            },
        }
    }
}

/// How long a conversation is remembered after its last message.
pub const TTL: Duration = Duration::from_secs(10 * 60);
/// Conversations remembered at most; past this, expired ones go first,
/// then the least recently active.
pub const CAPACITY: usize = 20_000;

#[derive(Debug)]
pub struct Memory {
    ttl: Duration,
    capacity: usize,
    entries: DashMap<Key, (Context, Instant)>,
}

impl Default for Memory {
    fn default() -> Memory {
        Memory::new(TTL, CAPACITY)
    }
}

impl Memory {
    pub fn new(ttl: Duration, capacity: usize) -> Memory {
        Memory {
            ttl,
            capacity: capacity.max(1),
            entries: DashMap::new(),
        }
    }

    /// The context of a conversation, unless it has expired by `now`.
    pub fn get(&self, key: Key, now: Instant) -> Option<Context> {
        let expired = {
            let entry = self.entries.get(&key)?;
            let (ctx, at) = entry.value();
            if now.saturating_duration_since(*at) < self.ttl {
                return Some(ctx.clone());
            }
            true
        };
        if expired {
            self.entries.remove(&key);
        }
        None
    }

    pub fn set(&self, key: Key, ctx: Context, now: Instant) {
        self.entries.insert(key, (ctx, now));
        if self.entries.len() > self.capacity {
            self.evict(now);
        }
    }

    /// Conversations remembered now.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Drops expired conversations, then the least recently active down to
    /// nine tenths of the capacity, so that eviction runs once per many
    /// inserts rather than on each.
    fn evict(&self, now: Instant) {
        self.entries
            .retain(|_, (_, at)| now.saturating_duration_since(*at) < self.ttl);
        let target = self.capacity - self.capacity / 10;
        if self.entries.len() <= target {
            return;
        }
        let mut ages: Vec<(Instant, Key)> = self
            .entries
            .iter()
            .map(|e| (e.value().1, *e.key()))
            .collect();
        ages.sort_unstable_by_key(|(at, _)| *at);
        let excess = ages.len() - target;
        for (_, key) in ages.into_iter().take(excess) {
            self.entries.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(topic: &str) -> Context {
        Context {
            topic: crate::knowledge::TopicId::new(topic.len()),
            fact: None,
            question: topic.into(),
            knowledge: std::sync::Weak::new(),
        }
    }

    #[test]
    fn contexts_expire_after_quiet() {
        let m = Memory::new(Duration::from_secs(600), 10);
        let t0 = Instant::now();
        let k = Key::of(&From::private(1));
        m.set(k, ctx("a"), t0);
        assert_eq!(m.get(k, t0 + Duration::from_secs(599)), Some(ctx("a")));
        assert_eq!(m.get(k, t0 + Duration::from_secs(600)), None);
        assert!(m.is_empty());
    }

    #[test]
    fn group_users_are_apart_and_private_chats_are_one() {
        let m = Memory::default();
        let now = Instant::now();
        m.set(Key::of(&From::group(-5, 1)), ctx("a"), now);
        m.set(Key::of(&From::group(-5, 2)), ctx("b"), now);
        assert_eq!(m.get(Key::of(&From::group(-5, 1)), now), Some(ctx("a")));
        assert_eq!(m.get(Key::of(&From::group(-5, 2)), now), Some(ctx("b")));
        assert_eq!(m.get(Key::of(&From::group(-6, 1)), now), None);
    }

    #[test]
    fn memory_stays_bounded_under_100000_chats() {
        let m = Memory::default();
        let t0 = Instant::now();
        for chat in 0..100_000i64 {
            m.set(
                Key::of(&From::private(chat as u64)),
                ctx("a"),
                t0 + Duration::from_millis(chat as u64),
            );
        }
        assert!(m.len() <= CAPACITY, "{}", m.len());
        // The most recent conversations are the ones kept.
        let last = t0 + Duration::from_millis(99_999);
        assert!(m.get(Key::of(&From::private(99_999)), last).is_some());
        assert!(m.get(Key::of(&From::private(0)), last).is_none());
    }
}
