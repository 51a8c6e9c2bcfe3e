//! Lesson 13: async/await with tokio, for asyncio users.
//!
//! asyncio's idioms and their tokio counterparts, each a small function the narrator runs:
//!
//! - `async def` / `await` → [`sleeper`], an `async fn` that `.await`s;
//! - `asyncio.run` → [`gather_two`] (`#[tokio::main]`) and [`run`] (a `Runtime`, spelled out);
//! - `create_task`, `gather`, `as_completed` → [`spawn_two`], [`gather`], [`as_completed`];
//! - `wait_for`, `task.cancel()`, `CancelledError` → [`cancel`]: a cancelled future is dropped;
//! - `asyncio.Queue` → [`queue`]; `asyncio.Lock` → [`locks`], with what the compiler checks;
//! - thousands of sleepers as threads and as tasks → [`sleepers`];
//! - a blocking call inside a task, and `to_thread` → [`blocking`];
//! - lesson 12's downloads with `reqwest` and a `Semaphore` → [`downloads`].
//!
//! [`support`] holds the choreography the chapter does not show.

pub mod blocking;
pub mod cancel;
pub mod downloads;
pub mod locks;
pub mod queue;
pub mod sleepers;
pub mod support;

use std::time::Duration;

use tokio::task::JoinSet;

// ANCHOR: sleeper
/// Seed 002's `sleeper` as a coroutine: it waits without holding its thread, so one thread can
/// run many sleepers at once.
pub async fn sleeper(name: &'static str, pause: Duration) -> &'static str {
    println!("I am {name}. Going to sleep for {pause:?}");
    tokio::time::sleep(pause).await; // this task waits; the thread runs other tasks
    println!("{name} has woken up from sleep");
    name
}
// ANCHOR_END: sleeper

// ANCHOR: lazy
/// Calls [`sleeper`] without awaiting it, then awaits it: nothing runs until the `.await`.
pub async fn lazy(pause: Duration) -> &'static str {
    let future = sleeper("lazy", pause); // a value; nothing has printed
    println!("the future exists, and has not started");
    future.await
}
// ANCHOR_END: lazy

// ANCHOR: tokio_main
/// `asyncio.run(main())` as an attribute: `#[tokio::main]` makes this a plain `fn` that builds a
/// runtime, blocks on the body until it is done, and shuts the runtime down.
#[tokio::main(flavor = "current_thread")]
pub async fn gather_two(pause: Duration) -> (&'static str, &'static str) {
    tokio::join!(sleeper("first", pause), sleeper("second", pause))
}
// ANCHOR_END: tokio_main

// ANCHOR: run
/// The same, spelled out: build a runtime, run one future on it to the end.
pub fn run<F: Future>(future: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread() // one thread, like asyncio
        .enable_time()
        .build()
        .expect("the OS gave the runtime its timer and I/O driver");
    runtime.block_on(future)
}
// ANCHOR_END: run

// ANCHOR: spawn
/// `asyncio.create_task`: `tokio::spawn` schedules a task now and returns its `JoinHandle`, which
/// you await for the task's value (`Err` if it panicked or was aborted).
pub async fn spawn_two(pause: Duration) -> Vec<&'static str> {
    let first = tokio::spawn(sleeper("first", pause)); // scheduled: runs once this task waits
    let second = tokio::spawn(sleeper("second", pause));
    let first = first.await.expect("first does not panic");
    let second = second.await.expect("second does not panic");
    vec![first, second]
}
// ANCHOR_END: spawn

/// Waits `ms` milliseconds, then returns `ms`.
async fn wait_ms(ms: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    ms
}

// ANCHOR: gather
/// `asyncio.gather(*coros)`: one task each, results in input order.
pub async fn gather(pauses_ms: &[u64]) -> Vec<u64> {
    let tasks: Vec<_> = pauses_ms
        .iter()
        .map(|&ms| tokio::spawn(wait_ms(ms)))
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.expect("a task does not panic"));
    }
    results
}
// ANCHOR_END: gather

// ANCHOR: as_completed
/// `asyncio.as_completed`: a `JoinSet` hands results back as the tasks finish.
pub async fn as_completed(pauses_ms: &[u64]) -> Vec<u64> {
    let mut set = JoinSet::new();
    for &ms in pauses_ms {
        set.spawn(wait_ms(ms));
    }
    let mut order = Vec::new();
    while let Some(finished) = set.join_next().await {
        order.push(finished.expect("a task does not panic"));
    }
    order
}
// ANCHOR_END: as_completed
