//! Narrator for lesson 07: run it with `cargo run -p sync-primitives`.

use std::sync::Mutex;
use std::time::Duration;

use clap::Parser;
use sync_primitives::support::wake_without_change;
use sync_primitives::*;
use timing::{Comparison, format_duration, narrate, record, timed};

/// Lesson 07: Python's threading primitives (Lock, RLock, Condition, Event, Semaphore, Barrier)
/// and their Rust counterparts.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The seed's `time.sleep(1)` in milliseconds (scaled by LESSON_TIME_SCALE); the other
    /// demonstrations use fractions of it.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    pause_ms: u64,
    /// Workers that want a "connection" in the semaphore demonstration.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=40))]
    workers: u32,
    /// Connections (semaphore permits) available to them.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=40))]
    permits: u32,
    /// Readers in the RwLock demonstration.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=16))]
    readers: u32,
}

const LOCKS_RS: &str = include_str!("locks.rs");

fn main() {
    let args = Args::parse();
    narrate::title(
        "07",
        "sync-primitives",
        "Lock, RLock, Condition, Event, Semaphore, Barrier",
    );
    let pause = Duration::from_millis(args.pause_ms);
    lock(pause);
    poisoning();
    lock_twice();
    lock_timeout(pause);
    condition();
    event(pause);
    semaphore(args.workers as usize, args.permits as usize, pause / 2);
    barrier(pause);
    once(pause);
    rwlock(args.readers as usize, pause / 2);
    atomics();
}

fn lock(pause: Duration) {
    narrate::section("Lock → Mutex<T>: the lock owns the data");
    narrate::python(include_str!("../python/data_update.py"), "update");
    narrate::rust(LOCKS_RS, "with_lock");
    let (val, timeline) = record(|| locked_update(2, pause));
    let took = format_duration(timeline.elapsed());
    println!("value after threads are executed: val={val} (2 updates in {took}: one at a time)");
    print!("{}", timeline.render());
}

fn poisoning() {
    narrate::section("Poisoning: a thread panicked while holding the lock");
    narrate::rust(include_str!("poison.rs"), "recover");
    narrate::short_panic_messages();
    let accounts = Mutex::new([100, 0]);
    transfer_and_panic(&accounts);
    let seen = balances_after(&accounts);
    let vanished = 100 - seen.unwrap_or_else(|b| b).iter().sum::<i64>();
    let poisoned = if seen.is_err() {
        "was poisoned"
    } else {
        "was not poisoned"
    };
    println!("the lock {poisoned}; balances {seen:?}: {vanished} of the 100 vanished halfway");
    println!(
        "after clear_poison(): is_poisoned() = {}",
        accounts.is_poisoned()
    );
}

fn lock_twice() {
    narrate::section("The same lock twice on one thread: Lock vs RLock");
    narrate::python(include_str!("../python/locks.py"), "lock_vs_rlock");
    let second = lock_twice_on_one_thread();
    println!("std Mutex, second try_lock on the same thread: {second}");
    narrate::rust(LOCKS_RS, "countdown");
    let (pushed, other) = reentrant_countdown(3);
    println!("ReentrantMutex, locked 1 + 3 times by one thread: pushed {pushed:?}");
    println!("another thread's try_lock meanwhile got it: {other}");
}

fn lock_timeout(pause: Duration) {
    narrate::section("Lock.acquire(timeout=) → parking_lot::Mutex::try_lock_for");
    narrate::python(include_str!("../python/locks.py"), "timeout");
    let ((impatient, patient), timeline) = record(|| lock_with_timeout(pause / 10, pause / 2));
    let spans = timeline.spans();
    let waited = |thread: &str| {
        let span = spans.iter().find(|s| s.thread == thread);
        span.map_or_else(String::new, |s| format_duration(s.duration()))
    };
    let impatient_waited = waited("impatient");
    println!("while another thread held the lock: got it = {impatient} after {impatient_waited}");
    println!(
        "a more patient try_lock_for: got it = {patient} after {}",
        waited("patient")
    );
    print!("{}", timeline.render());
}

fn condition() {
    narrate::section("Condition → Condvar: look at the condition in a loop");
    narrate::python(include_str!("../python/condition.py"), "wait_for");
    narrate::rust(include_str!("condvar.rs"), "wait_while");
    let (with_if, if_looks) = wake_without_change(wait_with_if);
    let (with_while, while_looks) = wake_without_change(wait_with_wait_while);
    println!("woken once before the flag was set:");
    println!("  `if` returned with the flag set = {with_if} after {if_looks} look");
    println!("  `wait_while` returned with the flag set = {with_while} after {while_looks} looks");
}

fn event(pause: Duration) {
    narrate::section("Event: Mutex<bool> + Condvar, as in CPython");
    narrate::python(include_str!("../python/event.py"), "set");
    let (woken, timeline) = record(|| release_waiters(3, pause / 5));
    println!("one set() woke {woken} waiters at once:");
    print!("{}", timeline.render());
    narrate::python(include_str!("../python/event.py"), "stop");
    narrate::rust(include_str!("signals.rs"), "stop_loop");
    let (tick, run_for) = (pause / 5, pause / 2);
    let (rounds, took) = timed(|| stop_a_worker(run_for, tick));
    let after_set = format_duration(took.saturating_sub(timing::scaled(run_for)));
    let tick = format_duration(timing::scaled(tick));
    println!(
        "a worker ticking every {tick} did {rounds} rounds and stopped {after_set} after set()"
    );
}

fn semaphore(workers: usize, permits: usize, hold: Duration) {
    narrate::section("Semaphore → a Semaphore whose permits give themselves back");
    narrate::python(include_str!("../python/semaphore.py"), "bounded");
    narrate::rust(include_str!("signals.rs"), "connections");
    let ((), limited) = record(|| limit_connections(workers, permits, hold));
    let ((), unlimited) = record(|| limit_connections(workers, workers, hold));
    let most = limited.max_overlap();
    println!("{workers} workers, {permits} connections: at most {most} connected at once");
    print!("{}", limited.render());
    let mut table = Comparison::new("connections");
    table
        .row(format!("{permits} permits"), limited.elapsed())
        .row(format!("{workers} permits"), unlimited.elapsed());
    print!("{table}");
}

fn barrier(pause: Duration) {
    narrate::section("Barrier: everyone waits for everyone, one leader per round");
    narrate::python(include_str!("../python/barrier.py"), "barrier");
    let (leaders, timeline) = record(|| barrier_leaders(3, 3, pause / 20));
    println!("leaders per round: {leaders:?}");
    print!("{}", timeline.render_by_thread());
}

fn once(pause: Duration) {
    narrate::section("One-time initialisation: OnceLock and LazyLock");
    narrate::python(include_str!("../python/once.py"), "module_level");
    narrate::rust(include_str!("once.rs"), "lazy_lock");
    let (inits, all_the_same) = init_once(4, pause / 10);
    println!("OnceLock: 4 threads called get_or_init at once; the initialiser ran {inits} time(s)");
    println!("all 4 got the very same value: {all_the_same}");
    let inits = read_settings_from(4);
    println!("LazyLock: read from 4 threads; the initialiser ran {inits} time(s)");
}

fn rwlock(readers: usize, hold: Duration) {
    narrate::section("RwLock: many readers at once, a writer alone (Python has none)");
    let (value, timeline) = record(|| readers_then_writer(readers, hold));
    let (writes, reads): (Vec<_>, Vec<_>) = timeline
        .spans()
        .into_iter()
        .partition(|s| s.label == "write");
    let at_once = timing::max_overlap(&reads);
    let overlapped = writes.iter().any(|w| reads.iter().any(|r| w.overlaps(r)));
    println!("{at_once} readers inside at once; the writer overlapped a reader: {overlapped}");
    println!("value after the writer = {value}");
    print!("{}", timeline.render());
}

fn atomics() {
    narrate::section("Below the locks: atomics, and loom");
    println!(
        "Every lock above is built on atomic operations; lesson 06 (race-conditions) shows them."
    );
    println!("tests/loom.rs checks Event and Semaphore in every interleaving of their threads.");
}
