//! What the tests share: lesson 12's loopback image server, and a time limit so that code that
//! never returns fails the test instead of hanging it.

#![allow(dead_code)] // each test file uses some of it

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use io_bound::{ImageServer, ServerConfig};

/// The size of every image the test servers serve.
pub const SIZE: usize = 2048;

/// How long the tests wait for your code before they call it stuck.
pub const LIMIT: Duration = Duration::from_secs(5);

/// Lesson 12's image server on `127.0.0.1`: `images` images of [`SIZE`] bytes, each answered
/// after `latency_ms` milliseconds. It counts the requests it holds open at once.
pub fn server(images: usize, latency_ms: u64) -> ImageServer {
    ImageServer::start(ServerConfig {
        images,
        image_bytes: SIZE,
        latency: Duration::from_millis(latency_ms),
    })
    .expect("the loopback server starts")
}

/// Image `i`'s bytes, as the server sends them.
pub fn image(i: usize) -> Vec<u8> {
    io_bound::image_bytes(i, SIZE)
}

/// Runs `f` on a thread of its own and returns its value, or fails the test if it panicked or
/// has not finished within [`LIMIT`].
pub fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(LIMIT) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("your code panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "download_all looks stuck: still running after {LIMIT:?}. Does a worker wait for a \
             URL that never comes, or for a channel nobody closes?"
        ),
    }
}

/// `download_all(urls, max_concurrent)` within [`LIMIT`].
pub fn download_all(urls: Vec<String>, max_concurrent: usize) -> Vec<Result<Vec<u8>, String>> {
    within(move || ex12_bounded_downloader::download_all(&urls, max_concurrent))
}

/// `Ok(n bytes)` or `Err(message)`, for messages.
pub fn describe(result: &Result<Vec<u8>, String>) -> String {
    match result {
        Ok(bytes) => format!("Ok({} bytes)", bytes.len()),
        Err(error) => format!("Err({error:?})"),
    }
}

/// Asserts that `result` is image `i`.
pub fn assert_image(results: &[Result<Vec<u8>, String>], at: usize, i: usize) {
    let result = &results[at];
    assert!(
        result.as_ref().is_ok_and(|bytes| *bytes == image(i)),
        "result {at} should be image {i}'s {SIZE} bytes, got {}: one result per URL, in the \
         order of urls, whatever order the downloads finish in",
        describe(result)
    );
}
