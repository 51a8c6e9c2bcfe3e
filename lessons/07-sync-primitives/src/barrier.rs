//! `Barrier`: everyone waits for everyone, and one thread per round is the leader.

use std::sync::{Barrier, Mutex};
use std::thread;
use std::time::Duration;

use crate::support::spawn_named;

// ANCHOR: barrier
/// `threads` threads run `rounds` rounds; in each, thread `i` works for `(i + 1) × step`, then
/// waits at the barrier for the others. Returns how many leaders each round had.
pub fn barrier_leaders(threads: usize, rounds: usize, step: Duration) -> Vec<usize> {
    let barrier = Barrier::new(threads);
    let leaders = Mutex::new(vec![0; rounds]);
    thread::scope(|s| {
        for i in 0..threads {
            let (barrier, leaders) = (&barrier, &leaders);
            spawn_named(s, format!("t{i}"), move || {
                for round in 0..rounds {
                    let work = step * (i as u32 + 1);
                    timing::span(format!("round {round}"), || timing::sleep(work));
                    if barrier.wait().is_leader() {
                        leaders.lock().unwrap()[round] += 1;
                    }
                }
            });
        }
    });
    leaders.into_inner().unwrap()
}
// ANCHOR_END: barrier
