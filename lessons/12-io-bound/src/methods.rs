//! Four ways to download a list of URLs, each returning one [`Outcome`] per URL, in input order.

use std::fmt;
use std::io;
use std::thread;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::client::{DownloadError, Downloaded, Downloader};

/// What happened to one URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The URL.
    pub url: String,
    /// The verified file, or why there is none.
    pub result: Result<Downloaded, DownloadError>,
}

fn outcome(downloader: &Downloader, url: &str) -> Outcome {
    Outcome {
        url: url.to_string(),
        result: downloader.download(url),
    }
}

// ANCHOR: sequential
/// One URL after another on the calling thread: the baseline.
pub fn sequential(downloader: &Downloader, urls: &[String]) -> Vec<Outcome> {
    urls.iter().map(|url| outcome(downloader, url)).collect()
}
// ANCHOR_END: sequential

// ANCHOR: thread_per_url
/// The seed's way, joined: one thread per URL (`url-0`, `url-1`, ...). The scope joins every
/// thread before it returns; a thread that could not start or that panicked is that URL's error.
pub fn thread_per_url(downloader: &Downloader, urls: &[String]) -> Vec<Outcome> {
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
        let results = handles.into_iter().map(|handle| match handle {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| Err(DownloadError::Task("the thread panicked".into()))),
            Err(error) => Err(DownloadError::Task(format!("no thread: {error}"))),
        });
        urls.iter()
            .zip(results)
            .map(|(url, result)| Outcome {
                url: url.clone(),
                result,
            })
            .collect()
    })
}
// ANCHOR_END: thread_per_url

// ANCHOR: pool
/// Lesson 05's teaching pool with `workers` threads: `pool.map` submits every URL, then hands
/// back the results in input order. At most `workers` downloads run at once.
pub fn with_pool(
    downloader: &Downloader,
    urls: &[String],
    workers: usize,
) -> Result<Vec<Outcome>, pools::PoolError> {
    let pool = pools::ThreadPool::new(workers)?;
    let task_downloader = downloader.clone(); // tasks must own what they use ('static)
    let results = pool.map(
        move |url: String| task_downloader.download(&url),
        urls.to_vec(),
    );
    let outcomes = urls
        .iter()
        .zip(results)
        .map(|(url, result)| Outcome {
            url: url.clone(),
            result: result.unwrap_or_else(|error| Err(DownloadError::Task(error.to_string()))),
        })
        .collect();
    pool.shutdown(); // the `with` block's end: waits for the workers
    Ok(outcomes)
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
) -> Result<Vec<Outcome>, rayon::ThreadPoolBuildError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(workers)
        .thread_name(|i| format!("rayon-{i}"))
        .build()?;
    Ok(pool.install(|| {
        urls.par_iter()
            .map(|url| outcome(downloader, url))
            .collect()
    }))
}
// ANCHOR_END: rayon

/// The four ways, as values, so the narrator and the tests can run each in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// [`sequential`].
    Sequential,
    /// [`thread_per_url`].
    ThreadPerUrl,
    /// [`with_pool`] with this many workers.
    Pool(usize),
    /// [`with_rayon`] with this many threads.
    Rayon(usize),
}

impl Method {
    /// All four, the pools sized `workers`.
    pub fn all(workers: usize) -> [Method; 4] {
        [
            Method::Sequential,
            Method::ThreadPerUrl,
            Method::Pool(workers),
            Method::Rayon(workers),
        ]
    }

    /// Downloads every URL this way. The outer `Err` is a pool that could not be built.
    pub fn run(self, downloader: &Downloader, urls: &[String]) -> io::Result<Vec<Outcome>> {
        match self {
            Method::Sequential => Ok(sequential(downloader, urls)),
            Method::ThreadPerUrl => Ok(thread_per_url(downloader, urls)),
            Method::Pool(workers) => with_pool(downloader, urls, workers).map_err(io::Error::other),
            Method::Rayon(workers) => {
                with_rayon(downloader, urls, workers).map_err(io::Error::other)
            }
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Method::Sequential => write!(f, "sequential"),
            Method::ThreadPerUrl => write!(f, "thread per URL"),
            Method::Pool(workers) => write!(f, "pools::ThreadPool({workers})"),
            Method::Rayon(workers) => write!(f, "rayon, {workers} threads"),
        }
    }
}

// ANCHOR: seed_clock
/// What seed 003 measured, and what it should have: the time to *start* one thread per URL (the
/// seed stops its clock there, never joining), and the time until every thread is joined.
pub fn seed_clock(downloader: &Downloader, urls: &[String]) -> (Duration, Duration, Vec<Outcome>) {
    let start = Instant::now();
    let handles: Vec<_> = urls
        .iter()
        .map(|url| {
            let downloader = downloader.clone();
            let url = url.clone();
            thread::spawn(move || outcome(&downloader, &url))
        })
        .collect();
    let started = start.elapsed(); // the seed's `end = time.perf_counter()`
    let outcomes = handles
        .into_iter()
        .map(|handle| handle.join().expect("a download does not panic"))
        .collect();
    (started, start.elapsed(), outcomes)
}
// ANCHOR_END: seed_clock
