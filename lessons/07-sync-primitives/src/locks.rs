//! Locks: `Mutex` (and poisoning), `RwLock`, a lock with a timeout, and a re-entrant lock.

use std::cell::RefCell;
use std::sync::mpsc;
use std::sync::{Barrier, Mutex, RwLock, TryLockError};
use std::thread;
use std::time::Duration;

use parking_lot::ReentrantMutex;
use timing::{Stopwatch, Timeline};

// ANCHOR: mutex
/// Seed 003's fixed `Data.update`, run by `threads` threads: read the value, sleep `pause`, write
/// value + 1, all while holding the lock. Returns the final value: always `threads`.
///
/// ```
/// let timeline = timing::Timeline::new();
/// assert_eq!(sync_primitives::locked_update(2, std::time::Duration::ZERO, &timeline), 2);
/// ```
///
/// The `Mutex` owns the value, so there is no way to reach it without the guard: the seed's bug
/// (reading `self.val` outside `with self._lock:`) does not compile.
///
/// ```compile_fail,E0614
/// let val = std::sync::Mutex::new(0);
/// let local_val = *val; // error[E0614]: type `Mutex<{integer}>` cannot be dereferenced
/// ```
pub fn locked_update(threads: usize, pause: Duration, timeline: &Timeline) -> u64 {
    let val = Mutex::new(0);
    thread::scope(|s| {
        for n in 0..threads {
            let val = &val;
            crate::spawn_named(s, format!("executor-{n}"), move || {
                let mut guard = val.lock().unwrap(); // with self._lock:
                timeline.record(format!("update n={n}"), || {
                    let local_val = *guard;
                    timing::sleep(pause);
                    *guard = local_val + 1;
                });
            }); // the guard is dropped here: the lock is released
        }
    });
    val.into_inner().unwrap()
}
// ANCHOR_END: mutex

// ANCHOR: poison
/// What [`poison_a_transfer`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Poisoned {
    /// `lock()` returned `Err(PoisonError)` after the panic.
    pub lock_was_poisoned: bool,
    /// The balances found by recovering the guard with `PoisonError::into_inner`.
    pub balances: [i64; 2],
    /// `is_poisoned()` after `clear_poison()`.
    pub still_poisoned_after_clear: bool,
}

/// A thread moves 50 from one account to the other and panics halfway, holding the lock: the
/// money has left the first account but not reached the second. The next `lock()` returns
/// `Err(PoisonError)`: "someone died in here, the data may be half-updated".
///
/// ```
/// let seen = sync_primitives::poison_a_transfer();
/// assert!(seen.lock_was_poisoned);
/// assert_eq!(seen.balances, [50, 0]); // 50 vanished
/// ```
pub fn poison_a_transfer() -> Poisoned {
    fn the_other_bank_is_down() {
        panic!("the transfer failed halfway");
    }

    let accounts = Mutex::new([100_i64, 0]);
    thread::scope(|s| {
        let failed = crate::spawn_named(s, "transfer", || {
            let mut balances = accounts.lock().unwrap();
            balances[0] -= 50;
            the_other_bank_is_down(); // panics while the guard is held
            balances[1] += 50;
        });
        assert!(failed.join().is_err(), "the transfer thread panicked");
    });
    let (lock_was_poisoned, balances) = match accounts.lock() {
        Ok(guard) => (false, *guard),
        // Recovery: take the guard anyway, look at the data, repair it if you can.
        Err(poisoned) => (true, *poisoned.into_inner()),
    };
    accounts.clear_poison(); // we looked and accept the state: unlock it for everyone
    Poisoned {
        lock_was_poisoned,
        balances,
        still_poisoned_after_clear: accounts.is_poisoned(),
    }
}
// ANCHOR_END: poison

// ANCHOR: rwlock
/// What [`readers_then_writer`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadersWriter {
    /// How many readers held the read lock at the same instant.
    pub readers_at_once: usize,
    /// Whether the writer's span overlapped any reader's span.
    pub writer_overlapped_a_reader: bool,
    /// The value after the writer.
    pub value: u64,
}

/// `readers` threads take the read lock and hold it for `hold`; a writer asks for the write lock
/// while they are all inside. The readers run together; the writer waits for all of them.
///
/// The `Barrier` is the proof that readers share the lock: it only opens when every reader is
/// inside at once. With a `Mutex` in place of the `RwLock` it would never open.
///
/// ```
/// let timeline = timing::Timeline::new();
/// let seen = sync_primitives::readers_then_writer(3, std::time::Duration::ZERO, &timeline);
/// assert_eq!(seen.readers_at_once, 3);
/// assert!(!seen.writer_overlapped_a_reader);
/// ```
pub fn readers_then_writer(readers: usize, hold: Duration, timeline: &Timeline) -> ReadersWriter {
    let value = RwLock::new(0_u64);
    let all_inside = Barrier::new(readers + 1);
    thread::scope(|s| {
        for i in 0..readers {
            let (value, all_inside) = (&value, &all_inside);
            crate::spawn_named(s, format!("reader-{i}"), move || {
                let guard = value.read().unwrap();
                let _span = timeline.span("read");
                all_inside.wait(); // every reader holds the read lock here
                timing::sleep(hold);
                assert_eq!(*guard, 0, "no writer got in while a reader was inside");
            });
        }
        crate::spawn_named(s, "writer", || {
            all_inside.wait(); // ask only once the readers are in
            let mut guard = value.write().unwrap();
            let _span = timeline.span("write");
            timing::sleep(hold / 2);
            *guard += 1;
        });
    });
    let (writes, reads): (Vec<_>, Vec<_>) = timeline
        .spans()
        .into_iter()
        .partition(|s| s.label == "write");
    ReadersWriter {
        readers_at_once: timing::max_overlap(&reads),
        writer_overlapped_a_reader: writes.iter().any(|w| reads.iter().any(|r| w.overlaps(r))),
        value: value.into_inner().unwrap(),
    }
}
// ANCHOR_END: rwlock

// ANCHOR: timeout
/// What [`lock_with_timeout`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimedLock {
    /// The first `try_lock_for(patience)` gave up (returned `None`).
    pub first_gave_up: bool,
    /// How long the first attempt waited before giving up.
    pub gave_up_after: Duration,
    /// The second, more patient attempt got the lock.
    pub second_got_it: bool,
    /// How long the second attempt waited.
    pub got_it_after: Duration,
}

/// Another thread holds a `parking_lot::Mutex`; this one tries `try_lock_for(patience)` and gives
/// up, then the holder lets go after `hold` and a second, patient attempt gets the lock.
/// Python: `lock.acquire(timeout=0.1)` returning `False`. (Durations are scaled by
/// `LESSON_TIME_SCALE`.)
///
/// ```
/// use std::time::Duration;
/// let seen = sync_primitives::lock_with_timeout(Duration::from_millis(5), Duration::from_millis(20));
/// assert!(seen.first_gave_up && seen.second_got_it);
/// ```
pub fn lock_with_timeout(patience: Duration, hold: Duration) -> TimedLock {
    let lock = parking_lot::Mutex::new(());
    let (held, is_held) = mpsc::channel();
    let (gave_up, has_given_up) = mpsc::channel();
    thread::scope(|s| {
        let lock = &lock;
        crate::spawn_named(s, "holder", move || {
            let _guard = lock.lock();
            held.send(()).unwrap();
            has_given_up.recv().unwrap(); // hold it at least until the first attempt is over
            timing::sleep(hold);
        });
        is_held.recv().unwrap();

        let clock = Stopwatch::start();
        let first = lock.try_lock_for(timing::scaled(patience));
        let gave_up_after = clock.elapsed();
        let first_gave_up = first.is_none();
        drop(first);
        gave_up.send(()).unwrap();

        let clock = Stopwatch::start();
        let second = lock.try_lock_for(timing::scaled(hold) * 10 + Duration::from_secs(5));
        TimedLock {
            first_gave_up,
            gave_up_after,
            second_got_it: second.is_some(),
            got_it_after: clock.elapsed(),
        }
    })
}
// ANCHOR_END: timeout

// ANCHOR: reentrant
/// What [`reentrant_countdown`] saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reentrant {
    /// What the nested calls pushed, each while holding the lock again.
    pub pushed: Vec<u32>,
    /// Whether another thread's `try_lock` succeeded while this one held the lock.
    pub other_thread_got_it: bool,
}

fn countdown(lock: &ReentrantMutex<RefCell<Vec<u32>>>, n: u32) {
    let guard = lock.lock(); // the second, third... lock on this thread succeeds at once
    guard.borrow_mut().push(n);
    if n > 1 {
        countdown(lock, n - 1);
    }
}

/// Python's `RLock`: a function that takes the lock calls itself, taking it again, `depth` times.
/// Meanwhile another thread cannot get it.
///
/// The guard gives `&T`, never `&mut T` (two guards live at once on this thread, and two `&mut`
/// to one value must never exist), so the data sits in a `RefCell` to be changed:
///
/// ```compile_fail,E0594
/// let lock = parking_lot::ReentrantMutex::new(0);
/// *lock.lock() += 1; // error[E0594]: cannot assign to data in dereference of `ReentrantMutexGuard<..>`
/// ```
///
/// ```
/// let seen = sync_primitives::reentrant_countdown(3);
/// assert_eq!(seen.pushed, [3, 2, 1]);
/// assert!(!seen.other_thread_got_it);
/// ```
pub fn reentrant_countdown(depth: u32) -> Reentrant {
    let lock = ReentrantMutex::new(RefCell::new(Vec::new()));
    let outer = lock.lock();
    countdown(&lock, depth);
    // Just a probe: `try_lock` gives a guard (which is not `Send`) or `None`.
    let other_thread_got_it = thread::scope(|s| s.spawn(|| lock.try_lock().is_some()).join())
        .expect("the probe does not panic");
    let pushed = outer.borrow().clone();
    Reentrant {
        pushed,
        other_thread_got_it,
    }
}
// ANCHOR_END: reentrant

// ANCHOR: twice
/// Locks a std `Mutex` and then tries to lock it again on the same thread, with `try_lock` (a
/// second `lock()` would never return: std documents it "might panic or deadlock"). Returns the
/// second attempt's error, `WouldBlock`, as text.
///
/// ```
/// assert_eq!(sync_primitives::lock_twice_on_one_thread(), "WouldBlock");
/// ```
pub fn lock_twice_on_one_thread() -> String {
    let lock = Mutex::new(0);
    let _first = lock.lock().unwrap();
    match lock.try_lock() {
        Ok(_) => "acquired twice".to_string(),
        Err(TryLockError::WouldBlock) => "WouldBlock".to_string(),
        Err(TryLockError::Poisoned(_)) => "Poisoned".to_string(),
    }
}
// ANCHOR_END: twice
