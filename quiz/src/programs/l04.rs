//! Lesson 04: threads nobody joins, and the end of the process.

use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Duration;

use crate::model::sync::atomic::AtomicBool;
use crate::model::{process, thread};
use crate::println;

// ANCHOR: background_ticks
fn background_ticks() {
    thread::spawn(|| {
        for i in 1..=3 {
            println!("tick {i}");
            thread::sleep(Duration::from_millis(100));
        }
    });
    thread::sleep(Duration::from_millis(150));
    println!("main done");
}
// ANCHOR_END: background_ticks

// ANCHOR: exit_from_a_thread
fn exit_from_a_thread() {
    let worker = thread::spawn(|| {
        println!("worker: exit");
        process::exit(3);
    });
    println!("main: waiting");
    worker.join().unwrap();
    println!("main: joined");
}
// ANCHOR_END: exit_from_a_thread

// ANCHOR: stop_flag
fn stop_flag() {
    let stop = Arc::new(AtomicBool::new(false));
    let worker = {
        let stop = Arc::clone(&stop);
        thread::spawn(move || {
            let mut rounds = 0;
            while !stop.load(Relaxed) && rounds < 2 {
                rounds += 1;
            }
            println!("rounds: {rounds}");
        })
    };
    stop.store(true, Relaxed);
    worker.join().unwrap();
    println!("main done");
}
// ANCHOR_END: stop_flag

crate::programs! { fn background_ticks, fn exit_from_a_thread, fn stop_flag }
