//! The lanes' queues and how many updates wait in them, under one lock.
//!
//! The count of waiting updates is kept with the queues, not beside them:
//! a worker can take an update the moment it is queued, so a count changed
//! after the lock is let go can be taken from before it was added to (and
//! it was, once, in CI: `attempt to subtract with overflow`).

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// What one lane holds.
struct LaneState<J> {
    queue: VecDeque<J>,
    /// Updates dropped since the last notice about it.
    dropped: u32,
}

impl<J> Default for LaneState<J> {
    fn default() -> Self {
        LaneState {
            queue: VecDeque::new(),
            dropped: 0,
        }
    }
}

/// Every lane's queue, and the updates waiting in all of them.
pub(super) struct Queues<L, J> {
    map: HashMap<L, LaneState<J>>,
    depth: usize,
    cap: usize,
}

/// What [`Queues::push`] did.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Pushed {
    /// Queued; `new` when the lane had no worker and needs one.
    Queued { new: bool, depth: usize },
    /// The lane was full: dropped and counted for the next notice.
    Dropped,
}

/// What a worker takes from its lane.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Taken<J> {
    pub jobs: Vec<J>,
    /// Updates dropped since the last take.
    pub dropped: u32,
    /// Updates still waiting in all lanes.
    pub depth: usize,
}

impl<L: Copy + Eq + Hash, J> Queues<L, J> {
    /// Queues whose lanes hold at most `cap` updates each.
    pub fn new(cap: usize) -> Self {
        Queues {
            map: HashMap::new(),
            depth: 0,
            cap,
        }
    }

    /// Updates waiting in all lanes.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Queues `job` in `lane`, unless the lane is full. A lane's entry
    /// lives from its first update until its worker finds it empty.
    pub fn push(&mut self, lane: L, job: J) -> Pushed {
        let new = !self.map.contains_key(&lane);
        let state = self.map.entry(lane).or_default();
        if state.queue.len() >= self.cap {
            state.dropped += 1;
            return Pushed::Dropped;
        }
        state.queue.push_back(job);
        self.depth += 1;
        Pushed::Queued {
            new,
            depth: self.depth,
        }
    }

    /// Takes what is queued in `lane`. When nothing is, returns `None`
    /// and, unless `keep` (its worker goes on), removes the lane: the next
    /// update to it starts a new worker.
    pub fn take(&mut self, lane: L, keep: bool) -> Option<Taken<J>> {
        let state = self.map.get_mut(&lane)?;
        if state.queue.is_empty() && state.dropped == 0 {
            if !keep {
                self.map.remove(&lane);
            }
            return None;
        }
        let jobs: Vec<J> = state.queue.drain(..).collect();
        let dropped = std::mem::take(&mut state.dropped);
        self.depth -= jobs.len();
        Some(Taken {
            jobs,
            dropped,
            depth: self.depth,
        })
    }

    /// Removes a lane and what it holds (left to the journal after a
    /// stop); returns the updates still waiting in all lanes.
    pub fn abandon(&mut self, lane: L) -> usize {
        if let Some(state) = self.map.remove(&lane) {
            self.depth -= state.queue.len();
        }
        self.depth
    }

    /// Lanes that exist (have a worker).
    #[cfg(test)]
    fn lanes(&self) -> usize {
        self.map.len()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use proptest::prelude::*;

    use super::*;

    #[derive(Debug, Clone)]
    enum Op {
        Push(u8),
        Take(u8, bool),
        Abandon(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0u8..4).prop_map(Op::Push),
            2 => (0u8..4, any::<bool>()).prop_map(|(l, k)| Op::Take(l, k)),
            1 => (0u8..4).prop_map(Op::Abandon),
        ]
    }

    proptest! {
        /// Whatever the order of pushes, takes and stops, the count is
        /// what the lanes hold, and every update is either taken, dropped,
        /// abandoned or still waiting.
        #[test]
        fn the_count_is_what_the_lanes_hold(ops in prop::collection::vec(op(), 0..200)) {
            let mut q: Queues<u8, u32> = Queues::new(3);
            let (mut pushed, mut out, mut dropped) = (0usize, 0usize, 0usize);
            let mut held = [0usize; 4];
            for (n, op) in ops.into_iter().enumerate() {
                match op {
                    Op::Push(l) => match q.push(l, n as u32) {
                        Pushed::Queued { depth, .. } => {
                            pushed += 1;
                            held[l as usize] += 1;
                            prop_assert_eq!(depth, q.depth());
                        }
                        Pushed::Dropped => {
                            prop_assert_eq!(held[l as usize], 3);
                            dropped += 1;
                        }
                    },
                    Op::Take(l, keep) => {
                        if let Some(t) = q.take(l, keep) {
                            prop_assert_eq!(t.jobs.len(), held[l as usize]);
                            prop_assert_eq!(t.depth, q.depth());
                            out += t.jobs.len();
                            held[l as usize] = 0;
                        }
                    }
                    Op::Abandon(l) => {
                        out += held[l as usize];
                        held[l as usize] = 0;
                        q.abandon(l);
                    }
                }
                prop_assert_eq!(q.depth(), held.iter().sum::<usize>());
                prop_assert_eq!(pushed, out + q.depth());
            }
            let _ = dropped;
        }
    }

    #[test]
    fn a_full_lane_drops_and_says_so_once() {
        let mut q: Queues<u8, u32> = Queues::new(2);
        assert_eq!(
            q.push(1, 0),
            Pushed::Queued {
                new: true,
                depth: 1
            }
        );
        assert_eq!(
            q.push(1, 1),
            Pushed::Queued {
                new: false,
                depth: 2
            }
        );
        assert_eq!(q.push(1, 2), Pushed::Dropped);
        assert_eq!(q.push(1, 3), Pushed::Dropped);
        let t = q.take(1, true).unwrap();
        assert_eq!((t.jobs, t.dropped, t.depth), (vec![0, 1], 2, 0));
        // Kept: the worker goes on, and the next update needs none.
        assert_eq!(q.take(1, true), None);
        assert_eq!(q.lanes(), 1);
        assert_eq!(
            q.push(1, 4),
            Pushed::Queued {
                new: false,
                depth: 1
            }
        );
        q.take(1, false).unwrap();
        // Found empty without `keep`: the lane goes, the next starts anew.
        assert_eq!(q.take(1, false), None);
        assert_eq!(q.lanes(), 0);
        assert_eq!(
            q.push(1, 5),
            Pushed::Queued {
                new: true,
                depth: 1
            }
        );
    }

    /// Workers take while updates are queued from other threads: the
    /// count never runs below nothing and ends at nothing.
    #[test]
    fn taking_while_others_push_keeps_the_count() {
        let q: Arc<Mutex<Queues<u8, u32>>> = Arc::new(Mutex::new(Queues::new(usize::MAX)));
        let pushers: Vec<_> = (0..4u8)
            .map(|l| {
                let q = q.clone();
                std::thread::spawn(move || {
                    for n in 0..20_000 {
                        q.lock().unwrap().push(l % 2, n);
                    }
                })
            })
            .collect();
        let taker = {
            let q = q.clone();
            std::thread::spawn(move || {
                let mut got = 0usize;
                while got < 80_000 {
                    for l in 0..2 {
                        if let Some(t) = q.lock().unwrap().take(l, l == 0) {
                            got += t.jobs.len();
                        }
                    }
                }
                got
            })
        };
        for p in pushers {
            p.join().unwrap();
        }
        assert_eq!(taker.join().unwrap(), 80_000);
        assert_eq!(q.lock().unwrap().depth(), 0);
    }
}
