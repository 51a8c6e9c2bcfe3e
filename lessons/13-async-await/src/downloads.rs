//! Lesson 12's downloads, async: `reqwest` on one thread, at most `limit` at a time.

use std::error::Error as _;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use io_bound::{DownloadError, fnv1a};
use reqwest::{Client, Response};
use tokio::sync::Semaphore;

// ANCHOR: client
/// An async HTTP client for the loopback server: no proxy, and a `timeout` for each whole
/// request (connecting, waiting, reading the body). Clones share one connection pool.
pub fn client(timeout: Duration) -> reqwest::Result<Client> {
    Client::builder().no_proxy().timeout(timeout).build()
}
// ANCHOR_END: client

// ANCHOR: download_all
/// Downloads every URL, at most `limit` at a time (`async with semaphore:`); one result per
/// URL, in input order.
pub async fn download_all(
    client: &Client,
    urls: &[String],
    limit: usize,
) -> Vec<Result<usize, DownloadError>> {
    let permits = Arc::new(Semaphore::new(limit));
    let tasks: Vec<_> = urls
        .iter()
        .map(|url| {
            let (client, url, permits) = (client.clone(), url.clone(), Arc::clone(&permits));
            tokio::spawn(async move {
                let _permit = permits.acquire().await.expect("never closed");
                download(&client, &url).await
            }) // the permit goes back when the task ends
        })
        .collect();
    let mut results = Vec::with_capacity(tasks.len());
    for task in tasks {
        results.push(
            task.await
                .unwrap_or_else(|e| Err(DownloadError::Task(e.to_string()))),
        );
    }
    results
}
// ANCHOR_END: download_all

// ANCHOR: download
/// GETs `url` and checks the body against the server's `X-Checksum`: the verified size.
pub async fn download(client: &Client, url: &str) -> Result<usize, DownloadError> {
    let name = url.rsplit('/').next().unwrap_or(url).to_string();
    let _span = timing::span_guard(name); // one bar per download in the charts
    let request = client.get(url).header("Connection", "close"); // one connection each
    let response = request.send().await.map_err(classify)?;
    let response = response.error_for_status().map_err(classify)?; // 404: Err here
    let expected = checksum_header(&response).ok_or(DownloadError::NoChecksum)?;
    let body = response.bytes().await.map_err(classify)?;
    let actual = fnv1a(&body);
    if actual != expected {
        return Err(DownloadError::ChecksumMismatch { expected, actual });
    }
    Ok(body.len())
}
// ANCHOR_END: download

fn checksum_header(response: &Response) -> Option<u64> {
    let hex = response.headers().get("x-checksum")?.to_str().ok()?;
    u64::from_str_radix(hex, 16).ok()
}

// ANCHOR: classify
/// reqwest's error as lesson 12's [`DownloadError`]: one value per URL, never a crash.
fn classify(error: reqwest::Error) -> DownloadError {
    if let Some(status) = error.status() {
        DownloadError::Status(status.as_u16())
    } else if error.is_timeout() {
        DownloadError::TimedOut
    } else if is_refused(&error) {
        DownloadError::Refused
    } else {
        DownloadError::Network(error.to_string())
    }
}
// ANCHOR_END: classify

/// Whether an `io::Error` saying "connection refused" is somewhere in `error`'s sources.
fn is_refused(error: &reqwest::Error) -> bool {
    let mut source = error.source();
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<io::Error>() {
            return io.kind() == io::ErrorKind::ConnectionRefused;
        }
        source = cause.source();
    }
    false
}
