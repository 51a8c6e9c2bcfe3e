//! Given: leave this file as it is. Seed 003's `foo`.

use std::thread;
use std::time::Duration;

/// Seed 003's `foo(t)`: prints, sleeps `t` (one span of the chart), prints.
pub fn foo(t: Duration) {
    grader::point(&format!("foo({t:?}) starts")); // where the tests may step in
    println!("About to sleep for {t:?}....");
    timing::span(format!("foo({t:?})"), || thread::sleep(t));
    println!("Done sleeping for {t:?}...");
    grader::point(&format!("foo({t:?}) ends"));
}
