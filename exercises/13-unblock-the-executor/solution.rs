//! Exercise 13-unblock-the-executor: a blocking call inside async code stalls every task on its
//! thread; move it off. `cargo run -p practice -- check 13-unblock-the-executor` checks it.

use std::time::Duration;

mod given;
pub use given::blocking_hash;

/// Hashes `data` with [`blocking_hash`], from async code, without blocking the thread that runs
/// the other tasks: while it waits, they keep running.
pub async fn hash_async(data: Vec<u8>, work: Duration) -> u64 {
    // ANSWER: hash-async
    tokio::task::spawn_blocking(move || blocking_hash(data, work))
        .await
        .expect("blocking_hash does not panic")
    // ANSWER_END: hash-async
}
