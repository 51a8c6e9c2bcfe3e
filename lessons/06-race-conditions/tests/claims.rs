//! Every claim lesson 06 makes that needs no timeline, asserted (`timelines.rs` has those).
//! Under `--cfg loom` the counters are loom's, which work only inside `loom::model`:
//! `tests/loom.rs` checks them there.
#![cfg(not(loom))]

use std::time::Duration;

use race_conditions::support::Strategy;
use race_conditions::update::{
    fetch_add, load_then_store, update_holding_the_guard, update_locking_twice,
};
use race_conditions::*;

/// How often each deterministic race is repeated: "always 1, never 2" is checked many times.
const RUNS: usize = 25;

#[test]
fn seed_003_locking_twice_always_loses_one_of_two_updates() {
    for _ in 0..RUNS {
        assert_eq!(lost_update_locking_twice(Duration::ZERO), 1);
    }
}

#[test]
fn holding_the_guard_always_makes_2() {
    for _ in 0..RUNS {
        assert_eq!(fixed_holding_the_guard(Duration::ZERO), 2);
    }
}

#[test]
fn atomic_load_then_store_always_loses_one_of_two_updates() {
    for _ in 0..RUNS {
        assert_eq!(lost_update_load_then_store(), 1);
    }
}

#[test]
fn fetch_add_always_makes_2() {
    for _ in 0..RUNS {
        assert_eq!(fixed_fetch_add(), 2);
    }
}

#[test]
fn seed_004_a_fresh_lock_per_call_excludes_nothing() {
    for _ in 0..RUNS {
        // Returning at all proves it: both threads met at a Barrier inside their "locked" sections.
        assert_eq!(lost_update_fresh_lock(Duration::ZERO), 1);
    }
}

#[test]
fn data_update_adds_one_and_runs_between() {
    let mut data = Data::default();
    let mut seen_inside = None;
    data.update(|| seen_inside = Some(()));
    data.update(|| ());
    assert_eq!(data.val, 2);
    assert!(seen_inside.is_some());
}

#[test]
fn on_one_thread_every_way_of_adding_one_is_exact() {
    // A race needs two threads: alone, even the racy versions count right.
    let data = std::sync::Mutex::new(Data::default());
    update_locking_twice(&data, || ());
    update_holding_the_guard(&data, || ());
    assert_eq!(data.lock().unwrap().val, 2);
    let counter = std::sync::atomic::AtomicUsize::new(0);
    load_then_store(&counter, || ());
    fetch_add(&counter);
    assert_eq!(counter.into_inner(), 2);
    for strategy in Strategy::ALL {
        assert_eq!(strategy.count(1, 1000), 1000, "{strategy:?}");
    }
}

#[test]
fn under_n_times_m_the_racy_ways_never_count_more_than_expected() {
    for strategy in Strategy::ALL.into_iter().filter(|s| s.can_lose_updates()) {
        let count = strategy.count(4, 20_000);
        assert!((1..=80_000).contains(&count), "{strategy:?}: {count}");
    }
}

#[test]
fn under_n_times_m_the_fixed_ways_are_always_exact() {
    for strategy in Strategy::ALL.into_iter().filter(|s| !s.can_lose_updates()) {
        for _ in 0..5 {
            assert_eq!(strategy.count(4, 20_000), 80_000, "{strategy:?}");
        }
    }
}

#[test]
fn three_ways_lose_updates_two_do_not_and_each_has_its_own_name() {
    let racy: Vec<_> = Strategy::ALL
        .into_iter()
        .filter(|s| s.can_lose_updates())
        .collect();
    assert_eq!(
        racy,
        [
            Strategy::LockingTwice,
            Strategy::LoadThenStore,
            Strategy::FreshLock
        ]
    );
    let mut names: Vec<_> = Strategy::ALL.into_iter().map(Strategy::name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), Strategy::ALL.len());
}

fn is_send<T: Send>() {}
fn is_sync<T: Sync>() {}

#[test]
fn send_and_sync_as_the_deeper_page_lists_them() {
    use std::cell::{Cell, RefCell};
    use std::sync::atomic::AtomicUsize;
    use std::sync::{Arc, Mutex, MutexGuard};
    // (The "no"s are compile_fail doctests in `race_conditions::data_races`.)
    is_send::<Cell<u32>>();
    is_send::<RefCell<u32>>();
    is_sync::<MutexGuard<'static, u32>>();
    is_send::<AtomicUsize>();
    is_sync::<AtomicUsize>();
    is_send::<Arc<Mutex<u32>>>();
    is_sync::<Arc<Mutex<u32>>>();
    is_send::<Mutex<RefCell<u32>>>();
    is_sync::<Mutex<RefCell<u32>>>(); // a lock makes a non-Sync type shareable
}
