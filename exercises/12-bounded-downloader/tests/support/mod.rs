//! What the tests share: lesson 12's loopback image server, and `download_all` within a bound.

#![allow(dead_code)] // each test file uses some of it

use std::time::Duration;

use io_bound::{ImageServer, ServerConfig};

pub use grader::downloads::{describe, watch};

/// The size of every image the test servers serve.
pub const SIZE: usize = 2048;

/// How long a test waits for `download_all` before it calls it stuck.
pub const LIMIT: Duration = Duration::from_secs(6);

/// How long a download the tests hold back waits for the others: they finish well within it.
pub const PATIENCE: Duration = Duration::from_millis(1500);

/// Lesson 12's image server on `127.0.0.1`: `images` images of [`SIZE`] bytes, each answered
/// after 20 ms.
pub fn server(images: usize) -> ImageServer {
    ImageServer::start(ServerConfig {
        images,
        image_bytes: SIZE,
        latency: Duration::from_millis(20),
    })
    .expect("the loopback server starts")
}

/// `download_all(urls, max_concurrent)`, failing the test if it has not returned within [`LIMIT`].
pub fn download_all(urls: Vec<String>, max_concurrent: usize) -> Vec<Result<Vec<u8>, String>> {
    grader::within(
        LIMIT,
        "does a worker wait for a URL that never comes, or for a channel nobody closes?",
        move || ex12_bounded_downloader::download_all(&urls, max_concurrent),
    )
}

/// Asserts that result `at` is image `i`'s bytes.
pub fn assert_image(results: &[Result<Vec<u8>, String>], at: usize, i: usize) {
    let result = &results[at];
    assert!(
        result
            .as_ref()
            .is_ok_and(|bytes| *bytes == io_bound::image_bytes(i, SIZE)),
        "result {at} should be image {i}'s {SIZE} bytes, got {}: one result per URL, in the \
         order of urls, whatever order the downloads finish in",
        describe(result)
    );
}

/// Asserts that `results` are images 0, 1, 2, … in order, one per URL.
pub fn assert_images(results: &[Result<Vec<u8>, String>], count: usize) {
    assert_eq!(results.len(), count, "one result per URL");
    for i in 0..count {
        assert_image(results, i, i);
    }
}
