//! A typical wrong answer to 12-bounded-downloader (the graders must reject it): bounded, but
//! the results are collected in the order the downloads finish, so a URL that fails at once
//! (a closed port) comes first, and nobody can tell which result belongs to which URL.

use std::sync::Mutex;
use std::sync::mpsc;
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
/// `max_concurrent` workers share an iterator over the URLs and send each result as it comes.
pub fn download_all(urls: &[String], max_concurrent: usize) -> Vec<Result<Vec<u8>, String>> {
    let urls = Mutex::new(urls.iter());
    let (done, finished) = mpsc::channel();
    thread::scope(|s| {
        for _ in 0..max_concurrent {
            let (urls, done) = (&urls, done.clone());
            s.spawn(move || {
                loop {
                    let Some(url) = urls.lock().unwrap().next() else {
                        break;
                    };
                    let _ = done.send(fetch(url));
                }
            });
        }
    });
    drop(done);
    finished.into_iter().collect()
}
