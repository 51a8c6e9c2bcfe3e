//! Lesson 04: background threads and program exit (Python's daemon threads).
//!
//! Rust has no daemon flag. A thread nobody joins is killed when `main` returns, like a Python
//! daemon thread; a thread you want finished, you join (Python joins its non-daemon threads for
//! you at exit). `std::process::exit` ends every thread at once and runs no destructors.
//! [`Worker`] is a background thread that stops cleanly when it is dropped.
//!
//! Each of the three endings needs a process of its own: [`support`] runs this lesson's binary
//! again as a child for each one and reads what it printed.

pub mod support;
mod timer;
mod worker;

pub use timer::{Timer, work_until_ctrl_c};
pub use worker::{Late, Worker};

use std::io::{self, BufWriter, Write};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

// ANCHOR: cleanup
/// Prints `cleanup: <who>` when dropped, so the output shows which destructors ran.
pub struct Cleanup(pub &'static str);

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup: {}", self.0);
    }
}
// ANCHOR_END: cleanup

// ANCHOR: background
/// Seed 000's `some_task`: prints `rounds` lines, sleeping `pause` after each, and reports each
/// round on `progress` (so `main` can wait for round 2 instead of guessing with a sleep).
pub fn background(rounds: u32, pause: Duration, progress: mpsc::Sender<u32>) {
    let _cleanup = Cleanup("background thread");
    for round in 1..=rounds {
        println!("background: round {round} of {rounds}");
        let _ = progress.send(round);
        timing::sleep(pause);
    }
    println!("background: finished");
}
// ANCHOR_END: background

// ANCHOR: detached
/// `daemon=True`: start the thread, drop its handle, and return from `main` after round 2.
pub fn return_without_join(rounds: u32, pause: Duration) {
    let _cleanup = Cleanup("main");
    let (progress, reached) = mpsc::channel();
    thread::spawn(move || background(rounds, pause, progress)); // handle dropped: detached
    let _ = reached.iter().find(|&round| round == 2); // the seed's time.sleep(2), made exact
    println!("main: returning without join");
} // `cleanup: main` prints here; then the process exits, and the background thread with it
// ANCHOR_END: detached

// ANCHOR: joined
/// `daemon=False`, by hand: keep the handle and join it before `main` returns.
pub fn join_before_returning(rounds: u32, pause: Duration) {
    let _cleanup = Cleanup("main");
    let (progress, reached) = mpsc::channel();
    let handle = thread::spawn(move || background(rounds, pause, progress));
    let _ = reached.iter().find(|&round| round == 2);
    println!("main: joining the background thread");
    handle.join().expect("the background thread does not panic");
    println!("main: returning after join");
}
// ANCHOR_END: joined

// ANCHOR: exit
/// `std::process::exit` midway: the process ends now, and no destructor runs on any thread.
pub fn exit_midway(rounds: u32, pause: Duration) -> ! {
    let _cleanup = Cleanup("main"); // never prints
    let mut report = BufWriter::new(io::stdout());
    writeln!(report, "main: a line waiting in a BufWriter").expect("a write to memory");
    let (progress, reached) = mpsc::channel();
    thread::spawn(move || background(rounds, pause, progress));
    let _ = reached.iter().find(|&round| round == 2);
    println!("main: calling process::exit(0)");
    print!("main: no newline yet"); // in std's own stdout buffer, which `exit` flushes
    std::process::exit(0);
}
// ANCHOR_END: exit
