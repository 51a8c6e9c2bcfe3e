//! What the tests share: lesson 12's loopback image server, and a time limit so that code that
//! waits for a mirror that never answers fails the test instead of hanging it.

#![allow(dead_code)] // each test file uses some of it

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use io_bound::{ImageServer, ServerConfig};

/// The size of the image every mirror serves.
pub const SIZE: usize = 2048;

/// How long the tests wait for your code before they call it stuck.
pub const LIMIT: Duration = Duration::from_secs(3);

/// A mirror: lesson 12's image server on `127.0.0.1`, serving image 0 (the same bytes on every
/// mirror) after `latency_ms` milliseconds. `/missing.png` answers 404 after the same latency;
/// `/stall.png` never answers until the server shuts down at the end of the test.
pub fn mirror(latency_ms: u64) -> ImageServer {
    ImageServer::start(ServerConfig {
        images: 1,
        image_bytes: SIZE,
        latency: Duration::from_millis(latency_ms),
    })
    .expect("the loopback server starts")
}

/// The file every mirror serves.
pub fn the_file() -> Vec<u8> {
    io_bound::image_bytes(0, SIZE)
}

/// `fetch_first(mirrors)` on a thread of its own, and how long it took; fails the test if it
/// panicked or has not returned within [`LIMIT`].
pub fn fetch_first(mirrors: Vec<String>) -> (Result<Vec<u8>, String>, Duration) {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let started = Instant::now();
        let answer = ex12_first_mirror::fetch_first(&mirrors);
        let _ = done.send((answer, started.elapsed()));
    });
    match result.recv_timeout(LIMIT) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "fetch_first looks stuck: still running after {LIMIT:?}. Does it wait for a mirror \
             that never answers (joining its thread, or a scope that joins every thread)? Or, \
             when every mirror has failed, for a channel whose Sender it still holds?"
        ),
    }
}

/// `Ok(n bytes)` or `Err(message)`, for messages.
pub fn describe(result: &Result<Vec<u8>, String>) -> String {
    match result {
        Ok(bytes) => format!("Ok({} bytes)", bytes.len()),
        Err(error) => format!("Err({error:?})"),
    }
}
