//! Seed 003's `Data.update` without a lock: a compare-and-swap retry loop.

use crate::sync::AtomicUsize;
use crate::sync::Ordering::Relaxed;

// ANCHOR: update
/// Seed 003's `Data.update` as a compare-and-swap loop: read `val`, run `between` (the seed's
/// slow part), then write `val + 1` *only if `val` still holds what was read*. If another thread
/// wrote first, start again from the value it wrote. Returns how many times it started again.
pub fn update(val: &AtomicUsize, mut between: impl FnMut()) -> usize {
    let mut local_val = val.load(Relaxed);
    let mut retries = 0;
    loop {
        between();
        match val.compare_exchange(local_val, local_val + 1, Relaxed, Relaxed) {
            Ok(_) => return retries,
            Err(newer) => {
                local_val = newer; // someone else wrote: redo the work from their value
                retries += 1;
            }
        }
    }
}
// ANCHOR_END: update
