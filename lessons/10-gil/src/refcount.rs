//! Reference counting: `sys.getrefcount` next to `Rc::strong_count` and `Arc::strong_count`.

use std::rc::Rc;
use std::sync::{Arc, Barrier};
use std::thread;

// ANCHOR: counts
/// Seed 001's `a = []; b = a; sys.getrefcount(a)` with `Rc`: the count alone, after `b = a`,
/// and after `del b`. Python prints one more each time (2, 3, 2).
pub fn rc_counts() -> (usize, usize, usize) {
    let a = Rc::new(Vec::<i32>::new()); // a = []
    let alone = Rc::strong_count(&a); // borrows `a`: no new reference is made
    let b = Rc::clone(&a); // b = a
    let shared = Rc::strong_count(&a);
    drop(b); // del b
    (alone, shared, Rc::strong_count(&a))
}
// ANCHOR_END: counts

// ANCHOR: getrefcount
/// Counts references the way `sys.getrefcount(x)` does: the argument is itself a new reference,
/// held for as long as the call runs, so the answer is one more than the caller's count:
/// `getrefcount(Rc::clone(&lst))` says 2 where `Rc::strong_count(&lst)` says 1.
pub fn getrefcount<T>(object: Rc<T>) -> usize {
    Rc::strong_count(&object)
}
// ANCHOR_END: getrefcount

// ANCHOR: arc
/// `threads` threads each hold a clone of one `Arc`'d list. Returns its strong count while they
/// all hold theirs, and after they have finished: `(threads + 1, 1)`.
pub fn arc_count_across_threads(threads: usize) -> (usize, usize) {
    let list = Arc::new(vec![1, 2, 3]);
    let (all_hold, may_finish) = (Barrier::new(threads + 1), Barrier::new(threads + 1));
    let during = thread::scope(|s| {
        for _ in 0..threads {
            let mine = Arc::clone(&list); // count + 1, atomically
            let (all_hold, may_finish) = (&all_hold, &may_finish);
            s.spawn(move || {
                all_hold.wait();
                may_finish.wait();
                drop(mine); // count - 1, atomically
            });
        }
        all_hold.wait(); // every thread now holds its clone
        let during = Arc::strong_count(&list);
        may_finish.wait();
        during
    });
    (during, Arc::strong_count(&list))
}
// ANCHOR_END: arc
