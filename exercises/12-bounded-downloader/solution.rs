//! Exercise 12-bounded-downloader: download a list of URLs, at most `max_concurrent` at a time,
//! one result per URL, in URL order. `cargo run -p practice -- check 12-bounded-downloader`
//! checks it.

// ANSWER: imports
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
// ANSWER_END: imports

mod given;
pub use given::fetch;

/// Downloads every URL with [`fetch`], at most `max_concurrent` (at least 1) at the same time,
/// starting the next as soon as one ends, and returns one result per URL, in the order of
/// `urls`, whatever order they finish in.
pub fn download_all(urls: &[String], max_concurrent: usize) -> Vec<Result<Vec<u8>, String>> {
    // ANSWER: download-all
    // `max_concurrent` workers (fewer if there are fewer URLs) each take the next URL's index
    // from a shared counter until none are left, and hand back `(index, result)` pairs.
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<Result<Vec<u8>, String>>> = vec![None; urls.len()];
    thread::scope(|s| {
        let workers: Vec<_> = (0..max_concurrent.min(urls.len()))
            .map(|w| {
                let next = &next;
                thread::Builder::new()
                    .name(format!("worker-{w}"))
                    .spawn_scoped(s, move || {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(url) = urls.get(i) else { break };
                            done.push((i, fetch(url)));
                        }
                        done
                    })
                    .expect("the OS could not start a thread")
            })
            .collect();
        for worker in workers {
            for (i, result) in worker.join().expect("fetch does not panic") {
                results[i] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .map(|result| result.expect("every index was taken by a worker"))
        .collect()
    // ANSWER_END: download-all
}
