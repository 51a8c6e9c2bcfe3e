//! Every claim lesson 07 makes that does not read a timeline, asserted. (The ones that do are in
//! `timelines.rs`.)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use sync_primitives::support::wake_without_change;
use sync_primitives::*;
use timing::HighWater;

const MS: Duration = Duration::from_millis(1);

// ── Mutex, poisoning, re-entry ──

#[test]
fn the_seeds_locked_update_counts_every_thread() {
    assert_eq!(locked_update(2, MS), 2);
    assert_eq!(locked_update(8, Duration::ZERO), 8);
}

#[test]
fn a_panic_while_holding_the_lock_poisons_it_and_into_inner_recovers_the_half_updated_data() {
    let accounts = Mutex::new([100, 0]);
    assert_eq!(balances_after(&accounts), Ok([100, 0]), "not poisoned yet");
    transfer_and_panic(&accounts);
    assert!(accounts.is_poisoned());
    assert_eq!(
        balances_after(&accounts),
        Err([50, 0]),
        "the credit never happened"
    );
    assert!(!accounts.is_poisoned(), "balances_after cleared the poison");
    assert!(accounts.lock().is_ok());
}

#[test]
fn a_std_mutex_locked_twice_on_one_thread_would_block() {
    assert_eq!(lock_twice_on_one_thread(), "WouldBlock");
}

#[test]
fn a_reentrant_mutex_can_be_locked_again_by_its_owner_but_not_by_another_thread() {
    assert_eq!(reentrant_countdown(3), (vec![3, 2, 1], false));
}

// ── Condvar ──

#[test]
fn a_wake_up_is_not_the_condition_if_returns_early_wait_while_waits_for_it() {
    assert_eq!(
        wake_without_change(wait_with_if),
        (false, 1),
        "`if` looked once and trusted the wake-up"
    );
    let (set, looks) = wake_without_change(wait_with_wait_while);
    assert!(set);
    // Once before waiting, once after the wake-up without change, once after the flag was set
    // (more if the OS adds spurious wake-ups).
    assert!(looks >= 3, "{looks}");
}

// ── Event ──

#[test]
fn an_unset_event_times_out_with_false() {
    let event = Event::new();
    assert!(!event.is_set());
    let start = Instant::now();
    assert!(!event.wait_timeout(20 * MS));
    assert!(start.elapsed() >= 20 * MS);
    assert!(!event.wait_timeout(Duration::ZERO));
}

#[test]
fn a_set_event_returns_true_at_once_even_for_a_zero_timeout() {
    let event = Event::new();
    event.set();
    event.set(); // setting twice is fine
    assert!(event.is_set());
    assert!(event.wait_timeout(Duration::ZERO));
    assert!(
        event.wait_timeout(Duration::MAX),
        "a huge timeout does not overflow"
    );
    event.wait();
}

#[test]
fn set_from_another_thread_wakes_a_waiter() {
    let event = Event::new();
    let (woke, waited) = thread::scope(|s| {
        let waiter = s.spawn(|| {
            let start = Instant::now();
            (event.wait_timeout(Duration::from_secs(10)), start.elapsed())
        });
        thread::sleep(30 * MS); // the waiter is (almost surely) asleep by now
        event.set();
        waiter.join().unwrap()
    });
    assert!(woke);
    assert!(
        waited < Duration::from_secs(5),
        "woken by set, not by the timeout"
    );
}

#[test]
fn clear_resets_the_event() {
    let event = Event::new();
    event.set();
    event.clear();
    assert!(!event.is_set());
    assert!(!event.wait_timeout(5 * MS));
}

#[test]
fn set_interrupts_a_worker_sleeping_in_wait_timeout() {
    let start = Instant::now();
    let rounds = stop_a_worker(30 * MS, Duration::from_secs(2));
    assert_eq!(rounds, 0, "stopped before its first 2-second tick ended");
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "it stopped at set(), not at the end of its tick: {:?}",
        start.elapsed()
    );
}

// ── Semaphore ──

#[test]
fn the_high_water_mark_equals_the_permits_under_load() {
    let permits = 3;
    let semaphore = Semaphore::new(permits);
    let (inside, admitted) = (HighWater::default(), AtomicUsize::new(0));
    let first_wave = Barrier::new(permits); // the first `permits` in wait for each other
    thread::scope(|s| {
        for _ in 0..10 {
            s.spawn(|| {
                let _permit = semaphore.acquire();
                let _counted = inside.enter();
                if admitted.fetch_add(1, Ordering::SeqCst) < permits {
                    first_wave.wait(); // all `permits` holders are inside at once
                }
                thread::sleep(MS);
            });
        }
    });
    assert_eq!(inside.peak(), permits);
    assert_eq!(semaphore.available(), permits);
}

#[test]
fn try_acquire_fails_when_the_permits_are_out_and_drop_gives_them_back() {
    let semaphore = Semaphore::new(2);
    let a = semaphore.try_acquire().expect("a free permit");
    let b = semaphore.acquire();
    assert_eq!(semaphore.available(), 0);
    assert!(semaphore.try_acquire().is_none());
    drop(a);
    assert_eq!(semaphore.available(), 1);
    drop(b);
    assert_eq!(semaphore.available(), 2);
    assert!(Semaphore::new(0).try_acquire().is_none());
}

#[test]
fn acquire_timeout_gives_up_when_exhausted_and_gets_a_permit_returned_in_time() {
    let semaphore = Semaphore::new(1);
    let held = semaphore.acquire();
    let start = Instant::now();
    assert!(semaphore.acquire_timeout(20 * MS).is_none());
    assert!(start.elapsed() >= 20 * MS);

    thread::scope(|s| {
        s.spawn(move || {
            thread::sleep(20 * MS);
            drop(held);
        });
        assert!(semaphore.acquire_timeout(Duration::from_secs(10)).is_some());
    });
    assert_eq!(semaphore.available(), 1);
}

// ── OnceLock, LazyLock ──

#[test]
fn once_lock_runs_the_initialiser_once_for_racing_threads_and_they_share_its_value() {
    assert_eq!(init_once(4, 20 * MS), (1, true));
}

#[test]
fn lazy_lock_initialises_once_per_process() {
    assert_eq!(read_settings_from(4), 1);
    assert_eq!(read_settings_from(2), 1);
    assert_eq!(SETTINGS.len(), 2);
}
