//! Lesson 12: concurrent downloads over real HTTP on loopback.
//!
//! Seed 003's "real life example" downloads five images with `requests`, one thread each, and
//! prints `Completed in 0.02 second(s)` because it never joins its threads. This lesson does it
//! properly, without the internet:
//!
//! - [`ImageServer`]: a real HTTP server (`tiny_http`) on `127.0.0.1`, in this process, serving
//!   generated images with a configurable latency, a 404 and a URL that never answers;
//! - [`Downloader`]: a real blocking HTTP client (`ureq`) that writes each file into a folder
//!   (a `tempfile::TempDir`) and verifies its [`fnv1a`] checksum against the server's;
//! - four ways to download a list ([`sequential`], [`thread_per_url`], [`with_pool`],
//!   [`with_rayon`]), where every failure is one URL's [`DownloadError`], never a crash;
//! - [`crowd`]: what the server sees when 100 URLs arrive at once, or through a pool of 8.

mod checksum;
mod client;
mod methods;
mod server;

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use timing::Timeline;

pub use checksum::fnv1a;
pub use client::{DownloadError, Downloaded, Downloader, file_name_for};
pub use methods::{Method, Outcome, seed_clock, sequential, thread_per_url, with_pool, with_rayon};
pub use server::{ImageServer, ServerConfig, ServerReport, closed_port_url, image_bytes};

/// One method's run: how long it took, what happened to each URL, and who did what when.
pub struct Run {
    /// The method.
    pub method: Method,
    /// Wall time for the whole list.
    pub took: Duration,
    /// One per URL, in input order.
    pub outcomes: Vec<Outcome>,
    /// One span per download.
    pub timeline: Arc<Timeline>,
}

impl Run {
    /// How many URLs became verified files.
    pub fn succeeded(&self) -> usize {
        self.outcomes.iter().filter(|o| o.result.is_ok()).count()
    }
}

// ANCHOR: run
/// Downloads `urls` into `folder` with `method`, a client timeout of `timeout`, and times it.
pub fn run(method: Method, urls: &[String], folder: &Path, timeout: Duration) -> io::Result<Run> {
    let downloader = Downloader::new(folder, timeout);
    let (outcomes, took) = timing::timed(|| method.run(&downloader, urls));
    Ok(Run {
        method,
        took,
        outcomes: outcomes?,
        timeline: downloader.shared_timeline(),
    })
}
// ANCHOR_END: run

/// What the server saw while one method downloaded many images.
pub struct Crowd {
    /// The method.
    pub method: Method,
    /// How many verified files arrived.
    pub succeeded: usize,
    /// The most requests open on the server at once.
    pub peak_open: usize,
    /// Wall time.
    pub took: Duration,
    /// One span per download.
    pub timeline: Arc<Timeline>,
}

// ANCHOR: crowd
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
        timeline: run.timeline,
    })
}
// ANCHOR_END: crowd
