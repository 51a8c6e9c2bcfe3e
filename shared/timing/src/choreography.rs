//! Forcing an interleaving: threads that meet, threads that start at the same moment, and
//! waiting (bounded) for a condition another thread makes true.
//!
//! A race a lesson shows must happen on every run, and a claim a test makes must not depend on
//! luck. So the lessons' support code makes threads wait for each other at the exact point
//! where the interleaving matters:
//!
//! - [`Meeting`]: a reusable barrier for `parties` threads that can give up. [`Meeting::wait`]
//!   sleeps, for at most a given patience (a party that can never come must not hang the
//!   program); [`Meeting::spin`] spins, so the threads leave within nanoseconds of each other
//!   (for races a few instructions wide), until everyone came or [`Meeting::cancel`] was called.
//! - [`on_threads`]: `work(0)`, `work(1)`, … on threads that start at the same moment;
//!   [`timed_on_threads`] also says how long they took from that moment.
//! - [`wait_until`]: polls a condition (spinning first, then sleeping) until it holds or a bound
//!   passes.
//!
//! ```
//! use std::time::Duration;
//! use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
//!
//! // Two threads both read the counter before either writes: the lost update, every time.
//! let (counter, both_have_read) = (AtomicUsize::new(0), timing::Meeting::new(2));
//! timing::on_threads(2, |_| {
//!     let seen = counter.load(SeqCst);
//!     assert!(both_have_read.wait(Duration::from_secs(10)));
//!     counter.store(seen + 1, SeqCst);
//! });
//! assert_eq!(counter.load(SeqCst), 1);
//!
//! // Nobody else comes: the meeting gives up rather than hang.
//! assert!(!timing::Meeting::new(2).wait(Duration::from_millis(5)));
//! assert!(timing::wait_until(Duration::from_secs(1), || counter.load(SeqCst) == 1));
//! ```

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

/// A reusable meeting point for `parties` threads, which can give up: see the
/// [module](self).
///
/// Unlike `std::sync::Barrier`, a thread never waits forever: [`wait`](Meeting::wait) has a
/// patience, and [`cancel`](Meeting::cancel) releases everyone. A thread that gave up no longer
/// counts as waiting.
#[derive(Debug)]
pub struct Meeting {
    parties: usize,
    /// The round (high 32 bits) and how many threads wait in it (low 32 bits).
    state: AtomicU64,
    cancelled: AtomicBool,
    /// How many threads are (about to be) asleep in `wait`: the last to arrive wakes them only
    /// if there are any, so spinning meetings make no system call.
    sleepers: AtomicUsize,
    lock: Mutex<()>,
    met: Condvar,
}

const WAITING: u64 = u32::MAX as u64;

impl Meeting {
    /// A meeting for groups of `parties` threads (at least 1).
    pub fn new(parties: usize) -> Meeting {
        assert!(
            (1..WAITING as usize).contains(&parties),
            "a meeting needs 1 or more parties"
        );
        Meeting {
            parties,
            state: AtomicU64::new(0),
            cancelled: AtomicBool::new(false),
            sleepers: AtomicUsize::new(0),
            lock: Mutex::new(()),
            met: Condvar::new(),
        }
    }

    /// Waits, asleep, until `parties` threads are here together (true), or until `patience`
    /// has passed or the meeting was cancelled (false).
    pub fn wait(&self, patience: Duration) -> bool {
        let round = match self.arrive() {
            Arrived::Last => return true,
            Arrived::Cancelled => return false,
            Arrived::Waiting(round) => round,
        };
        // Counted before the condition is checked under the lock: the last to arrive changes the
        // round, then reads this count, so either it wakes this thread or this thread sees the
        // new round (both SeqCst).
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        let guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        let guard = self
            .met
            .wait_timeout_while(guard, patience, |_| self.waiting_in(round))
            .unwrap_or_else(PoisonError::into_inner);
        drop(guard);
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
        self.leave(round)
    }

    /// Waits, spinning, until `parties` threads are here together (true), or until the meeting
    /// was cancelled (false). The threads leave within moments of each other; a thread asleep
    /// in [`wait`](Meeting::wait) would wake up too late for a race a few instructions wide.
    pub fn spin(&self) -> bool {
        let round = match self.arrive() {
            Arrived::Last => return true,
            Arrived::Cancelled => return false,
            Arrived::Waiting(round) => round,
        };
        let mut spins = 0;
        while self.waiting_in(round) {
            pause(spins);
            spins += 1;
        }
        self.leave(round)
    }

    /// Releases every thread waiting now, and makes every later wait return `false` at once.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
        self.wake_sleepers();
    }

    fn wake_sleepers(&self) {
        if self.sleepers.load(Ordering::SeqCst) > 0 {
            // Taking the lock waits for a sleeper between its check and its sleep.
            drop(self.lock.lock().unwrap_or_else(PoisonError::into_inner));
            self.met.notify_all();
        }
    }

    fn arrive(&self) -> Arrived {
        if self.cancelled.load(Ordering::SeqCst) {
            return Arrived::Cancelled;
        }
        let mut state = self.state.load(Ordering::SeqCst);
        loop {
            let (round, waiting) = (state >> 32, state & WAITING);
            let next = match waiting + 1 == self.parties as u64 {
                true => ((round + 1) & WAITING) << 32, // everyone is here: the next round
                false => state + 1,
            };
            match self
                .state
                .compare_exchange(state, next, Ordering::SeqCst, Ordering::SeqCst)
            {
                Ok(_) if next & WAITING == 0 => {
                    self.wake_sleepers();
                    return Arrived::Last;
                }
                Ok(_) => return Arrived::Waiting(round),
                Err(now) => state = now,
            }
        }
    }

    /// Whether round `round` is still waiting for someone (and nobody cancelled).
    fn waiting_in(&self, round: u64) -> bool {
        self.state.load(Ordering::SeqCst) >> 32 == round && !self.cancelled.load(Ordering::SeqCst)
    }

    /// Leaves round `round`: true if it met, or else no longer counts as waiting in it.
    fn leave(&self, round: u64) -> bool {
        let mut state = self.state.load(Ordering::SeqCst);
        loop {
            if state >> 32 != round {
                return true; // everyone came, in the end
            }
            match self
                .state
                .compare_exchange(state, state - 1, Ordering::SeqCst, Ordering::SeqCst)
            {
                Ok(_) => return false,
                Err(now) => state = now,
            }
        }
    }
}

enum Arrived {
    Last,
    Waiting(u64),
    Cancelled,
}

/// Runs `work(0)`, `work(1)`, … `work(threads - 1)` on `threads` threads that start at the same
/// moment, and returns what each returned, in order. They meet by [spinning](Meeting::spin),
/// not at a `Barrier`: a thread woken from a `Barrier` starts a little late, and short runs
/// would then never overlap.
pub fn on_threads<T: Send>(threads: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    timed_on_threads(threads, work).1
}

/// [`on_threads`], and how long it took from the moment they all started until the last one
/// finished: the work's time without the threads' start-up (what a benchmark wants).
pub fn timed_on_threads<T: Send>(
    threads: usize,
    work: impl Fn(usize) -> T + Sync,
) -> (Duration, Vec<T>) {
    let start = Meeting::new(threads);
    let (start, work) = (&start, &work);
    let ran: Vec<(Instant, Instant, T)> = thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|index| {
                s.spawn(move || {
                    start.spin();
                    let began = Instant::now();
                    let value = work(index);
                    (began, Instant::now(), value)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let began = ran.iter().map(|r| r.0).min();
    let ended = ran.iter().map(|r| r.1).max();
    let took = match (began, ended) {
        (Some(began), Some(ended)) => ended.duration_since(began),
        _ => Duration::ZERO,
    };
    (took, ran.into_iter().map(|r| r.2).collect())
}

/// Polls `condition` until it is true (returns true) or `bound` has passed (returns false).
///
/// It spins first, for a condition another thread makes true within microseconds, yielding now
/// and then for a busy machine; after 50 µs it sleeps between polls, up to a millisecond, for
/// one that takes longer.
#[must_use = "false means the condition never held: say so"]
pub fn wait_until(bound: Duration, mut condition: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    let mut nap = Duration::from_micros(10);
    for spins in 0u32.. {
        if condition() {
            return true;
        }
        let waited = start.elapsed();
        if waited >= bound {
            return false;
        }
        if waited < Duration::from_micros(50) {
            pause(spins);
        } else {
            thread::sleep(nap.min(bound - waited));
            nap = (nap * 2).min(Duration::from_millis(1));
        }
    }
    condition()
}

/// One turn of a spin loop, yielding the core now and then (it may be the one the awaited
/// thread needs).
fn pause(spins: u32) {
    if spins % 256 == 255 {
        thread::yield_now();
    } else {
        std::hint::spin_loop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meeting_is_reusable_and_counts_no_one_who_gave_up() {
        let meeting = Meeting::new(2);
        assert!(!meeting.wait(Duration::from_millis(1)), "alone");
        // The one who gave up is not counted: two more make the round, not one.
        for _ in 0..100 {
            thread::scope(|s| {
                s.spawn(|| assert!(meeting.spin()));
                assert!(meeting.wait(Duration::from_secs(10)));
            });
        }
    }

    #[test]
    fn cancelled_meetings_release_everyone() {
        let meeting = Meeting::new(3);
        thread::scope(|s| {
            let spinner = s.spawn(|| meeting.spin());
            let sleeper = s.spawn(|| meeting.wait(Duration::from_secs(30)));
            assert!(wait_until(Duration::from_secs(10), || {
                meeting.state.load(Ordering::SeqCst) & WAITING == 2
            }));
            meeting.cancel();
            assert!(!spinner.join().unwrap());
            assert!(!sleeper.join().unwrap());
        });
        assert!(!meeting.spin(), "later waits return at once");
    }

    #[test]
    fn on_threads_keeps_the_order_and_starts_them_together() {
        let inside = AtomicUsize::new(0);
        let (took, values) = timed_on_threads(3, |i| {
            inside.fetch_add(1, Ordering::SeqCst);
            i * 10
        });
        assert_eq!(values, [0, 10, 20]);
        assert_eq!(inside.load(Ordering::SeqCst), 3);
        assert!(took < Duration::from_secs(10));
    }

    #[test]
    fn wait_until_gives_up_after_its_bound() {
        let (held, took) = crate::timed(|| wait_until(Duration::from_millis(20), || false));
        assert!(!held);
        assert!(took >= Duration::from_millis(20), "{took:?}");
        let mut polls = 0;
        assert!(wait_until(Duration::from_secs(1), || {
            polls += 1;
            polls == 3
        }));
    }
}
