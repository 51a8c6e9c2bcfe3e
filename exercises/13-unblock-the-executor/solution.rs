//! Exercise 13-unblock-the-executor: a blocking call inside async code stalls every task on its
//! thread; move it off. `cargo run -p practice -- check 13-unblock-the-executor` checks it.

use std::time::Duration;

/// Given, and not yours to change: a blocking function, like a C library's hash or a blocking
/// read. It holds its thread for `work` (`std::thread::sleep`), then returns the FNV-1a hash of
/// `data`.
pub fn blocking_hash(data: Vec<u8>, work: Duration) -> u64 {
    timing::span("blocking_hash", || {
        std::thread::sleep(work);
        data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    })
}

/// Hashes `data` with [`blocking_hash`], from async code, without blocking the thread that runs
/// the other tasks: while it waits, they keep running.
pub async fn hash_async(data: Vec<u8>, work: Duration) -> u64 {
    // ANSWER: hash-async
    tokio::task::spawn_blocking(move || blocking_hash(data, work))
        .await
        .expect("blocking_hash does not panic")
    // ANSWER_END: hash-async
}
