//! Narrator for lesson 09: run it with `cargo run -p deadlock`.

use std::path::Path;
use std::time::Duration;

use clap::Parser;
use crossbeam_channel::SendTimeoutError;
use deadlock::*;
use timing::{Comparison, Timeline, human, narrate, timed};

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
    /// LESSON_TIME_SCALE, but never under 300 ms).
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(100..=10_000))]
    watch_ms: u64,
    /// Run one deadlock for real, as a child process of the lesson.
    #[arg(long, hide = true, value_enum)]
    scenario: Option<Scenario>,
}

/// The shortest watch: a child needs a moment to start before its heartbeat means anything.
const MIN_WATCH: Duration = Duration::from_millis(300);

fn main() {
    let args = Args::parse();
    if let Some(scenario) = args.scenario {
        run_scenario(scenario, args.philosophers as usize);
    }
    narrate::title("09", "deadlock", "found, bounded, and broken");
    let bound = timing::scaled(Duration::from_millis(args.watch_ms)).max(MIN_WATCH);
    let exe = std::env::current_exe();
    // The detector's child spends most of its time resolving backtraces: start it now, so it
    // runs while the first child is watched, and read its report in its own section.
    let detection = exe.as_ref().ok().map(|exe| {
        let exe = exe.clone();
        std::thread::spawn(move || detect_in_child(&exe, Duration::from_secs(10)))
    });

    narrate::section("What the seeds say");
    narrate::python(
        "### Deadlock\n### Real life deadlock\n\
         **Interviewer**: *What is deadlock?*\n\
         **Interviewee**: *Hire me and I will tell you what a deadlock is*",
    );
    println!(
        "Seed 003 stops at the joke. Seed 000 says \"GIL prevents deadlocks (only one thread)\":\n\
         wrong. A thread blocked on a threading.Lock releases the GIL, and two threads that take\n\
         two locks in opposite order deadlock in Python exactly as they do in Rust. The borrow\n\
         checker does not help either: a deadlock is a logic bug, not a data race."
    );

    narrate::section("Two locks, opposite order (in a child process, watched)");
    narrate::python(
        "def alice_pays_bob():            def bob_pays_alice():\n    \
         with alice_lock:                 with bob_lock:\n        \
         with bob_lock: ...               with alice_lock: ...",
    );
    narrate::rust(
        "let mut from_balance = from.balance.lock();\n\
         let mut to_balance = to.balance.lock(); // the other thread holds it and waits for ours",
    );
    match &exe {
        Ok(exe) => two_locks(exe, bound),
        Err(error) => println!("cannot re-run this program ({error}): skipped"),
    }

    narrate::section("Finding the cycle from inside: parking_lot's deadlock detector");
    narrate::rust(
        "// Cargo.toml: parking_lot = { features = [\"deadlock_detection\"] }\n\
         for cycle in parking_lot::deadlock::check_deadlock() { /* thread ids + backtraces */ }",
    );
    match detection.map(|running| running.join().expect("the detector thread does not panic")) {
        Some(found) => detection_report(found),
        None => println!("cannot re-run this program: skipped"),
    }

    narrate::section("The fix: one global lock order");
    narrate::python(
        "first, second = sorted([a, b], key=lambda acct: acct.id)\nwith first.lock, second.lock: ...",
    );
    narrate::rust("let (first, second) = if from.id < to.id { (from, to) } else { (to, from) };");
    let transfers = 100_000;
    let ((alice, bob), took) = timed(|| pay_each_other_ordered(transfers));
    println!(
        "Alice paid Bob and Bob paid Alice {transfers} times each in {}: no deadlock, \
         balances {alice} + {bob} = {}",
        human(took),
        alice + bob
    );

    let n = args.philosophers;
    narrate::section(&format!(
        "Dining philosophers: {n} at the table, naive (watched child)"
    ));
    narrate::python("with forks[i]:\n    with forks[(i + 1) % n]:\n        eat()");
    match &exe {
        Ok(exe) => naive_dinner(exe, n, bound),
        Err(error) => println!("cannot re-run this program ({error}): skipped"),
    }

    narrate::section("Dining philosophers: four fixes");
    fixed_dinners(n as usize, args.rounds, Duration::from_millis(args.meal_ms));

    narrate::section("Live-lock: everyone busy, nobody eats");
    let attempts = 20;
    let found = livelock(n as usize, attempts, Duration::from_millis(5));
    println!(
        "{n} polite philosophers in lockstep, {attempts} attempts each: {} tries for the right \
         fork, {} meals.\nNo thread is blocked, so a deadlock detector sees nothing. The fix is \
         back-off for a random time\n(jitter), as in the try_lock_for dinner above.",
        found.tries, found.meals
    );

    narrate::section("Channels deadlock too");
    channel_deadlocks(timing::scaled(Duration::from_millis(300)));

    narrate::section("Waiting for yourself: re-locking a mutex");
    narrate::python(
        "lock = threading.Lock()\nwith lock:\n    lock.acquire(blocking=False)   # False; acquire() would hang",
    );
    narrate::rust(
        "let _held = lock.lock();\nlock.try_lock()   // None; lock.lock() would never return",
    );
    println!(
        "parking_lot::Mutex locked twice on one thread: try_lock got it? {}",
        relock_same_thread()
    );
    println!(
        "parking_lot::ReentrantMutex (Python's RLock) locked twice:  try_lock got it? {}",
        relock_reentrant()
    );

    narrate::section("The four Coffman conditions, and what breaks each");
    println!(
        "A deadlock needs all four at once; break any one and it cannot happen.\n\
         1. mutual exclusion → share nothing: own the data, send messages, use atomics\n\
         2. hold and wait    → take everything at once or nothing: both forks at once\n\
         3. no preemption    → give back what you hold when you cannot go on: try_lock_for + back-off\n\
         4. circular wait    → one global lock order (lowest id first), or a waiter with n-1 seats"
    );
}

fn two_locks(exe: &Path, bound: Duration) {
    match watch_two_locks(exe, bound) {
        Ok(watch) => {
            for note in &watch.notes {
                println!("child: {note}");
            }
            report(&watch, "transfers");
        }
        Err(error) => println!("could not run the child: {error}"),
    }
}

fn detection_report(found: std::io::Result<Detection>) {
    match found {
        Ok(found) => {
            println!(
                "child pid {} found a cycle of {} threads and ended itself (exit code 0: {}) \
                 after {}:",
                found.pid,
                found.cycle.len(),
                found.exited_by_itself,
                human(found.took)
            );
            for thread in &found.cycle {
                println!("  {thread}");
            }
            println!(
                "cycle closes (each waits for what the next holds): {}",
                is_cycle(&found.cycle)
            );
            gone(found.pid);
        }
        Err(error) => println!("could not run the child: {error}"),
    }
}

fn naive_dinner(exe: &Path, n: u32, bound: Duration) {
    match watch_naive_dinner(exe, n, bound) {
        Ok(watch) => {
            for note in &watch.notes {
                println!("child: {note}");
            }
            report(&watch, "meals");
        }
        Err(error) => println!("could not run the child: {error}"),
    }
}

fn report(watch: &Watch, what: &str) {
    let progress = match watch.progress {
        0 => format!("no {what} at all"),
        n => format!(
            "{n} {what} in its first {}",
            human(watch.progress_stopped_at)
        ),
    };
    println!(
        "child pid {}: {progress}, then nothing for {} while it kept ticking ({} heartbeats)",
        watch.pid,
        human(watch.stalled_for()),
        watch.ticks
    );
    let verdict = if watch.deadlocked() {
        "deadlocked"
    } else {
        "not a deadlock"
    };
    println!(
        "verdict: {verdict}; killed and reaped after {}",
        human(watch.waited)
    );
    gone(watch.pid);
}

fn gone(pid: u32) {
    if let Some(exists) = timing::process_exists(pid) {
        println!("/proc/{pid} is gone (no process left behind): {}", !exists);
    }
}

fn fixed_dinners(n: usize, rounds: u32, meal: Duration) {
    let mut table = Comparison::new("fix");
    for fix in Fix::ALL {
        let timeline = Timeline::new();
        let (dinner, took) = timed(|| dine(fix, n, rounds, meal, &timeline));
        table.row(fix.label(), took);
        let all_ate = dinner.meals.iter().all(|&m| m == rounds);
        print!("{:<24} meals {:?}", fix.label(), dinner.meals);
        print!(", everyone ate {rounds}: {all_ate}");
        println!(", at most {} eating at once", timeline.max_overlap());
        if fix == Fix::Backoff {
            println!(
                "{:<24} started with every left fork taken (the naive deadlock); gave up {} times",
                "", dinner.gave_up
            );
        }
        if fix == Fix::LockOrder {
            print!("{}", timeline.render_by_thread());
        }
    }
    print!("{table}");
}

fn channel_deadlocks(timeout: Duration) {
    narrate::rust(
        "let heard = from_b.recv_timeout(t)?;   // A waits for B\n\
         let heard = from_a.recv_timeout(t)?;   // B waits for A",
    );
    let (outcomes, took) = both_receive_first(timeout);
    println!("both receive first: {outcomes:?} after {}", human(took));
    println!("one speaks first:   {:?}", one_speaks_first());
    narrate::rust(
        "let (tx, rx) = crossbeam_channel::bounded(0);\n\
         tx.send_timeout(42, t)   // nobody can receive: this thread is the receiver",
    );
    let (outcome, took) = rendezvous_alone(timeout);
    match outcome {
        Err(SendTimeoutError::Timeout(message)) => println!(
            "rendezvous alone:   timed out after {}, and send_timeout gave {message} back",
            human(took)
        ),
        other => println!("rendezvous alone:   {other:?}"),
    }
    let (across, roomy) = rendezvous_fixed();
    println!("receiver on another thread got {across}; bounded(1) on one thread got {roomy}");
}
