//! Narrator for lesson 01: run it with `cargo run -p main-thread`.

use std::time::Duration;

use clap::Parser;
use main_thread::{car_and_truck, cpu_counts, current_name_and_id, panic_in_named_thread};
use timing::{format_duration, narrate};

const LIB: &str = include_str!("lib.rs");
const PY: &str = include_str!("../python/seed001.py");

/// Lesson 01: the main thread, thread names and ids, and how many CPUs there are.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How many times Car and Truck print their names (the seed's `range(5)`).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=50))]
    rounds: u32,
    /// Pause between rounds in milliseconds (the seed's `sleep(1)`), scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pause_ms: u64,
}

fn main() {
    let args = Args::parse();
    narrate::title("01", "main-thread", "the thread your program starts on");
    which_thread();
    renaming();
    named_threads(&args);
    names_in_panics();
    os_name();
    how_many_cpus();
}

fn which_thread() {
    narrate::section("Which thread am I on?");
    narrate::python(PY, "current");
    narrate::rust(LIB, "current_body");
    let (name, id) = current_name_and_id();
    println!("name: {name:?}, id: {id:?}");
}

fn renaming() {
    narrate::section("Renaming the main thread");
    narrate::python(PY, "rename");
    println!("Rust has no setter: a thread's name is fixed when the thread is created,");
    println!("and `main` was created before your code ran. Name the threads you start.");
}

fn named_threads(args: &Args) {
    narrate::section("Named threads: the seed's Car and Truck");
    narrate::python(PY, "unnamed");
    println!(
        "an unnamed thread's name: {:?}",
        main_thread::spawn_unnamed()
    );
    narrate::rust(LIB, "builder");
    let pause = Duration::from_millis(args.pause_ms);
    let (lines, timeline) = timing::record(|| car_and_truck(args.rounds, pause));
    let took = format_duration(timeline.elapsed());
    println!(
        "{} lines in {took}; the two threads ran side by side:",
        lines.len()
    );
    print!("{}", timeline.render());
}

fn names_in_panics() {
    narrate::section("A thread's name is in its panic message");
    narrate::rust(LIB, "join_err");
    println!("(the panic hook's line on stderr names the thread)");
    narrate::short_panic_messages();
    let message = panic_in_named_thread("SecondThread");
    println!("join() returned Err with the message: {message:?}");
}

fn os_name() {
    narrate::section("The name the operating system sees");
    let name = "a-thread-with-a-long-name";
    #[cfg(target_os = "linux")]
    match main_thread::os_name_of(name) {
        Ok(seen) => println!("Rust name {name:?} → Linux sees {seen:?} (15 bytes at most)"),
        Err(error) => println!("could not read /proc/thread-self/comm: {error}"),
    }
    #[cfg(not(target_os = "linux"))]
    println!("(on Linux, /proc/thread-self/comm shows {name:?} cut to 15 bytes)");
}

fn how_many_cpus() {
    narrate::section("How many CPUs?");
    narrate::python(PY, "cpus");
    let counts = cpu_counts();
    println!(
        "std::thread::available_parallelism() = {:?}",
        counts.available
    );
    println!("num_cpus::get()                      = {}", counts.logical);
    println!("num_cpus::get_physical()             = {}", counts.physical);
    println!("They differ under CPU affinity, a container's CPU quota, or hyper-threads (SMT).");
    println!("Size a CPU-bound pool by available_parallelism().");
}
