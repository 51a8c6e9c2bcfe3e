//! What the tests share: lesson 12's loopback image server as a mirror, and `fetch_first`
//! within a bound.

#![allow(dead_code)] // each test file uses some of it

use std::time::Duration;

use io_bound::{ImageServer, ServerConfig};

pub use grader::downloads::{describe, watch};

/// The size of the file every mirror serves.
pub const SIZE: usize = 2048;

/// How long a test waits for `fetch_first` before it calls it stuck: a good mirror answers
/// after 20 ms.
pub const LIMIT: Duration = Duration::from_secs(3);

/// How long a download the tests hold back waits for the others: they finish well within it.
pub const PATIENCE: Duration = Duration::from_millis(1500);

/// A mirror: lesson 12's image server on `127.0.0.1`, serving the file (image 0) after 20 ms.
/// `/missing.png` answers 404 after the same latency; `/stall.png` never answers until the
/// server shuts down at the end of the test.
pub fn mirror() -> ImageServer {
    ImageServer::start(ServerConfig {
        images: 1,
        image_bytes: SIZE,
        latency: Duration::from_millis(20),
    })
    .expect("the loopback server starts")
}

/// The file every mirror serves.
pub fn the_file() -> Vec<u8> {
    io_bound::image_bytes(0, SIZE)
}

/// `fetch_first(mirrors)`, failing the test if it has not returned within [`LIMIT`].
pub fn fetch_first(mirrors: Vec<String>) -> Result<Vec<u8>, String> {
    grader::within(
        LIMIT,
        "does it wait for a mirror that never answers (joining its thread, or a scope that joins \
         every thread, or asking one mirror after another)? Or, when every mirror has failed, \
         for a channel whose Sender it still holds?",
        move || ex12_first_mirror::fetch_first(&mirrors),
    )
}
