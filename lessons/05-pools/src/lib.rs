//! Lesson 05: using a thread pool the way Python uses `concurrent.futures`, and rayon.
//!
//! [`ThreadPool`] is `ThreadPoolExecutor`: [`ThreadPool::submit`] returns a [`TaskHandle`] (a
//! `Future`), [`as_completed`] and [`ThreadPool::map`] read the results, [`TaskHandle::cancel`]
//! and [`ThreadPool::shutdown_now`] cancel, and dropping the pool is the end of a `with` block.
//! The functions below are what the chapter shows; [`production`] is rayon; [`refused`] holds
//! the mistakes the compiler catches.
//!
//! How the pool is built (modules `pool` and `task`) and the bug hand-built pools usually have
//! ([`classic_bug`]) are the book's deeper pages, to read after lesson 08: they use `Mutex`,
//! `Condvar`, atomics and channels, which lessons 06 to 08 teach.

pub mod classic_bug;
mod pool;
pub mod production;
pub mod refused;
pub mod support;
mod task;

pub use pool::{Map, PoolError, ThreadPool};
pub use task::{AsCompleted, TaskError, TaskHandle, as_completed};

use std::thread;
use std::time::Duration;

use timing::format_duration;

use support::Hold;

// ANCHOR: some_task
/// The seed's `some_task(sec)`: says how long it will sleep, sleeps `sec` × `unit` (scaled by
/// `LESSON_TIME_SCALE`), and returns `"Done {sec}"`.
pub fn some_task(sec: u64, unit: Duration) -> String {
    let nap = timing::scaled(unit * sec as u32);
    println!("Sleeping for {}.", format_duration(nap));
    timing::span(format!("sleep {sec}"), || thread::sleep(nap));
    format!("Done {sec}")
}
// ANCHOR_END: some_task

// ANCHOR: sleepers_as_completed
/// Submits `some_task(sec)` for each of `seconds`, then prints the results as they complete.
///
/// Returns the lines printed, fastest task first.
pub fn sleepers_as_completed(pool: &ThreadPool, seconds: &[u64], unit: Duration) -> Vec<String> {
    let handles: Vec<TaskHandle<String>> = seconds
        .iter()
        .map(|&sec| pool.submit(move || some_task(sec, unit)))
        .collect();
    as_completed(handles)
        .map(|(index, result)| {
            let line = result.unwrap_or_else(|error| error.to_string());
            println!("{line}   (task #{index})");
            line
        })
        .collect()
}
// ANCHOR_END: sleepers_as_completed

// ANCHOR: sleepers_map
/// The seed's commented-out variant, `executor.map(some_task, seconds)`: the tasks run at the
/// same time, the results come back in the order they were submitted.
pub fn sleepers_map(pool: &ThreadPool, seconds: &[u64], unit: Duration) -> Vec<String> {
    pool.map(move |sec| some_task(sec, unit), seconds.to_vec())
        .map(|result| {
            let line = result.unwrap_or_else(|error| error.to_string());
            println!("{line}");
            line
        })
        .collect()
}
// ANCHOR_END: sleepers_map

// ANCHOR: queued
/// `tasks` tasks of `each` on a pool of `max_workers`: the extra tasks wait in the queue.
pub fn queued_tasks(max_workers: usize, tasks: usize, each: Duration) -> Result<(), PoolError> {
    let pool = ThreadPool::new(max_workers)?;
    for task in 1..=tasks {
        // The handle is dropped at once: the task still runs (as in Python).
        pool.submit(move || timing::span(format!("task {task}"), || timing::sleep(each)));
    }
    pool.shutdown(); // the end of the `with` block: waits for every task
    Ok(())
}
// ANCHOR_END: queued

// ANCHOR: panics
/// Four tasks on `pool`, two of which panic (one with a literal, one with a formatted message).
///
/// Returns each task's result: the good ones say which worker ran them.
pub fn panics_among_good(pool: &ThreadPool) -> Vec<Result<String, TaskError>> {
    let worker_name = || format!("ran on {}", thread::current().name().unwrap_or("?"));
    let handles = vec![
        pool.submit(worker_name),
        pool.submit(|| -> String { panic!("a literal message") }),
        pool.submit(|| -> String {
            let answer = 41;
            panic!("expected 42, got {answer}")
        }),
        pool.submit(worker_name),
    ];
    handles.into_iter().map(TaskHandle::result).collect()
}
// ANCHOR_END: panics

/// A task's value, or why there is none.
pub type Outcome<T> = Result<T, TaskError>;

// ANCHOR: cancel
/// One worker, kept busy by a task that runs until released; a second task waits in the queue.
///
/// Returns, for the running task and then the queued one, what `cancel()` said and the result.
pub fn cancel_running_and_queued() -> Result<[(bool, Outcome<&'static str>); 2], PoolError> {
    let pool = ThreadPool::new(1)?;
    let busy = Hold::new();
    let running = pool.submit(busy.task("finished"));
    let queued = pool.submit(|| "ran");
    busy.wait_started(); // the only worker is busy: `queued` is still in the queue
    let (cancel_running, cancel_queued) = (running.cancel(), queued.cancel());
    busy.release();
    Ok([
        (cancel_running, running.result()),
        (cancel_queued, queued.result()),
    ])
}
// ANCHOR_END: cancel

// ANCHOR: shutdown_now
/// One worker busy with a task, `queued` more in the queue, then `shutdown_now`.
///
/// Returns the running task's result and the queued ones': they are cancelled at once, while
/// the running task is still running.
pub fn shutdown_now_story(queued: u32) -> Result<(Outcome<u32>, Vec<Outcome<u32>>), PoolError> {
    let pool = ThreadPool::new(1)?;
    let busy = Hold::new();
    let running = pool.submit(busy.task(0));
    let queued: Vec<_> = (1..=queued).map(|n| pool.submit(move || n)).collect();
    busy.wait_started();
    thread::scope(|s| {
        s.spawn(move || pool.shutdown_now()); // cancels the queue, then waits for `running`
        let queued = queued.into_iter().map(TaskHandle::result).collect();
        busy.release();
        Ok((running.result(), queued))
    })
}
// ANCHOR_END: shutdown_now

/// A finished task: its index among the handles, and its result.
pub type Completed<T> = (usize, Result<T, TaskError>);

// ANCHOR: first_completed
/// Python's `wait(futures, return_when=FIRST_COMPLETED)`: the first task to finish (its index
/// and result), and an iterator that yields the others as they finish, or `None` if there were
/// no tasks.
pub fn first_completed<T>(handles: Vec<TaskHandle<T>>) -> Option<(Completed<T>, AsCompleted<T>)> {
    let mut others = as_completed(handles);
    let first = others.next()?;
    Some((first, others))
}
// ANCHOR_END: first_completed
