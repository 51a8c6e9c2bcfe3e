//! Lesson 12: I/O-bound work: how many downloads at once, and the first answer.

use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;

use crate::model::sync::atomic::AtomicUsize;
use crate::model::sync::mpsc;
use crate::model::thread;
use crate::println;

// ANCHOR: thread_per_download
fn thread_per_download() {
    let now = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for _url in ["a", "b", "c"] {
        let now = Arc::clone(&now);
        handles.push(thread::spawn(move || {
            let running = now.fetch_add(1, Relaxed) + 1; // the download starts
            now.fetch_sub(1, Relaxed); // and ends
            running
        }));
    }
    let peak = handles.into_iter().map(|h| h.join().unwrap()).max();
    println!("peak {}", peak.unwrap());
}
// ANCHOR_END: thread_per_download

// ANCHOR: two_workers
fn two_workers() {
    let now = Arc::new(AtomicUsize::new(0));
    let download = |now: &AtomicUsize| {
        let running = now.fetch_add(1, Relaxed) + 1; // the download starts
        now.fetch_sub(1, Relaxed); // and ends
        running
    };
    let first = {
        let now = Arc::clone(&now);
        thread::spawn(move || download(&now).max(download(&now))) // a, then b
    };
    let second = {
        let now = Arc::clone(&now);
        thread::spawn(move || download(&now)) // c
    };
    let peak = first.join().unwrap().max(second.join().unwrap());
    println!("peak {peak}");
}
// ANCHOR_END: two_workers

// ANCHOR: first_mirror
fn first_mirror() {
    let (tx, rx) = mpsc::channel();
    for mirror in ["a", "b"] {
        let tx = tx.clone();
        thread::spawn(move || {
            let _ = tx.send(format!("file from {mirror}"));
        });
    }
    println!("{}", rx.recv().unwrap());
}
// ANCHOR_END: first_mirror

crate::programs! { fn thread_per_download, fn two_workers, fn first_mirror }
