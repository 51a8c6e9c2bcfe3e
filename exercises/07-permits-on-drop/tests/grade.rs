//! Code that may wait runs on a thread of its own, and the test waits for it with a timeout, so
//! a `Semaphore` that never wakes its waiters fails the test instead of hanging it.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

use ex07_permits_on_drop::Semaphore;
use pools::support::Rendezvous;
use timing::HighWater;

/// Runs `f` on a thread of its own and returns its value, or fails the test, saying `stuck`, if
/// it has not returned after `seconds`.
fn within<T: Send + 'static>(
    seconds: u64,
    stuck: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(Duration::from_secs(seconds)) {
        Ok(value) => value,
        Err(RecvTimeoutError::Disconnected) => panic!("your Semaphore panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => panic!("still running after {seconds} s: {stuck}"),
    }
}

#[test]
fn acquire_takes_a_permit_and_dropping_it_gives_it_back() {
    let counts = within(2, "acquire() waited with permits free", || {
        let pool = Semaphore::new(2);
        let mut counts = vec![pool.available()];
        let first = pool.acquire();
        counts.push(pool.available());
        let second = pool.acquire();
        counts.push(pool.available());
        drop(first);
        counts.push(pool.available());
        drop(second);
        counts.push(pool.available());
        counts
    });
    assert_eq!(
        counts,
        [2, 1, 0, 1, 2],
        "permits free: at the start, after two acquire()s, after dropping each permit. acquire \
         counts down, dropping the permit counts up"
    );
}

#[test]
fn try_acquire_answers_at_once() {
    let answers = within(
        2,
        "try_acquire() with no permit free should return None at once (Python's \
         acquire(blocking=False)), not wait for one",
        || {
            let pool = Semaphore::new(1);
            let only = pool.try_acquire();
            let answers = (
                only.is_some(),
                pool.available(),
                pool.try_acquire().is_none(),
            );
            drop(only);
            (answers, pool.try_acquire().is_some())
        },
    );
    assert_eq!(
        answers,
        ((true, 0, true), true),
        "((got the free permit, permits then free, refused when none was free), got it back \
         after the drop)"
    );
}

#[test]
fn a_waiting_acquire_gets_the_permit_another_thread_drops() {
    let pool = Arc::new(Semaphore::new(1));
    let held = pool.acquire();
    let (got, got_it) = mpsc::channel();
    let start = Arc::new(Barrier::new(2));
    {
        let (pool, start) = (Arc::clone(&pool), Arc::clone(&start));
        thread::spawn(move || {
            start.wait();
            let _permit = pool.acquire();
            let _ = got.send(());
        });
    }
    start.wait();
    match got_it.recv_timeout(Duration::from_millis(100)) {
        Err(RecvTimeoutError::Timeout) => {} // right: the only permit is held
        Ok(()) => panic!(
            "acquire() returned while the only permit was held: wait while none is free, then \
             take one (count down) under the same guard"
        ),
        Err(RecvTimeoutError::Disconnected) => panic!("acquire() panicked (see above)"),
    }
    drop(held);
    match got_it.recv_timeout(Duration::from_secs(2)) {
        Ok(()) => {}
        Err(RecvTimeoutError::Disconnected) => panic!("acquire() panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "acquire() was still waiting 2 s after the only permit was dropped: Drop must give \
             the permit back (count up) and wake a waiting thread (notify_one on the Condvar)"
        ),
    }
}

#[test]
fn never_more_permits_out_than_the_semaphore_has() {
    // Four threads want one of three permits; whoever gets one waits (up to 250 ms) for all four
    // to be inside together. A correct semaphore keeps the fourth out until a permit comes back.
    let most = within(
        3,
        "four threads sharing three permits never finished: is a thread waiting in acquire() \
         woken when a permit is dropped?",
        || {
            let pool = Semaphore::new(3);
            let inside = HighWater::default();
            let meet = Rendezvous::new(4);
            thread::scope(|s| {
                for _ in 0..4 {
                    s.spawn(|| {
                        let _permit = pool.acquire();
                        let _in = inside.enter();
                        meet.wait(Duration::from_millis(250));
                    });
                }
            });
            inside.peak()
        },
    );
    assert!(
        most <= 3,
        "{most} threads held a permit at once from a Semaphore::new(3): acquire must take the \
         permit it waited for (count down), under the same guard as the check"
    );
}
