//! Lesson 09: deadlocks.

use std::sync::Arc;
use std::time::Duration;

use crate::model::sync::{Mutex, mpsc};
use crate::model::thread;
use crate::println;

// ANCHOR: opposite_order
fn opposite_order() {
    let a = Arc::new(Mutex::new(0));
    let b = Arc::new(Mutex::new(0));
    let other = {
        let (a, b) = (Arc::clone(&a), Arc::clone(&b));
        thread::spawn(move || {
            let _a = a.lock().unwrap();
            let _b = b.lock().unwrap();
            println!("t1 has both");
        })
    };
    {
        let _b = b.lock().unwrap();
        let _a = a.lock().unwrap();
        println!("main has both");
    }
    other.join().unwrap();
}
// ANCHOR_END: opposite_order

// ANCHOR: same_order
fn same_order() {
    let a = Arc::new(Mutex::new(0));
    let b = Arc::new(Mutex::new(0));
    let other = {
        let (a, b) = (Arc::clone(&a), Arc::clone(&b));
        thread::spawn(move || {
            let _a = a.lock().unwrap();
            let _b = b.lock().unwrap();
            println!("t1 has both");
        })
    };
    {
        let _a = a.lock().unwrap();
        let _b = b.lock().unwrap();
        println!("main has both");
    }
    other.join().unwrap();
}
// ANCHOR_END: same_order

// ANCHOR: sleep_first
fn sleep_first() {
    let a = Arc::new(Mutex::new(0));
    let b = Arc::new(Mutex::new(0));
    let other = {
        let (a, b) = (Arc::clone(&a), Arc::clone(&b));
        thread::spawn(move || {
            let _a = a.lock().unwrap();
            let _b = b.lock().unwrap();
            println!("t1 has both");
        })
    };
    thread::sleep(Duration::from_millis(100));
    {
        let _b = b.lock().unwrap();
        let _a = a.lock().unwrap();
        println!("main has both");
    }
    other.join().unwrap();
}
// ANCHOR_END: sleep_first

// ANCHOR: one_at_a_time
fn one_at_a_time() {
    let a = Arc::new(Mutex::new(0));
    let b = Arc::new(Mutex::new(0));
    let other = {
        let (a, b) = (Arc::clone(&a), Arc::clone(&b));
        thread::spawn(move || {
            *a.lock().unwrap() += 1;
            *b.lock().unwrap() += 1;
            println!("t1 done");
        })
    };
    *b.lock().unwrap() += 1;
    *a.lock().unwrap() += 1;
    println!("main done");
    other.join().unwrap();
}
// ANCHOR_END: one_at_a_time

// ANCHOR: both_wait_first
fn both_wait_first() {
    let (to_main, from_t1) = mpsc::channel();
    let (to_t1, from_main) = mpsc::channel();
    let other = thread::spawn(move || {
        let n: i32 = from_main.recv().unwrap();
        to_main.send(n + 1).unwrap();
    });
    let n = from_t1.recv().unwrap();
    to_t1.send(n + 1).unwrap();
    other.join().unwrap();
    println!("done");
}
// ANCHOR_END: both_wait_first

crate::programs! {
    fn opposite_order, fn same_order, fn sleep_first, fn one_at_a_time, fn both_wait_first,
}
