//! The client: download one URL into a folder, verify it, and say what went wrong if it did.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::checksum::fnv1a;

/// A file that arrived and matched the checksum the server sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downloaded {
    /// Where it was written.
    pub path: PathBuf,
    /// How many bytes.
    pub bytes: usize,
    /// Its FNV-1a checksum, equal to the server's.
    pub checksum: u64,
}

// ANCHOR: error
/// Why one URL did not become a verified file: a value the caller reports, not a crash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownloadError {
    /// The URL's last segment is not a plain file name (`..`, empty, odd characters).
    BadName,
    /// The server answered with an error status, e.g. 404.
    Status(u16),
    /// No answer within the client's timeout.
    TimedOut,
    /// Nothing listens on that port.
    Refused,
    /// Any other network or protocol failure.
    Network(String),
    /// The server sent no `X-Checksum` header to verify against.
    NoChecksum,
    /// The file on disk does not match what the server said it sent.
    ChecksumMismatch {
        /// The server's checksum.
        expected: u64,
        /// The checksum of the file written.
        actual: u64,
    },
    /// Writing or reading back the file failed.
    File(String),
    /// The thread or task doing the download could not start or panicked.
    Task(String),
}
// ANCHOR_END: error

impl fmt::Display for DownloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DownloadError::BadName => write!(f, "no usable file name in the URL"),
            DownloadError::Status(code) => write!(f, "HTTP status {code}"),
            DownloadError::TimedOut => write!(f, "timed out"),
            DownloadError::Refused => write!(f, "connection refused"),
            DownloadError::Network(why) => write!(f, "network error: {why}"),
            DownloadError::NoChecksum => write!(f, "the server sent no checksum"),
            DownloadError::ChecksumMismatch { expected, actual } => {
                write!(f, "checksum {actual:016x}, expected {expected:016x}")
            }
            DownloadError::File(why) => write!(f, "file error: {why}"),
            DownloadError::Task(why) => write!(f, "task failed: {why}"),
        }
    }
}

impl std::error::Error for DownloadError {}

// ANCHOR: from_ureq
impl From<ureq::Error> for DownloadError {
    fn from(error: ureq::Error) -> Self {
        match error {
            ureq::Error::StatusCode(code) => DownloadError::Status(code),
            ureq::Error::Timeout(_) => DownloadError::TimedOut,
            ureq::Error::Io(e) if e.kind() == io::ErrorKind::ConnectionRefused => {
                DownloadError::Refused
            }
            ureq::Error::Io(e) if e.kind() == io::ErrorKind::TimedOut => DownloadError::TimedOut,
            other => DownloadError::Network(other.to_string()),
        }
    }
}
// ANCHOR_END: from_ureq

impl From<io::Error> for DownloadError {
    fn from(error: io::Error) -> Self {
        DownloadError::File(error.to_string())
    }
}

// ANCHOR: file_name
/// The seed's `url.split('/')[-1]`, made safe: the last path segment, if it is a plain file
/// name (letters, digits, `.`, `-`, `_`; not `.` or `..`), so every file lands in the folder.
///
/// ```
/// use io_bound::file_name_for;
/// assert_eq!(file_name_for("http://127.0.0.1:8080/images/3.png").as_deref(), Some("3.png"));
/// assert_eq!(file_name_for("http://127.0.0.1:8080/images/..").as_deref(), None);
/// assert_eq!(file_name_for("http://127.0.0.1:8080/").as_deref(), None);
/// ```
pub fn file_name_for(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let name = path.rsplit('/').next()?;
    let plain = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    (plain && !name.is_empty() && name != "." && name != "..").then(|| name.to_string())
}
// ANCHOR_END: file_name

// ANCHOR: agent
/// A blocking HTTP client that downloads into one folder. Cloning is cheap (the agent is shared),
/// so every thread can have its own.
#[derive(Clone)]
pub struct Downloader {
    agent: ureq::Agent,
    folder: PathBuf,
}

impl Downloader {
    /// A client that writes into `folder` and gives up on a URL after `timeout` (connecting,
    /// waiting and reading the body, all together).
    pub fn new(folder: &Path, timeout: Duration) -> Downloader {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .build()
            .new_agent();
        let folder = folder.to_path_buf();
        Downloader { agent, folder }
    }
}
// ANCHOR_END: agent

// ANCHOR: download
impl Downloader {
    /// Downloads `url` into the folder, reads the file back and checks it against the checksum
    /// the server sent. A file that fails the check is deleted.
    pub fn download(&self, url: &str) -> Result<Downloaded, DownloadError> {
        let name = file_name_for(url).ok_or(DownloadError::BadName)?;
        let _span = timing::span_guard(name.clone()); // one bar per download in the charts
        let mut response = self
            .agent
            .get(url)
            .header("Connection", "close") // one connection per download
            .call()?; // 404, timeout, refused: Err here
        let expected = response
            .headers()
            .get("x-checksum")
            .and_then(|value| value.to_str().ok())
            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
            .ok_or(DownloadError::NoChecksum)?;
        let body = response.body_mut().read_to_vec()?;
        let path = self.folder.join(&name);
        fs::write(&path, &body)?;
        let actual = fnv1a(&fs::read(&path)?);
        if actual != expected {
            let _ = fs::remove_file(&path);
            return Err(DownloadError::ChecksumMismatch { expected, actual });
        }
        let bytes = body.len();
        Ok(Downloaded {
            path,
            bytes,
            checksum: actual,
        })
    }
}
// ANCHOR_END: download

impl Downloader {
    /// The folder files are written into.
    pub fn folder(&self) -> &Path {
        &self.folder
    }
}
