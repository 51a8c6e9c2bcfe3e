//! Choreography the chapter does not show: the loopback image server the lesson downloads from
//! ([`server`], also re-exported at the crate root for other lessons), the four methods as
//! values to run in turn, timed, and the "crowd" that measures what the server sees.

pub mod server;

use std::fmt;
use std::io;
use std::path::Path;
use std::time::Duration;

use crate::{
    DownloadError, Downloaded, Downloader, ImageServer, ServerConfig, sequential, thread_per_url,
    with_pool, with_rayon,
};

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
    pub fn run(
        self,
        downloader: &Downloader,
        urls: &[String],
    ) -> io::Result<Vec<Result<Downloaded, DownloadError>>> {
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

/// One method's run over a list of URLs.
#[derive(Debug)]
pub struct Run {
    /// The method.
    pub method: Method,
    /// Wall time for the whole list.
    pub took: Duration,
    /// One per URL, in input order.
    pub results: Vec<Result<Downloaded, DownloadError>>,
}

impl Run {
    /// How many URLs became verified files.
    pub fn succeeded(&self) -> usize {
        self.results.iter().filter(|r| r.is_ok()).count()
    }
}

/// Downloads `urls` into `folder` with `method` and a client timeout of `timeout`, timed.
/// Run it inside `timing::record` to get one span per download.
pub fn run(method: Method, urls: &[String], folder: &Path, timeout: Duration) -> io::Result<Run> {
    let downloader = Downloader::new(folder, timeout);
    let (results, took) = timing::timed(|| method.run(&downloader, urls));
    Ok(Run {
        method,
        took,
        results: results?,
    })
}

/// What the server saw while one method downloaded many images.
#[derive(Debug)]
pub struct Crowd {
    /// The method.
    pub method: Method,
    /// How many verified files arrived.
    pub succeeded: usize,
    /// The most requests open on the server at once.
    pub peak_open: usize,
    /// Wall time.
    pub took: Duration,
}

/// Starts a server with `urls` images of `image_bytes` bytes and `latency`, downloads them all
/// with `method` into a temporary folder, shuts the server down, and reports the server's
/// high-water mark of open requests.
pub fn crowd(
    method: Method,
    urls: usize,
    latency: Duration,
    image_bytes: usize,
) -> io::Result<Crowd> {
    let server = ImageServer::start(ServerConfig {
        images: urls,
        image_bytes,
        latency,
    })?;
    let folder = tempfile::tempdir()?;
    let run = run(
        method,
        &server.image_urls(),
        folder.path(),
        Duration::from_secs(30),
    )?;
    let report = server.shutdown();
    Ok(Crowd {
        method,
        succeeded: run.succeeded(),
        peak_open: report.peak_open,
        took: run.took,
    })
}

/// One line per URL: `✓ 0.png  262144 bytes, fnv1a … verified` or `✗ missing.png  HTTP status 404`.
pub fn describe(url: &str, result: &Result<Downloaded, DownloadError>) -> String {
    let name = url.rsplit('/').next().unwrap_or("?");
    match result {
        Ok(file) => format!(
            "✓ {name:<12} {:>8} bytes, fnv1a {:016x} verified",
            file.bytes, file.checksum
        ),
        Err(error) => format!("✗ {name:<12} {error}"),
    }
}
