//! Given: leave this file as it is.

use std::thread;

/// Seed 003's `Data`: one value that threads add one to.
#[derive(Debug, Default)]
pub struct Data {
    /// The seed's `self.val`.
    pub val: usize,
}

impl Data {
    /// Seed 003's `update`: reads `val`, runs `pause` (the seed's `time.sleep(1)`), writes the
    /// value it read plus one.
    pub fn update(&mut self, pause: impl FnOnce()) {
        let local_val = self.val;
        pause();
        self.val = local_val + 1;
    }
}

/// Runs `task(n)` on `tasks` threads named `task 0`, `task 1`, ..., and waits for them all: the
/// seed's `executor.submit(data.update, num)` for `num in range(tasks)`.
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
