//! Many sleepers at once: one OS thread each, or one tokio task each.

use std::io;
use std::thread;
use std::time::Duration;

use tokio::task::JoinSet;

// ANCHOR: threads
/// `n` OS threads that each sleep `pause`, all joined. Returns how many started and, if the
/// OS refused one, its error (no more are started after a refusal).
pub fn sleep_on_threads(n: usize, pause: Duration) -> (usize, Option<io::Error>) {
    let mut handles = Vec::with_capacity(n);
    let mut refused = None;
    for _ in 0..n {
        match thread::Builder::new().spawn(move || thread::sleep(pause)) {
            Ok(handle) => handles.push(handle),
            Err(error) => {
                refused = Some(error);
                break;
            }
        }
    }
    let started = handles.len();
    for handle in handles {
        handle.join().expect("a sleeper does not panic");
    }
    (started, refused)
}
// ANCHOR_END: threads

// ANCHOR: tasks
/// `n` tokio tasks that each sleep `pause`, on the runtime that runs this future.
pub async fn sleep_on_tasks(n: usize, pause: Duration) -> usize {
    let mut set = JoinSet::new();
    for _ in 0..n {
        set.spawn(tokio::time::sleep(pause));
    }
    set.join_all().await.len()
}
// ANCHOR_END: tasks
