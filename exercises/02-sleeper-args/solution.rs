//! Exercise 02-sleeper-args: pass a function's arguments to its thread with a `move` closure.
//! `cargo run -p practice -- check 02-sleeper-args` checks it.

use std::thread::{self, JoinHandle};
use std::time::Duration;

/// Seed 002's `sleeper(n, name)`, given: says who it is and which thread runs it, sleeps `n`
/// (one span of the chart), and returns the two lines it printed.
pub fn sleeper(n: Duration, name: &str) -> Vec<String> {
    let on = thread::current().name().unwrap_or("<unnamed>").to_string();
    let going = format!("I am {name}, on thread {on}. Going to sleep for {n:?}");
    println!("{going}");
    timing::span(format!("sleeper {name}"), || thread::sleep(n));
    let woken = format!("{name} has woken up from sleep");
    println!("{woken}");
    vec![going, woken]
}

/// `threading.Thread(target=sleeper, name=name, args=(n, name)).start()`: starts `sleeper(n,
/// name)` on a new thread called `name` and returns its handle at once.
pub fn spawn_sleeper(n: Duration, name: &str) -> JoinHandle<Vec<String>> {
    // ANSWER: spawn-sleeper
    let name = name.to_string(); // the thread's own copy: it may outlive the caller's `&str`
    thread::Builder::new()
        .name(name.clone())
        .spawn(move || sleeper(n, &name))
        .expect("the OS could not start a thread")
    // ANSWER_END: spawn-sleeper
}
