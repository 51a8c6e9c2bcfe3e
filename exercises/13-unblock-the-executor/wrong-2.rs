//! A typical wrong answer to 13-unblock-the-executor (the graders must reject it):
//! `block_in_place` needs a multi-thread runtime, and panics on a current-thread one.

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
    tokio::task::block_in_place(move || blocking_hash(data, work))
}
