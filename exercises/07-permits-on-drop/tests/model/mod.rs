//! The model checker's graders: loom runs each model below in every interleaving of its
//! threads with up to [`PREEMPTIONS`] preemptions. They run as the library's own tests, where
//! the given `Mutex` and `Condvar` are loom's; a failure shows the interleaving, step by step.

use std::sync::Arc;
use std::time::Duration;

use grader::model::{explore, step};
use grader::within;
use loom::sync::atomic::AtomicUsize;
use loom::sync::atomic::Ordering::SeqCst;
use loom::thread;

use crate::{Semaphore, SemaphorePermit};

/// The bound the statement states.
const PREEMPTIONS: usize = 3;

/// Far longer than a model takes; past it, a thread of the model spins without end.
const LIMIT: Duration = Duration::from_secs(1);

/// A semaphore of one permit, and how many threads hold one.
struct Shared {
    pool: Semaphore,
    inside: AtomicUsize,
}

impl Shared {
    /// Holds `permit` for a moment, failing if another thread holds one too.
    fn hold(&self, permit: SemaphorePermit<'_>) {
        let others = self.inside.fetch_add(1, SeqCst);
        step("holds a permit");
        assert_eq!(
            others, 0,
            "two threads hold a permit of a Semaphore::new(1): check that a permit is free and \
             take it under the same guard"
        );
        self.inside.fetch_sub(1, SeqCst);
        step("drops its permit");
        drop(permit);
    }
}

/// Runs `model` on a `Shared` in a thread named `worker` and on the model's main thread.
fn check(model: fn(&Shared)) {
    within(
        LIMIT,
        "a thread of the model never stopped: does a loop wait without sleeping on `returned`?",
        move || {
            explore(Some(PREEMPTIONS), move || {
                let shared = Arc::new(Shared {
                    pool: Semaphore::new(1),
                    inside: AtomicUsize::new(0),
                });
                let other = Arc::clone(&shared);
                let worker = thread::Builder::new()
                    .name("worker".into())
                    .spawn(move || model(&other))
                    .expect("loom starts the thread");
                model(&shared);
                worker.join().unwrap();
            })
        },
    );
}

#[test]
fn two_threads_take_turns_with_one_permit_in_every_interleaving() {
    check(|shared| shared.hold(shared.pool.acquire()));
}

#[test]
fn two_threads_never_both_try_acquire_one_permit_in_every_interleaving() {
    check(|shared| {
        if let Some(permit) = shared.pool.try_acquire() {
            shared.hold(permit);
        }
    });
}
