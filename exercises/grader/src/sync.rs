//! Locks and atomics for given code: std's API, and what happens on them told to the graders.
//!
//! [`os::Mutex`], [`os::Condvar`] and [`os::AtomicUsize`] work as std's do, and also:
//! - describe each operation with [`crate::model::step`] (named: "locks the flag (false)"), so
//!   a model that fails shows what every thread did;
//! - count the threads asleep on a `Condvar` ([`os::Condvar::sleeping`]): a grader waits until
//!   the learner's threads are asleep before it acts, instead of sleeping and hoping;
//! - wake sleepers without a notification on request ([`os::Condvar::restless`]), as std's
//!   `Condvar` is allowed to: code that trusts a wake-up fails every time, not once in a while.
//!
//! [`modelled`] is the same code on loom's types, for the exercise's own model tests. A given
//! file picks one by `cfg(test)` (the library's unit tests are where loom runs):
//!
//! ```text
//! #[cfg(not(test))]
//! use grader::sync::os as sync;
//! #[cfg(test)]
//! use grader::sync::modelled as sync;
//! pub use sync::{Condvar, Mutex};
//! ```
//!
//! In a model, share what the threads use with `std::sync::Arc` (or a leaked reference), not
//! loom's: after loom finds a deadlock, dropping one of loom's objects while unwinding aborts the
//! test instead of failing it.

/// On std's types: the learner's program and the integration tests.
pub mod os {
    use std::sync as base;
    /// Whether this is loom's build.
    const MODELLED: bool = false;
    include!("sync/body.rs");

    /// Where a `Condvar`'s sleepers sleep: std's.
    struct Parking(base::Condvar);

    impl Parking {
        fn new() -> Self {
            Parking(base::Condvar::new())
        }

        /// Unlocks, sleeps until notified (or for `slice`), locks again: the guard, whether the
        /// slice ran out, whether the lock was poisoned.
        fn wait<'a, T>(
            &self,
            _mutex: &'a base::Mutex<T>,
            guard: base::MutexGuard<'a, T>,
            slice: Option<Duration>,
        ) -> Woken<'a, T> {
            match slice {
                None => match self.0.wait(guard) {
                    Ok(guard) => (guard, false, false),
                    Err(poisoned) => (poisoned.into_inner(), false, true),
                },
                Some(slice) => match self.0.wait_timeout(guard, slice) {
                    Ok((guard, result)) => (guard, result.timed_out(), false),
                    Err(poisoned) => {
                        let (guard, result) = poisoned.into_inner();
                        (guard, result.timed_out(), true)
                    }
                },
            }
        }

        fn notify_one(&self) {
            self.0.notify_one();
        }

        fn notify_all(&self) {
            self.0.notify_all();
        }
    }
}

/// On loom's types, inside [`crate::model::explore`]. A timed wait never times out here (loom
/// has no clock): model only what ends without a timeout.
pub mod modelled {
    use loom::sync as base;
    /// Whether this is loom's build.
    const MODELLED: bool = true;
    include!("sync/body.rs");

    use std::collections::VecDeque;

    /// Where a `Condvar`'s sleepers sleep: each parks its loom thread, holding no guard of loom's,
    /// so that a deadlock loom finds fails the test instead of aborting it while unwinding.
    struct Parking {
        sleepers: std::sync::Mutex<VecDeque<(loom::thread::Thread, std::sync::Arc<AtomicBool>)>>,
        // Touched by every wait and notification: loom's point to switch threads there.
        bell: base::atomic::AtomicUsize,
    }

    impl Parking {
        fn new() -> Self {
            Parking {
                sleepers: std::sync::Mutex::new(VecDeque::new()),
                bell: base::atomic::AtomicUsize::new(0),
            }
        }

        /// Unlocks, sleeps until notified, locks again (loom has no clock: no slice runs out).
        fn wait<'a, T>(
            &self,
            mutex: &'a base::Mutex<T>,
            guard: base::MutexGuard<'a, T>,
            _slice: Option<Duration>,
        ) -> Woken<'a, T> {
            self.bell.load(SeqCst);
            let woken = std::sync::Arc::new(AtomicBool::new(false));
            self.sleepers()
                .push_back((loom::thread::current(), std::sync::Arc::clone(&woken)));
            drop(guard);
            while !woken.load(SeqCst) {
                loom::thread::park();
            }
            match mutex.lock() {
                Ok(guard) => (guard, false, false),
                Err(poisoned) => (poisoned.into_inner(), false, true),
            }
        }

        fn notify_one(&self) {
            self.bell.fetch_add(1, SeqCst);
            let first = self.sleepers().pop_front();
            if let Some((thread, woken)) = first {
                woken.store(true, SeqCst);
                thread.unpark();
            }
        }

        fn notify_all(&self) {
            self.bell.fetch_add(1, SeqCst);
            let all: Vec<_> = self.sleepers().drain(..).collect();
            for (thread, woken) in all {
                woken.store(true, SeqCst);
                thread.unpark();
            }
        }

        fn sleepers(
            &self,
        ) -> std::sync::MutexGuard<'_, VecDeque<(loom::thread::Thread, std::sync::Arc<AtomicBool>)>>
        {
            self.sleepers
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        }
    }
}
