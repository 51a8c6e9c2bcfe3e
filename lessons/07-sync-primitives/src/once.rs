//! `Barrier` (everyone waits for everyone, one leader per round) and `OnceLock`/`LazyLock`
//! (initialise once, whoever comes first).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, LazyLock, Mutex, OnceLock};
use std::thread;
use std::time::Duration;

use timing::Timeline;

// ANCHOR: barrier
/// `threads` threads run `generations` rounds; in each round thread `i` works for `(i + 1) ×
/// step` (scaled) and then waits at a `Barrier` for the others. Returns how many leaders each
/// round had: `wait()` makes exactly one thread per round the leader (Python: the thread whose
/// `barrier.wait()` returns 0, or the one that runs the `action`).
///
/// ```
/// let timeline = timing::Timeline::new();
/// let leaders = sync_primitives::barrier_leaders(3, 2, std::time::Duration::ZERO, &timeline);
/// assert_eq!(leaders, [1, 1]);
/// ```
pub fn barrier_leaders(
    threads: usize,
    generations: usize,
    step: Duration,
    timeline: &Timeline,
) -> Vec<usize> {
    let barrier = Barrier::new(threads);
    let leaders = Mutex::new(vec![0; generations]);
    thread::scope(|s| {
        for i in 0..threads {
            let (barrier, leaders) = (&barrier, &leaders);
            crate::spawn_named(s, format!("t{i}"), move || {
                for round in 0..generations {
                    timeline.record(format!("round {round}"), || {
                        timing::sleep(step * (i as u32 + 1));
                    });
                    if barrier.wait().is_leader() {
                        leaders.lock().unwrap()[round] += 1;
                    }
                }
            });
        }
    });
    leaders.into_inner().unwrap()
}
// ANCHOR_END: barrier

// ANCHOR: once_lock
/// What [`init_once`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InitOnce {
    /// How many times the initialiser ran.
    pub inits: usize,
    /// How many threads got the value back.
    pub got_it: usize,
    /// Whether they all got the very same value (the same address).
    pub all_the_same: bool,
}

/// `threads` threads meet at a barrier and then all call `get_or_init` on one empty `OnceLock`
/// at the same moment; the initialiser takes `work` (scaled). One thread runs it, the others
/// wait for it, and everyone gets the same value.
///
/// ```
/// let seen = sync_primitives::init_once(4, std::time::Duration::from_millis(1));
/// assert_eq!(seen.inits, 1);
/// assert!(seen.all_the_same);
/// ```
pub fn init_once(threads: usize, work: Duration) -> InitOnce {
    let config: OnceLock<String> = OnceLock::new();
    let inits = AtomicUsize::new(0);
    let start = Barrier::new(threads);
    let addresses: Vec<usize> = thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    start.wait();
                    let value = config.get_or_init(|| {
                        inits.fetch_add(1, Ordering::SeqCst);
                        timing::sleep(work); // reading a config file, say
                        "threads = 4".to_string()
                    });
                    value.as_ptr() as usize
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    InitOnce {
        inits: inits.into_inner(),
        got_it: addresses.len(),
        all_the_same: addresses.windows(2).all(|w| w[0] == w[1]),
    }
}
// ANCHOR_END: once_lock

// ANCHOR: lazy_lock
static LAZY_INITS: AtomicUsize = AtomicUsize::new(0);

/// A global computed the first time anyone reads it (Python: a module-level value, computed at
/// import under the import lock).
pub static SETTINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    LAZY_INITS.fetch_add(1, Ordering::SeqCst);
    vec!["workers = 3".to_string(), "timeout = 5 s".to_string()]
});

/// Reads [`SETTINGS`] from `threads` threads at once and returns how many times, in the whole
/// life of this process, its initialiser has run: 1.
///
/// ```
/// assert_eq!(sync_primitives::read_settings_from(4), 1);
/// ```
pub fn read_settings_from(threads: usize) -> usize {
    let start = Barrier::new(threads);
    thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                start.wait();
                assert_eq!(SETTINGS.len(), 2);
            });
        }
    });
    LAZY_INITS.load(Ordering::SeqCst)
}
// ANCHOR_END: lazy_lock
