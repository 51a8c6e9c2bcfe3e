//! loom runs the lesson's atomics in the interleavings and load values it explores (up to
//! `LOOM_MAX_PREEMPTIONS` forced switches, no load buffering, `SeqCst` as `AcqRel`):
//!
//! ```text
//! RUSTFLAGS="--cfg loom" LOOM_MAX_PREEMPTIONS=3 CARGO_TARGET_DIR=target/loom \
//!     cargo test --release -p atomics --test loom
//! ```
//!
//! Under `--cfg loom`, `atomics::sync` hands the lesson's code loom's atomics, so what is checked
//! is `Mailbox`, `raise_then_look`, `SpinLock` and `cas::update` themselves. Each wrong ordering
//! has a test that *expects* loom to fail, and checks that it failed for the right reason.
#![cfg(loom)]

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;

use atomics::support::RaiseThenLook;
use atomics::sync::Ordering::{self, Acquire, Relaxed, Release, SeqCst};
use atomics::sync::{AtomicBool, AtomicUsize};
use atomics::{Mailbox, SpinLock, add_one_locked, cas};
use loom::sync::Arc;
use loom::thread;

/// `loom::model`, with the preemption bound set to 3 unless `LOOM_MAX_PREEMPTIONS` says otherwise.
fn check(model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(3);
    }
    builder.check(model);
}

/// Runs a loom model that should fail and returns its panic message (`None` if it passed).
fn failure_of(model: impl Fn() + Sync + Send + 'static) -> Option<String> {
    let payload = catch_unwind(AssertUnwindSafe(|| check(model))).err()?;
    Some(timing::panic_message(&*payload))
}

// ANCHOR: hand_over
/// A sender thread puts 42 in the mailbox; the model's main thread looks once and, if the flag
/// is up, checks the value. `relaxed` picks which pair of methods both sides use.
fn hand_over(relaxed: bool) {
    let mailbox = Arc::new(Mailbox::new());
    let sender = {
        let mailbox = Arc::clone(&mailbox);
        thread::spawn(move || match relaxed {
            true => mailbox.send_relaxed(42),
            false => mailbox.send(42),
        })
    };
    let received = match relaxed {
        true => mailbox.receive_relaxed(),
        false => mailbox.receive(),
    };
    if let Some(value) = received {
        assert_eq!(value, 42, "stale read: the flag was up, the data was not");
    }
    sender.join().unwrap();
}
// ANCHOR_END: hand_over

// ANCHOR: hand_over_tests
#[test]
fn loom_finds_the_stale_read_of_a_relaxed_publish() {
    let message = failure_of(|| hand_over(true)).expect("loom finds the stale read");
    assert!(message.contains("stale read"), "{message}");
    assert!(message.contains("left: 0"), "{message}");
}

#[test]
fn release_acquire_never_reads_stale_data() {
    check(|| hand_over(false));
}
// ANCHOR_END: hand_over_tests

// ANCHOR: store_buffer
/// Every pair of readings `(first thread, second thread)` loom reaches when two threads each
/// raise their flag and look at the other's.
fn readings(raise_then_look: RaiseThenLook) -> BTreeSet<(bool, bool)> {
    let seen = std::sync::Arc::new(Mutex::new(BTreeSet::new())); // std's: outside the model
    let record = std::sync::Arc::clone(&seen);
    check(move || {
        let look = raise_then_look.function();
        let flags = Arc::new([AtomicBool::new(false), AtomicBool::new(false)]);
        let other = {
            let flags = Arc::clone(&flags);
            thread::spawn(move || look(&flags[1], &flags[0]))
        };
        let mine = look(&flags[0], &flags[1]);
        let theirs = other.join().unwrap();
        record.lock().unwrap().insert((mine, theirs));
    });
    let readings = seen.lock().unwrap().clone();
    readings
}

#[test]
fn with_release_acquire_both_threads_can_read_false() {
    assert!(readings(RaiseThenLook::ReleaseAcquire).contains(&(false, false)));
}

#[test]
fn with_a_seq_cst_fence_never_both() {
    let seen = readings(RaiseThenLook::SeqCstFence);
    assert!(!seen.contains(&(false, false)), "{seen:?}");
    assert_eq!(
        seen.len(),
        3,
        "the three other readings all happen: {seen:?}"
    );
}
// ANCHOR_END: store_buffer

// ANCHOR: seq_cst_false_alarm
/// loom 0.7 treats `SeqCst` loads and stores as Acquire/Release (its README says so,
/// tokio-rs/loom#180), so it reports the store-buffer reading that `SeqCst` forbids. This test
/// pins that limitation down; the chapter's proof for `SeqCst` is the fence above.
#[test]
fn loom_cannot_check_seq_cst_loads_and_stores() {
    assert!(readings(RaiseThenLook::SeqCst).contains(&(false, false)));
}
// ANCHOR_END: seq_cst_false_alarm

// ANCHOR: spin_lock
#[test]
fn the_spin_lock_loses_no_update_in_any_interleaving() {
    check(|| {
        let shared = Arc::new((SpinLock::new(), AtomicUsize::new(0)));
        let other = {
            let shared = Arc::clone(&shared);
            thread::spawn(move || add_one_locked(&shared.0, &shared.1))
        };
        add_one_locked(&shared.0, &shared.1);
        other.join().unwrap();
        assert_eq!(shared.1.load(Relaxed), 2, "an update was lost");
    });
}
// ANCHOR_END: spin_lock

// ANCHOR: spin_lock_with
/// The lesson's `SpinLock` with the orderings as parameters, to break it on purpose.
struct SpinLockWith {
    locked: AtomicBool,
    acquire: Ordering,
    release: Ordering,
}

impl SpinLockWith {
    fn add_one(&self, count: &AtomicUsize) {
        while self
            .locked
            .compare_exchange_weak(false, true, self.acquire, Relaxed)
            .is_err()
        {
            loom::hint::spin_loop();
        }
        count.store(count.load(Relaxed) + 1, Relaxed);
        self.locked.store(false, self.release);
    }
}
// ANCHOR_END: spin_lock_with

// ANCHOR: needs_both

/// Two threads add one under a lock with these orderings; the model asserts the count is 2.
fn two_adds_under(acquire: Ordering, release: Ordering) -> Option<String> {
    failure_of(move || {
        let (locked, count) = (AtomicBool::new(false), AtomicUsize::new(0));
        let shared = Arc::new((
            SpinLockWith {
                locked,
                acquire,
                release,
            },
            count,
        ));
        let other = {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.0.add_one(&shared.1))
        };
        shared.0.add_one(&shared.1);
        other.join().unwrap();
        assert_eq!(shared.1.load(Relaxed), 2, "an update was lost");
    })
}

#[test]
fn a_spin_lock_needs_both_acquire_and_release() {
    for (acquire, release) in [(Relaxed, Relaxed), (Relaxed, Release), (Acquire, Relaxed)] {
        let message = two_adds_under(acquire, release).expect("loom finds the lost update");
        assert!(message.contains("an update was lost"), "{message}");
    }
    assert_eq!(two_adds_under(Acquire, Release), None);
    assert_eq!(two_adds_under(SeqCst, SeqCst), None);
}
// ANCHOR_END: needs_both

// ANCHOR: cas
#[test]
fn the_cas_loop_is_exact_and_sometimes_retries() {
    let retries = std::sync::Arc::new(Mutex::new(BTreeSet::new()));
    let record = std::sync::Arc::clone(&retries);
    check(move || {
        let val = Arc::new(AtomicUsize::new(0));
        let other = {
            let val = Arc::clone(&val);
            thread::spawn(move || cas::update(&val, || {}))
        };
        let mine = cas::update(&val, || {});
        let theirs = other.join().unwrap();
        assert_eq!(val.load(Relaxed), 2, "an update was lost");
        record.lock().unwrap().insert(mine + theirs);
    });
    assert_eq!(*retries.lock().unwrap(), BTreeSet::from([0, 1]));
}
// ANCHOR_END: cas

#[test]
fn fetch_add_tickets_are_unique_in_every_interleaving() {
    check(|| {
        let next = Arc::new(AtomicUsize::new(0));
        let other = {
            let next = Arc::clone(&next);
            thread::spawn(move || atomics::take_ticket(&next))
        };
        let mine = atomics::take_ticket(&next);
        assert_ne!(
            mine,
            other.join().unwrap(),
            "two threads got the same ticket"
        );
    });
}
