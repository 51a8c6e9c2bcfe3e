//! Exercise 06-fix-with-one-owner: seed 003's lost update; fix it by giving the data one
//! owner that the tasks send requests to. `cargo run -p practice -- check 06-fix-with-one-owner`
//! checks it.

// ANSWER: imports
use std::sync::mpsc;
// ANSWER_END: imports
use std::thread;

/// Seed 003's `Data`: one value that threads add one to.
#[derive(Debug, Default)]
pub struct Data {
    /// The seed's `self.val`.
    pub val: usize,
}

impl Data {
    /// Seed 003's `update`: reads `val`, runs `pause` (the seed's `time.sleep(1)`), writes the
    /// value it read plus one. Given.
    pub fn update(&mut self, pause: impl FnOnce()) {
        let local_val = self.val;
        pause();
        self.val = local_val + 1;
    }
}

/// Runs `task(n)` on `tasks` threads named `task 0`, `task 1`, ..., and waits for them all: the
/// seed's `executor.submit(data.update, num)` for `num in range(tasks)`. Given.
pub fn on_threads(tasks: usize, task: impl Fn(usize) + Sync) {
    thread::scope(|s| {
        for n in 0..tasks {
            let task = &task;
            thread::Builder::new()
                .name(format!("task {n}"))
                .spawn_scoped(s, move || task(n))
                .expect("the OS could not start a thread");
        }
    });
}

/// Seed 003's program: `tasks` threads that each add one to `val` once, with `pause` between
/// each read and its write. Returns the final `val`.
// ANSWER: docs-run-tasks
///
/// The owner thread owns the `Data`, so it needs no lock: the tasks send it requests, and it
/// applies them one at a time.
// ANSWER_END: docs-run-tasks
pub fn run_tasks(tasks: usize, pause: impl Fn() + Sync) -> usize {
    // ANSWER: run-tasks
    let (requests, inbox) = mpsc::channel::<usize>();
    thread::scope(|s| {
        let owner = thread::Builder::new()
            .name("owner".to_string())
            .spawn_scoped(s, || {
                let mut data = Data::default(); // only this thread ever sees it
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
