//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use lesson_test::EndToEnd;

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = EndToEnd::new(env!("CARGO_BIN_EXE_io-bound"))
        .scale("0.02")
        .args(&["--image-kb", "16", "--crowd", "30"]) // the claims crowd the server with 100
        .prints(&[
            "Seed 003's real-life example",
            "Completed in {end - start: .2f} second(s)",
            "that is what the seed timed",
            "sequential (",
            "thread per URL (",
            "pools::ThreadPool(8) (",
            "rayon, 8 threads (",
            "speed-up",
            "Timeline: sequential",
            "pool-worker-",
            "✓ 0.png",
            "✗ missing.png  HTTP status 404",
            "✗ stall.png    timed out",
            "✗ refused.png  connection refused",
            " of 8 verified",
            "server shut down and its thread joined",
            "pools::ThreadPool(8)     30 URLs:  30 ok",
            "thread per URL           30 URLs:  30 ok",
            "exists = false",
        ])
        .usage_error(&["--workers", "0"], "--workers")
        .check();
    // With the latency scaled down to 2 ms, fewer requests may overlap, but never more than 8.
    let pool_line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("pools::ThreadPool(8)     30 URLs"))
        .unwrap();
    let peak: usize = pool_line
        .split("at most")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no peak in {pool_line:?}"));
    assert!((1..=8).contains(&peak), "{pool_line}");
}
