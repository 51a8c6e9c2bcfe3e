//! A typical wrong answer to 02-sleeper-args (the graders must reject it): it calls `sleeper`
//! on the caller's thread, as Python's `Thread(target=sleeper(3, 'thread1'))` does, and hands
//! the new thread only the result.

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
    let lines = sleeper(n, name); // runs here, now: the caller waits the whole sleep
    thread::Builder::new()
        .name(name.to_string())
        .spawn(move || lines)
        .expect("the OS could not start a thread")
}
