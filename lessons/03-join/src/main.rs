//! Narrator for lesson 03: run it with `cargo run -p join`.

use std::thread;
use std::time::Duration;

use clap::Parser;
use join::support;
use timing::{Comparison, format_duration, narrate, scaled, timed};

const LIB: &str = include_str!("lib.rs");

/// Lesson 03: waiting for threads with join.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How many sleepers (the seeds' `n_threads = 5` and `range(1, 6)`).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=10))]
    sleepers: u32,
    /// How long each of seed 002's sleepers sleeps, in seed seconds (`args = (3, name)`).
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=10))]
    seconds: u32,
    /// One of the seeds' seconds, in milliseconds. The default keeps the lesson under 15 s;
    /// 1000 replays the seeds in real time (about 40 s).
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u64).range(1..=2_000))]
    unit_ms: u64,
}

impl Args {
    /// `n` of the seeds' seconds.
    fn seed_seconds(&self, n: u32) -> Duration {
        Duration::from_millis(self.unit_ms) * n
    }
}

fn main() {
    let args = Args::parse();
    narrate::title("03", "join", "waiting for threads");
    let unit = format_duration(args.seed_seconds(1));
    println!("(one seed second = {unit} here; --unit-ms 1000 for real seconds)");
    the_trap(&args);
    one_by_one_vs_threads(&args);
    values_and_panics();
    join_order_vs_completion_order(&args);
    join_with_a_timeout(&args);
    scopes_join_for_you(&args);
}

fn the_trap(args: &Args) {
    narrate::section("The trap: a timer without join");
    narrate::python(include_str!("../python/timer_without_join.py"), "trap");
    narrate::rust(LIB, "timer");
    let sleeps: Vec<Duration> = (1..=args.sleepers).map(|n| args.seed_seconds(n)).collect();
    let (without, with) = join::timer_without_and_with_join(&sleeps);
    // A thread that sleeps longer than the timer's reading cannot have finished when it was read.
    let sleeping = sleeps.iter().filter(|&&t| scaled(t) > without).count();
    let n = args.sleepers;
    let without = format_duration(without);
    println!(
        "without join the timer said {without}, with at least {sleeping} of {n} threads still sleeping;"
    );
    let longest = format_duration(scaled(args.seed_seconds(n)));
    let with = format_duration(with);
    println!("after joining them all it says {with} (the longest sleep is {longest}).");
}

fn one_by_one_vs_threads(args: &Args) {
    narrate::section("One by one vs on threads: seed 002's five sleepers");
    narrate::python(include_str!("../python/five_sleepers.py"), "joined");
    narrate::rust(LIB, "on_threads");
    let sleeps = vec![args.seed_seconds(args.seconds); args.sleepers as usize];
    let ((one_by_one, on_threads), timeline) = timing::record(|| {
        let (_, one_by_one) = timed(|| join::sleep_one_by_one(&sleeps));
        let (_, on_threads) = timed(|| join::sleep_on_threads(&sleeps));
        (one_by_one, on_threads)
    });
    let mut table = Comparison::new("how");
    let threads = format!("{} threads, joined", args.sleepers);
    table.row("one by one", one_by_one).row(threads, on_threads);
    print!("{table}");
    let longest = scaled(args.seed_seconds(args.seconds));
    let over = format_duration(on_threads.saturating_sub(longest));
    let longest = format_duration(longest);
    println!(
        "the longest sleep is {longest}; the threads took {over} more than that (the seed: 7.7 ms more)"
    );
    print!("{}", timeline.render());
}

fn values_and_panics() {
    narrate::section("join returns the thread's value, or its panic");
    narrate::python(include_str!("../python/join_returns_none.py"), "none");
    narrate::rust(LIB, "outcome");
    narrate::short_panic_messages();
    println!("join(|| 6 * 7) = {:?}", join::join_outcome(|| 6 * 7));
    let fell = join::join_outcome(|| -> u32 { panic!("sleeper {} fell out of bed", 3) });
    println!("join(a sleeper that panics) = {fell:?}");
}

fn join_order_vs_completion_order(args: &Args) {
    narrate::section("Join order is not completion order");
    narrate::python(include_str!("../python/as_completed.py"), "as_completed");
    narrate::rust(LIB, "as_completed");
    let n = args.sleepers;
    let sleeps: Vec<Duration> = (1..=n).rev().map(|s| args.seed_seconds(s)).collect();
    let show = |arrivals: Vec<(usize, Duration)>| {
        for (i, at) in arrivals {
            let seconds = n as usize - i;
            println!(
                "  sleeper {i} ({seconds} s) arrived at {}",
                format_duration(at)
            );
        }
    };
    println!("join each handle, in start order:");
    show(support::arrivals(|| join::in_start_order(&sleeps)));
    println!("receive from a channel, as they complete:");
    show(support::arrivals(|| join::as_completed(&sleeps)));
}

fn join_with_a_timeout(args: &Args) {
    narrate::section("join with a timeout");
    narrate::python(include_str!("../python/join_timeout.py"), "timeout");
    narrate::rust(LIB, "timeout");
    let nap = scaled(args.seed_seconds(2));
    let handle = thread::spawn(move || thread::sleep(nap));
    let (short, long) = (scaled(args.seed_seconds(1)), scaled(args.seed_seconds(10)));
    let early = join::join_timeout(&handle, short);
    let nap = format_duration(nap);
    println!(
        "a {nap} sleeper, join_timeout({}): {early}",
        format_duration(short)
    );
    let late = join::join_timeout(&handle, long);
    println!("then join_timeout({}): {late}", format_duration(long));
    handle.join().expect("sleeping does not panic");
}

fn scopes_join_for_you(args: &Args) {
    narrate::section("Scopes join for you");
    narrate::rust(LIB, "std_scope");
    let sleeps = [
        args.seed_seconds(3),
        args.seed_seconds(1),
        args.seed_seconds(2),
    ];
    let order = join::std_scope(&sleeps);
    println!("std::thread::scope, sleepers of 3, 1, 2 s finished in the order {order:?}");
    let order = join::crossbeam_scope(&sleeps);
    println!("crossbeam::scope,   sleepers of 3, 1, 2 s finished in the order {order:?}");
    let repanic = join::std_scope_after_a_panic();
    println!("a panic nobody joined, in std::thread::scope: scope panics too: {repanic:?}");
    let panics = join::crossbeam_scope_after_a_panic();
    println!("the same in crossbeam::scope: it returns Err with the panics: {panics:?}");
}
