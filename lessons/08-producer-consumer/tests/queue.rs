//! Every claim lesson 08 makes about the teaching `Queue`, asserted.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use producer_consumer::support::{exactly_once, in_order_per_producer};
use producer_consumer::{Queue, QueueError, queue_pipeline};

/// Waits (at most 5 s) until `n` threads are blocked in `get` on `queue`.
fn until_getters_wait<T>(queue: &Queue<T>, n: usize) {
    let give_up = Instant::now() + Duration::from_secs(5);
    while queue.waiting_getters() < n {
        assert!(Instant::now() < give_up, "{n} getters never waited");
        thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn items_come_out_in_the_order_they_went_in() {
    let queue = Queue::new(0);
    for i in 0..100 {
        queue.put(i).unwrap();
    }
    let out: Vec<i32> = (0..100).map(|_| queue.try_get().unwrap()).collect();
    assert_eq!(out, (0..100).collect::<Vec<_>>());
}

#[test]
fn try_put_on_a_full_queue_gives_the_item_back() {
    let queue = Queue::new(2);
    assert_eq!(queue.try_put(String::from("a")), Ok(()));
    assert_eq!(queue.try_put(String::from("b")), Ok(()));
    assert!(queue.is_full());
    assert_eq!(queue.try_put(String::from("c")), Err(String::from("c")));
    assert_eq!(queue.len(), 2);
}

#[test]
fn put_timeout_on_a_full_queue_gives_the_item_back_after_about_the_timeout() {
    let queue = Queue::new(1);
    queue.put(1).unwrap();
    let start = Instant::now();
    assert_eq!(queue.put_timeout(2, Duration::from_millis(50)), Err(2));
    let waited = start.elapsed();
    assert!(waited >= Duration::from_millis(50), "{waited:?}");
    assert!(waited < Duration::from_secs(2), "{waited:?}");
}

#[test]
fn get_timeout_on_an_empty_queue_fails_after_about_the_timeout() {
    let queue = Queue::<u8>::new(0);
    let start = Instant::now();
    assert_eq!(
        queue.get_timeout(Duration::from_millis(50)),
        Err(QueueError::TimedOut)
    );
    let waited = start.elapsed();
    assert!(waited >= Duration::from_millis(50), "{waited:?}");
    assert!(waited < Duration::from_secs(2), "{waited:?}");
}

#[test]
fn get_timeout_returns_an_item_put_while_it_waits() {
    let queue = Queue::new(0);
    thread::scope(|s| {
        let getter = s.spawn(|| queue.get_timeout(Duration::from_secs(5)));
        until_getters_wait(&queue, 1);
        queue.put(42).unwrap();
        assert_eq!(getter.join().unwrap(), Ok(42));
    });
}

#[test]
fn try_get_says_empty_then_closed() {
    let queue = Queue::<u8>::new(0);
    assert_eq!(queue.try_get(), Err(QueueError::Empty));
    queue.close();
    assert_eq!(queue.try_get(), Err(QueueError::Closed));
    assert_eq!(
        queue.get_timeout(Duration::from_secs(5)),
        Err(QueueError::Closed),
        "closed and drained: no waiting"
    );
}

#[test]
fn a_put_blocked_on_a_full_queue_goes_on_when_a_get_makes_room() {
    let queue = Queue::new(1);
    queue.put(1).unwrap();
    let (done, put_returned) = mpsc::channel();
    thread::scope(|s| {
        s.spawn(|| {
            queue.put(2).unwrap();
            done.send(()).unwrap();
        });
        assert!(
            put_returned
                .recv_timeout(Duration::from_millis(30))
                .is_err(),
            "put must wait while the queue is full"
        );
        assert_eq!(queue.get(), Some(1));
        put_returned.recv_timeout(Duration::from_secs(5)).unwrap();
    });
    assert_eq!(queue.get(), Some(2));
}

#[test]
fn join_returns_only_after_task_done_for_every_item() {
    let queue = Queue::new(0);
    for i in 0..3 {
        queue.put(i).unwrap();
    }
    let (joined, join_returned) = mpsc::channel();
    thread::scope(|s| {
        s.spawn(|| {
            queue.join();
            joined.send(()).unwrap();
        });
        for _ in 0..3 {
            queue.get().unwrap();
        }
        // Taking the items is not enough: join waits for task_done.
        assert!(!queue.join_timeout(Duration::from_millis(20)));
        queue.task_done().unwrap();
        queue.task_done().unwrap();
        assert!(
            join_returned
                .recv_timeout(Duration::from_millis(30))
                .is_err(),
            "two of three done: join must still wait"
        );
        queue.task_done().unwrap();
        join_returned.recv_timeout(Duration::from_secs(5)).unwrap();
    });
    assert!(queue.join_timeout(Duration::ZERO));
}

#[test]
fn task_done_more_often_than_items_put_is_an_error() {
    let queue = Queue::new(0);
    assert_eq!(queue.task_done(), Err(QueueError::TaskDoneTooOften));
    queue.put(1).unwrap();
    queue.put(2).unwrap();
    assert_eq!(queue.task_done(), Ok(()));
    assert_eq!(queue.task_done(), Ok(()));
    assert_eq!(queue.task_done(), Err(QueueError::TaskDoneTooOften));
}

#[test]
fn after_close_put_gives_the_item_back_and_queued_items_are_still_delivered() {
    let queue = Queue::new(0);
    queue.put(1).unwrap();
    queue.put(2).unwrap();
    queue.close();
    assert!(queue.is_closed());
    assert_eq!(queue.put(3), Err(3));
    assert_eq!(queue.try_put(4), Err(4));
    assert_eq!(queue.put_timeout(5, Duration::from_secs(5)), Err(5));
    assert_eq!(queue.get(), Some(1));
    assert_eq!(queue.get(), Some(2));
    assert_eq!(queue.get(), None);
    assert_eq!(queue.get(), None, "and stays ended");
}

#[test]
fn after_close_every_waiting_consumer_ends_cleanly() {
    let queue = Queue::<u32>::new(0);
    thread::scope(|s| {
        let consumers: Vec<_> = (0..3).map(|_| s.spawn(|| queue.iter().count())).collect();
        until_getters_wait(&queue, 3); // all three asleep in get()
        queue.put(7).unwrap();
        queue.close();
        let taken: usize = consumers.into_iter().map(|c| c.join().unwrap()).sum();
        assert_eq!(taken, 1, "the item put before close is delivered once");
    });
    assert_eq!(queue.waiting_getters(), 0);
}

#[test]
fn close_wakes_a_producer_blocked_on_a_full_queue_and_gives_its_item_back() {
    let queue = Queue::new(1);
    queue.put("first").unwrap();
    thread::scope(|s| {
        let producer = s.spawn(|| queue.put("second"));
        // Make sure the producer is blocked (not merely not started) before closing.
        assert_eq!(
            queue.put_timeout("probe", Duration::from_millis(10)),
            Err("probe")
        );
        queue.close();
        assert_eq!(producer.join().unwrap(), Err("second"));
    });
    assert_eq!(queue.get(), Some("first"));
}

#[test]
fn maxsize_zero_is_unbounded() {
    let queue = Queue::new(0);
    for i in 0..10_000 {
        assert_eq!(queue.try_put(i), Ok(()));
    }
    assert!(!queue.is_full());
    assert_eq!(queue.len(), 10_000);
    assert_eq!(queue.maxsize(), 0);
}

#[test]
fn m_producers_and_n_consumers_get_every_item_exactly_once() {
    let received = queue_pipeline(4, 3, 2_000, 10);
    assert_eq!(received.len(), 3);
    assert!(exactly_once(&received, 4, 2_000));
    assert!(in_order_per_producer(&received));
}

#[test]
fn the_queue_never_holds_more_than_maxsize() {
    // A watcher samples len() while four producers push and main takes.
    let queue = Queue::new(5);
    let watching = AtomicBool::new(true);
    let most_seen = thread::scope(|s| {
        let watcher = s.spawn(|| {
            let mut most = 0;
            while watching.load(SeqCst) {
                most = most.max(queue.len());
            }
            most
        });
        let producers: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    for i in 0..2_000 {
                        queue.put(i).unwrap();
                    }
                })
            })
            .collect();
        for _ in 0..8_000 {
            queue.get().unwrap();
        }
        for producer in producers {
            producer.join().unwrap();
        }
        watching.store(false, SeqCst);
        watcher.join().unwrap()
    });
    assert!((1..=5).contains(&most_seen), "{most_seen}");
}

#[test]
fn a_put_waits_in_put_while_the_queue_is_full_and_is_counted() {
    let queue = Queue::new(1);
    queue.put(1).unwrap();
    thread::scope(|s| {
        let producer = s.spawn(|| queue.put(2));
        let give_up = Instant::now() + Duration::from_secs(5);
        while queue.waiting_putters() < 1 {
            assert!(Instant::now() < give_up, "the putter never waited");
            thread::sleep(Duration::from_millis(1));
        }
        assert_eq!(queue.get(), Some(1));
        assert_eq!(producer.join().unwrap(), Ok(()));
    });
    assert_eq!(queue.waiting_putters(), 0);
    assert_eq!(queue.get(), Some(2));
}
