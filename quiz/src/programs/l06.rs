//! Lesson 06: race conditions.

use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;

use crate::model::sync::atomic::AtomicUsize;
use crate::model::thread;
use crate::println;

// ANCHOR: load_then_store
fn load_then_store() {
    let count = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let count = Arc::clone(&count);
        handles.push(thread::spawn(move || {
            let seen = count.load(Relaxed);
            count.store(seen + 1, Relaxed);
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", count.load(Relaxed));
}
// ANCHOR_END: load_then_store

crate::programs! { fn load_then_store }
