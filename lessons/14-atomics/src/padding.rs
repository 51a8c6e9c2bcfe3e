//! False sharing: two counters that no thread shares, on one cache line that both threads do.

use crossbeam::utils::CachePadded;

use crate::sync::AtomicU64;
use crate::sync::Ordering::Relaxed;

// ANCHOR: layouts
/// Two counters side by side: 16 bytes, aligned so that they sit in one 64-byte cache line.
#[derive(Debug, Default)]
#[repr(C, align(64))]
pub struct SameLine {
    /// The first thread's counter.
    pub a: AtomicU64,
    /// The second thread's counter, 8 bytes further on.
    pub b: AtomicU64,
}

/// The same two counters, each padded and aligned to its own cache line (128 bytes on x86-64,
/// where the CPU fetches lines in pairs).
#[derive(Debug, Default)]
pub struct Padded {
    /// The first thread's counter.
    pub a: CachePadded<AtomicU64>,
    /// The second thread's counter, on a line of its own.
    pub b: CachePadded<AtomicU64>,
}
// ANCHOR_END: layouts

// ANCHOR: count_both
/// Two threads, each adding one to *its own* counter `increments` times. Nothing is shared,
/// except the cache line when `a` and `b` sit in the same one.
pub fn count_both(a: &AtomicU64, b: &AtomicU64, increments: u64) {
    std::thread::scope(|s| {
        s.spawn(|| {
            for _ in 0..increments {
                a.fetch_add(1, Relaxed);
            }
        });
        s.spawn(|| {
            for _ in 0..increments {
                b.fetch_add(1, Relaxed);
            }
        });
    });
}
// ANCHOR_END: count_both
