//! Lesson 11: what threads share, what a child process would get a copy of, and failures.

use std::sync::Arc;

use crate::model::sync::Mutex;
use crate::model::thread;
use crate::println;

// ANCHOR: copy_or_share
fn copy_or_share() {
    let shared = Arc::new(Mutex::new(vec![1]));
    let copy = shared.lock().unwrap().clone(); // what a child process would start from
    let child = {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let mut copy = copy;
            copy.push(2);
            shared.lock().unwrap().push(3);
        })
    };
    child.join().unwrap();
    println!("{:?}", shared.lock().unwrap());
}
// ANCHOR_END: copy_or_share

// ANCHOR: panic_holding_a_lock
fn panic_holding_a_lock() {
    let data = Arc::new(Mutex::new(0));
    let worker = {
        let data = Arc::clone(&data);
        thread::spawn(move || {
            let mut n = data.lock().unwrap();
            *n += 1;
            panic!("worker failed");
        })
    };
    println!("worker ok: {}", worker.join().is_ok());
    match data.lock() {
        Ok(n) => println!("value {}", *n),
        Err(poisoned) => println!("poisoned, value {}", *poisoned.into_inner()),
    }
}
// ANCHOR_END: panic_holding_a_lock

// ANCHOR: scope_with_a_panic
fn scope_with_a_panic() {
    let total = Mutex::new(0);
    thread::scope(|s| {
        s.spawn(|| *total.lock().unwrap() += 1);
        s.spawn(|| panic!("bad input"));
    });
    println!("total {}", total.lock().unwrap());
}
// ANCHOR_END: scope_with_a_panic

crate::programs! { fn copy_or_share, fn panic_holding_a_lock, fn scope_with_a_panic }
