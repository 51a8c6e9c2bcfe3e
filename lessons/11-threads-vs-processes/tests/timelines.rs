//! Claims read from a timeline. Recording is process-wide, so every test in this file records.

use std::path::Path;

use threads_vs_processes::{run_processes, run_sequential, run_threads};
use timing::{Span, max_overlap, record};

fn with_label<'a>(spans: &'a [Span], prefix: &'a str) -> Vec<Span> {
    spans
        .iter()
        .filter(|s| s.label.starts_with(prefix))
        .cloned()
        .collect()
}

#[test]
fn sequential_units_run_one_after_another_threads_and_processes_side_by_side() {
    let exe = Path::new(env!("CARGO_BIN_EXE_threads-vs-processes"));
    // Units of about 60 ms: wall-clock overlap shows even when the cores are busy (the units
    // are all under way at once, whoever the OS lets run).
    let iterations = timing::iterations_for(std::time::Duration::from_millis(60));
    let (_, timeline) = record(|| {
        run_sequential(2, iterations, |_| ());
        run_threads(2, iterations, |_| ());
        run_processes(exe, 2, iterations, |_| ()).unwrap();
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
}
