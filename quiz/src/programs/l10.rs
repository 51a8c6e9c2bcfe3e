//! Lesson 10: a simulated GIL: a lock every "bytecode" takes, released between them.

use std::sync::Arc;
use std::time::Duration;

use crate::model::sync::Mutex;
use crate::model::thread;
use crate::println;

// ANCHOR: gil_between_bytecodes
fn gil_between_bytecodes() {
    let gil = Arc::new(Mutex::new(0)); // the GIL and the memory it guards
    let mut handles = Vec::new();
    for _ in 0..2 {
        let gil = Arc::clone(&gil);
        handles.push(thread::spawn(move || {
            let seen = *gil.lock().unwrap(); // LOAD: one bytecode
            *gil.lock().unwrap() = seen + 1; // STORE: another
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", gil.lock().unwrap());
}
// ANCHOR_END: gil_between_bytecodes

// ANCHOR: sleep_holding_the_gil
fn sleep_holding_the_gil() {
    let gil = Arc::new(Mutex::new(()));
    let io = {
        let gil = Arc::clone(&gil);
        thread::spawn(move || {
            let _held = gil.lock().unwrap();
            println!("t1: I/O starts");
            thread::sleep(Duration::from_millis(100));
            println!("t1: I/O ends");
        })
    };
    let held = gil.lock().unwrap();
    println!("main runs");
    drop(held);
    io.join().unwrap();
}
// ANCHOR_END: sleep_holding_the_gil

// ANCHOR: release_around_io
fn release_around_io() {
    let gil = Arc::new(Mutex::new(()));
    let io = {
        let gil = Arc::clone(&gil);
        thread::spawn(move || {
            let held = gil.lock().unwrap();
            println!("t1: I/O starts");
            drop(held); // released around the blocking call
            thread::sleep(Duration::from_millis(100));
            let _held = gil.lock().unwrap();
            println!("t1: I/O ends");
        })
    };
    let held = gil.lock().unwrap();
    println!("main runs");
    drop(held);
    io.join().unwrap();
}
// ANCHOR_END: release_around_io

crate::programs! { fn gil_between_bytecodes, fn sleep_holding_the_gil, fn release_around_io }
