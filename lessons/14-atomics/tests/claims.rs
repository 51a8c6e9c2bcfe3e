//! Every claim lesson 14 makes that a single run can check, asserted. The claims that need two
//! free cores are in `tests/hardware.rs`; the ones about every interleaving in `tests/loom.rs`.
#![cfg(not(loom))]

use std::mem::{align_of, size_of};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

use atomics::support::{self, Lock, RaiseThenLook};
use atomics::*;

/// How often each race forced by a `Barrier` is repeated: "always" is checked many times.
const RUNS: usize = 25;

#[test]
fn take_ticket_returns_the_number_before_the_add() {
    let next = AtomicUsize::new(7);
    assert_eq!(take_ticket(&next), 7);
    assert_eq!(take_ticket(&next), 8);
    assert_eq!(next.load(Relaxed), 9);
}

#[test]
fn load_then_store_hands_two_threads_the_same_ticket() {
    for _ in 0..RUNS {
        assert_eq!(support::split_tickets_at_a_barrier(), [0, 0]);
    }
}

#[test]
fn fetch_add_hands_out_every_ticket_once() {
    assert_eq!(support::duplicate_tickets(4, 20_000, false), 0);
}

#[test]
fn split_tickets_are_unique_on_one_thread() {
    // A race needs two threads: alone, load-then-store counts right.
    assert_eq!(support::duplicate_tickets(1, 20_000, true), 0);
}

#[test]
fn a_cas_update_that_lost_the_race_retries_once_and_loses_nothing() {
    for _ in 0..RUNS {
        assert_eq!(support::cas_race_at_a_barrier(), (2, 1));
    }
}

#[test]
fn cas_updates_are_exact_under_contention() {
    let (val, _retries) = support::cas_under_contention(4, 20_000, 20);
    assert_eq!(val, 80_000);
}

#[test]
fn a_cas_update_alone_never_retries() {
    assert_eq!(support::cas_under_contention(1, 20_000, 20), (20_000, 0));
}

#[test]
fn cas_update_runs_between_once_per_attempt() {
    let val = AtomicUsize::new(0);
    let mut calls = 0;
    let retries = cas::update(&val, || {
        calls += 1;
        if calls == 1 {
            val.store(10, Relaxed); // another "thread" writes while we work
        }
    });
    assert_eq!((retries, calls, val.load(Relaxed)), (1, 2, 11));
}

#[test]
fn a_mailbox_is_empty_until_sent() {
    let mailbox = Mailbox::new();
    assert_eq!(mailbox.receive(), None);
    assert_eq!(mailbox.receive_relaxed(), None);
    mailbox.send(42);
    assert_eq!(mailbox.receive(), Some(42));
}

#[test]
fn release_acquire_hand_overs_never_read_stale_data() {
    assert_eq!(support::stale_reads(50_000, false), 0);
}

#[cfg(target_arch = "x86_64")]
#[test]
fn on_x86_the_relaxed_hand_over_shows_no_stale_read_either() {
    // The chapter's point: testing on x86 cannot find this bug (loom can: tests/loom.rs).
    assert_eq!(support::stale_reads(50_000, true), 0);
}

#[test]
fn seq_cst_never_lets_both_threads_miss_the_other_flag() {
    for version in [RaiseThenLook::SeqCst, RaiseThenLook::SeqCstFence] {
        let seen = support::store_buffer(version, Duration::from_millis(100));
        assert!(seen.pairs > 0, "{version:?}: {seen:?}");
        assert_eq!(seen.both_saw_nothing, 0, "{version:?}: {seen:?}");
    }
}

#[test]
fn raise_then_look_on_one_thread_sees_the_other_flag_once_it_is_up() {
    let (x, y) = (AtomicBool::new(false), AtomicBool::new(false));
    for version in RaiseThenLook::ALL {
        assert!(!version.function()(&x, &y), "{version:?}");
        assert!(version.function()(&y, &x), "{version:?}");
        x.store(false, Relaxed);
        y.store(false, Relaxed);
    }
}

#[test]
fn the_spin_lock_loses_no_update() {
    let (lock, count) = (SpinLock::new(), AtomicUsize::new(0));
    timing::on_threads(4, |_| {
        for _ in 0..10_000 {
            add_one_locked(&lock, &count);
        }
    });
    assert_eq!(count.load(Relaxed), 40_000);
    // lock_rounds checks its own count against the rounds it ran.
    assert!(support::lock_rounds(Lock::Spin, 3, Duration::from_millis(20)) > 0);
    assert!(support::lock_rounds(Lock::Mutex, 3, Duration::from_millis(20)) > 0);
}

#[test]
fn dropping_the_guard_unlocks() {
    let lock = SpinLock::new();
    drop(lock.lock());
    let _again = lock.lock(); // would spin forever if the first guard had not unlocked
}

#[test]
fn two_counters_in_same_line_share_one_cache_line_and_padded_ones_do_not() {
    let line = SameLine::default();
    assert_eq!(support::distance(&line.a, &line.b), 8);
    assert_eq!((size_of::<SameLine>(), align_of::<SameLine>()), (64, 64));
    let apart = Padded::default();
    assert!(support::distance(&apart.a, &apart.b) >= 32); // crossbeam's smallest guess
    #[cfg(target_arch = "x86_64")]
    assert_eq!(support::distance(&apart.a, &apart.b), 128);
}

#[test]
fn count_both_counts_each_counter() {
    let line = SameLine::default();
    count_both(&line.a, &line.b, 10_000);
    assert_eq!(
        (line.a.load(Relaxed), line.b.load(Relaxed)),
        (10_000, 10_000)
    );
}
