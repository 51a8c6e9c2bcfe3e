//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::time::Duration;

use producer_consumer::back_pressure;
use producer_consumer::support::Pressure;

#[test]
fn back_pressure_stalls_a_fast_producer_to_the_consumers_pace() {
    lesson_test::in_own_process(|| {
        let (items, maxsize, work) = (6u32, 2usize, Duration::from_millis(20));
        // What is counted holds in every run; what is timed can only get worse under load (each
        // hand-over waits for a core): up to three rounds, until one shows all the timed claims.
        let mut rounds = 0;
        loop {
            rounds += 1;
            let (bounded, unbounded) = counted_claims(items, maxsize, work);
            let timed = timed_claims(&bounded, &unbounded);
            if timed.is_ok() || rounds == 3 {
                timed.unwrap_or_else(|claim| panic!("{claim}: {bounded:?} vs {unbounded:?}"));
                break;
            }
        }
    });
}

/// Runs the bounded and the unbounded story and asserts what they count.
fn counted_claims(items: u32, maxsize: usize, work: Duration) -> (Pressure, Pressure) {
    let (backlog, timeline) = timing::record(|| back_pressure(items, maxsize, work));
    let bounded = Pressure::from_timeline(&timeline);
    let (piled_up, unbounded) = timing::record(|| back_pressure(items, 0, work));
    let unbounded = Pressure::from_timeline(&unbounded);
    assert!(backlog <= maxsize, "{backlog}");
    assert!(piled_up > maxsize, "{piled_up}");
    assert_eq!(bounded.puts, items as usize);
    assert!(timeline.spans().iter().all(|s| {
        let producer = s.label.starts_with("put ");
        (s.thread == "producer") == producer && (producer || s.thread == "consumer")
    }));
    // The producer can be at most `maxsize` items (+1 in the consumer's hands) ahead: it cannot
    // put its last item before the consumer has handled items - maxsize - 1 of them.
    let floor = work * (items - maxsize as u32 - 1);
    assert!(bounded.producer_done >= floor, "{bounded:?}");
    for run in [&bounded, &unbounded] {
        assert!(run.consumer_done >= work * items, "{run:?}");
    }
    (bounded, unbounded)
}

/// The claims about time, or the first that does not hold.
fn timed_claims(bounded: &Pressure, unbounded: &Pressure) -> Result<(), &'static str> {
    // The bounded producer spends its time waiting in put, as the chart's put bars show.
    if bounded.stalled < bounded.producer_done / 2 {
        return Err("the bounded producer did not wait in put");
    }
    // Unbounded, the producer never waits: it is done long before, with items piled up.
    if unbounded.producer_done >= bounded.producer_done / 2 {
        return Err("the unbounded producer was not done long before");
    }
    // The consumer finishes at about the same time either way.
    let ratio = bounded.consumer_done.as_secs_f64() / unbounded.consumer_done.as_secs_f64();
    if !(0.5..2.0).contains(&ratio) {
        return Err("the consumer did not finish at about the same time either way");
    }
    Ok(())
}
