//! Lesson 01: the main thread, and the first thread beside it.

use crate::model::thread;
use crate::println;

// ANCHOR: before_and_after
fn before_and_after() {
    println!("main: before");
    let handle = thread::spawn(|| println!("t1: hello"));
    println!("main: after spawn");
    handle.join().unwrap();
    println!("main: after join");
}
// ANCHOR_END: before_and_after

// ANCHOR: names
fn names() {
    let worker = thread::Builder::new()
        .name("worker".to_string())
        .spawn(|| println!("{:?}", thread::current().name()))
        .unwrap();
    let plain = thread::spawn(|| println!("{:?}", thread::current().name()));
    println!("{:?}", thread::current().name());
    worker.join().unwrap();
    plain.join().unwrap();
}
// ANCHOR_END: names

// ANCHOR: panic_in_worker
fn panic_in_worker() {
    let worker = thread::Builder::new()
        .name("worker".to_string())
        .spawn(|| {
            println!("working");
            panic!("boom");
        })
        .unwrap();
    match worker.join() {
        Ok(()) => println!("finished"),
        Err(_) => println!("worker panicked"),
    }
    println!("main goes on");
}
// ANCHOR_END: panic_in_worker

crate::programs! { fn before_and_after, fn names, fn panic_in_worker }
