//! Lesson 07: Condvar, Barrier, OnceLock.

use std::sync::Arc;

use crate::model::sync::{Barrier, Condvar, Mutex, OnceLock};
use crate::model::thread;
use crate::println;

// ANCHOR: wait_without_checking
fn wait_without_checking() {
    let ready = Arc::new(Mutex::new(false));
    let cvar = Arc::new(Condvar::new());
    let waiter = {
        let (ready, cvar) = (Arc::clone(&ready), Arc::clone(&cvar));
        thread::spawn(move || {
            let guard = ready.lock().unwrap();
            let _guard = cvar.wait(guard).unwrap();
            println!("woken");
        })
    };
    *ready.lock().unwrap() = true;
    cvar.notify_one();
    waiter.join().unwrap();
    println!("done");
}
// ANCHOR_END: wait_without_checking

// ANCHOR: wait_while_not_ready
fn wait_while_not_ready() {
    let ready = Arc::new(Mutex::new(false));
    let cvar = Arc::new(Condvar::new());
    let waiter = {
        let (ready, cvar) = (Arc::clone(&ready), Arc::clone(&cvar));
        thread::spawn(move || {
            let guard = ready.lock().unwrap();
            let _guard = cvar.wait_while(guard, |ready| !*ready).unwrap();
            println!("woken");
        })
    };
    *ready.lock().unwrap() = true;
    cvar.notify_one();
    waiter.join().unwrap();
    println!("done");
}
// ANCHOR_END: wait_while_not_ready

// ANCHOR: notify_all_instead
fn notify_all_instead() {
    let ready = Arc::new(Mutex::new(false));
    let cvar = Arc::new(Condvar::new());
    let waiter = {
        let (ready, cvar) = (Arc::clone(&ready), Arc::clone(&cvar));
        thread::spawn(move || {
            let guard = ready.lock().unwrap();
            let _guard = cvar.wait(guard).unwrap();
            println!("woken");
        })
    };
    *ready.lock().unwrap() = true;
    cvar.notify_all();
    waiter.join().unwrap();
    println!("done");
}
// ANCHOR_END: notify_all_instead

// ANCHOR: notify_under_the_lock
fn notify_under_the_lock() {
    let ready = Arc::new(Mutex::new(false));
    let cvar = Arc::new(Condvar::new());
    let waiter = {
        let (ready, cvar) = (Arc::clone(&ready), Arc::clone(&cvar));
        thread::spawn(move || {
            let guard = ready.lock().unwrap();
            let _guard = cvar.wait(guard).unwrap();
            println!("woken");
        })
    };
    let mut guard = ready.lock().unwrap();
    *guard = true;
    cvar.notify_one();
    drop(guard);
    waiter.join().unwrap();
    println!("done");
}
// ANCHOR_END: notify_under_the_lock

// ANCHOR: barrier_leader
fn barrier_leader() {
    let barrier = Arc::new(Barrier::new(2));
    let other = {
        let barrier = Arc::clone(&barrier);
        thread::spawn(move || {
            println!("t1 arrives");
            if barrier.wait().is_leader() {
                println!("t1 leads");
            }
        })
    };
    println!("main arrives");
    if barrier.wait().is_leader() {
        println!("main leads");
    }
    other.join().unwrap();
}
// ANCHOR_END: barrier_leader

// ANCHOR: once_init
fn once_init() {
    let config = Arc::new(OnceLock::new());
    let other = {
        let config = Arc::clone(&config);
        thread::spawn(move || {
            let value = config.get_or_init(|| 1);
            println!("t1 sees {value}");
        })
    };
    let value = config.get_or_init(|| 2);
    println!("main sees {value}");
    other.join().unwrap();
}
// ANCHOR_END: once_init

crate::programs! {
    fn wait_without_checking, fn wait_while_not_ready, fn notify_all_instead,
    fn notify_under_the_lock, fn barrier_leader, fn once_init,
}
