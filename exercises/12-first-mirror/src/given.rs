//! Given: leave this file as it is.

/// Downloads one URL and returns its body, or why it failed (a 404, a refused connection, no
/// answer within 10 s), as a message that names the URL. Call it from your threads. Each
/// download is one span in the chart of your threads, and lets the tests count how many run at
/// once (its code is in `exercises/grader/src/downloads.rs`).
pub use grader::downloads::fetch;
