//! Every claim lesson 07 makes, asserted.

use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use sync_primitives::*;
use timing::{HighWater, Timeline};

const MS: Duration = Duration::from_millis(1);

// ── Mutex ──

#[test]
fn the_seeds_locked_update_counts_every_thread_and_runs_one_at_a_time() {
    let timeline = Timeline::new();
    assert_eq!(locked_update(2, 20 * MS, &timeline), 2);
    assert_eq!(
        timeline.max_overlap(),
        1,
        "the lock admits one update at a time"
    );
    assert_eq!(locked_update(8, Duration::ZERO, &Timeline::new()), 8);
}

#[test]
fn a_panic_while_holding_the_lock_poisons_it_and_into_inner_recovers_the_half_updated_data() {
    let seen = poison_a_transfer();
    assert!(seen.lock_was_poisoned);
    assert_eq!(seen.balances, [50, 0], "the credit never happened");
    assert!(!seen.still_poisoned_after_clear);
}

#[test]
fn a_std_mutex_locked_twice_on_one_thread_would_block() {
    assert_eq!(lock_twice_on_one_thread(), "WouldBlock");
}

#[test]
fn a_reentrant_mutex_can_be_locked_again_by_its_owner_but_not_by_another_thread() {
    let seen = reentrant_countdown(3);
    assert_eq!(seen.pushed, [3, 2, 1]);
    assert!(!seen.other_thread_got_it);
}

#[test]
fn try_lock_for_gives_up_while_the_lock_is_held_and_succeeds_once_it_is_released() {
    let (patience, hold) = (30 * MS, 60 * MS);
    let seen = lock_with_timeout(patience, hold);
    assert!(seen.first_gave_up);
    assert!(seen.gave_up_after >= patience, "{seen:?}");
    assert!(seen.second_got_it);
    assert!(
        seen.got_it_after >= hold / 2,
        "it waited for the release: {seen:?}"
    );
}

// ── RwLock ──

#[test]
fn readers_share_an_rwlock_and_the_writer_waits_for_all_of_them() {
    let timeline = Timeline::new();
    let seen = readers_then_writer(4, 20 * MS, &timeline);
    assert_eq!(seen.readers_at_once, 4);
    assert!(!seen.writer_overlapped_a_reader);
    assert_eq!(seen.value, 1);
    assert_eq!(timeline.spans().len(), 5);
}

// ── Condvar ──

#[test]
fn a_wake_up_is_not_the_condition_if_returns_early_wait_while_waits_for_it() {
    let with_if = wake_without_change(Recheck::If);
    assert!(!with_if.ready, "`if` trusted the wake-up");
    assert_eq!(with_if.checks, 1);

    let with_wait_while = wake_without_change(Recheck::WaitWhile);
    assert!(with_wait_while.ready);
    // Once before waiting, once after the wake-up without change, once after `ready`
    // (more if the OS adds spurious wake-ups).
    assert!(with_wait_while.checks >= 3, "{with_wait_while:?}");
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
fn one_set_wakes_every_waiter() {
    let timeline = Timeline::new();
    assert_eq!(release_waiters(3, 20 * MS, &timeline), 3);
    let spans = timeline.spans();
    assert_eq!(spans.len(), 3);
    assert!(
        spans.iter().all(|s| s.end >= 20 * MS),
        "nobody left before set()"
    );
}

#[test]
fn set_interrupts_a_worker_sleeping_in_wait_timeout() {
    let stopped = stop_a_worker(30 * MS, Duration::from_secs(2));
    assert_eq!(
        stopped.rounds, 0,
        "stopped before its first 2-second tick ended"
    );
    assert!(stopped.stop_took < Duration::from_secs(1), "{stopped:?}");
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

#[test]
fn three_permits_keep_ten_workers_to_three_at_once_and_four_waves() {
    let hold = 50 * MS;
    let timeline = Timeline::new();
    let limited = limit_connections(10, 3, hold, &timeline);
    assert!(limited.most_at_once <= 3, "{limited:?}");
    assert!(timeline.max_overlap() <= 3);
    assert_eq!(timeline.spans().len(), 10);
    assert!(
        limited.took >= 4 * hold,
        "10 workers / 3 permits = 4 waves: {limited:?}"
    );
    let unlimited = limit_connections(10, 10, hold, &Timeline::new());
    assert!(
        unlimited.took < limited.took,
        "{unlimited:?} vs {limited:?}"
    );
}

// ── Barrier, OnceLock, LazyLock ──

#[test]
fn a_barrier_has_exactly_one_leader_per_generation_and_no_thread_runs_ahead() {
    let timeline = Timeline::new();
    let leaders = barrier_leaders(3, 4, 2 * MS, &timeline);
    assert_eq!(leaders, [1, 1, 1, 1]);
    let spans = timeline.spans();
    for round in 0..3 {
        let ends = |r: usize| {
            spans
                .iter()
                .filter(move |s| s.label == format!("round {r}"))
                .map(|s| (s.start, s.end))
        };
        let last_end = ends(round).map(|(_, end)| end).max().unwrap();
        let first_start = ends(round + 1).map(|(start, _)| start).min().unwrap();
        assert!(
            last_end <= first_start,
            "round {} started before round {round} was over",
            round + 1
        );
    }
}

#[test]
fn once_lock_runs_the_initialiser_once_for_racing_threads() {
    let seen = init_once(4, 20 * MS);
    assert_eq!(seen.inits, 1);
    assert_eq!(seen.got_it, 4);
    assert!(seen.all_the_same);
}

#[test]
fn lazy_lock_initialises_once_per_process() {
    assert_eq!(read_settings_from(4), 1);
    assert_eq!(read_settings_from(2), 1);
    assert_eq!(SETTINGS.len(), 2);
}
