//! Every claim the extension's plain Rust makes, asserted without Python: `cargo test -p
//! rustwork` needs no interpreter. (Timelines are read in `timelines.rs`, speed-ups measured in
//! `speedup.rs`; what Python sees is tested by `test_rustwork.py`, with pytest.)

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::thread;
use std::time::Duration;

use crossbeam_channel::bounded;
use rustwork::feed::{Feed, sqrt_feed};
use rustwork::threads::{map_on_threads, panic_on_a_worker};
use rustwork::work::{sqrt_sum, sqrt_sums};

#[test]
fn sqrt_sum_is_the_seeds_loop() {
    assert_eq!(sqrt_sum(5), 0.0 + 1.0 + 2f64.sqrt() + 3f64.sqrt() + 2.0);
    assert_eq!(sqrt_sum(0), 0.0);
}

#[test]
fn sqrt_sums_keeps_the_units_order() {
    let units = [10, 100_000, 0, 7, 100_000];
    let expected: Vec<f64> = units.iter().map(|&n| sqrt_sum(n)).collect();
    assert_eq!(sqrt_sums(&units), expected);
    assert_eq!(sqrt_sums(&[]), Vec::<f64>::new());
}

#[test]
fn map_on_threads_returns_every_result_in_order() {
    let items: Vec<u64> = (0..100).collect();
    for threads in [0, 1, 2, 3, 7, 200] {
        let doubled = map_on_threads(&items, threads, |&x| Ok::<_, ()>(x * 2)).unwrap();
        assert_eq!(
            doubled,
            (0..100).map(|x| x * 2).collect::<Vec<_>>(),
            "{threads}"
        );
    }
    assert_eq!(
        map_on_threads(&[] as &[u64], 2, |&x| Ok::<_, ()>(x)),
        Ok(vec![])
    );
}

#[test]
fn map_on_threads_calls_from_named_workers() {
    let names = Mutex::new(Vec::new());
    let seen = |_: &u32| {
        let name = thread::current().name().map(String::from);
        names.lock().unwrap().push(name);
        Ok::<_, ()>(())
    };
    map_on_threads(&[1, 2, 3, 4], 2, seen).unwrap();
    let mut names = names.into_inner().unwrap();
    names.sort();
    names.dedup();
    assert_eq!(names, [Some("worker 1".into()), Some("worker 2".into())]);
}

#[test]
fn the_first_error_stops_its_worker_and_comes_back() {
    let called = Mutex::new(Vec::new());
    // Worker 1 gets 1..=4 and fails on 2; worker 2 gets 5..=8.
    let result = map_on_threads(&[1, 2, 3, 4, 5, 6, 7, 8], 2, |&x| {
        called.lock().unwrap().push(x);
        if x == 2 {
            Err(format!("item {x} is bad"))
        } else {
            Ok(x)
        }
    });
    assert_eq!(result, Err("item 2 is bad".to_string()));
    let called = called.into_inner().unwrap();
    assert!(!called.contains(&3) && !called.contains(&4), "{called:?}");
}

#[test]
fn a_workers_panic_is_raised_again_on_the_caller_with_its_message() {
    timing::narrate::short_panic_messages();
    let caught = catch_unwind(|| panic_on_a_worker("the len is 3 but the index is 7".into()));
    let payload = caught.expect_err("the caller panics too");
    assert_eq!(
        timing::panic_message(&*payload),
        "the len is 3 but the index is 7"
    );

    let caught = catch_unwind(AssertUnwindSafe(|| {
        map_on_threads(&[1, 2, 3], 3, |&x| {
            assert_ne!(x, 2, "two is not allowed");
            Ok::<_, ()>(x)
        })
    }));
    let payload = caught.expect_err("map_on_threads panics on the caller");
    assert!(timing::panic_message(&*payload).contains("two is not allowed"));
}

#[test]
fn a_feed_yields_each_result_in_order_then_ends() {
    let units = vec![10, 1_000, 0, 5];
    let expected: Vec<f64> = units.iter().map(|&n| sqrt_sum(n)).collect();
    assert_eq!(sqrt_feed(units, 1).collect::<Vec<_>>(), expected);
    assert_eq!(sqrt_feed(vec![], 0).count(), 0);
}

#[test]
fn a_feed_raises_its_producers_panic_at_the_end() {
    timing::narrate::short_panic_messages();
    let mut feed = Feed::spawn(1, |results| {
        results.send(1).unwrap();
        panic!("the producer failed");
    });
    assert_eq!(feed.next(), Some(1));
    let caught = catch_unwind(AssertUnwindSafe(|| feed.next())).expect_err("raised");
    assert_eq!(timing::panic_message(&*caught), "the producer failed");
}

#[test]
fn the_producer_runs_at_most_capacity_ahead() {
    let sent = AtomicUsize::new(0);
    let sent = Box::leak(Box::new(sent)) as &'static AtomicUsize;
    let mut feed = Feed::spawn(2, |results| {
        for i in 0..1_000 {
            if results.send(i).is_err() {
                return;
            }
            sent.fetch_add(1, SeqCst);
        }
    });
    assert_eq!(feed.next(), Some(0));
    thread::sleep(Duration::from_millis(100)); // time to run ahead, if it could
    // One taken and two in the channel; the fourth send waits for room.
    assert!(sent.load(SeqCst) <= 3, "{} sent", sent.load(SeqCst));
}

#[test]
fn dropping_a_feed_stops_its_producer() {
    let (stopped, stopped_at) = bounded(1);
    let mut feed = Feed::spawn(1, move |results| {
        for i in 0..1_000_u32 {
            if results.send(i).is_err() {
                stopped.send(i).unwrap();
                return;
            }
        }
    });
    assert_eq!((feed.next(), feed.next()), (Some(0), Some(1)));
    drop(feed);
    let at = stopped_at
        .recv_timeout(Duration::from_secs(10))
        .expect("the producer stopped");
    assert!(at <= 4, "stopped at send {at}");
}
