//! `fetch_add` as a ticket dispenser, beside lesson 06's load-then-store.

use crate::sync::AtomicUsize;
use crate::sync::Ordering::Relaxed;

// ANCHOR: take_ticket
/// Hands out the next number. `fetch_add` returns the value from *before* the add, and nothing
/// can come between its read and its write, so no two callers ever get the same number.
pub fn take_ticket(next: &AtomicUsize) -> usize {
    next.fetch_add(1, Relaxed)
}
// ANCHOR_END: take_ticket

// ANCHOR: take_ticket_split
/// Lesson 06's lost update, seen from the caller's side: two threads that both `load` before
/// either `store`s get the *same* ticket. `between` runs between the two steps.
pub fn take_ticket_split(next: &AtomicUsize, between: impl FnOnce()) -> usize {
    let mine = next.load(Relaxed);
    between();
    next.store(mine + 1, Relaxed);
    mine
}
// ANCHOR_END: take_ticket_split
