//! Every claim lesson 09 makes about code that runs in this process, asserted. Anything here that
//! could deadlock if the lesson were wrong runs under `within`, which fails instead of hanging.

use std::sync::{Barrier, mpsc};
use std::thread;
use std::time::Duration;

use crossbeam_channel::{RecvTimeoutError, SendTimeoutError};
use deadlock::support::{Dinner, Fix, Stuck, dine, is_cycle};
use deadlock::*;
use lesson_test::within;
use timing::timed;

const LIMIT: Duration = Duration::from_secs(10);

#[test]
fn transfers_in_one_global_order_never_deadlock_and_keep_the_total() {
    let balances = within(LIMIT, || pay_each_other_ordered(20_000));
    assert_eq!(balances, (100, 100));
}

#[test]
fn an_ordered_transfer_moves_the_money_in_either_direction() {
    let (alice, bob) = (Account::new(1, "alice", 10), Account::new(2, "bob", 10));
    transfer_ordered(&bob, &alice, 4);
    assert_eq!((alice.balance(), bob.balance()), (14, 6));
    transfer_ordered(&alice, &bob, 1);
    assert_eq!((alice.balance(), bob.balance()), (13, 7));
}

#[test]
fn an_ordered_transfer_to_yourself_does_not_lock_twice() {
    let alice = Account::new(1, "alice", 10);
    let alice = within(LIMIT, move || {
        transfer_ordered(&alice, &alice, 5);
        alice
    });
    assert_eq!(alice.balance(), 10);
}

#[test]
fn the_naive_transfer_runs_between_the_locks_what_it_is_given() {
    let (alice, bob) = (Account::new(1, "alice", 10), Account::new(2, "bob", 10));
    let mut saw = None;
    transfer(&alice, &bob, 1, || saw = Some("between"));
    assert_eq!(saw, Some("between"));
    assert_eq!((alice.balance(), bob.balance()), (9, 11));
}

fn dinner(fix: Fix, n: usize, rounds: u32) -> Dinner {
    within(LIMIT, move || {
        dine(fix, n, rounds, Duration::from_millis(4))
    })
}

#[test]
fn every_fixed_dinner_feeds_every_philosopher_every_round() {
    thread::scope(|s| {
        for fix in Fix::ALL {
            s.spawn(move || assert_eq!(dinner(fix, 5, 3).meals, [3; 5], "{fix:?}"));
        }
    });
}

#[test]
fn back_off_survives_the_start_that_deadlocks_the_naive_dinner() {
    let dinner = dinner(Fix::Backoff, 5, 2);
    assert_eq!(dinner.meals, [2; 5]);
    // Everyone held a left fork and waited for a right one: someone had to give up first.
    assert!(dinner.gave_up >= 1, "{dinner:?}");
}

#[test]
fn only_the_back_off_dinner_ever_gives_up_a_fork() {
    for fix in [Fix::LockOrder, Fix::Waiter, Fix::BothAtOnce] {
        assert_eq!(dinner(fix, 4, 2).gave_up, 0, "{fix:?}");
    }
}

#[test]
fn two_philosophers_are_enough_for_every_fix() {
    for fix in Fix::ALL {
        assert_eq!(dinner(fix, 2, 2).meals, [2, 2], "{fix:?}");
    }
}

#[test]
fn the_waiter_seats_at_most_its_seats() {
    let waiter = Waiter::new(4);
    let seated: Vec<_> = (0..4).map(|_| waiter.sit()).collect();
    assert!(waiter.try_sit().is_none());
    drop(seated);
    assert!(waiter.try_sit().is_some());
}

#[test]
fn a_seat_given_back_wakes_a_waiting_philosopher() {
    let waiter = Waiter::new(1);
    let seat = waiter.sit();
    let (sat, took_seat) = mpsc::channel();
    thread::scope(|s| {
        s.spawn(|| {
            let _seat = waiter.sit();
            sat.send(()).unwrap();
        });
        assert!(
            took_seat.recv_timeout(Duration::from_millis(50)).is_err(),
            "no free seat yet"
        );
        drop(seat);
        took_seat
            .recv_timeout(LIMIT)
            .expect("the seat given back went to the waiting thread");
    });
}

#[test]
fn in_a_live_lock_everyone_tries_and_nobody_eats() {
    let (tries, meals) = within(LIMIT, || livelock(5, 20, Duration::from_millis(1)));
    assert_eq!((tries, meals), (100, 0));
}

#[test]
fn a_deadlock_detector_sees_nothing_in_a_live_lock() {
    let (done, finished) = mpsc::channel();
    let worker = thread::spawn(move || {
        let found = livelock(4, 500, Duration::from_micros(200));
        done.send(()).unwrap();
        found
    });
    // Nobody is blocked for good, so there is no cycle to find, however often we look.
    loop {
        assert!(parking_lot::deadlock::check_deadlock().is_empty());
        if finished.recv_timeout(Duration::from_millis(5)).is_ok() {
            break;
        }
    }
    assert_eq!(worker.join().unwrap().1, 0, "no meals");
}

#[test]
fn a_cycle_of_timed_waits_is_not_a_deadlock_to_the_detector_and_ends_by_itself() {
    let (a, b) = (parking_lot::Mutex::new(()), parking_lot::Mutex::new(()));
    let both_hold_one = Barrier::new(2);
    let patience = Duration::from_millis(300);
    let ((), took) = timed(|| {
        thread::scope(|s| {
            s.spawn(|| {
                let _a = a.lock();
                both_hold_one.wait();
                b.try_lock_for(patience).is_some()
            });
            s.spawn(|| {
                let _b = b.lock();
                both_hold_one.wait();
                a.try_lock_for(patience).is_some()
            });
            // Each holds one lock and waits for the other's: a cycle, but of timed waits.
            thread::sleep(Duration::from_millis(100));
            assert!(parking_lot::deadlock::check_deadlock().is_empty());
        })
    });
    assert!(took < LIMIT, "{took:?}");
}

#[test]
fn find_cycle_gives_up_empty_handed_when_nobody_is_stuck() {
    let poll = Duration::from_millis(5);
    let (cycle, took) = timed(|| find_cycle(poll, Duration::from_millis(30)));
    assert!(cycle.is_empty());
    assert!(took >= Duration::from_millis(30), "{took:?}");
}

#[test]
fn two_threads_that_both_receive_first_time_out_together() {
    let timeout = Duration::from_millis(100);
    let (outcomes, took) = timed(|| both_receive_first(timeout));
    let timed_out = Err(RecvTimeoutError::Timeout);
    assert_eq!(outcomes, [timed_out; 2]);
    assert!(took >= timeout, "{took:?}");
    // They waited at the same time, not one after the other.
    assert!(took < timeout * 2 + Duration::from_millis(500), "{took:?}");
}

#[test]
fn when_one_side_speaks_first_both_hear_each_other() {
    assert_eq!(
        within(LIMIT, one_speaks_first),
        ["hello from B", "hello from A"]
    );
}

#[test]
fn a_rendezvous_channel_with_no_other_thread_times_out_and_gives_the_message_back() {
    let timeout = Duration::from_millis(100);
    let (outcome, took) = timed(|| rendezvous_alone(timeout));
    assert_eq!(outcome, Err(SendTimeoutError::Timeout(42)));
    assert!(took >= timeout, "{took:?}");
}

#[test]
fn a_rendezvous_works_across_threads_and_a_slot_of_one_works_alone() {
    assert_eq!(within(LIMIT, rendezvous_fixed), (42, 42));
}

#[test]
fn a_plain_mutex_cannot_be_locked_twice_by_its_holder_but_a_reentrant_one_can() {
    assert!(!relock_same_thread());
    assert!(relock_reentrant());
}

#[test]
fn a_cycle_is_a_closed_loop_of_holds_and_waits() {
    let t = |thread: &str, holds: &str, waits_for: &str| Stuck {
        thread: thread.into(),
        id: String::new(),
        holds: holds.into(),
        waits_for: waits_for.into(),
    };
    assert!(is_cycle(&[
        t("1", "a", "b"),
        t("2", "b", "c"),
        t("3", "c", "a")
    ]));
    assert!(is_cycle(&[t("2", "b", "a"), t("1", "a", "b")]));
    assert!(!is_cycle(&[t("1", "a", "b"), t("2", "b", "c")]));
    assert!(!is_cycle(&[]));
}
