//! Code that may wait runs on a thread of its own and every wait for it is bounded. The given
//! `Condvar` counts its sleepers, so a test acts once a thread is asleep in `acquire`, never
//! after a sleep that hopes it is; `Semaphore::restless` wakes sleepers every millisecond.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::thread;
use std::time::{Duration, Instant};

use ex07_permits_on_drop::Semaphore;
use grader::within;

/// The margin the statement states: a waiter gets a permit within it once one is dropped.
const MARGIN: Duration = Duration::from_secs(1);

/// A thread that takes a permit and holds it until told to drop it.
struct Holder {
    drop_it: Sender<()>,
    dropped: Receiver<()>,
}

impl Holder {
    /// Starts the thread; returns once it holds its permit.
    fn new(pool: &Arc<Semaphore>) -> Holder {
        let (got, got_it) = mpsc::channel();
        let (drop_it, told) = mpsc::channel();
        let (done, dropped) = mpsc::channel();
        let pool = Arc::clone(pool);
        thread::spawn(move || {
            let permit = pool.acquire();
            let _ = got.send(());
            let _ = told.recv();
            drop(permit);
            let _ = done.send(());
        });
        expect(
            &got_it,
            "acquire() with a permit free never returned: take it and return at once",
        );
        Holder { drop_it, dropped }
    }

    /// Drops the permit; returns once the drop has.
    fn release(self) {
        let _ = self.drop_it.send(());
        expect(
            &self.dropped,
            "dropping a permit never finished: does Drop lock a Mutex that is already held?",
        );
    }
}

/// A message within the margin, or a failed test saying `stuck`.
fn expect<T>(reports: &Receiver<T>, stuck: &str) -> T {
    match reports.recv_timeout(MARGIN) {
        Ok(value) => value,
        Err(RecvTimeoutError::Disconnected) => panic!("your Semaphore panicked (see above)"),
        Err(RecvTimeoutError::Timeout) => panic!("still waiting after {MARGIN:?}: {stuck}"),
    }
}

/// `acquire()` on a thread of its own: a message arrives once it returns (the permit is
/// dropped at once).
fn acquire_in_background(pool: &Arc<Semaphore>) -> Receiver<()> {
    let (got, got_it) = mpsc::channel();
    let pool = Arc::clone(pool);
    thread::spawn(move || {
        drop(pool.acquire());
        let _ = got.send(());
    });
    got_it
}

/// Fails if that `acquire()` has returned.
fn still_waiting(got_it: &Receiver<()>, why: &str) {
    match got_it.try_recv() {
        Err(TryRecvError::Empty) => {}
        Ok(()) => panic!("acquire() returned while no permit was free{why}"),
        Err(TryRecvError::Disconnected) => panic!("acquire() panicked (see above){why}"),
    }
}

/// Waits until `ready` holds, for at most the margin; whether it did.
fn until(mut ready: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + MARGIN;
    while !ready() {
        if Instant::now() > deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(1));
    }
    true
}

#[test]
fn acquire_takes_a_permit_and_dropping_it_gives_it_back() {
    let counts = within(MARGIN, "acquire() waited with permits free", || {
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
        MARGIN,
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
    let holder = Holder::new(&pool);
    let waiter = acquire_in_background(&pool);
    until(|| pool.sleeping() == 1);
    still_waiting(
        &waiter,
        ": wait while none is free, then take one (count down) under the same guard",
    );
    holder.release();
    expect(
        &waiter,
        "acquire() was still waiting a second after the only permit was dropped: Drop must give \
         the permit back (count up) and wake a waiting thread (notify_one on `returned`)",
    );
}

#[test]
fn acquire_sleeps_again_after_a_wake_up_without_a_permit() {
    // A restless `Condvar` wakes the waiter every millisecond with no permit free.
    let pool = Arc::new(Semaphore::restless(1));
    let holder = Holder::new(&pool);
    let waiter = acquire_in_background(&pool);
    until(|| {
        still_waiting(
            &waiter,
            ": it was woken with none back. A wake-up only means \"look again\": loop while no \
             permit is free (or use Condvar::wait_while)",
        );
        pool.waits() >= 5
    });
    still_waiting(&waiter, "");
    holder.release();
    expect(
        &waiter,
        "acquire() did not return after the permit was dropped",
    );
}

#[test]
fn never_more_permits_out_than_the_semaphore_has() {
    // Three threads hold the three permits; a fourth must wait until one is dropped.
    let pool = Arc::new(Semaphore::new(3));
    let holders: Vec<_> = (0..3).map(|_| Holder::new(&pool)).collect();
    let fourth = acquire_in_background(&pool);
    until(|| pool.sleeping() == 1);
    still_waiting(
        &fourth,
        ": three threads hold the three permits of a Semaphore::new(3). acquire must take the \
         permit it waited for (count down)",
    );
    for holder in holders {
        holder.release();
    }
    expect(
        &fourth,
        "acquire() did not return after three permits came back",
    );
}
