//! Given: leave this file as it is.

use std::thread;
use std::time::Duration;

/// The seed's `some_task(sec)`: sleeps `sec` × `unit` (drawn as a span named `sleep {sec}`) and
/// returns `"Done {sec}"`.
pub fn some_task(sec: u64, unit: Duration) -> String {
    timing::span(format!("sleep {sec}"), || thread::sleep(unit * sec as u32));
    format!("Done {sec}")
}
