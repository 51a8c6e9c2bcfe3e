//! loom runs the lesson's counters in every interleaving it can reach (bounded by
//! `LOOM_MAX_PREEMPTIONS`), not just the ones a `Barrier` forces.
//!
//! ```text
//! RUSTFLAGS="--cfg loom" LOOM_MAX_PREEMPTIONS=3 CARGO_TARGET_DIR=target/loom \
//!     cargo test -p race-conditions --release --test loom
//! ```
//!
//! The code checked is `Strategy::count`, `hammer` and the functions in `update.rs` themselves:
//! under `--cfg loom`, `race_conditions::sync` hands them loom's `Arc`, `Mutex`, `AtomicUsize` and
//! `thread::spawn`.
#![cfg(loom)]

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use race_conditions::support::Strategy;

// ANCHOR: outcomes
/// Every final count `strategy` reaches with `threads` threads × `increments` increments, over all
/// the interleavings loom explores.
fn outcomes(strategy: Strategy, threads: usize, increments: usize) -> BTreeSet<usize> {
    let seen = Arc::new(Mutex::new(BTreeSet::new())); // std's Mutex: outside the model
    let record = Arc::clone(&seen);
    loom::model(move || {
        let count = strategy.count(threads, increments);
        record.lock().unwrap().insert(count);
    });
    seen.lock().unwrap().clone()
}
// ANCHOR_END: outcomes

// ANCHOR: caught
/// Runs the loom test one would write for `strategy`, "two threads adding one make 2", and
/// returns its panic message if it fails.
fn failure_of_loom_test(strategy: Strategy) -> Option<String> {
    let test = || loom::model(move || assert_eq!(strategy.count(2, 1), 2, "an update was lost"));
    let payload = catch_unwind(AssertUnwindSafe(test)).err()?;
    Some(timing::panic_message(&*payload))
}

#[test]
fn loom_catches_the_lost_update_in_load_then_store() {
    let message = failure_of_loom_test(Strategy::LoadThenStore).expect("loom found the race");
    assert!(message.contains("an update was lost"), "{message}");
    assert!(message.contains("left: 1"), "{message}");
}
// ANCHOR_END: caught

#[test]
fn loom_catches_the_lost_update_when_locking_twice() {
    let message = failure_of_loom_test(Strategy::LockingTwice).expect("loom found the race");
    assert!(message.contains("an update was lost"), "{message}");
}

#[test]
fn loom_catches_the_lost_update_under_a_fresh_lock() {
    let message = failure_of_loom_test(Strategy::FreshLock).expect("loom found the race");
    assert!(message.contains("an update was lost"), "{message}");
}

#[test]
fn the_same_loom_test_passes_for_the_fixes() {
    assert_eq!(failure_of_loom_test(Strategy::FetchAdd), None);
    assert_eq!(failure_of_loom_test(Strategy::HoldingTheGuard), None);
}

#[test]
fn two_racy_increments_end_at_1_or_2_and_loom_reaches_both() {
    for strategy in [
        Strategy::LoadThenStore,
        Strategy::LockingTwice,
        Strategy::FreshLock,
    ] {
        assert_eq!(
            outcomes(strategy, 2, 1),
            BTreeSet::from([1, 2]),
            "{strategy:?}"
        );
    }
}

// ANCHOR: exact
#[test]
fn fetch_add_is_exact_in_every_interleaving() {
    assert_eq!(outcomes(Strategy::FetchAdd, 2, 2), BTreeSet::from([4]));
    assert_eq!(outcomes(Strategy::FetchAdd, 3, 1), BTreeSet::from([3]));
}

#[test]
fn holding_the_guard_is_exact_in_every_interleaving() {
    assert_eq!(
        outcomes(Strategy::HoldingTheGuard, 2, 2),
        BTreeSet::from([4])
    );
    assert_eq!(
        outcomes(Strategy::HoldingTheGuard, 3, 1),
        BTreeSet::from([3])
    );
}
// ANCHOR_END: exact

#[test]
fn two_threads_adding_two_each_with_load_then_store_can_end_at_2() {
    // Thread A loads 0, thread B runs both its increments (0 → 2), A stores 1, then A's second
    // increment makes 2: two of four updates lost. loom needs only a few preemptions to find it.
    let seen = outcomes(Strategy::LoadThenStore, 2, 2);
    assert!(seen.contains(&2), "{seen:?}");
    assert!(seen.contains(&4), "{seen:?}");
    assert!(
        seen.iter().all(|&count| (2..=4).contains(&count)),
        "{seen:?}"
    );
}
