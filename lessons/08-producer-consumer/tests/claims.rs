//! Every claim lesson 08 makes about seed 004, channels and select!, asserted.
//! (The teaching queue's own claims are in queue.rs; back-pressure is in timelines.rs.)

use std::path::Path;
use std::time::Duration;

use producer_consumer::support::{self, Hung, exactly_once, in_order_per_producer};
use producer_consumer::*;

#[test]
fn the_seeds_consumer_hangs_in_get_once_the_producer_stopped() {
    let run = support::seed_hang(3);
    assert_eq!(run.produced, 3);
    assert_eq!(run.consumed, [1, 2, 3], "it took every message...");
    assert!(
        run.consumer_stuck,
        "...and then waited for one that never came"
    );
    assert_eq!(run.left_in_queue, 0);
}

#[test]
fn the_hang_is_real_a_child_process_running_it_has_to_be_killed() {
    let exe = Path::new(env!("CARGO_BIN_EXE_producer-consumer"));
    // Once the consumer is asleep in get() with the producer gone, 200 ms change nothing.
    let run = support::child_hang(exe, 3, Duration::from_millis(200)).unwrap();
    assert!(run.timed_out(), "{run:?}");
    assert!(run.stdout.contains("get() without a timeout"), "{run:?}");
    let hung: Vec<Hung> = timing::scenario::reports(run.stdout.as_bytes()).collect();
    assert_eq!(hung, [Hung { waiting_in_get: 1 }], "{run:?}");
    assert!(!run.stdout.contains("ended after all"), "{run:?}");
    assert_ne!(
        timing::process_exists(run.pid),
        Some(true),
        "the killed child was reaped"
    );
}

#[test]
fn the_seed_as_written_loses_nothing_it_did_not_leave_in_the_queue() {
    let run = support::seed_as_written(10, Duration::from_millis(20));
    assert!(run.produced >= 1);
    let expected: Vec<u32> = (1..=run.consumed.len() as u32).collect();
    assert_eq!(run.consumed, expected, "in order, none skipped");
    assert_eq!(
        run.consumed.len() + run.left_in_queue,
        run.produced as usize
    );
    // At most one message can be put after the consumer's last check.
    assert!(run.left_in_queue <= 1, "{run:?}");
}

#[test]
fn the_seeds_producer_blocks_in_put_once_its_consumer_stops_and_the_event_cannot_wake_it() {
    let run = support::seed_producer_after_consumer_stops(10, 3);
    assert_eq!(run.consumed, 3);
    assert_eq!(run.left_in_queue, 10, "the queue filled up...");
    assert!(run.producer_stuck, "...and the producer slept on in put()");
    // 3 consumed + 10 queued, and the 14th handed back by close().
    assert_eq!(run.produced, 14);
}

#[test]
fn a_channel_producer_stops_by_itself_once_its_consumer_drops_the_receiver() {
    let run = support::channel_producer_after_consumer_stops(10, 3);
    assert_eq!(run.consumed, 3);
    // 3 consumed + 10 in the channel, and the 14th handed back by the failed send.
    assert_eq!(run.produced, 14, "{run:?}");
}

#[test]
fn closing_the_queue_ends_the_consumer_in_the_same_story() {
    let run = support::fixed_with_close(3);
    assert_eq!(run.produced, 3);
    assert_eq!(run.consumed, [1, 2, 3]);
    assert!(!run.consumer_stuck);
    assert_eq!(run.left_in_queue, 0);
}

#[test]
fn dropping_the_sender_ends_the_consumer_in_the_same_story() {
    let run = support::fixed_with_channel(5);
    assert_eq!(run.produced, 5);
    assert_eq!(run.consumed, [1, 2, 3, 4, 5]);
    assert_eq!(run.left_in_queue, 0);
}

#[test]
fn join_returns_when_every_job_is_done() {
    assert_eq!(work_then_join(6, 2, Duration::from_millis(5)), 6);
}

#[test]
fn crossbeam_delivers_every_message_exactly_once_to_m_by_n() {
    let received = crossbeam_pipeline(4, 3, 2_000, 10);
    assert_eq!(received.len(), 3);
    assert!(exactly_once(&received, 4, 2_000));
    assert!(in_order_per_producer(&received));
}

#[test]
fn std_mpsc_delivers_every_message_exactly_once_to_its_one_consumer() {
    let received = vec![mpsc_pipeline(4, 2_000, 10)];
    assert!(exactly_once(&received, 4, 2_000));
    assert!(in_order_per_producer(&received));
}

#[test]
fn exactly_once_catches_a_lost_and_a_duplicated_message() {
    assert!(exactly_once(
        &[vec![(0, 0), (1, 0)], vec![(0, 1), (1, 1)]],
        2,
        2
    ));
    let lost = [vec![(0, 0), (1, 0)], vec![(0, 1)]];
    assert!(!exactly_once(&lost, 2, 2));
    let twice = [vec![(0, 0), (1, 0), (1, 1)], vec![(0, 1), (1, 1)]];
    assert!(!exactly_once(&twice, 2, 2));
    assert!(!in_order_per_producer(&[vec![(0, 1), (0, 0)]]));
}

#[test]
fn a_send_after_every_receiver_is_gone_gives_the_message_back() {
    let (sender, receiver) = crossbeam_channel::bounded(10);
    drop(receiver);
    assert_eq!(sender.send(7).unwrap_err().into_inner(), 7);
}

fn count(events: &[String], name: &str) -> usize {
    events.iter().filter(|e| *e == name).count()
}

#[test]
fn select_takes_from_both_channels_and_the_ticker_until_both_close() {
    let fast = feed(4, Duration::from_millis(10));
    let slow = feed(2, Duration::from_millis(40));
    let events = select_two(
        fast,
        slow,
        Duration::from_millis(15),
        Duration::from_secs(10),
    );
    let from = |prefix: &str| -> Vec<&String> {
        events
            .iter()
            .filter(|e| e.starts_with(prefix) && !e.ends_with("closed"))
            .collect()
    };
    assert_eq!(from("fast "), ["fast 1", "fast 2", "fast 3", "fast 4"]);
    assert_eq!(from("slow "), ["slow 1", "slow 2"]);
    assert!(
        count(&events, "tick") >= 1,
        "80 ms of work, a tick every 15 ms"
    );
    // A closed channel is swapped for never(): each "closed" is seen once.
    assert_eq!(count(&events, "fast closed"), 1);
    assert_eq!(count(&events, "slow closed"), 1);
    assert_eq!(count(&events, "deadline"), 0);
}

#[test]
fn select_stops_at_the_deadline() {
    let fast = feed(2, Duration::from_millis(5));
    let slow = feed(3, Duration::from_secs(1));
    let events = select_two(
        fast,
        slow,
        Duration::from_secs(10),
        Duration::from_millis(30),
    );
    assert_eq!(events.last().map(String::as_str), Some("deadline"));
    assert!(
        !events.iter().any(|e| e.starts_with("slow")),
        "the slow feed's first message is due at 1 s: {events:?}"
    );
}

#[test]
fn a_producer_that_panics_still_ends_the_stream() {
    let (sender, receiver) = crossbeam_channel::bounded(10);
    let producer = std::thread::spawn(move || {
        sender.send(1).unwrap();
        sender.send(2).unwrap();
        panic!("the producer crashed"); // unwinding drops `sender`
    });
    assert!(producer.join().is_err());
    assert_eq!(receiver.iter().collect::<Vec<i32>>(), [1, 2]);
}

#[test]
fn crossbeams_receiver_can_be_cloned_and_shared_stds_cannot_be_shared() {
    fn clone_and_sync<T: Clone + Sync>() {}
    clone_and_sync::<crossbeam_channel::Receiver<u32>>();
    // The std side is the compile_fail doctest on `mpsc_pipeline`.
}
