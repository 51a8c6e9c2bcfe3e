//! Lesson 03: join.

use std::sync::Arc;
use std::time::Duration;

use crate::model::sync::Mutex;
use crate::model::thread;
use crate::println;

// ANCHOR: join_order
fn join_order() {
    let slow = thread::spawn(|| {
        thread::sleep(Duration::from_millis(200));
        println!("slow done");
    });
    let fast = thread::spawn(|| println!("fast done"));
    slow.join().unwrap();
    println!("joined slow");
    fast.join().unwrap();
    println!("joined fast");
}
// ANCHOR_END: join_order

// ANCHOR: forgot_join
fn forgot_join() {
    let total = Arc::new(Mutex::new(0));
    for _ in 0..2 {
        let total = Arc::clone(&total);
        thread::spawn(move || *total.lock().unwrap() += 1);
    }
    println!("{}", total.lock().unwrap());
}
// ANCHOR_END: forgot_join

// ANCHOR: join_them
fn join_them() {
    let total = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let total = Arc::clone(&total);
        handles.push(thread::spawn(move || *total.lock().unwrap() += 1));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", total.lock().unwrap());
}
// ANCHOR_END: join_them

// ANCHOR: sleep_instead
fn sleep_instead() {
    let total = Arc::new(Mutex::new(0));
    for _ in 0..2 {
        let total = Arc::clone(&total);
        thread::spawn(move || *total.lock().unwrap() += 1);
    }
    thread::sleep(Duration::from_millis(100));
    println!("{}", total.lock().unwrap());
}
// ANCHOR_END: sleep_instead

// ANCHOR: join_the_last
fn join_the_last() {
    let total = Arc::new(Mutex::new(0));
    let mut last = None;
    for _ in 0..2 {
        let total = Arc::clone(&total);
        last = Some(thread::spawn(move || *total.lock().unwrap() += 1));
    }
    last.unwrap().join().unwrap();
    println!("{}", total.lock().unwrap());
}
// ANCHOR_END: join_the_last

crate::programs! {
    fn join_order, fn forgot_join, fn join_them, fn sleep_instead, fn join_the_last,
}
