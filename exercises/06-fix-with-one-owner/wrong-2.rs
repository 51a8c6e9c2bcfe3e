//! A wrong answer for 06-fix-with-one-owner (the graders must reject it): 06-fix-with-a-guard's
//! fix. It loses no update, but every task still touches the data; this exercise asks for one
//! owner.

use std::sync::Mutex;
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
pub fn run_tasks(tasks: usize, pause: impl Fn() + Sync) -> usize {
    let data = Mutex::new(Data::default());
    on_threads(tasks, |_n| data.lock().unwrap().update(&pause));
    data.into_inner().unwrap().val
}
