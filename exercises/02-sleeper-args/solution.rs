//! Exercise 02-sleeper-args: pass a function's arguments to its thread with a `move` closure.
//! `cargo run -p practice -- check 02-sleeper-args` checks it.

use std::thread::{self, JoinHandle};
use std::time::Duration;

mod given;
pub use given::sleeper;

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
