//! Claims read from a recorded timeline (back-pressure). Every test here goes through
//! `timing::record`, which runs one recording at a time.

use std::time::Duration;

use producer_consumer::back_pressure;
use producer_consumer::support::Pressure;

#[test]
fn back_pressure_stalls_a_fast_producer_to_the_consumers_pace() {
    let (items, maxsize, work) = (6u32, 2usize, Duration::from_millis(20));
    let (backlog, timeline) = timing::record(|| back_pressure(items, maxsize, work));
    let bounded = Pressure::from_timeline(&timeline);
    let (piled_up, unbounded) = timing::record(|| back_pressure(items, 0, work));
    let unbounded = Pressure::from_timeline(&unbounded);

    assert!(backlog <= maxsize, "{backlog}");
    assert_eq!(bounded.puts, items as usize);
    assert!(timeline.spans().iter().all(|s| {
        let producer = s.label.starts_with("put ");
        (s.thread == "producer") == producer && (producer || s.thread == "consumer")
    }));
    // The producer can be at most `maxsize` items (+1 in the consumer's hands) ahead: it cannot
    // put its last item before the consumer has handled items - maxsize - 1 of them...
    let floor = work * (items - maxsize as u32 - 1);
    assert!(bounded.producer_done >= floor, "{bounded:?}");
    // ...and it spends that time waiting in put, as the chart's put bars show.
    assert!(bounded.stalled >= bounded.producer_done / 2, "{bounded:?}");

    // Unbounded, the producer never waits: it is done long before, with items piled up.
    assert!(
        unbounded.producer_done < bounded.producer_done / 2,
        "{unbounded:?}"
    );
    assert!(piled_up > maxsize, "{piled_up}");
    // The consumer finishes at about the same time either way.
    for run in [&bounded, &unbounded] {
        assert!(run.consumer_done >= work * items, "{run:?}");
    }
    let ratio = bounded.consumer_done.as_secs_f64() / unbounded.consumer_done.as_secs_f64();
    assert!((0.5..2.0).contains(&ratio), "{ratio}");
}
