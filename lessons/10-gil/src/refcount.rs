//! Reference counting: `sys.getrefcount` next to `Rc::strong_count` and `Arc::strong_count`.

use std::rc::Rc;
use std::sync::{Arc, Barrier};
use std::thread;

// ANCHOR: counts
/// What `Rc::strong_count` says at each line of seed 001's `a = []; b = a; sys.getrefcount(a)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefCounts {
    /// After `a = []`: 1 (Python's `sys.getrefcount(a)` prints 2).
    pub alone: usize,
    /// After `b = a`: 2 (Python prints 3).
    pub shared: usize,
    /// After `del b`: 1 again.
    pub after_drop: usize,
}

/// Seed 001's reference-counting cell, with `Rc`.
///
/// ```
/// let counts = gil::rc_counts();
/// assert_eq!((counts.alone, counts.shared, counts.after_drop), (1, 2, 1));
/// ```
pub fn rc_counts() -> RefCounts {
    let a = Rc::new(Vec::<i32>::new()); // a = []
    let alone = Rc::strong_count(&a); // borrows `a`: no new reference is made
    let b = Rc::clone(&a); // b = a
    let shared = Rc::strong_count(&a);
    drop(b); // del b
    RefCounts {
        alone,
        shared,
        after_drop: Rc::strong_count(&a),
    }
}
// ANCHOR_END: counts

// ANCHOR: getrefcount
/// Counts references the way `sys.getrefcount(x)` does: the argument is itself a new reference,
/// held for as long as the call runs, so the answer is one more than the caller's count.
///
/// ```
/// use std::rc::Rc;
/// let lst = Rc::new(Vec::<i32>::new());
/// assert_eq!(Rc::strong_count(&lst), 1);
/// assert_eq!(gil::getrefcount(Rc::clone(&lst)), 2); // like Python's `sys.getrefcount(lst)`
/// assert_eq!(Rc::strong_count(&lst), 1); // the argument was dropped when the call returned
/// ```
pub fn getrefcount<T>(object: Rc<T>) -> usize {
    Rc::strong_count(&object)
}
// ANCHOR_END: getrefcount

// ANCHOR: not_send
/// Shares one list with `threads` spawned threads through `Arc`, and returns its strong count
/// while every thread holds its clone, then after they have all finished.
///
/// `Rc` could not do this: its count is a plain integer, and two threads changing it at once
/// could lose an update, the very race CPython's GIL exists to prevent. `Rc` is therefore not
/// `Send`, and the compiler refuses to move one into a thread:
///
/// ```compile_fail,E0277
/// use std::rc::Rc;
/// let list = Rc::new(vec![1, 2, 3]);
/// let alias = Rc::clone(&list);
/// std::thread::spawn(move || println!("{alias:?}"));
/// ```
///
/// `Arc` ("atomically reference counted") changes its count with atomic instructions, so it is
/// `Send` and `Sync` when what it holds is:
///
/// ```
/// assert_eq!(gil::arc_count_across_threads(3), (4, 1));
/// ```
pub fn arc_count_across_threads(threads: usize) -> (usize, usize) {
    let list = Arc::new(vec![1, 2, 3]);
    let all_hold = Arc::new(Barrier::new(threads + 1));
    let may_finish = Arc::new(Barrier::new(threads + 1));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let mine = Arc::clone(&list);
            let (all_hold, may_finish) = (Arc::clone(&all_hold), Arc::clone(&may_finish));
            thread::spawn(move || {
                all_hold.wait();
                may_finish.wait();
                mine.len() // `mine` is dropped here, when the thread ends
            })
        })
        .collect();
    all_hold.wait(); // every thread now holds its clone
    let during = Arc::strong_count(&list);
    may_finish.wait();
    for handle in handles {
        handle.join().expect("the thread does not panic");
    }
    (during, Arc::strong_count(&list))
}
// ANCHOR_END: not_send
