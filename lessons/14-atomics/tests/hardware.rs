//! Claims about what the hardware does, which need the two threads on two cores at once. Each
//! skips, with the reason printed, when the machine's cores are too busy to show it. The tests
//! here take turns (`ONE_AT_A_TIME`): each needs the cores to itself.
#![cfg(not(loom))]

use std::sync::Mutex;
use std::time::{Duration, Instant};

use atomics::support::{self, Lock, RaiseThenLook};
use lesson_test::assert_cpu_speedup;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

#[cfg(target_arch = "x86_64")]
#[test]
fn on_x86_release_acquire_lets_both_threads_miss_the_other_flag() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let trying = Instant::now();
    let mut seen = support::Litmus::default();
    while trying.elapsed() < Duration::from_secs(3) {
        let run = support::store_buffer(RaiseThenLook::ReleaseAcquire, Duration::from_millis(100));
        seen.pairs += run.pairs;
        seen.both_saw_nothing += run.both_saw_nothing;
        if seen.both_saw_nothing > 0 {
            println!("{seen:?}");
            return;
        }
    }
    println!("skipped: in {seen:?} the two threads never ran at the same moment (busy cores)");
}

#[cfg(target_os = "linux")]
#[test]
fn a_spinning_waiter_burns_cpu_and_a_mutex_waiter_sleeps() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let hold = Duration::from_millis(100);
    let spin = support::cpu_while_waiting(Lock::Spin, hold).expect("Linux reports CPU time");
    let mutex = support::cpu_while_waiting(Lock::Mutex, hold).expect("Linux reports CPU time");
    println!("waiting {hold:?}: SpinLock used {spin:?} of CPU, Mutex {mutex:?}");
    assert!(
        spin >= Duration::from_millis(2),
        "the spinner ran: {spin:?}"
    );
    assert!(spin >= 20 * mutex, "spin {spin:?} vs mutex {mutex:?}");
}

#[test]
fn with_four_threads_per_core_the_spin_lock_falls_behind_a_mutex() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut rounds = Vec::new();
    for _ in 0..3 {
        let spin = support::lock_rounds(Lock::Spin, 4 * cores, Duration::from_millis(100));
        let mutex = support::lock_rounds(Lock::Mutex, 4 * cores, Duration::from_millis(100));
        rounds.push((spin, mutex));
        if spin < mutex {
            println!(
                "{} threads, 100 ms: SpinLock {spin} locks, Mutex {mutex}",
                4 * cores
            );
            return;
        }
    }
    panic!("(SpinLock, Mutex) locks taken: the spin lock kept up in every round: {rounds:?}");
}

#[test]
fn counters_on_one_cache_line_are_slower_than_padded_ones() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let increments = 1_000_000;
    let outcome = assert_cpu_speedup(
        2,
        1.2,
        || {
            let line = atomics::SameLine::default();
            atomics::count_both(&line.a, &line.b, increments);
        },
        || {
            let apart = atomics::Padded::default();
            atomics::count_both(&apart.a, &apart.b, increments);
        },
    );
    // assert_cpu_speedup fails the test itself when two free cores did not show the claim.
    println!("padded over same line: {outcome:?}");
}
