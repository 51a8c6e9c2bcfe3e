//! A typical wrong answer to 12-bounded-downloader (the graders must reject it): one URL after
//! another. Bounded, in order, and as slow as the sum of every latency.

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
/// One URL after another, on the calling thread.
pub fn download_all(urls: &[String], max_concurrent: usize) -> Vec<Result<Vec<u8>, String>> {
    let _ = max_concurrent;
    urls.iter().map(|url| fetch(url)).collect()
}
