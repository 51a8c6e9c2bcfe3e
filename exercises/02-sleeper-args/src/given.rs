//! Given: leave this file as it is. Seed 002's `sleeper`.

use std::thread;
use std::time::Duration;

/// Seed 002's `sleeper(n, name)`: says who it is and which thread runs it, sleeps `n` (one span
/// of the chart), and returns the two lines it printed.
pub fn sleeper(n: Duration, name: &str) -> Vec<String> {
    let on = thread::current().name().unwrap_or("<unnamed>").to_string();
    let going = format!("I am {name}, on thread {on}. Going to sleep for {n:?}");
    println!("{going}");
    timing::span(format!("sleeper {name}"), || thread::sleep(n));
    let woken = format!("{name} has woken up from sleep");
    println!("{woken}");
    vec![going, woken]
}
