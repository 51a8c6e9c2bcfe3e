//! A typical wrong answer to 12-bounded-downloader (the graders must reject it): the seed's way,
//! one thread per URL. Correct and fast, but unbounded: 100,000 URLs would be 100,000 threads
//! and as many connections open on one server.

use std::thread;
use std::time::Duration;

/// Downloads one URL and returns its body, or why it failed (a 404, a refused connection, no
/// answer within 10 s), as a message that names the URL. Given: call it from your threads.
/// Each download is one span in the chart of your threads.
pub fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let file = url.rsplit('/').next().unwrap_or(url).to_string();
    timing::span(file, || {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .new_agent();
        agent
            .get(url)
            .header("Connection", "close") // one connection per download
            .call() // a 404 is an Err too
            .and_then(|mut response| response.body_mut().read_to_vec())
            .map_err(|error| format!("{url}: {error}"))
    })
}

/// Downloads every URL with [`fetch`], at most `max_concurrent` (at least 1) at the same time,
/// and returns one result per URL, in the order of `urls`, whatever order they finish in.
///
/// One thread per URL, joined in order.
pub fn download_all(urls: &[String], max_concurrent: usize) -> Vec<Result<Vec<u8>, String>> {
    let _ = max_concurrent;
    thread::scope(|s| {
        let handles: Vec<_> = urls.iter().map(|url| s.spawn(move || fetch(url))).collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("fetch does not panic"))
            .collect()
    })
}
