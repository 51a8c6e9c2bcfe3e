//! Given: leave this file as it is.

use std::time::Duration;

/// A blocking function, like a C library's hash or a blocking read: it holds its thread for
/// `work` (`std::thread::sleep`), then returns the FNV-1a hash of `data`. The tests can hold it
/// longer, at its `grader::point`, as a slow machine would.
pub fn blocking_hash(data: Vec<u8>, work: Duration) -> u64 {
    grader::span("blocking_hash", || {
        std::thread::sleep(work);
        grader::point("blocking_hash");
        data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    })
}
