//! The image server: real HTTP on loopback, in this process, on its own thread.
//!
//! Any lesson (or test) that needs a slow server to wait on can start one:
//!
//! ```
//! use std::time::Duration;
//! use io_bound::{ImageServer, ServerConfig};
//!
//! let server = ImageServer::start(ServerConfig {
//!     images: 3,                              // /images/0.png .. /images/2.png
//!     image_bytes: 1024,                      // each 1 KiB
//!     latency: Duration::from_millis(10),     // every answer waits this long (scaled)
//! })
//! .unwrap();
//! let urls: Vec<String> = server.image_urls(); // http://127.0.0.1:PORT/images/0.png, ...
//! assert_eq!(urls.len(), 3);
//! // ... download them with any client ...
//! let report = server.shutdown();             // ends stalled requests, joins every thread
//! assert_eq!(report.requests, 0);
//! ```

use std::io;
use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use crate::fnv1a;

// ANCHOR: image_bytes
/// The bytes of image number `index`: a PNG signature followed by `size - 8` pseudo-random bytes
/// (xorshift64, seeded by the index), so every run serves the same files and two images differ.
///
/// ```
/// let a = io_bound::image_bytes(3, 1000);
/// assert_eq!(a.len(), 1000);
/// assert_eq!(&a[..4], b"\x89PNG");
/// assert_eq!(a, io_bound::image_bytes(3, 1000));
/// assert_ne!(a, io_bound::image_bytes(4, 1000));
/// ```
pub fn image_bytes(index: usize, size: usize) -> Vec<u8> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    let mut bytes = Vec::with_capacity(size);
    bytes.extend_from_slice(&SIGNATURE[..SIGNATURE.len().min(size)]);
    // Any non-zero seed works for xorshift; the odd constant spreads small indices apart.
    let mut state = (index as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    while bytes.len() < size {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let take = (size - bytes.len()).min(8);
        bytes.extend_from_slice(&state.to_le_bytes()[..take]);
    }
    bytes
}
// ANCHOR_END: image_bytes

/// What the server serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerConfig {
    /// How many images: `/images/0.png` to `/images/{images - 1}.png`.
    pub images: usize,
    /// The size of each image in bytes.
    pub image_bytes: usize,
    /// How long every request waits before it is answered, through [`timing::sleep`] (so
    /// `LESSON_TIME_SCALE` scales it): the network and the far server, simulated.
    pub latency: Duration,
}

// ANCHOR: open_requests
/// The requests the server is working on right now, and the most there ever were at once.
#[derive(Debug, Default)]
struct OpenRequests {
    now: AtomicUsize,
    peak: AtomicUsize,
}

impl OpenRequests {
    fn open(&self) {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
    }

    fn close(&self) {
        self.now.fetch_sub(1, Ordering::SeqCst);
    }
}
// ANCHOR_END: open_requests

/// What the server saw, returned by [`ImageServer::shutdown`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerReport {
    /// Requests received.
    pub requests: usize,
    /// The most requests open at the same time (the high-water mark).
    pub peak_open: usize,
    /// Handler threads joined at shutdown or before: one per request.
    pub handlers_joined: usize,
}

struct Shared {
    http: tiny_http::Server,
    config: ServerConfig,
    stop: AtomicBool,
    requests: AtomicUsize,
    open: OpenRequests,
}

/// A real HTTP server on `127.0.0.1` with a port the OS picked, running on its own thread.
///
/// - `GET /images/{i}.png`: image `i` ([`image_bytes`]), with its FNV-1a checksum in the
///   `X-Checksum` header, after the configured latency;
/// - `GET /stall.png`: never answers; the request ends only when the server shuts down;
/// - anything else: `404 Not Found`, after the latency.
///
/// Each request is handled on its own thread, so slow requests overlap. Dropping the server
/// shuts it down like [`ImageServer::shutdown`].
pub struct ImageServer {
    shared: Arc<Shared>,
    addr: SocketAddr,
    thread: Option<JoinHandle<usize>>,
}

// ANCHOR: start
impl ImageServer {
    /// Binds `127.0.0.1:0` (loopback only; port 0 lets the OS choose a free port) and starts
    /// the server thread. See the [module docs](self) for an example.
    pub fn start(config: ServerConfig) -> io::Result<ImageServer> {
        let http = tiny_http::Server::http("127.0.0.1:0").map_err(io::Error::other)?;
        let addr = http
            .server_addr()
            .to_ip()
            .ok_or_else(|| io::Error::other("not an IP address"))?;
        let shared = Arc::new(Shared {
            http,
            config,
            stop: AtomicBool::new(false),
            requests: AtomicUsize::new(0),
            open: OpenRequests::default(),
        });
        let serving = Arc::clone(&shared);
        let thread = thread::Builder::new()
            .name("image-server".to_string())
            .spawn(move || serve(&serving))?;
        Ok(ImageServer {
            shared,
            addr,
            thread: Some(thread),
        })
    }
}
// ANCHOR_END: start

impl ImageServer {
    /// The address the server listens on (always `127.0.0.1`).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL of image `index`.
    pub fn image_url(&self, index: usize) -> String {
        format!("http://{}/images/{index}.png", self.addr)
    }

    /// The URLs of all the server's images, in order.
    pub fn image_urls(&self) -> Vec<String> {
        (0..self.shared.config.images)
            .map(|i| self.image_url(i))
            .collect()
    }

    /// A URL that answers `404 Not Found`.
    pub fn missing_url(&self) -> String {
        format!("http://{}/missing.png", self.addr)
    }

    /// A URL that never answers (until the server shuts down).
    pub fn stall_url(&self) -> String {
        format!("http://{}/stall.png", self.addr)
    }

    /// The most requests that were open at the same time so far.
    pub fn peak_open(&self) -> usize {
        self.shared.open.peak.load(Ordering::SeqCst)
    }

    /// Requests received so far.
    pub fn requests(&self) -> usize {
        self.shared.requests.load(Ordering::SeqCst)
    }
}

// ANCHOR: shutdown
impl ImageServer {
    /// Stops the server: stalled requests give up, the server thread joins every handler
    /// thread, then this joins the server thread.
    pub fn shutdown(mut self) -> ServerReport {
        self.stop()
    }

    fn stop(&mut self) -> ServerReport {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.http.unblock(); // wakes the server thread's `recv()`
        let handlers_joined = self.thread.take().map_or(0, |thread| {
            thread.join().expect("the server thread does not panic")
        });
        ServerReport {
            requests: self.requests(),
            peak_open: self.peak_open(),
            handlers_joined,
        }
    }
}
// ANCHOR_END: shutdown

impl Drop for ImageServer {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.stop();
        }
    }
}

// ANCHOR: serve
/// The server thread: one handler thread per request; returns how many it joined.
fn serve(shared: &Arc<Shared>) -> usize {
    let mut handlers: Vec<JoinHandle<()>> = Vec::new();
    let mut joined = 0;
    // `recv` returns Err once `unblock` is called (after the requests already queued).
    while let Ok(request) = shared.http.recv() {
        shared.requests.fetch_add(1, Ordering::SeqCst);
        shared.open.open();
        let for_handler = Arc::clone(shared);
        let spawned = thread::Builder::new()
            .name("server-handler".to_string())
            .spawn(move || handle(&for_handler, request));
        match spawned {
            Ok(handler) => handlers.push(handler),
            Err(_) => shared.open.close(), // the request is dropped: tiny_http answers 500
        }
        // Join the handlers that are done, so a long-running server does not pile them up.
        let (done, running) = handlers.into_iter().partition(|h| h.is_finished());
        handlers = running;
        joined += join_all(done);
    }
    joined + join_all(handlers)
}

fn join_all(handlers: Vec<JoinHandle<()>>) -> usize {
    let count = handlers.len();
    for handler in handlers {
        handler.join().expect("a handler does not panic");
    }
    count
}
// ANCHOR_END: serve

// ANCHOR: handle
fn handle(shared: &Shared, request: tiny_http::Request) {
    let config = shared.config;
    let response = if request.url() == "/stall.png" {
        // Stall in short slices, so shutdown can end it and join this thread.
        while !shared.stop.load(Ordering::SeqCst) {
            thread::sleep(Duration::from_millis(10));
        }
        tiny_http::Response::from_data(b"shutting down".to_vec()).with_status_code(503)
    } else {
        timing::sleep(config.latency);
        match image_index(request.url()).filter(|&i| i < config.images) {
            Some(index) => {
                let bytes = image_bytes(index, config.image_bytes);
                let checksum = format!("{:016x}", fnv1a(&bytes));
                tiny_http::Response::from_data(bytes)
                    .with_header(header("Content-Type", "image/png"))
                    .with_header(header("X-Checksum", &checksum))
            }
            None => tiny_http::Response::from_data(b"not found".to_vec()).with_status_code(404),
        }
    };
    // Closed before the answer goes out: once the client holds a response it may send its next
    // request, and that one must not be counted while this one still is.
    shared.open.close();
    let _ = request.respond(response); // the client may have given up: not the server's problem
}
// ANCHOR_END: handle

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name, value).expect("ASCII header")
}

fn image_index(path: &str) -> Option<usize> {
    path.strip_prefix("/images/")?
        .strip_suffix(".png")?
        .parse()
        .ok()
}

// ANCHOR: closed_port
/// A URL on a port where nothing listens: bind a port, note it, close it. Connecting to it is
/// refused straight away (unless another program grabs the same port in between, which the OS
/// makes unlikely by handing out ports in turn).
pub fn closed_port_url() -> io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    drop(listener);
    Ok(format!("http://{addr}/refused.png"))
}
// ANCHOR_END: closed_port
