//! Every claim lesson 12 makes, asserted against a real server on loopback. (Claims read from a
//! timeline, the speed-up among them, are in timelines.rs.)

use std::collections::BTreeSet;
use std::net::TcpStream;
use std::thread;
use std::time::{Duration, Instant};

use crate::common::{KB, assert_image_arrived, files_under, image_files, server};
use io_bound::support::{Method, crowd, run};
use io_bound::*;

#[test]
fn the_seed_clock_stops_long_before_the_downloads_end() {
    // Downloads of half a second: starting five threads took 106 ms once, on a machine busy
    // with this binary's other tests, against downloads of 60 ms.
    let server = server(5, 16 * KB, 500);
    let folder = tempfile::tempdir().unwrap();
    let downloader = Downloader::new(folder.path(), Duration::from_secs(10));
    let (started, finished, results) = seed_clock(&downloader, &server.image_urls());
    assert!(started * 3 < finished, "{started:?} vs {finished:?}");
    assert!(finished >= Duration::from_millis(500));
    assert!(results.iter().all(|r| r.is_ok()));
}

#[test]
fn failures_are_per_url_results_and_the_other_downloads_complete() {
    let server = server(4, 32 * KB, 20);
    let mut urls = server.image_urls();
    urls.extend([
        server.missing_url(),
        server.stall_url(),
        closed_port_url().unwrap(),
    ]);
    // Long enough for the good downloads on a busy machine (the other tests of this binary run
    // beside it); the stall waits for all of it.
    let timeout = Duration::from_secs(1);
    // The four methods at once, each into its own folder, so the test waits for one timeout.
    let results: Vec<_> = thread::scope(|s| {
        let handles: Vec<_> = Method::all(8)
            .into_iter()
            .map(|method| {
                let urls = &urls;
                s.spawn(move || {
                    let folder = tempfile::tempdir().unwrap();
                    let run = run(method, urls, folder.path(), timeout).unwrap();
                    (method, run, folder)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (method, run, folder) in &results {
        let results = &run.results;
        assert_eq!(results.len(), 7);
        for (i, result) in results[..4].iter().enumerate() {
            assert_image_arrived(*method, result, i, folder.path(), 32 * KB);
        }
        assert_eq!(results[4], Err(DownloadError::Status(404)), "{method}");
        assert_eq!(results[5], Err(DownloadError::TimedOut), "{method}");
        assert_eq!(results[6], Err(DownloadError::Refused), "{method}");
        assert_eq!(run.succeeded(), 4);
        // A failed URL leaves no file behind.
        assert_eq!(files_under(folder.path()), image_files(4), "{method}");
    }
    let report = server.shutdown();
    assert_eq!(
        report.requests,
        4 * 6,
        "the refused URL never reached the server"
    );
}

#[test]
fn a_pool_of_8_never_holds_more_than_8_requests_open_and_does_reach_8() {
    // Each request open for 200 ms: time enough for all eight workers to have one open at once
    // even when a busy machine takes tens of milliseconds to wake a worker (60 ms was not, with
    // both cores busy). Two rounds of eight, so that a ninth request would have to wait.
    let crowd = crowd(Method::Pool(8), 16, Duration::from_millis(200), 8 * KB).unwrap();
    assert_eq!(crowd.succeeded, 16);
    assert_eq!(crowd.peak_open, 8);
}

#[test]
fn one_thread_per_url_holds_far_more_requests_open() {
    let crowd = crowd(Method::ThreadPerUrl, 100, Duration::from_millis(40), 8 * KB).unwrap();
    assert_eq!(crowd.succeeded, 100);
    assert!(crowd.peak_open > 16, "peak {}", crowd.peak_open);
}

#[test]
fn the_server_thread_stops_even_with_a_request_stalled() {
    let server = server(1, KB, 0);
    let addr = server.addr();
    assert!(addr.ip().is_loopback());
    let folder = tempfile::tempdir().unwrap();
    let impatient = Downloader::new(folder.path(), Duration::from_millis(100));
    assert_eq!(
        impatient.download(&server.stall_url()),
        Err(DownloadError::TimedOut)
    );
    // Patient: on a busy machine even loopback can take longer than 100 ms.
    let downloader = Downloader::new(folder.path(), Duration::from_secs(10));
    assert!(downloader.download(&server.image_url(0)).is_ok());
    // The stalled request is still open on the server, waiting...
    let start = Instant::now();
    let report = server.shutdown(); // ...until shutdown ends it and joins every thread.
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(report.requests, 2);
    assert_eq!(report.handlers_joined, 2);
    // Once the server is gone, nothing listens on its port.
    let closed_by = Instant::now() + Duration::from_secs(2);
    while TcpStream::connect(addr).is_ok() {
        assert!(
            Instant::now() < closed_by,
            "the port still accepts connections"
        );
        thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn nothing_is_written_outside_the_temporary_folder() {
    let server = server(3, 4 * KB, 0);
    let outside = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir_in(outside.path()).unwrap();
    let mut urls = server.image_urls();
    let base = format!("http://{}", server.addr());
    urls.extend([
        format!("{base}/images/.."),
        format!("{base}/images/..%2F..%2Fescaped.png"),
        format!("{base}/"),
    ]);
    let run = run(
        Method::Pool(4),
        &urls,
        folder.path(),
        Duration::from_secs(10),
    )
    .unwrap();
    assert_eq!(run.succeeded(), 3);
    for (result, url) in run.results[3..].iter().zip(&urls[3..]) {
        assert_eq!(*result, Err(DownloadError::BadName), "{url}");
    }
    let inside = folder.path().strip_prefix(outside.path()).unwrap();
    let expected: BTreeSet<_> = image_files(3).iter().map(|f| inside.join(f)).collect();
    assert_eq!(files_under(outside.path()), expected);
    // And the folder itself goes away with its TempDir.
    let path = folder.path().to_path_buf();
    drop(folder);
    assert!(!path.exists());
}

#[test]
fn the_seeds_file_name_rule_is_kept_but_made_safe() {
    assert_eq!(
        file_name_for("http://h/a/b/c.gif").as_deref(),
        Some("c.gif")
    );
    assert_eq!(
        file_name_for("http://h/c.gif?x=1#top").as_deref(),
        Some("c.gif")
    );
    for bad in [
        "http://h/",
        "http://h/..",
        "http://h/.",
        "http://h/a%2F..",
        "http://h/a b",
    ] {
        assert_eq!(file_name_for(bad), None, "{bad}");
    }
}

/// A one-request server that lies about (or forgets) the checksum.
fn lying_server(checksum: Option<&'static str>) -> (String, thread::JoinHandle<()>) {
    let http = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!("http://{}/lie.png", http.server_addr().to_ip().unwrap());
    let thread = thread::spawn(move || {
        let request = http.recv_timeout(Duration::from_secs(5)).unwrap().unwrap();
        let mut response = tiny_http::Response::from_data(b"not the promised bytes".to_vec());
        if let Some(checksum) = checksum {
            response.add_header(tiny_http::Header::from_bytes("X-Checksum", checksum).unwrap());
        }
        request.respond(response).unwrap();
    });
    (url, thread)
}

#[test]
fn a_file_that_does_not_match_the_servers_checksum_is_an_error_and_is_deleted() {
    let folder = tempfile::tempdir().unwrap();
    let downloader = Downloader::new(folder.path(), Duration::from_secs(5));

    let (url, server) = lying_server(Some("0123456789abcdef"));
    let result = downloader.download(&url);
    server.join().unwrap();
    assert_eq!(
        result,
        Err(DownloadError::ChecksumMismatch {
            expected: 0x0123_4567_89ab_cdef,
            actual: fnv1a(b"not the promised bytes"),
        })
    );

    let (url, server) = lying_server(None);
    let result = downloader.download(&url);
    server.join().unwrap();
    assert_eq!(result, Err(DownloadError::NoChecksum));

    assert!(files_under(folder.path()).is_empty());
}

#[test]
fn images_are_deterministic_and_distinct() {
    assert_eq!(image_bytes(7, 300 * KB), image_bytes(7, 300 * KB));
    let checksums: BTreeSet<_> = (0..20).map(|i| fnv1a(&image_bytes(i, KB))).collect();
    assert_eq!(checksums.len(), 20);
}
