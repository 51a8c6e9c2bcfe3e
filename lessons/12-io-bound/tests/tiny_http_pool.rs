//! What the chapter says of tiny_http's connection threads, asserted: it reads each connection
//! on a thread of its own pool, 4 at first, and adds a thread when a connection arrives while
//! none is idle.

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::common::{KB, server};
use io_bound::{Downloader, ImageServer};

/// Opens a connection and sends a request for the URL that never answers: the connection stays
/// open, and the tiny_http thread reading it stays busy.
fn stalled_connection(server: &ImageServer) -> TcpStream {
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    write!(stream, "GET /stall.png HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    stream
}

/// Waits (at most 5 s) until the server has received `n` requests: a tiny_http thread read it.
fn until_received(server: &ImageServer, n: usize) {
    let give_up = Instant::now() + Duration::from_secs(5);
    while server.requests() < n {
        assert!(Instant::now() < give_up, "request {n} was never read");
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn a_connection_that_finds_no_idle_thread_gets_a_new_one() {
    let server = server(1, KB, 0);
    let folder = tempfile::tempdir().unwrap();
    let downloader = Downloader::new(folder.path(), Duration::from_secs(5));
    assert!(downloader.download(&server.image_url(0)).is_ok()); // tiny_http's pool is up
    let mut open = Vec::new();
    // Four stalled connections take tiny_http's four first threads...
    for n in 1..=4 {
        open.push(stalled_connection(&server));
        until_received(&server, 1 + n);
    }
    // ...and each further one is read all the same: by a thread added for it, since each of the
    // others is still busy reading its open connection.
    for n in 5..=12 {
        open.push(stalled_connection(&server));
        until_received(&server, 1 + n);
    }
    assert!(downloader.download(&server.image_url(0)).is_ok());
    drop(open);
    server.shutdown();
}
