//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use lesson_test::EndToEnd;

#[test]
fn the_lesson_runs_and_prints_every_section() {
    EndToEnd::new(env!("CARGO_BIN_EXE_daemon"))
        .prints(&[
            "── A thread nobody joins dies with main (daemon=True) ──",
            "  child│ main: returning without join",
            // (how many rounds a cut-short thread printed is asserted in claims.rs)
            "its cleanup never ran; main's cleanup ran\n",
            "── Keep the handle and join it (daemon=False) ──",
            "  child│ background: finished",
            "the background thread printed 5 of 5 rounds\nits cleanup ran; main's cleanup ran",
            "  child│ main: calling process::exit(0)",
            "its cleanup never ran; main's cleanup never ran",
            "the BufWriter's line was lost",
            "the line without a newline reached stdout",
            "worker: handled item 5",
            "items handled: [1, 2, 3, 4, 5]",
            "shutdown gave up after",
            "slow-worker: handled item 1",
            "joined: it handled 1 item",
        ])
        .usage_error(&["--rounds", "1"], "--rounds")
        .check();
}
