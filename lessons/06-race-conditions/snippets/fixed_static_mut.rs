// ANCHOR: program
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

static STATE: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let handle = std::thread::spawn(|| STATE.fetch_add(1, Relaxed));
    STATE.fetch_add(1, Relaxed);
    handle.join().unwrap();
    assert_eq!(STATE.load(Relaxed), 2);
}
// ANCHOR_END: program
