//! Finding a deadlock from inside: `parking_lot`'s `deadlock_detection` feature.

use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

// ANCHOR: find_cycle
/// Asks `parking_lot` every `poll`, for at most `give_up`, whether some threads of this process
/// wait for each other in a cycle; returns the threads of the first cycle found (empty if none).
pub fn find_cycle(poll: Duration, give_up: Duration) -> Vec<ThreadId> {
    let start = Instant::now();
    while start.elapsed() < give_up {
        thread::sleep(poll);
        if let Some(cycle) = parking_lot::deadlock::check_deadlock().first() {
            return cycle.iter().map(|stuck| stuck.thread_id()).collect();
        }
    }
    Vec::new()
}
// ANCHOR_END: find_cycle
