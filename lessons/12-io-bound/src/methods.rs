//! Four ways to download a list of URLs, each returning one result per URL, in input order; and
//! the seed's clock.

use std::thread;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::client::{DownloadError, Downloaded, Downloader};

// ANCHOR: sequential
/// One URL after another on the calling thread: the baseline.
pub fn sequential(
    downloader: &Downloader,
    urls: &[String],
) -> Vec<Result<Downloaded, DownloadError>> {
    urls.iter().map(|url| downloader.download(url)).collect()
}
// ANCHOR_END: sequential

// ANCHOR: thread_per_url
/// The seed's way, joined: one thread per URL (`url-0`, `url-1`, ...). The scope joins every
/// thread; a thread that could not start or that panicked is that URL's error.
pub fn thread_per_url(
    downloader: &Downloader,
    urls: &[String],
) -> Vec<Result<Downloaded, DownloadError>> {
    thread::scope(|s| {
        let handles: Vec<_> = urls
            .iter()
            .enumerate()
            .map(|(i, url)| {
                thread::Builder::new()
                    .name(format!("url-{i}"))
                    .spawn_scoped(s, move || downloader.download(url))
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| match handle {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|_| Err(DownloadError::Task("the thread panicked".into()))),
                Err(error) => Err(DownloadError::Task(format!("no thread: {error}"))),
            })
            .collect()
    })
}
// ANCHOR_END: thread_per_url

// ANCHOR: pool
/// Lesson 05's teaching pool with `workers` threads: `pool.map` submits every URL and hands
/// back the results in input order. At most `workers` downloads run at once.
pub fn with_pool(
    downloader: &Downloader,
    urls: &[String],
    workers: usize,
) -> Result<Vec<Result<Downloaded, DownloadError>>, pools::PoolError> {
    let pool = pools::ThreadPool::new(workers)?;
    let downloader = downloader.clone(); // tasks must own what they use ('static)
    let results = pool
        .map(move |url: String| downloader.download(&url), urls.to_vec())
        .map(|result| result.unwrap_or_else(|panic| Err(DownloadError::Task(panic.to_string()))))
        .collect();
    pool.shutdown(); // the `with` block's end: waits for the workers
    Ok(results)
}
// ANCHOR_END: pool

// ANCHOR: rayon
/// rayon's `par_iter` on a pool of `workers` threads built for the job (`rayon-0`, ...).
///
/// rayon's global pool has one thread per CPU: right for computing, too few for waiting on the
/// network, so I/O gets its own, larger pool.
pub fn with_rayon(
    downloader: &Downloader,
    urls: &[String],
    workers: usize,
) -> Result<Vec<Result<Downloaded, DownloadError>>, rayon::ThreadPoolBuildError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(workers)
        .thread_name(|i| format!("rayon-{i}"))
        .build()?;
    Ok(pool.install(|| {
        urls.par_iter()
            .map(|url| downloader.download(url))
            .collect()
    }))
}
// ANCHOR_END: rayon

// ANCHOR: seed_clock
/// What seed 003 measured, and what it should have: the time to *start* one thread per URL (the
/// seed stops its clock there, never joining), and the time until every thread is joined.
pub fn seed_clock(
    downloader: &Downloader,
    urls: &[String],
) -> (Duration, Duration, Vec<Result<Downloaded, DownloadError>>) {
    let start = Instant::now();
    let handles: Vec<_> = urls
        .iter()
        .map(|url| {
            let (downloader, url) = (downloader.clone(), url.clone());
            thread::spawn(move || downloader.download(&url))
        })
        .collect();
    let started = start.elapsed(); // the seed's `end = time.perf_counter()`
    let results = handles
        .into_iter()
        .map(|handle| handle.join().expect("a download does not panic"))
        .collect();
    (started, start.elapsed(), results)
}
// ANCHOR_END: seed_clock
