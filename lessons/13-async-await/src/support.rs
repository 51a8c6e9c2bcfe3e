//! Choreography the chapter does not show: the runtimes the demonstrations run on (threads
//! named for the charts), the sleepers run in child processes so that each variant's peak
//! memory is its own, and the download races against lesson 12's thread pool.

use std::collections::BTreeSet;
use std::fmt;
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use io_bound::{DownloadError, Downloader, ImageServer, ServerConfig};
use serde::{Deserialize, Serialize};
use timing::scenario::{self, Handler, Scenario};
use tokio::runtime::{Builder, Runtime};

use crate::downloads::{client, download_all};
use crate::sleepers::{sleep_on_tasks, sleep_on_threads};

/// A current-thread runtime (its tasks run on the thread that calls `block_on`) whose
/// blocking-pool threads are named `blocking-1`, `blocking-2`, ...
pub fn one_thread() -> Runtime {
    Builder::new_current_thread()
        .enable_all()
        .thread_name_fn(numbered("blocking"))
        .build()
        .expect("the OS gave the runtime what it needs")
}

/// A multi-thread runtime with `workers` worker threads named `worker-1`, `worker-2`, ...
pub fn workers(workers: usize) -> Runtime {
    Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .thread_name_fn(numbered("worker"))
        .build()
        .expect("the OS gave the runtime what it needs")
}

fn numbered(prefix: &'static str) -> impl Fn() -> String + Send + Sync + 'static {
    let next = Arc::new(AtomicUsize::new(1));
    move || format!("{prefix}-{}", next.fetch_add(1, Ordering::Relaxed))
}

/// This process's peak resident memory so far, in KiB: `VmHWM` in `/proc/self/status`
/// (Linux only; `None` elsewhere).
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// How the sleepers sleep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// [`sleep_on_threads`]: one OS thread each.
    Threads,
    /// [`sleep_on_tasks`] on a current-thread runtime: one task each, all on one thread.
    Tasks,
}

impl Kind {
    /// The scenario's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Threads => "threads",
            Kind::Tasks => "tasks",
        }
    }
}

/// What one child process reported about its sleepers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sleepers {
    /// Threads or tasks.
    pub kind: Kind,
    /// How many were asked for.
    pub asked: usize,
    /// How many started (fewer than asked if the OS refused a thread).
    pub started: usize,
    /// From the first spawn until the last sleeper was joined.
    pub took: Duration,
    /// The child's peak resident memory before the sleepers, in KiB (0 where unknown).
    pub rss_before_kib: u64,
    /// The child's peak resident memory at the end, in KiB (0 where unknown).
    pub rss_peak_kib: u64,
    /// The OS's refusal, when it refused a thread.
    pub refused: Option<String>,
}

impl Sleepers {
    /// What the sleepers added to the peak resident memory, in KiB.
    pub fn added_kib(&self) -> u64 {
        self.rss_peak_kib.saturating_sub(self.rss_before_kib)
    }
}

/// Runs `n` sleepers of `pause` (already scaled) in this process and measures them: what a
/// child started with `--scenario threads|tasks N PAUSE_MS` does.
pub fn measure_here(kind: Kind, n: usize, pause: Duration) -> Sleepers {
    let rss_before_kib = peak_rss_kib().unwrap_or(0);
    let start = Instant::now();
    let (started, refused) = match kind {
        Kind::Threads => sleep_on_threads(n, pause),
        Kind::Tasks => (crate::run(sleep_on_tasks(n, pause)), None),
    };
    let took = start.elapsed();
    Sleepers {
        kind,
        asked: n,
        started,
        took,
        rss_before_kib,
        rss_peak_kib: peak_rss_kib().unwrap_or(0),
        refused: refused.map(|e| e.to_string()),
    }
}

/// Runs the sleepers in a child process (`exe` is this lesson's binary), so that its peak
/// memory is theirs alone. `pause_ms` is not scaled again in the child.
pub fn measure_in_child(exe: &Path, kind: Kind, n: usize, pause_ms: u64) -> io::Result<Sleepers> {
    let args = [n.to_string(), pause_ms.to_string()];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let timeout = Duration::from_millis(pause_ms) * 2 + Duration::from_secs(60);
    let run = scenario::run(exe, kind.name(), &args, timeout)?;
    scenario::reports(run.stdout.as_bytes())
        .next()
        .ok_or_else(|| io::Error::other(format!("the child reported nothing: {run:?}")))
}

/// The scenarios this lesson runs in a child process, for `timing::scenario::main`:
/// `threads|tasks N PAUSE_MS` measure the sleepers and report [`Sleepers`].
pub const SCENARIOS: &[(&str, Handler)] = &[
    ("threads", |s| measure_and_report(Kind::Threads, s)),
    ("tasks", |s| measure_and_report(Kind::Tasks, s)),
];

fn measure_and_report(kind: Kind, scenario: &Scenario) {
    let (n, pause) = (scenario.arg(0), Duration::from_millis(scenario.arg(1)));
    scenario::report(&measure_here(kind, n, pause));
}

/// Who downloads: [`download_all`] on a current-thread runtime, or lesson 12's `with_pool`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    /// Tasks on one thread, at most this many downloads at once (a `Semaphore`).
    Async(usize),
    /// Lesson 12's `pools::ThreadPool` with this many workers.
    Pool(usize),
}

impl fmt::Display for Way {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Way::Async(limit) => write!(f, "async, Semaphore({limit})"),
            Way::Pool(workers) => write!(f, "pools::ThreadPool({workers})"),
        }
    }
}

impl Way {
    /// Downloads `urls` this way, with a `timeout` per URL, and returns one result per URL
    /// (the verified size, for the pool too) with the wall time. The pool writes into a
    /// temporary folder, removed afterwards.
    pub fn download(
        self,
        urls: &[String],
        timeout: Duration,
    ) -> io::Result<(Vec<Result<usize, DownloadError>>, Duration)> {
        let start = Instant::now();
        let results = match self {
            Way::Async(limit) => {
                let client = client(timeout).map_err(io::Error::other)?;
                one_thread().block_on(download_all(&client, urls, limit))
            }
            Way::Pool(workers) => {
                let folder = tempfile::tempdir()?;
                let downloader = Downloader::new(folder.path(), timeout);
                io_bound::with_pool(&downloader, urls, workers)
                    .map_err(io::Error::other)?
                    .into_iter()
                    .map(|r| r.map(|file| file.bytes))
                    .collect()
            }
        };
        Ok((results, start.elapsed()))
    }
}

/// What a crowd of downloads looked like, to the client and to the server.
#[derive(Debug)]
pub struct Crowd {
    /// Who downloaded.
    pub way: Way,
    /// How many URLs became verified downloads.
    pub succeeded: usize,
    /// Wall time.
    pub took: Duration,
    /// The threads that ran a download (from the recorded spans).
    pub threads: usize,
    /// The most requests open on the server at once (the server's own count).
    pub peak_open: usize,
}

/// Starts a server with `images` images of `image_bytes` bytes and `latency` (which the server
/// scales), downloads them all `way`, and shuts the server down. Records a timeline to count
/// threads, so it must not run inside `timing::record`.
pub fn crowd(way: Way, images: usize, image_bytes: usize, latency: Duration) -> io::Result<Crowd> {
    let server = ImageServer::start(ServerConfig {
        images,
        image_bytes,
        latency,
    })?;
    let timeout = Duration::from_secs(30);
    let (outcome, timeline) = timing::record(|| way.download(&server.image_urls(), timeout));
    let (results, took) = outcome?;
    let threads: BTreeSet<String> = timeline.spans().into_iter().map(|s| s.thread).collect();
    Ok(Crowd {
        way,
        succeeded: results.iter().filter(|r| r.is_ok()).count(),
        took,
        threads: threads.len(),
        peak_open: server.shutdown().peak_open,
    })
}

/// One line per URL: `✓ 0.png       262144 bytes verified` or `✗ missing.png  HTTP status 404`.
pub fn describe(url: &str, result: &Result<usize, DownloadError>) -> String {
    let name = url.rsplit('/').next().unwrap_or("?");
    match result {
        Ok(bytes) => format!("✓ {name:<12} {bytes:>8} bytes verified"),
        Err(error) => format!("✗ {name:<12} {error}"),
    }
}
