//! Choreography the chapter does not show: the `Barrier`s that force one interleaving, the
//! harnesses that run a litmus test or a hand-over thousands of times, and the measurements
//! (throughput, CPU time, false sharing) the narrator prints and the tests assert.

use std::sync::{Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::sync::Ordering::Relaxed;
use crate::sync::{AtomicBool, AtomicU64, AtomicUsize};
use crate::{Mailbox, Padded, SameLine, SpinLock, add_one_locked, count_both, take_ticket};
use crate::{cas, take_ticket_split};
use timing::{Meeting, on_threads};

/// Two threads take a ticket with [`take_ticket_split`], both loading before either stores (a
/// `Barrier` between the steps). Returns their tickets: always `[0, 0]`.
pub fn split_tickets_at_a_barrier() -> [usize; 2] {
    let next = AtomicUsize::new(0);
    let both_have_read = Barrier::new(2);
    let tickets = on_threads(2, |_| {
        take_ticket_split(&next, || {
            both_have_read.wait();
        })
    });
    [tickets[0], tickets[1]]
}

/// `threads` threads each take `each` tickets, with [`take_ticket`] or, if `split`, with
/// [`take_ticket_split`]. Returns how many tickets were handed out more than once (0 means every
/// ticket was unique).
pub fn duplicate_tickets(threads: usize, each: usize, split: bool) -> usize {
    let next = AtomicUsize::new(0);
    let taken = on_threads(threads, |_| {
        let take = || match split {
            true => take_ticket_split(&next, || {}),
            false => take_ticket(&next),
        };
        let mut mine = Vec::with_capacity(each);
        mine.extend((0..each).map(|_| take()));
        mine
    });
    let mut all: Vec<usize> = taken.into_iter().flatten().collect();
    let handed_out = all.len();
    all.sort_unstable();
    all.dedup();
    handed_out - all.len()
}

/// Two threads run [`cas::update`] once each, both reading `val` before either tries to write (a
/// `Barrier` inside `between`, the first time only). Returns `(val, total retries)`: always
/// `(2, 1)`: one thread wins, the other retries once and wins too.
pub fn cas_race_at_a_barrier() -> (usize, usize) {
    let val = AtomicUsize::new(0);
    let both_have_read = Barrier::new(2);
    let retries = on_threads(2, |_| {
        let mut first_attempt = true;
        cas::update(&val, || {
            if std::mem::take(&mut first_attempt) {
                both_have_read.wait();
            }
        })
    });
    (val.load(Relaxed), retries.iter().sum())
}

/// `threads` threads each run [`cas::update`] `updates` times, doing `work` steps of busy work
/// between the read and the compare-and-swap. Returns `(val, total retries)`; `val` is always
/// `threads * updates`.
pub fn cas_under_contention(threads: usize, updates: usize, work: u32) -> (usize, usize) {
    let val = AtomicUsize::new(0);
    let retries = on_threads(threads, |_| {
        (0..updates)
            .map(|_| cas::update(&val, || busy_work(work)))
            .sum::<usize>()
    });
    (val.load(Relaxed), retries.iter().sum())
}

/// About `steps` iterations of work the optimiser cannot remove.
pub fn busy_work(steps: u32) {
    let mut x = 0u32;
    for i in 0..steps {
        x = std::hint::black_box(x.wrapping_add(i));
    }
}

/// One thread sends `rounds` values through `rounds` fresh [`Mailbox`]es, in order; another
/// waits for each and checks it. `relaxed` picks the `Relaxed` pair or the Release/Acquire pair.
/// Returns how many reads saw the flag up but the old data: stale reads.
pub fn stale_reads(rounds: usize, relaxed: bool) -> usize {
    let boxes: Vec<Mailbox> = (0..rounds).map(|_| Mailbox::new()).collect();
    thread::scope(|s| {
        s.spawn(|| {
            for (n, mailbox) in boxes.iter().enumerate() {
                let value = n as u64 + 1;
                if relaxed {
                    mailbox.send_relaxed(value)
                } else {
                    mailbox.send(value)
                }
            }
        });
        let receiver = s.spawn(|| {
            let mut stale = 0;
            for (n, mailbox) in boxes.iter().enumerate() {
                let mut got = None;
                let sent = timing::wait_until(Duration::from_secs(10), || {
                    got = match relaxed {
                        true => mailbox.receive_relaxed(),
                        false => mailbox.receive(),
                    };
                    got.is_some()
                });
                assert!(sent, "the sender never raised flag {n}");
                stale += usize::from(got != Some(n as u64 + 1));
            }
            stale
        });
        receiver.join().unwrap()
    })
}

/// The three versions of "raise my flag, then look at yours" in `litmus.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RaiseThenLook {
    /// [`raise_then_look`](crate::raise_then_look): `Release` store, `Acquire` load.
    ReleaseAcquire,
    /// [`raise_then_look_seq_cst`](crate::raise_then_look_seq_cst).
    SeqCst,
    /// [`raise_then_look_fenced`](crate::raise_then_look_fenced): `Relaxed` around a `SeqCst`
    /// fence.
    SeqCstFence,
}

impl RaiseThenLook {
    /// All three, the one that allows "both saw nothing" first.
    pub const ALL: [RaiseThenLook; 3] = [Self::ReleaseAcquire, Self::SeqCst, Self::SeqCstFence];

    /// The function in `litmus.rs`.
    pub fn function(self) -> fn(&AtomicBool, &AtomicBool) -> bool {
        match self {
            Self::ReleaseAcquire => crate::raise_then_look,
            Self::SeqCst => crate::raise_then_look_seq_cst,
            Self::SeqCstFence => crate::raise_then_look_fenced,
        }
    }

    /// A label for tables.
    pub fn name(self) -> &'static str {
        match self {
            Self::ReleaseAcquire => "Release store, Acquire load",
            Self::SeqCst => "SeqCst store, SeqCst load",
            Self::SeqCstFence => "Relaxed, SeqCst fence, Relaxed",
        }
    }
}

/// What a run of the store-buffer litmus test saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Litmus {
    /// How many pairs of flags the two threads raised and looked at.
    pub pairs: usize,
    /// How many times *both* threads read the other's flag as `false`.
    pub both_saw_nothing: usize,
}

/// Flag pairs per round: the threads meet once per round, then run through the pairs in step.
const PAIRS_PER_ROUND: usize = 64;

/// Runs the store-buffer litmus test with `raise_then_look` for about `budget`: in each round,
/// two threads meet, then go through 64 fresh pairs of flags, each raising its flag of a pair and
/// looking at the other's.
pub fn store_buffer(raise_then_look: RaiseThenLook, budget: Duration) -> Litmus {
    let look = raise_then_look.function();
    let flags: [Vec<AtomicBool>; 2] = [flag_row(), flag_row()];
    let saw: [Vec<AtomicBool>; 2] = [flag_row(), flag_row()];
    // They meet by spinning: a thread asleep at a `Barrier` would wake up too far apart from
    // the other for the litmus test. The main thread cancels the meetings when time is up.
    let (start, end) = (Meeting::new(2), Meeting::new(2));
    let mut litmus = Litmus::default();
    thread::scope(|s| {
        let other = s.spawn(|| {
            while start.spin() {
                for k in 0..PAIRS_PER_ROUND {
                    saw[1][k].store(look(&flags[1][k], &flags[0][k]), Relaxed);
                }
                if !end.spin() {
                    break;
                }
            }
        });
        let began = Instant::now();
        while start.spin() {
            for k in 0..PAIRS_PER_ROUND {
                saw[0][k].store(look(&flags[0][k], &flags[1][k]), Relaxed);
            }
            if !end.spin() {
                break;
            }
            for k in 0..PAIRS_PER_ROUND {
                let nothing = !saw[0][k].load(Relaxed) && !saw[1][k].load(Relaxed);
                litmus.both_saw_nothing += usize::from(nothing);
                flags[0][k].store(false, Relaxed);
                flags[1][k].store(false, Relaxed);
            }
            litmus.pairs += PAIRS_PER_ROUND;
            if began.elapsed() >= budget {
                break;
            }
        }
        start.cancel(); // the other thread waits at the next start, or soon will: release it
        other.join().unwrap();
    });
    litmus
}

fn flag_row() -> Vec<AtomicBool> {
    (0..PAIRS_PER_ROUND)
        .map(|_| AtomicBool::new(false))
        .collect()
}

/// The two locks the narrator and the benchmarks compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    /// The lesson's [`SpinLock`], guarding a `Relaxed` load and store.
    Spin,
    /// `std::sync::Mutex<usize>`.
    Mutex,
}

impl Lock {
    /// A label for tables.
    pub fn name(self) -> &'static str {
        match self {
            Lock::Spin => "SpinLock",
            Lock::Mutex => "std Mutex",
        }
    }
}

/// `threads` threads lock, add one and unlock, over and over, for about `budget` (each at least
/// once, however late the OS starts it). Returns how many times the lock was taken, in all (the
/// count under the lock, which is checked to match).
pub fn lock_rounds(lock: Lock, threads: usize, budget: Duration) -> usize {
    let stop = AtomicBool::new(false);
    let spin = (SpinLock::new(), AtomicUsize::new(0));
    let mutex = Mutex::new(0usize);
    let done: usize = thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = 0;
                    loop {
                        match lock {
                            Lock::Spin => add_one_locked(&spin.0, &spin.1),
                            Lock::Mutex => *mutex.lock().unwrap() += 1,
                        }
                        mine += 1;
                        if stop.load(Relaxed) {
                            break mine;
                        }
                    }
                })
            })
            .collect();
        thread::sleep(budget);
        stop.store(true, Relaxed);
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    let counted = match lock {
        Lock::Spin => spin.1.load(Relaxed),
        Lock::Mutex => mutex.into_inner().unwrap(),
    };
    assert_eq!(counted, done, "{} lost an update", lock.name());
    done
}

/// How much CPU time a thread burns while it waits `hold` for a lock another thread holds.
/// `None` where the OS does not say (it is read from Linux's `/proc/thread-self/schedstat`).
pub fn cpu_while_waiting(lock: Lock, hold: Duration) -> Option<Duration> {
    let spin = SpinLock::new();
    let mutex = Mutex::new(());
    let waiting = Barrier::new(2);
    thread::scope(|s| {
        let spin_guard = (lock == Lock::Spin).then(|| spin.lock());
        let mutex_guard = (lock == Lock::Mutex).then(|| mutex.lock().unwrap());
        let waiter = s.spawn(|| {
            waiting.wait();
            let before = thread_cpu_time()?;
            match lock {
                Lock::Spin => timing::span("spins, waiting", || drop(spin.lock())),
                Lock::Mutex => timing::span("asleep, waiting", || drop(mutex.lock().unwrap())),
            }
            Some(thread_cpu_time()? - before)
        });
        waiting.wait();
        timing::span(format!("holds the {}", lock.name()), || thread::sleep(hold));
        drop(spin_guard);
        drop(mutex_guard);
        waiter.join().unwrap()
    })
}

/// The CPU time the calling thread has used so far (Linux: `/proc/thread-self/schedstat`).
pub fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Times [`count_both`] on two counters in one cache line and on two padded ones, `increments`
/// each, `rounds` times, and returns the fastest of each: `(same line, padded)`.
pub fn false_sharing(increments: u64, rounds: usize) -> (Duration, Duration) {
    let (mut same, mut padded) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds {
        let line = SameLine::default();
        same = same.min(timing::timed(|| count_both(&line.a, &line.b, increments)).1);
        assert_eq!(line.a.load(Relaxed) + line.b.load(Relaxed), 2 * increments);
        let apart = Padded::default();
        padded = padded.min(timing::timed(|| count_both(&apart.a, &apart.b, increments)).1);
        assert_eq!(
            apart.a.load(Relaxed) + apart.b.load(Relaxed),
            2 * increments
        );
    }
    (same, padded)
}

/// The distance in bytes between two counters, for the layout claims.
pub fn distance(a: &AtomicU64, b: &AtomicU64) -> usize {
    (b as *const AtomicU64 as usize).abs_diff(a as *const AtomicU64 as usize)
}
