//! Lesson 12: concurrent downloads over real HTTP on loopback.
//!
//! Seed 003's "real life example" downloads five images with `requests`, one thread each, and
//! prints `Completed in 0.02 second(s)` because it never joins its threads. This lesson does it
//! properly, without the internet:
//!
//! - [`Downloader`]: a real blocking HTTP client (`ureq`) that writes each file into a folder
//!   and verifies its [`fnv1a`] checksum against the server's;
//! - four ways to download a list ([`sequential`], [`thread_per_url`], [`with_pool`],
//!   [`with_rayon`]), where every failure is one URL's [`DownloadError`], never a crash;
//! - [`seed_clock`]: what the seed timed, and what it should have;
//! - [`ImageServer`] (in [`support::server`]): a real HTTP server (`tiny_http`) on `127.0.0.1`,
//!   in this process, serving generated images with a configurable latency, a 404 and a URL that
//!   never answers. Other lessons can start one too: see [`ImageServer::start`].

mod checksum;
mod client;
mod methods;
pub mod support;

pub use checksum::fnv1a;
pub use client::{DownloadError, Downloaded, Downloader, file_name_for};
pub use methods::{seed_clock, sequential, thread_per_url, with_pool, with_rayon};
pub use support::server::{ImageServer, ServerConfig, ServerReport, closed_port_url, image_bytes};
