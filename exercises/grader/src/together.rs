//! Threads released together.

use std::sync::Barrier;
use std::thread;

/// Runs `work(n)` on `threads` threads named `task 0`, `task 1`, ..., released together by a
/// barrier (none starts its work before all have started), and waits for them all. A panic in
/// one fails the caller.
pub fn together(threads: usize, work: impl Fn(usize) + Sync) {
    let start = Barrier::new(threads);
    thread::scope(|s| {
        for n in 0..threads {
            let (start, work) = (&start, &work);
            thread::Builder::new()
                .name(format!("task {n}"))
                .spawn_scoped(s, move || {
                    start.wait();
                    work(n);
                })
                .expect("the OS could not start a thread");
        }
    });
}
