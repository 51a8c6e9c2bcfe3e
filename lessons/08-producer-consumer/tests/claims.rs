//! Every claim lesson 08 makes about seed 004, channels, select! and back-pressure, asserted.
//! (The teaching queue's own claims are in tests/queue.rs.)

use std::time::Duration;

use producer_consumer::*;
use timing::Timeline;

#[test]
fn the_seeds_consumer_hangs_in_get_once_the_producer_stopped() {
    let run = seed_with_slow_producer(3, Some(Duration::from_millis(50)));
    assert_eq!(run.produced, 3);
    assert_eq!(run.consumed, [1, 2, 3], "it took every message...");
    assert!(
        run.consumer_stuck,
        "...and then waited for one that never came"
    );
    assert_eq!(run.left_in_queue, 0);
}

#[test]
fn the_seed_as_written_loses_nothing_it_did_not_leave_in_the_queue() {
    let run = seed_as_written(10, Duration::from_millis(20), Duration::from_millis(50));
    assert!(run.produced >= 1);
    let expected: Vec<u32> = (1..=run.consumed.len() as u32).collect();
    assert_eq!(run.consumed, expected, "in order, none skipped");
    assert_eq!(
        run.consumed.len() + run.left_in_queue,
        run.produced as usize
    );
}

#[test]
fn closing_the_queue_ends_the_consumer_in_the_same_story() {
    let run = fixed_with_close(3);
    assert_eq!(run.produced, 3);
    assert_eq!(run.consumed, [1, 2, 3]);
    assert!(!run.consumer_stuck);
    assert_eq!(run.left_in_queue, 0);
}

#[test]
fn dropping_the_sender_ends_the_consumer_in_the_same_story() {
    let run = fixed_with_channel(5);
    assert_eq!(run.produced, 5);
    assert_eq!(run.consumed, [1, 2, 3, 4, 5]);
    assert_eq!(run.left_in_queue, 0);
}

#[test]
fn join_returns_when_every_job_is_done() {
    let joined = work_then_join(6, 2, Duration::from_millis(5));
    assert_eq!(joined.done_when_join_returned, 6);
}

#[test]
fn crossbeam_delivers_every_message_exactly_once_to_m_by_n() {
    let delivery = crossbeam_pipeline(4, 3, 2_000, 10);
    assert_eq!(delivery.per_consumer.len(), 3);
    assert!(delivery.exactly_once(4, 2_000));
    assert!(delivery.in_order_per_producer());
}

#[test]
fn std_mpsc_delivers_every_message_exactly_once_to_its_one_consumer() {
    let delivery = mpsc_pipeline(4, 2_000, 10);
    assert_eq!(delivery.per_consumer.len(), 1);
    assert!(delivery.exactly_once(4, 2_000));
    assert!(delivery.in_order_per_producer());
}

#[test]
fn exactly_once_catches_a_lost_and_a_duplicated_message() {
    let ok = Delivery {
        per_consumer: vec![vec![(0, 0), (1, 0)], vec![(0, 1), (1, 1)]],
        high_water: 0,
    };
    assert!(ok.exactly_once(2, 2));
    let lost = Delivery {
        per_consumer: vec![vec![(0, 0), (1, 0)], vec![(0, 1)]],
        high_water: 0,
    };
    assert!(!lost.exactly_once(2, 2));
    let twice = Delivery {
        per_consumer: vec![vec![(0, 0), (1, 0), (1, 1)], vec![(0, 1), (1, 1)]],
        high_water: 0,
    };
    assert!(!twice.exactly_once(2, 2));
    let reordered = Delivery {
        per_consumer: vec![vec![(0, 1), (0, 0)]],
        high_water: 0,
    };
    assert!(!reordered.in_order_per_producer());
}

#[test]
fn a_send_after_every_receiver_is_gone_gives_the_message_back() {
    let (sender, receiver) = crossbeam_channel::bounded(10);
    drop(receiver);
    assert_eq!(sender.send(7).unwrap_err().into_inner(), 7);
}

#[test]
fn select_takes_from_both_channels_and_the_ticker_until_both_close() {
    let fast = Feed {
        count: 4,
        every: Duration::from_millis(10),
    };
    let slow = Feed {
        count: 2,
        every: Duration::from_millis(40),
    };
    let got = select_two(
        fast,
        slow,
        Duration::from_millis(15),
        Duration::from_secs(10),
    );
    assert_eq!(got.end, SelectEnd::BothClosed);
    assert_eq!(got.fast, [1, 2, 3, 4]);
    assert_eq!(got.slow, [1, 2]);
    assert!(got.ticks >= 1, "80 ms of work, a tick every 15 ms");
    // A closed channel is swapped for never(): each "closed" is seen once.
    let closed = |name: &str| got.log.iter().filter(|(_, e)| e == name).count();
    assert_eq!(closed("fast closed"), 1);
    assert_eq!(closed("slow closed"), 1);
    assert!(got.log.windows(2).all(|w| w[0].0 <= w[1].0));
}

#[test]
fn select_stops_at_the_deadline() {
    let fast = Feed {
        count: 2,
        every: Duration::from_millis(5),
    };
    let slow = Feed {
        count: 3,
        every: Duration::from_millis(100),
    };
    let got = select_two(
        fast,
        slow,
        Duration::from_secs(10),
        Duration::from_millis(30),
    );
    assert_eq!(got.end, SelectEnd::Deadline);
    assert!(
        got.slow.is_empty(),
        "the slow feed's first message is due at 100 ms"
    );
    assert_eq!(got.log.last().unwrap().1, "deadline");
}

#[test]
fn back_pressure_stalls_a_fast_producer_to_the_consumers_pace() {
    let (items, maxsize, work) = (6u32, 2usize, Duration::from_millis(20));
    let timeline = Timeline::new();
    let bounded = back_pressure(items, maxsize, work, &timeline);
    let unbounded = back_pressure(items, 0, work, &Timeline::new());

    assert!(bounded.high_water <= maxsize);
    // The producer can be at most `maxsize` items (+1 in the consumer's hands) ahead: it cannot
    // put its last item before the consumer has handled items - maxsize - 1 of them.
    let floor = work * (items - maxsize as u32 - 1);
    assert!(bounded.producer_done >= floor, "{bounded:?}");
    // And it spends that time waiting in put, as the timeline's put bars show.
    assert!(
        bounded.stalled() >= bounded.producer_done / 2,
        "{bounded:?}"
    );
    let puts: Vec<_> = timeline
        .spans()
        .into_iter()
        .filter(|s| s.label.starts_with("put ") && s.thread == "producer")
        .collect();
    assert_eq!(puts.len(), items as usize);
    assert!(puts.iter().map(|s| s.duration()).sum::<Duration>() >= floor / 2);

    // Unbounded, the producer never waits: it is done long before, with items piled up.
    assert!(
        unbounded.producer_done < bounded.producer_done / 2,
        "{unbounded:?}"
    );
    assert!(unbounded.high_water > maxsize, "{unbounded:?}");
    // The consumer finishes at about the same time either way.
    for run in [&bounded, &unbounded] {
        assert!(run.consumer_done >= work * items, "{run:?}");
    }
    let ratio = bounded.consumer_done.as_secs_f64() / unbounded.consumer_done.as_secs_f64();
    assert!((0.5..2.0).contains(&ratio), "{ratio}");
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
