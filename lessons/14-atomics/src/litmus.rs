//! The store-buffer litmus test: where only `SeqCst` will do.
//!
//! Two threads each raise their own flag, then look at the other's. Whichever raises first, the
//! other must see it, so "both saw the other's flag down" should be impossible. With `Release`
//! and `Acquire` it is allowed, and x86 does it; `SeqCst` (or a `SeqCst` fence) forbids it.

use crate::sync::Ordering::{Acquire, Relaxed, Release, SeqCst};
use crate::sync::{AtomicBool, fence};

// ANCHOR: acq_rel
/// Raises `mine`, then reads `theirs`. Release/Acquire order nothing between a store and a
/// *later load of another variable*: both threads may read `false`.
pub fn raise_then_look(mine: &AtomicBool, theirs: &AtomicBool) -> bool {
    mine.store(true, Release);
    theirs.load(Acquire)
}
// ANCHOR_END: acq_rel

// ANCHOR: seq_cst
/// The same with `SeqCst`: all `SeqCst` operations fall in one order every thread agrees on,
/// so whoever raised second sees the first one's flag.
pub fn raise_then_look_seq_cst(mine: &AtomicBool, theirs: &AtomicBool) -> bool {
    mine.store(true, SeqCst);
    theirs.load(SeqCst)
}
// ANCHOR_END: seq_cst

// ANCHOR: fenced
/// The same guarantee from a `SeqCst` fence between the store and the load (the form loom can
/// check: it treats `SeqCst` loads and stores as if they were Acquire/Release).
pub fn raise_then_look_fenced(mine: &AtomicBool, theirs: &AtomicBool) -> bool {
    mine.store(true, Relaxed);
    fence(SeqCst);
    theirs.load(Relaxed)
}
// ANCHOR_END: fenced
