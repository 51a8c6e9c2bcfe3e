//! Lesson 05: pools: results in submission order, as completed, and workers sharing a queue.

use std::sync::Arc;

use crate::model::sync::{Mutex, mpsc};
use crate::model::thread;
use crate::println;

// ANCHOR: map_keeps_order
fn map_keeps_order() {
    let handles: Vec<_> = [3, 1, 2]
        .into_iter()
        .map(|n| {
            thread::spawn(move || {
                println!("computing {n}");
                n * 10
            })
        })
        .collect();
    let results: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{results:?}");
}
// ANCHOR_END: map_keeps_order

// ANCHOR: as_completed
fn as_completed() {
    let (tx, rx) = mpsc::channel();
    for n in [3, 1, 2] {
        let tx = tx.clone();
        thread::spawn(move || tx.send(n * 10).unwrap());
    }
    drop(tx);
    let results: Vec<i32> = rx.iter().collect();
    println!("{results:?}");
}
// ANCHOR_END: as_completed

// ANCHOR: two_workers
fn two_workers() {
    let (tx, rx) = mpsc::channel();
    let rx = Arc::new(Mutex::new(rx));
    let mut workers = Vec::new();
    for id in 1..=2 {
        let rx = Arc::clone(&rx);
        workers.push(thread::spawn(move || {
            loop {
                let job = rx.lock().unwrap().recv();
                let Ok(job) = job else { break };
                println!("worker {id}: job {job}");
            }
        }));
    }
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    drop(tx);
    for worker in workers {
        worker.join().unwrap();
    }
}
// ANCHOR_END: two_workers

crate::programs! { fn map_keeps_order, fn as_completed, fn two_workers }
