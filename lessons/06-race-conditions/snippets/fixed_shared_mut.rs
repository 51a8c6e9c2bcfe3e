// ANCHOR: program
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

fn main() {
    let counter = AtomicUsize::new(0);
    std::thread::scope(|s| {
        s.spawn(|| counter.fetch_add(1, Relaxed));
        s.spawn(|| counter.fetch_add(1, Relaxed));
    });
    assert_eq!(counter.into_inner(), 2);
}
// ANCHOR_END: program
