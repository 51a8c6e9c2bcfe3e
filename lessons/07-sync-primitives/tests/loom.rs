//! Model tests: loom runs each closure in every interleaving of its threads (up to a bound on
//! preemptions) and fails on a panic or a deadlock in any of them.
//!
//! Run with:
//! `RUSTFLAGS="--cfg loom" LOOM_MAX_PREEMPTIONS=3 CARGO_TARGET_DIR=target/loom cargo test --release -p sync-primitives --test loom`
//!
//! [`Event`] and [`Semaphore`] are the crate's real types: under `--cfg loom` their `Mutex` and
//! `Condvar` are loom's (see `src/sync.rs`). The two broken types at the end are written here, on
//! loom's types, to show that loom catches the bugs they contain.
#![cfg(loom)]

use std::sync::PoisonError;

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::{Arc, Condvar, Mutex};
use loom::thread;
use sync_primitives::{Event, Semaphore};

/// `loom::model`, with the preemption bound set to 3 unless `LOOM_MAX_PREEMPTIONS` says otherwise.
fn check(f: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(3);
    }
    builder.check(f);
}

// ANCHOR: event_models
#[test]
fn event_set_wakes_the_waiter_in_every_interleaving() {
    check(|| {
        let event = Arc::new(Event::new());
        let waiter = {
            let event = Arc::clone(&event);
            thread::spawn(move || {
                event.wait(); // a lost wake-up would be reported as a deadlock
                assert!(event.is_set());
            })
        };
        event.set();
        waiter.join().unwrap();
    });
}

#[test]
fn event_set_wakes_every_waiter_and_clear_resets() {
    check(|| {
        let event = Arc::new(Event::new());
        let waiters: Vec<_> = (0..2)
            .map(|_| {
                let event = Arc::clone(&event);
                thread::spawn(move || event.wait())
            })
            .collect();
        event.set();
        for waiter in waiters {
            waiter.join().unwrap();
        }
        event.clear();
        assert!(!event.is_set());
    });
}
// ANCHOR_END: event_models

// ANCHOR: semaphore_models
/// `users` threads (the main one included) each take a permit, note that they are inside, and
/// leave; the assertion fails if more than `permits` are ever inside at once.
fn never_more_than_permits(permits: usize, users: usize) {
    check(move || {
        let semaphore = Arc::new(Semaphore::new(permits));
        let inside = Arc::new(AtomicUsize::new(0));
        let enter = {
            let (semaphore, inside) = (Arc::clone(&semaphore), Arc::clone(&inside));
            move || {
                let _permit = semaphore.acquire();
                let before = inside.fetch_add(1, Ordering::SeqCst);
                assert!(before < permits, "more threads inside than permits");
                inside.fetch_sub(1, Ordering::SeqCst);
            }
        };
        let others: Vec<_> = (1..users).map(|_| thread::spawn(enter.clone())).collect();
        enter();
        for other in others {
            other.join().unwrap();
        }
        assert_eq!(semaphore.available(), permits, "every permit came back");
    });
}

#[test]
fn semaphore_of_one_admits_one_of_two() {
    never_more_than_permits(1, 2);
}

#[test]
fn semaphore_of_two_admits_two_of_three() {
    never_more_than_permits(2, 3);
}

// ANCHOR_END: semaphore_models

// ANCHOR: try_acquire_model
#[test]
fn try_acquire_never_takes_a_permit_that_is_out() {
    check(|| {
        let semaphore = Arc::new(Semaphore::new(1));
        let inside = Arc::new(AtomicUsize::new(0));
        let holder = {
            let (semaphore, inside) = (Arc::clone(&semaphore), Arc::clone(&inside));
            thread::spawn(move || {
                let _permit = semaphore.acquire();
                inside.fetch_add(1, Ordering::SeqCst);
                inside.fetch_sub(1, Ordering::SeqCst);
            })
        };
        if let Some(_permit) = semaphore.try_acquire() {
            assert_eq!(
                inside.load(Ordering::SeqCst),
                0,
                "the holder is not inside too"
            );
        }
        holder.join().unwrap();
        assert_eq!(semaphore.available(), 1);
    });
}
// ANCHOR_END: try_acquire_model

// ANCHOR: forgetful_event
/// Broken on purpose: `set` raises the flag but forgets to `notify_all`.
struct ForgetfulEvent {
    flag: Mutex<bool>,
    changed: Condvar,
}

impl ForgetfulEvent {
    fn set(&self) {
        *self.flag.lock().unwrap() = true; // no notify: a waiter already asleep sleeps on
    }

    fn wait(&self) {
        let mut set = self.flag.lock().unwrap();
        while !*set {
            set = self.changed.wait(set).unwrap();
        }
    }
}

#[test]
#[should_panic(expected = "deadlock")]
fn loom_finds_the_lost_wake_up_of_an_event_that_forgets_to_notify() {
    check(|| {
        // std's `Arc`, not loom's: when loom reports the deadlock it unwinds the stuck thread,
        // and dropping a loom `Arc` then panics again and aborts (tokio-rs/loom#291).
        let event = std::sync::Arc::new(ForgetfulEvent {
            flag: Mutex::new(false),
            changed: Condvar::new(),
        });
        let waiter = {
            let event = std::sync::Arc::clone(&event);
            thread::spawn(move || event.wait())
        };
        event.set();
        waiter.join().unwrap();
    });
}
// ANCHOR_END: forgetful_event

// ANCHOR: racy_semaphore
/// Broken on purpose: `acquire` checks for a free permit under one lock and takes it under
/// another, so two threads can both see the last permit and both take it.
struct RacySemaphore {
    left: Mutex<isize>,
    returned: Condvar,
}

impl RacySemaphore {
    fn acquire(&self) {
        let mut left = self.left.lock().unwrap();
        while *left <= 0 {
            left = self.returned.wait(left).unwrap();
        }
        drop(left); // the gap: another thread may take the permit right here
        *self.left.lock().unwrap() -= 1;
    }

    fn release(&self) {
        *self.left.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.returned.notify_one();
    }
}
// ANCHOR_END: racy_semaphore

// ANCHOR: racy_semaphore_model
#[test]
#[should_panic(expected = "more threads inside than permits")]
fn loom_finds_two_threads_inside_a_semaphore_that_checks_and_takes_separately() {
    check(|| {
        let semaphore = Arc::new(RacySemaphore {
            left: Mutex::new(1),
            returned: Condvar::new(),
        });
        let inside = Arc::new(AtomicUsize::new(0));
        let enter = {
            let (semaphore, inside) = (Arc::clone(&semaphore), Arc::clone(&inside));
            move || {
                semaphore.acquire();
                let before = inside.fetch_add(1, Ordering::SeqCst);
                assert!(before < 1, "more threads inside than permits");
                inside.fetch_sub(1, Ordering::SeqCst);
                semaphore.release();
            }
        };
        let other = thread::spawn(enter.clone());
        enter();
        other.join().unwrap();
    });
}
// ANCHOR_END: racy_semaphore_model
