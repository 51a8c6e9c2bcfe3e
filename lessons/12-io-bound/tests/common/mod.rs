//! Helpers the test files share.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use io_bound::support::Method;
use io_bound::{DownloadError, Downloaded, ImageServer, ServerConfig, fnv1a, image_bytes};

pub const KB: usize = 1024;

pub fn server(images: usize, image_bytes: usize, latency_ms: u64) -> ImageServer {
    ImageServer::start(ServerConfig {
        images,
        image_bytes,
        latency: Duration::from_millis(latency_ms),
    })
    .unwrap()
}

/// Every file under `root`, as paths relative to it.
pub fn files_under(root: &Path) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.insert(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    found
}

pub fn image_files(images: usize) -> BTreeSet<PathBuf> {
    (0..images)
        .map(|i| PathBuf::from(format!("{i}.png")))
        .collect()
}

/// Result `i` is image `i`, written into `folder`, byte for byte what the server generated.
pub fn assert_image_arrived(
    method: Method,
    result: &Result<Downloaded, DownloadError>,
    i: usize,
    folder: &Path,
    size: usize,
) {
    let file = result
        .as_ref()
        .unwrap_or_else(|e| panic!("{method}: image {i} failed: {e}"));
    assert_eq!(file.path, folder.join(format!("{i}.png")), "input order");
    let expected = image_bytes(i, size);
    assert_eq!(fs::read(&file.path).unwrap(), expected, "{method}");
    assert_eq!(file.checksum, fnv1a(&expected));
    assert_eq!(file.bytes, size);
}
