//! Lesson 06: race conditions that compile.

use std::sync::Arc;
use std::sync::atomic::Ordering::{Relaxed, SeqCst};
use std::time::Duration;

use crate::model::sync::Mutex;
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

// ANCHOR: locking_twice
fn locking_twice() {
    let count = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let count = Arc::clone(&count);
        handles.push(thread::spawn(move || {
            let seen = *count.lock().unwrap();
            *count.lock().unwrap() = seen + 1;
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", count.lock().unwrap());
}
// ANCHOR_END: locking_twice

// ANCHOR: holding_the_guard
fn holding_the_guard() {
    let count = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let count = Arc::clone(&count);
        handles.push(thread::spawn(move || {
            let mut guard = count.lock().unwrap();
            let seen = *guard;
            *guard = seen + 1;
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", count.lock().unwrap());
}
// ANCHOR_END: holding_the_guard

// ANCHOR: sleep_between
fn sleep_between() {
    let count = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let count = Arc::clone(&count);
        handles.push(thread::spawn(move || {
            let seen = *count.lock().unwrap();
            thread::sleep(Duration::from_millis(1));
            *count.lock().unwrap() = seen + 1;
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", count.lock().unwrap());
}
// ANCHOR_END: sleep_between

// ANCHOR: fetch_add
fn fetch_add() {
    let count = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let count = Arc::clone(&count);
        handles.push(thread::spawn(move || {
            count.fetch_add(1, Relaxed);
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", count.load(Relaxed));
}
// ANCHOR_END: fetch_add

// ANCHOR: seq_cst_load_store
fn seq_cst_load_store() {
    let count = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let count = Arc::clone(&count);
        handles.push(thread::spawn(move || {
            let seen = count.load(SeqCst);
            count.store(seen + 1, SeqCst);
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", count.load(SeqCst));
}
// ANCHOR_END: seq_cst_load_store

// ANCHOR: fresh_lock
fn fresh_lock() {
    let count = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let count = Arc::clone(&count);
        handles.push(thread::spawn(move || {
            let lock = Mutex::new(());
            let _guard = lock.lock().unwrap();
            let seen = count.load(SeqCst);
            count.store(seen + 1, SeqCst);
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{}", count.load(SeqCst));
}
// ANCHOR_END: fresh_lock

crate::programs! {
    fn load_then_store, fn locking_twice, fn holding_the_guard, fn sleep_between, fn fetch_add,
    fn seq_cst_load_store, fn fresh_lock,
}
