//! Lesson 14: atomics and memory orderings.

use std::sync::Arc;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release, SeqCst};

use crate::model::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize};
use crate::model::thread;
use crate::println;

// ANCHOR: relaxed_publish
fn relaxed_publish() {
    let data = Arc::new(AtomicU64::new(0));
    let ready = Arc::new(AtomicBool::new(false));
    let writer = {
        let (data, ready) = (Arc::clone(&data), Arc::clone(&ready));
        thread::spawn(move || {
            data.store(42, Relaxed);
            ready.store(true, Relaxed);
        })
    };
    if ready.load(Relaxed) {
        println!("{}", data.load(Relaxed));
    } else {
        println!("not ready");
    }
    writer.join().unwrap();
}
// ANCHOR_END: relaxed_publish

// ANCHOR: release_acquire
fn release_acquire() {
    let data = Arc::new(AtomicU64::new(0));
    let ready = Arc::new(AtomicBool::new(false));
    let writer = {
        let (data, ready) = (Arc::clone(&data), Arc::clone(&ready));
        thread::spawn(move || {
            data.store(42, Relaxed);
            ready.store(true, Release);
        })
    };
    if ready.load(Acquire) {
        println!("{}", data.load(Relaxed));
    } else {
        println!("not ready");
    }
    writer.join().unwrap();
}
// ANCHOR_END: release_acquire

// ANCHOR: release_only
fn release_only() {
    let data = Arc::new(AtomicU64::new(0));
    let ready = Arc::new(AtomicBool::new(false));
    let writer = {
        let (data, ready) = (Arc::clone(&data), Arc::clone(&ready));
        thread::spawn(move || {
            data.store(42, Relaxed);
            ready.store(true, Release);
        })
    };
    if ready.load(Relaxed) {
        println!("{}", data.load(Relaxed));
    } else {
        println!("not ready");
    }
    writer.join().unwrap();
}
// ANCHOR_END: release_only

// ANCHOR: flag_first
fn flag_first() {
    let data = Arc::new(AtomicU64::new(0));
    let ready = Arc::new(AtomicBool::new(false));
    let writer = {
        let (data, ready) = (Arc::clone(&data), Arc::clone(&ready));
        thread::spawn(move || {
            ready.store(true, Release);
            data.store(42, Release);
        })
    };
    if ready.load(Acquire) {
        println!("{}", data.load(Acquire));
    } else {
        println!("not ready");
    }
    writer.join().unwrap();
}
// ANCHOR_END: flag_first

// ANCHOR: store_buffer
fn store_buffer() {
    let x = Arc::new(AtomicBool::new(false));
    let y = Arc::new(AtomicBool::new(false));
    let other = {
        let (x, y) = (Arc::clone(&x), Arc::clone(&y));
        thread::spawn(move || {
            x.store(true, Release);
            y.load(Acquire)
        })
    };
    y.store(true, Release);
    let mine = x.load(Acquire);
    println!("main saw {mine}, t1 saw {}", other.join().unwrap());
}
// ANCHOR_END: store_buffer

// ANCHOR: store_buffer_seq_cst
fn store_buffer_seq_cst() {
    let x = Arc::new(AtomicBool::new(false));
    let y = Arc::new(AtomicBool::new(false));
    let other = {
        let (x, y) = (Arc::clone(&x), Arc::clone(&y));
        thread::spawn(move || {
            x.store(true, SeqCst);
            y.load(SeqCst)
        })
    };
    y.store(true, SeqCst);
    let mine = x.load(SeqCst);
    println!("main saw {mine}, t1 saw {}", other.join().unwrap());
}
// ANCHOR_END: store_buffer_seq_cst

// ANCHOR: tickets
fn tickets() {
    let next = Arc::new(AtomicUsize::new(0));
    let other = {
        let next = Arc::clone(&next);
        thread::spawn(move || next.fetch_add(1, Relaxed))
    };
    let mine = next.fetch_add(1, Relaxed);
    let theirs = other.join().unwrap();
    println!("main {mine}, t1 {theirs}");
}
// ANCHOR_END: tickets

crate::programs! {
    fn relaxed_publish, fn release_acquire, fn release_only, fn flag_first, fn store_buffer,
    fn store_buffer_seq_cst, fn tickets,
}
