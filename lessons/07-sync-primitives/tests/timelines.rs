//! Claims read from a recorded timeline. Recording is process-wide, so each test here runs in a
//! process of its own (`lesson_test::in_own_process`), where no other test adds spans to its
//! recording.

use std::time::Duration;

use sync_primitives::*;
use timing::{Span, Timeline, record};

const MS: Duration = Duration::from_millis(1);

fn labelled<'a>(timeline: &'a Timeline, label: &'a str) -> impl Iterator<Item = Span> + 'a {
    timeline
        .spans()
        .into_iter()
        .filter(move |s| s.label == label)
}

#[test]
fn the_lock_admits_one_update_at_a_time() {
    lesson_test::in_own_process(|| {
        let (val, timeline) = record(|| locked_update(2, 20 * MS));
        assert_eq!(val, 2);
        assert_eq!(timeline.spans().len(), 2);
        assert_eq!(timeline.max_overlap(), 1, "one update at a time");
        assert!(
            timeline.elapsed() >= 40 * MS,
            "2 × 20 ms, one after the other"
        );
    });
}

#[test]
fn try_lock_for_gives_up_after_its_timeout_and_a_patient_one_gets_the_lock_when_released() {
    lesson_test::in_own_process(|| {
        let (patience, hold) = (30 * MS, 100 * MS);
        let (got, timeline) = record(|| lock_with_timeout(patience, hold));
        assert_eq!(
            got,
            (false, true),
            "the impatient gave up, the patient got it"
        );
        let thread = |name: &str| {
            timeline
                .spans()
                .into_iter()
                .find(|s| s.thread == name)
                .unwrap()
        };
        let (impatient, patient) = (thread("impatient"), thread("patient"));
        assert!(impatient.duration() >= patience, "{impatient:?}");
        assert!(
            impatient.duration() < hold,
            "it gave up long before the release: {impatient:?}"
        );
        // The lock is let go `hold` after the impatient thread gave up.
        assert!(
            patient.end >= impatient.end + hold,
            "it waited for the release: {patient:?}"
        );
    });
}

#[test]
fn readers_share_an_rwlock_and_the_writer_waits_for_all_of_them() {
    lesson_test::in_own_process(|| {
        let (value, timeline) = record(|| readers_then_writer(4, 20 * MS));
        assert_eq!(value, 1);
        let reads: Vec<Span> = labelled(&timeline, "read").collect();
        let writes: Vec<Span> = labelled(&timeline, "write").collect();
        assert_eq!((reads.len(), writes.len()), (4, 1));
        assert_eq!(
            timing::max_overlap(&reads),
            4,
            "all four readers inside at once"
        );
        assert!(
            reads.iter().all(|r| !r.overlaps(&writes[0])),
            "the writer overlapped no reader"
        );
    });
}

#[test]
fn one_set_wakes_every_waiter_and_nobody_before_it() {
    lesson_test::in_own_process(|| {
        let (woken, timeline) = record(|| release_waiters(3, 20 * MS));
        assert_eq!(woken, 3);
        let waits: Vec<Span> = labelled(&timeline, "wait()").collect();
        assert_eq!(waits.len(), 3);
        assert!(
            waits.iter().all(|s| s.end >= 20 * MS),
            "nobody left before set()"
        );
    });
}

#[test]
fn three_permits_keep_ten_workers_to_three_at_once_in_four_waves() {
    lesson_test::in_own_process(|| {
        let hold = 25 * MS;
        let ((), limited) = record(|| limit_connections(10, 3, hold));
        assert_eq!(limited.spans().len(), 10);
        assert!(limited.max_overlap() <= 3, "at most 3 connected at once");
        assert!(
            limited.elapsed() >= 4 * hold,
            "10 workers / 3 permits = 4 waves: {:?}",
            limited.elapsed()
        );
        let ((), unlimited) = record(|| limit_connections(10, 10, hold));
        assert!(unlimited.elapsed() < limited.elapsed());
    });
}

#[test]
fn a_barrier_has_exactly_one_leader_per_round_and_no_thread_runs_ahead() {
    lesson_test::in_own_process(|| {
        let (leaders, timeline) = record(|| barrier_leaders(3, 4, 2 * MS));
        assert_eq!(leaders, [1, 1, 1, 1]);
        for round in 0..3 {
            let this = labelled(&timeline, &format!("round {round}"))
                .map(|s| s.end)
                .max();
            let next = labelled(&timeline, &format!("round {}", round + 1))
                .map(|s| s.start)
                .min();
            assert!(
                this.unwrap() <= next.unwrap(),
                "round {} started before round {round} was over",
                round + 1
            );
        }
    });
}
