//! Claims read from a recorded timeline. Recording is process-wide, so every test in this file
//! records (and `timing::record` runs one recording at a time).

use std::time::Duration;

use rustwork::feed::sqrt_feed;
use rustwork::threads::map_on_threads;
use rustwork::work::{sqrt_sum, sqrt_sums};
use timing::{iterations_for, record};

#[test]
fn rayon_runs_the_units_of_one_call_side_by_side() {
    // Units of about 60 ms: wall-clock overlap shows even on busy cores.
    let n = iterations_for(Duration::from_millis(60));
    let (_, timeline) = record(|| sqrt_sums(&[n, n]));
    let spans = timeline.spans();
    assert_eq!(spans.len(), 2, "{}", timeline.render());
    assert!(spans.iter().all(|s| s.label == "sqrt_sum"));
    assert_ne!(spans[0].thread, spans[1].thread);
    assert_eq!(timeline.max_overlap(), 2, "{}", timeline.render());
}

#[test]
fn map_on_threads_runs_its_workers_side_by_side() {
    let n = iterations_for(Duration::from_millis(60));
    let (_, timeline) = record(|| map_on_threads(&[n, n], 2, |&n| Ok::<_, ()>(sqrt_sum(n))));
    let threads: Vec<String> = timeline.spans().into_iter().map(|s| s.thread).collect();
    assert!(threads.contains(&"worker 1".into()) && threads.contains(&"worker 2".into()));
    assert_eq!(timeline.max_overlap(), 2, "{}", timeline.render());
}

#[test]
fn a_feeds_consumer_waits_while_the_producer_computes() {
    let (results, timeline) = record(|| {
        let n = iterations_for(Duration::from_millis(30));
        sqrt_feed(vec![n, n, n], 1).collect::<Vec<_>>()
    });
    assert_eq!(results.len(), 3);
    let spans = timeline.spans();
    let on = |thread: &str| spans.iter().filter(|s| s.thread == thread).count();
    assert_eq!(on("producer"), 3, "{}", timeline.render());
    let me = std::thread::current().name().unwrap().to_string();
    // One wait per result, and the last one that sees the end.
    assert_eq!(on(&me), 4, "{}", timeline.render());
    // Read against the producer's own first unit, not a clock: the units are sized while other
    // tests compute, and one sized for 30 ms once ran in 9. The wait began before that unit was
    // done and ended only when its result arrived, so the consumer waited while it was computed.
    let first_wait = spans.iter().find(|s| s.thread == me).unwrap();
    let first_unit = spans.iter().find(|s| s.thread == "producer").unwrap();
    assert!(first_wait.overlaps(first_unit), "{}", timeline.render());
    assert!(first_wait.end >= first_unit.end, "{}", timeline.render());
}
