//! Narrator for lesson 01: run it with `cargo run -p main-thread`.

use std::time::Duration;

use clap::Parser;
use main_thread::{car_and_truck, cpu_counts, current_name_and_id, panic_in_named_thread};
use timing::{Timeline, human, narrate, timed};

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

    narrate::section("Which thread am I on?");
    narrate::python(
        "import threading\nprint(threading.current_thread().getName())   # MainThread\n\
         # getName() is deprecated since Python 3.10: use .name",
    );
    narrate::rust("let me = std::thread::current();\nprintln!(\"{:?} {:?}\", me.name(), me.id());");
    let (name, id) = current_name_and_id();
    println!("name: {name:?}, id: {id:?}");

    narrate::section("Renaming the main thread");
    narrate::python("threading.current_thread().name = \"primary\"");
    println!(
        "Rust has no setter: a thread's name is fixed when it is created, and `main` was created\n\
         by the runtime before your code ran. Name the threads you start instead (next section)."
    );

    narrate::section("Named threads: the seed's Car and Truck");
    narrate::python("t1 = threading.Thread(name='SecondThread', target=Car)\nt1.start()");
    narrate::rust(
        "thread::Builder::new()\n    .name(\"SecondThread\".to_string())\n    .spawn(car)?; // io::Result: the OS may refuse",
    );
    println!(
        "an unnamed thread's name: {:?}",
        main_thread::spawn_unnamed()
    );
    let timeline = Timeline::new();
    let pause = Duration::from_millis(args.pause_ms);
    let (lines, took) = timed(|| car_and_truck(args.rounds, pause, &timeline));
    println!(
        "{} lines in {}; the two threads ran side by side:",
        lines.len(),
        human(took)
    );
    print!("{}", timeline.render());

    narrate::section("A thread's name is in its panic message");
    narrate::rust("let err = handle.join().unwrap_err(); // the panic payload");
    println!("(the panic hook's line on stderr names the thread)");
    narrate::short_panic_messages();
    let message = panic_in_named_thread("SecondThread");
    println!("join() returned Err with the message: {message:?}");

    narrate::section("The name the operating system sees");
    os_name();

    narrate::section("How many CPUs?");
    narrate::python("import os\nprint(os.cpu_count())");
    let counts = cpu_counts();
    println!(
        "std::thread::available_parallelism() = {:?}",
        counts.available
    );
    println!("num_cpus::get()                      = {}", counts.logical);
    println!("num_cpus::get_physical()             = {}", counts.physical);
    println!(
        "They differ when the process is pinned to some CPUs (affinity), limited by a container's\n\
         CPU quota (cgroups), or when each core runs two hyper-threads (SMT). Size a CPU-bound pool\n\
         by available_parallelism()."
    );
}

#[cfg(target_os = "linux")]
fn os_name() {
    let name = "a-thread-with-a-long-name";
    match main_thread::os_name_of(name) {
        Ok(seen) => println!("Rust name {name:?} → Linux sees {seen:?} (15 bytes at most)"),
        Err(error) => println!("could not read /proc/thread-self/comm: {error}"),
    }
}

#[cfg(not(target_os = "linux"))]
fn os_name() {
    println!("(on Linux, /proc/thread-self/comm shows the name cut to 15 bytes; not shown here)");
}
