//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use threads_vs_processes::{run_processes, run_sequential, run_threads};
use timing::{Meeting, Span, max_overlap, record};

fn with_label<'a>(spans: &'a [Span], prefix: &'a str) -> Vec<Span> {
    spans
        .iter()
        .filter(|s| s.label.starts_with(prefix))
        .cloned()
        .collect()
}

#[test]
fn sequential_units_run_one_after_another_threads_and_processes_side_by_side() {
    lesson_test::in_own_process(|| {
        let exe = Path::new(env!("CARGO_BIN_EXE_threads-vs-processes"));
        let iterations = timing::iterations_for(Duration::from_millis(20));
        // Side by side means both units are under way at once: each unit's first progress report
        // waits (at most 10 s) until the other unit has reported too, so the overlap shows however
        // busy the cores are (a process can take longer to start than a unit takes to run). Units
        // run one after another would never meet, and would not overlap.
        let (threads_met, processes_met) = (both_under_way(), both_under_way());
        let (_, timeline) = record(|| {
            run_sequential(2, iterations, |_| ());
            run_threads(2, iterations, threads_met);
            run_processes(exe, 2, iterations, processes_met).unwrap();
        });
        let spans = timeline.spans();
        let me = std::thread::current().name().unwrap().to_string();
        let sequential = with_label(&spans, "sequential ");
        assert_eq!(sequential.len(), 2);
        assert!(
            sequential.iter().all(|s| s.thread == me),
            "on the calling thread"
        );
        assert_eq!(max_overlap(&sequential), 1, "{}", timeline.render());
        for prefix in ["thread ", "process "] {
            let these = with_label(&spans, prefix);
            assert_eq!(these.len(), 2, "{}", timeline.render());
            assert_ne!(these[0].thread, these[1].thread);
            assert_eq!(max_overlap(&these), 2, "{}", timeline.render());
        }
    });
}

/// A progress callback for two units: the first report of each waits for the other's.
fn both_under_way() -> impl Fn(usize) + Sync {
    let (meeting, reported) = (
        Meeting::new(2),
        [AtomicBool::new(false), AtomicBool::new(false)],
    );
    move |unit| {
        if !reported[unit].swap(true, Ordering::SeqCst) {
            meeting.wait(Duration::from_secs(10));
        }
    }
}
