//! Lesson 01: the main thread, thread names and ids, and how many CPUs there are.
//!
//! Python's seeds start here: `threading.current_thread().name` is `MainThread`, threads can be
//! given names, and `os.cpu_count()` says how many cores there are. Each function below shows the
//! Rust side of one of those ideas; `src/main.rs` runs them in order.

use std::io;
use std::sync::Mutex;
use std::thread::{self, ThreadId};
use std::time::Duration;

// ANCHOR: current
/// The name and id of the thread that calls this function.
///
/// Called from `main`, the name is `Some("main")`: Rust names the main thread for you.
///
/// ```
/// let (name, id) = main_thread::current_name_and_id();
/// assert_eq!(id, std::thread::current().id());
/// # let _ = name;
/// ```
pub fn current_name_and_id() -> (Option<String>, ThreadId) {
    // ANCHOR: current_body
    let me = thread::current();
    (me.name().map(String::from), me.id())
    // ANCHOR_END: current_body
}
// ANCHOR_END: current

// ANCHOR: named
/// Starts a thread called `name`, and returns the name and id that thread saw for itself.
///
/// `thread::Builder::spawn` returns an `io::Result`: the OS may refuse to create a thread.
///
/// ```
/// let (name, id) = main_thread::spawn_named("SecondThread").unwrap();
/// assert_eq!(name.as_deref(), Some("SecondThread"));
/// assert_ne!(id, std::thread::current().id());
/// ```
pub fn spawn_named(name: &str) -> io::Result<(Option<String>, ThreadId)> {
    // ANCHOR: builder
    let handle = thread::Builder::new()
        .name(name.to_string())
        .spawn(current_name_and_id)?; // io::Result: the OS may refuse
    // ANCHOR_END: builder
    Ok(handle.join().expect("this thread does not panic"))
}
// ANCHOR_END: named

// ANCHOR: unnamed
/// Starts a thread without a name and returns the name it saw: `None`.
///
/// Python makes one up (`Thread-1 (target)`); Rust leaves it empty.
///
/// ```
/// assert_eq!(main_thread::spawn_unnamed(), None);
/// ```
pub fn spawn_unnamed() -> Option<String> {
    let handle = thread::spawn(|| thread::current().name().map(String::from));
    handle.join().expect("this thread does not panic")
}
// ANCHOR_END: unnamed

// ANCHOR: car_truck
/// The seed's `Car` and `Truck`, each on its own named thread, printing its name `rounds`
/// times with a `pause` between rounds. Returns every line, in the order they were printed.
pub fn car_and_truck(rounds: u32, pause: Duration) -> Vec<String> {
    let lines = Mutex::new(Vec::new());
    thread::scope(|s| {
        for (name, function) in [("SecondThread", "car"), ("ThirdThread", "truck")] {
            let lines = &lines;
            thread::Builder::new()
                .name(name.to_string())
                .spawn_scoped(s, move || {
                    for round in 1..=rounds {
                        let me = thread::current();
                        let line = format!("{} in {function} function", me.name().unwrap());
                        println!("{line}");
                        lines.lock().unwrap().push(line);
                        // A span is what the narrator's chart draws; it records nothing otherwise.
                        timing::span(format!("{function} {round}"), || timing::sleep(pause));
                    }
                })
                .expect("the OS could not start a thread");
        }
    });
    lines.into_inner().unwrap()
}
// ANCHOR_END: car_truck

// ANCHOR: panic
/// Starts a thread called `name` that panics, and returns the panic message `join` hands back.
///
/// The default panic hook prints `thread '<name>' panicked at ...` to stderr: the thread's name is
/// how you find out *which* thread died.
///
/// ```
/// let message = main_thread::panic_in_named_thread("SecondThread");
/// assert_eq!(message, "SecondThread ran out of fuel");
/// ```
pub fn panic_in_named_thread(name: &str) -> String {
    let handle = thread::Builder::new()
        .name(name.to_string())
        .spawn(|| {
            let me = thread::current();
            panic!("{} ran out of fuel", me.name().unwrap());
        })
        .expect("the OS could not start a thread");
    // ANCHOR: join_err
    let payload = handle.join().expect_err("the thread panicked");
    // ANCHOR_END: join_err
    // The payload is a `Box<dyn Any + Send>`: a `String` here, because the message was formatted.
    timing::panic_message(&*payload)
}
// ANCHOR_END: panic

// ANCHOR: os_name
/// The name the operating system sees for a thread called `name` (Linux only: read from
/// `/proc/thread-self/comm`). Linux keeps at most 15 bytes of it.
///
/// ```
/// # #[cfg(target_os = "linux")]
/// assert_eq!(
///     main_thread::os_name_of("a-thread-with-a-long-name").unwrap(),
///     "a-thread-with-a"
/// );
/// ```
#[cfg(target_os = "linux")]
pub fn os_name_of(name: &str) -> io::Result<String> {
    let handle = thread::Builder::new()
        .name(name.to_string())
        .spawn(|| std::fs::read_to_string("/proc/thread-self/comm"))?;
    let comm = handle.join().expect("reading a file does not panic")?;
    Ok(comm.trim_end().to_string())
}
// ANCHOR_END: os_name

// ANCHOR: cpus
/// Three answers to Python's `os.cpu_count()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CpuCounts {
    /// `std::thread::available_parallelism()`: how many threads this process can usefully run
    /// at once (respects CPU affinity and cgroup quotas). `None` if the OS would not say.
    pub available: Option<usize>,
    /// `num_cpus::get()`: logical CPUs this process may use.
    pub logical: usize,
    /// `num_cpus::get_physical()`: physical cores (hyper-threads counted once).
    pub physical: usize,
}

/// Asks std and `num_cpus` how many CPUs there are.
///
/// ```
/// let counts = main_thread::cpu_counts();
/// assert!(counts.logical >= 1 && counts.physical >= 1);
/// ```
pub fn cpu_counts() -> CpuCounts {
    CpuCounts {
        available: thread::available_parallelism().ok().map(|n| n.get()),
        logical: num_cpus::get(),
        physical: num_cpus::get_physical(),
    }
}
// ANCHOR_END: cpus
