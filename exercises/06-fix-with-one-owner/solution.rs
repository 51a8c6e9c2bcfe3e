//! Exercise 06-fix-with-one-owner: seed 003's lost update; fix it by giving the data one
//! owner that the tasks send requests to. `cargo run -p practice -- check 06-fix-with-one-owner`
//! checks it.

#[allow(unused_imports)] // the stub shares the data behind a Mutex; the owner needs none
use std::sync::{Mutex, mpsc};
use std::thread;

mod given;
pub use given::{Data, on_threads};

/// Seed 003's program: `tasks` threads that each add one to `val` once, with `pause` between
/// each read and its write. Returns the final `val`.
pub fn run_tasks(tasks: usize, pause: impl Fn() + Sync) -> usize {
    // ANSWER: run-tasks
    let (requests, inbox) = mpsc::channel::<usize>();
    thread::scope(|s| {
        let owner = thread::Builder::new()
            .name("owner".to_string())
            .spawn_scoped(s, || {
                let mut data = Data::default(); // only this thread ever sees it: no lock
                for _n in inbox {
                    data.update(&pause);
                }
                data.val // the loop ends once every Sender is dropped
            })
            .expect("the OS could not start a thread");
        on_threads(tasks, |n| requests.send(n).unwrap());
        drop(requests); // the last Sender: the owner's loop ends when the inbox is empty
        owner.join().unwrap()
    })
    // ANSWER_END: run-tasks
}
