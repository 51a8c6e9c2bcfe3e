//! Every claim lesson 03 makes that needs no timeline, asserted. (Timelines: `timelines.rs`.)
//! Sleeps are at most 100 ms.

use std::thread;
use std::time::Duration;

use join::support::arrivals;
use join::*;
use timing::{scaled, timed};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

#[test]
fn without_join_the_timer_stops_while_the_threads_still_sleep() {
    let sleeps = [ms(20), ms(50), ms(100)];
    let (without, with) = timer_without_and_with_join(&sleeps);
    // Read before the 100 ms sleeper could have woken: at least one thread was still sleeping.
    assert!(without < scaled(ms(100)), "{without:?}");
    // After join, the timer covers the longest sleep.
    assert!(with >= scaled(ms(100)), "{with:?}");
    assert!(without < with);
}

#[test]
fn join_returns_the_value() {
    assert_eq!(join_outcome(|| 6 * 7), Ok(42));
    assert_eq!(
        join_outcome(|| "a string".to_string()).as_deref(),
        Ok("a string")
    );
}

#[test]
fn join_returns_err_with_the_panic_message() {
    let formatted = join_outcome(|| -> u32 { panic!("sleeper {} fell out of bed", 3) });
    assert_eq!(formatted, Err("sleeper 3 fell out of bed".to_string()));
    let literal = join_outcome(|| -> u32 { panic!("a literal message") });
    assert_eq!(literal, Err("a literal message".to_string()));
    let other = join_outcome(|| -> u32 { std::panic::panic_any(7_u8) });
    assert_eq!(
        other,
        Err("<a panic payload that is not a string>".to_string())
    );
}

const FIVE_TO_ONE: [u64; 5] = [100, 80, 60, 40, 20];

#[test]
fn joining_in_start_order_hands_results_over_in_start_order_after_the_longest() {
    let sleeps = FIVE_TO_ONE.map(ms);
    let arrivals = arrivals(|| in_start_order(&sleeps));
    let order: Vec<usize> = arrivals.iter().map(|&(i, _)| i).collect();
    assert_eq!(order, [0, 1, 2, 3, 4]);
    // The first join waits for the longest sleeper, so nothing arrives before it is done.
    assert!(
        arrivals.iter().all(|&(_, at)| at >= scaled(ms(100))),
        "{arrivals:?}"
    );
}

#[test]
fn a_channel_hands_results_over_as_they_complete() {
    let sleeps = FIVE_TO_ONE.map(ms);
    let arrivals = arrivals(|| as_completed(&sleeps));
    let mut order: Vec<usize> = arrivals.iter().map(|&(i, _)| i).collect();
    // Not start order: the longest (index 0) is not first, the shortest (index 4) not last.
    assert_ne!(order[0], 0, "{arrivals:?}");
    assert_ne!(order[4], 4, "{arrivals:?}");
    // Each result arrives once, no earlier than its own sleep ended.
    assert!(arrivals.iter().all(|&(i, at)| at >= scaled(sleeps[i])));
    order.sort();
    assert_eq!(order, [0, 1, 2, 3, 4]);
}

#[test]
fn join_timeout_says_false_before_the_thread_is_done_and_true_after() {
    let handle = thread::spawn(|| {
        thread::sleep(ms(100));
        "awake"
    });
    let (finished, took) = timed(|| join_timeout(&handle, ms(30)));
    assert!(!finished);
    assert!(took >= ms(30), "waited the whole timeout: {took:?}");
    assert!(join_timeout(&handle, Duration::from_secs(10)));
    assert!(handle.is_finished());
    assert_eq!(handle.join().unwrap(), "awake");
}

#[test]
fn join_timeout_on_a_finished_thread_is_true_at_once() {
    let handle = thread::spawn(|| ());
    assert!(join_timeout(&handle, Duration::from_secs(10)));
    assert!(join_timeout(&handle, Duration::ZERO));
    handle.join().unwrap();
}

#[test]
fn scopes_join_every_thread_before_they_return() {
    let sleeps = [ms(60), ms(20), ms(40)];
    for finished in [std_scope(&sleeps), crossbeam_scope(&sleeps)] {
        let mut all = finished.clone();
        all.sort();
        assert_eq!(all, [0, 1, 2], "{finished:?}");
    }
}

#[test]
fn std_scope_panics_after_an_unjoined_thread_panicked() {
    assert_eq!(std_scope_after_a_panic(), "a scoped thread panicked");
}

#[test]
fn crossbeam_scope_returns_the_panics_as_err() {
    assert_eq!(
        crossbeam_scope_after_a_panic(),
        ["sleeper 3 fell out of bed"]
    );
}

#[test]
fn std_scope_waits_for_the_other_threads_before_it_panics() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let other_finished = AtomicBool::new(false);
    let caught = std::panic::catch_unwind(|| {
        thread::scope(|s| {
            s.spawn(|| panic!("sleeper 3 fell out of bed"));
            s.spawn(|| {
                thread::sleep(ms(50));
                other_finished.store(true, Ordering::SeqCst);
            });
        })
    });
    assert!(caught.is_err());
    assert!(other_finished.load(Ordering::SeqCst));
}

#[test]
fn a_panic_joined_by_hand_is_not_reported_again_by_either_scope() {
    let from_std = thread::scope(|s| s.spawn(|| panic!("handled")).join().is_err());
    assert!(
        from_std,
        "std's scope returned normally, with the Err from join"
    );
    let from_crossbeam = crossbeam::scope(|s| s.spawn(|_| panic!("handled")).join().is_err());
    assert_eq!(from_crossbeam.ok(), Some(true), "crossbeam's scope is Ok");
}
