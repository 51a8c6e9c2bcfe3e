//! Narrator for lesson 09: run it with `cargo run -p deadlock`.

use std::path::Path;
use std::thread::JoinHandle;
use std::time::Duration;

use clap::Parser;
use crossbeam_channel::SendTimeoutError;
use deadlock::support::{self, Detection, Fix, Watch};
use deadlock::*;
use timing::{Comparison, format_duration, narrate, timed};

const ACCOUNTS: &str = include_str!("accounts.rs");
const DETECT: &str = include_str!("detect.rs");
const PHILOSOPHERS: &str = include_str!("philosophers.rs");
const CHANNELS: &str = include_str!("channels.rs");
const RELOCK: &str = include_str!("relock.rs");
const PY_LOCKS: &str = include_str!("../python/two_locks.py");
const PY_DINNER: &str = include_str!("../python/philosophers.py");
const PY_RELOCK: &str = include_str!("../python/relock.py");

/// Lesson 09: deadlocks, found and bounded, and the fixes that break them.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How many philosophers sit at the table.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(2..=12))]
    philosophers: u32,
    /// How many meals each philosopher eats in the fixed dinners.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
    rounds: u32,
    /// How long a meal takes in milliseconds (thinking takes half), scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(0..=2000))]
    meal_ms: u64,
    /// How long to watch a deadlocked child before killing it, in milliseconds (scaled by
    /// LESSON_TIME_SCALE, but never under 200 ms).
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(100..=10_000))]
    watch_ms: u64,
}

/// The shortest watch: a child needs a moment to start before its heartbeat means anything.
const MIN_WATCH: Duration = Duration::from_millis(200);

fn main() {
    timing::scenario::main(support::SCENARIOS);
    let args = Args::parse();
    narrate::title("09", "deadlock", "found, bounded, and broken");
    let bound = timing::scaled(Duration::from_millis(args.watch_ms)).max(MIN_WATCH);
    let exe = timing::scenario::this_program();
    // The detector's child spends most of its time resolving backtraces: start it now, so it
    // runs while the first child is watched.
    let detection = std::thread::spawn({
        let exe = exe.clone();
        move || support::detect_in_child(&exe, Duration::from_secs(10))
    });
    seeds();
    two_locks(&exe, bound);
    detector(detection);
    lock_order();
    naive_dinner(&exe, args.philosophers, bound);
    four_fixes(&args);
    live_lock(args.philosophers as usize);
    channels(timing::scaled(Duration::from_millis(300)));
    yourself();
    coffman();
}

fn seeds() {
    narrate::section("What the seeds say");
    narrate::python(PY_LOCKS, "seed");
    println!("Seed 000 says \"GIL prevents deadlocks (only one thread)\": wrong. A thread blocked");
    println!("on a threading.Lock releases the GIL; python/two_locks.py deadlocks like the Rust.");
    println!("The borrow checker does not help either: a deadlock is about order, not data.");
}

fn two_locks(exe: &Path, bound: Duration) {
    narrate::section("Two locks, opposite order (in a child process, watched)");
    narrate::python(PY_LOCKS, "transfer");
    narrate::rust(ACCOUNTS, "transfer");
    match support::watch_two_locks(exe, bound) {
        Ok(watch) => report(&watch, "transfers"),
        Err(error) => println!("could not run the child: {error}"),
    }
}

fn detector(detection: JoinHandle<std::io::Result<Detection>>) {
    narrate::section("Finding the cycle from inside: parking_lot's deadlock detector");
    narrate::rust(DETECT, "find_cycle");
    let found = match detection.join().expect("the detector thread panicked") {
        Ok(found) => found,
        Err(error) => return println!("could not run the child: {error}"),
    };
    let (pid, took) = (found.pid, format_duration(found.took));
    let n = found.cycle.len();
    let by_itself = found.exited_by_itself;
    println!(
        "child pid {pid} found a cycle of {n} threads and ended itself (exit code 0: {by_itself}) after {took}:"
    );
    found.cycle.iter().for_each(|thread| println!("  {thread}"));
    let closes = support::is_cycle(&found.cycle);
    println!("cycle closes (each waits for what the next holds): {closes}");
    gone(pid);
}

fn lock_order() {
    narrate::section("The fix: one global lock order");
    narrate::python(PY_LOCKS, "ordered");
    narrate::rust(ACCOUNTS, "ordered");
    let transfers = 100_000;
    let ((alice, bob), took) = timed(|| pay_each_other_ordered(transfers));
    let took = format_duration(took);
    println!("Alice paid Bob and Bob paid Alice {transfers} times each in {took}: no deadlock,");
    println!("balances {alice} + {bob} = {}", alice + bob);
}

fn naive_dinner(exe: &Path, n: u32, bound: Duration) {
    narrate::section(&format!(
        "Dining philosophers: {n} at the table, naive (watched child)"
    ));
    narrate::python(PY_DINNER, "naive");
    narrate::rust(PHILOSOPHERS, "naive");
    match support::watch_naive_dinner(exe, n, bound) {
        Ok(watch) => report(&watch, "meals"),
        Err(error) => println!("could not run the child: {error}"),
    }
}

fn report(watch: &Watch, what: &str) {
    for note in &watch.notes {
        println!("child: {note}");
    }
    let progress = match watch.progress {
        0 => format!("no {what} at all"),
        n => format!(
            "{n} {what} in its first {}",
            format_duration(watch.progress_stopped_at)
        ),
    };
    let (pid, stalled) = (watch.pid, format_duration(watch.stalled_for()));
    println!("child pid {pid}: {progress}, then nothing for {stalled} while it kept ticking");
    let verdict = if watch.deadlocked() {
        "deadlocked"
    } else {
        "not a deadlock"
    };
    let waited = format_duration(watch.waited);
    println!("verdict: {verdict}; killed and reaped after {waited}");
    gone(pid);
}

fn gone(pid: u32) {
    if let Some(exists) = timing::process_exists(pid) {
        println!("/proc/{pid} is gone (no process left behind): {}", !exists);
    }
}

fn four_fixes(args: &Args) {
    narrate::section("Dining philosophers: four fixes");
    narrate::rust(PHILOSOPHERS, "ordered");
    narrate::python(PY_DINNER, "waiter");
    narrate::python(PY_DINNER, "backoff");
    let (n, rounds) = (args.philosophers as usize, args.rounds);
    let meal = Duration::from_millis(args.meal_ms);
    let mut table = Comparison::new("fix");
    for fix in Fix::ALL {
        let (dinner, timeline) = timing::record(|| support::dine(fix, n, rounds, meal));
        let label = fix.label();
        table.row(label, timeline.elapsed());
        let all_ate = dinner.meals.iter().all(|&m| m == rounds);
        let (meals, most) = (&dinner.meals, timeline.max_overlap());
        println!(
            "{label:<24} meals {meals:?}, everyone ate {rounds}: {all_ate}, at most {most} eating at once"
        );
        if fix == Fix::LockOrder {
            print!("{}", timeline.render_by_thread());
        }
        if fix == Fix::Backoff {
            let gave_up = dinner.gave_up;
            println!(
                "{:<24} started with every left fork taken; gave up {gave_up} times",
                ""
            );
        }
    }
    print!("{table}");
}

fn live_lock(n: usize) {
    narrate::section("Live-lock: everyone busy, nobody eats");
    let attempts = 20;
    let (tries, meals) = livelock(n, attempts, Duration::from_millis(5));
    println!(
        "{n} polite philosophers in lockstep, {attempts} attempts each: {tries} tries, {meals} meals."
    );
    println!("No thread is blocked, so a deadlock detector sees nothing.");
    println!("The fix is back-off for a random time (jitter), as in eat_with_backoff.");
}

fn channels(timeout: Duration) {
    narrate::section("Channels deadlock too");
    narrate::rust(CHANNELS, "both_receive");
    let (outcomes, took) = timed(|| both_receive_first(timeout));
    println!(
        "both receive first: {outcomes:?} after {}",
        format_duration(took)
    );
    println!("one speaks first:   {:?}", one_speaks_first());
    narrate::rust(CHANNELS, "rendezvous");
    let (outcome, took) = timed(|| rendezvous_alone(timeout));
    let took = format_duration(took);
    match outcome {
        Err(SendTimeoutError::Timeout(message)) => {
            println!(
                "rendezvous alone:   timed out after {took}, and send_timeout gave {message} back"
            )
        }
        other => println!("rendezvous alone:   {other:?}"),
    }
    narrate::python(PY_RELOCK, "queue");
    let (across, roomy) = rendezvous_fixed();
    println!("receiver on another thread got {across}; bounded(1) on one thread got {roomy}");
}

fn yourself() {
    narrate::section("Waiting for yourself: re-locking a mutex");
    narrate::python(PY_RELOCK, "relock");
    narrate::rust(RELOCK, "relock");
    narrate::python(PY_RELOCK, "reentrant");
    narrate::rust(RELOCK, "reentrant");
    let (plain, reentrant) = (relock_same_thread(), relock_reentrant());
    println!("parking_lot::Mutex locked twice on one thread: try_lock got it? {plain}");
    println!(
        "parking_lot::ReentrantMutex (Python's RLock) locked twice:  try_lock got it? {reentrant}"
    );
}

fn coffman() {
    narrate::section("The four Coffman conditions, and what breaks each");
    println!("A deadlock needs all four at once; break any one and it cannot happen.");
    println!("1. mutual exclusion → share nothing: own the data, send messages, use atomics");
    println!("2. hold and wait    → take everything at once or nothing: both forks at once");
    println!("3. no preemption    → give back what you hold: try_lock_for + back-off");
    println!(
        "4. circular wait    → one global lock order (lowest id first), or a waiter with n-1 seats"
    );
}
