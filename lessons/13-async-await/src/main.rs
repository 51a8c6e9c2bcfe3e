//! Narrator for lesson 13: run it with `cargo run -p async-await`.

use std::fmt::Debug;
use std::sync::{Arc, mpsc};
use std::time::Duration;

use async_await::support::{self, Crowd, Kind, Sleepers, Way};
use async_await::{blocking, cancel, locks, queue, run};
use clap::Parser;
use io_bound::{ImageServer, ServerConfig, closed_port_url};
use timing::{format_duration, narrate, scaled, timed};

const LIB: &str = include_str!("lib.rs");
const CANCEL: &str = include_str!("cancel.rs");
const QUEUE: &str = include_str!("queue.rs");
const SLEEPERS: &str = include_str!("sleepers.rs");
const BLOCKING: &str = include_str!("blocking.rs");
const DOWNLOADS: &str = include_str!("downloads.rs");
const LOCKS: &str = include_str!("locks.rs");
const PY: &str = include_str!("../python/mapping.py");

/// Lesson 13: async/await with tokio, for asyncio users.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The pause of the small demonstrations, in milliseconds (scaled by LESSON_TIME_SCALE).
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..=5_000))]
    pause_ms: u64,
    /// How many sleepers run at once, as threads and then as tasks.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    sleepers: u64,
    /// How long each sleeper sleeps, in milliseconds (scaled; asyncio.sleep(1) by default).
    #[arg(long, default_value_t = 1_000, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    sleep_ms: u64,
    /// How many images the downloads section fetches.
    #[arg(long, default_value_t = 40, value_parser = clap::value_parser!(u64).range(1..=500))]
    images: u64,
    /// At most this many downloads at once: the Semaphore, and the pool's workers.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=64))]
    limit: u64,
    /// The server's latency per request, in milliseconds (scaled).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    latency_ms: u64,
}

impl Args {
    fn pause(&self) -> Duration {
        scaled(Duration::from_millis(self.pause_ms))
    }
}

fn main() {
    timing::scenario::main(support::SCENARIOS);
    let args = Args::parse();
    narrate::title("13", "async-await", "asyncio's model, with tokio");
    coroutines(&args);
    runtimes(&args);
    tasks(&args);
    cancellation(&args);
    queues(&args);
    many_sleepers(&args);
    blocking_the_executor(&args);
    downloads_async(&args);
    download_race(&args);
    what_the_compiler_checks();
    mutexes(&args);
}

fn coroutines(args: &Args) {
    narrate::section("async def / await → async fn / .await");
    narrate::python(PY, "coroutine");
    narrate::rust(LIB, "sleeper");
    narrate::rust(LIB, "lazy");
    run(async_await::lazy(args.pause()));
}

fn runtimes(args: &Args) {
    narrate::section("asyncio.run → #[tokio::main], or a Runtime");
    narrate::python(PY, "run");
    narrate::rust(LIB, "tokio_main");
    narrate::rust(LIB, "run");
    let (names, took) = timed(|| async_await::gather_two(args.pause()));
    let pause = format_duration(args.pause());
    println!(
        "{names:?} took {}: both slept at once ({pause} each)",
        format_duration(took)
    );
}

fn tasks(args: &Args) {
    narrate::section("create_task, gather, as_completed → spawn, JoinHandle, JoinSet");
    narrate::python(PY, "tasks");
    narrate::rust(LIB, "spawn");
    let (names, took) = timed(|| run(async_await::spawn_two(args.pause())));
    println!("spawn_two → {names:?} in {}", format_duration(took));
    narrate::rust(LIB, "gather");
    narrate::rust(LIB, "as_completed");
    let unit = args.pause().as_millis().max(1) as u64 / 3;
    let pauses = [3 * unit, unit, 2 * unit];
    println!("pauses (ms):  {pauses:?}");
    println!("gather       → {:?}", run(async_await::gather(&pauses)));
    println!(
        "as_completed → {:?}",
        run(async_await::as_completed(&pauses))
    );
}

fn cancellation(args: &Args) {
    narrate::section("wait_for, cancel() → timeout, abort: a cancelled future is dropped");
    narrate::python(PY, "cancel");
    narrate::python(PY, "cancel_calls");
    narrate::rust(CANCEL, "slow_job");
    narrate::rust(CANCEL, "wait_for");
    let (short, long) = (args.pause(), args.pause() * 100); // a cancelled job costs no time
    job("wait_for, limit < job", |tx| {
        run(cancel::wait_for(short, long, tx))
    });
    job("wait_for, limit > job", |tx| {
        run(cancel::wait_for(long, short, tx))
    });
    narrate::rust(CANCEL, "abort");
    job("abort, is_cancelled()", |tx| run(cancel::abort(long, tx)));
    job("detach (handle dropped)", |tx| {
        run(cancel::detach(short, tx))
    });
}

/// Runs one `slow_job` demonstration and prints its value and the job's events.
fn job<T: Debug>(what: &str, demo: impl FnOnce(mpsc::Sender<&'static str>) -> T) {
    let (tx, rx) = mpsc::channel();
    let value = demo(tx);
    let events: Vec<&str> = rx.try_iter().collect(); // the runtime is gone: so are the senders
    println!("{what:<23} → {value:?}, events {events:?}");
}

fn queues(args: &Args) {
    narrate::section("asyncio.Queue → tokio::sync::mpsc");
    narrate::python(PY, "queue");
    narrate::rust(QUEUE, "queue");
    let (received, took) = timed(|| run(queue::produce_and_consume(6, 2, args.pause() / 6)));
    println!("received {received:?} in {}", format_duration(took));
}

fn many_sleepers(args: &Args) {
    narrate::section(&format!(
        "{} sleepers: OS threads vs tokio tasks",
        args.sleepers
    ));
    narrate::python(include_str!("../python/sleepers.py"), "sleepers");
    narrate::rust(SLEEPERS, "threads");
    narrate::rust(SLEEPERS, "tasks");
    let pause_ms = scaled(Duration::from_millis(args.sleep_ms)).as_millis() as u64;
    let exe = timing::scenario::this_program();
    println!("each in a child process of its own, so each peak memory (VmHWM) is its own:");
    for kind in [Kind::Threads, Kind::Tasks] {
        match support::measure_in_child(&exe, kind, args.sleepers as usize, pause_ms) {
            Ok(run) => print_sleepers(&run, pause_ms),
            Err(error) => println!("{}: could not run the child: {error}", kind.name()),
        }
    }
}

fn print_sleepers(run: &Sleepers, pause_ms: u64) {
    let above = run.took.saturating_sub(Duration::from_millis(pause_ms));
    let per = run.added_kib() as f64 / run.started.max(1) as f64;
    println!(
        "{:>7} {:<7}: {} ({} above one sleep), peak memory +{:.1} MiB ({per:.1} KiB each)",
        run.started,
        run.kind.name(),
        format_duration(run.took),
        format_duration(above),
        run.added_kib() as f64 / 1024.0,
    );
    if let Some(why) = &run.refused {
        println!(
            "  the OS refused thread {} of {}: {why}",
            run.started + 1,
            run.asked
        );
    }
}

fn blocking_the_executor(args: &Args) {
    narrate::section("A blocking call stalls its worker; to_thread → spawn_blocking");
    narrate::python(include_str!("../python/blocking.py"), "blocking");
    narrate::rust(BLOCKING, "naps");
    let one = support::one_thread();
    chart("std::thread::sleep, one thread", || {
        nappers(args, &one, blocking::blocking_nap)
    });
    chart("tokio::time::sleep, one thread", || {
        nappers(args, &one, blocking::async_nap)
    });
    chart("spawn_blocking, one thread", || {
        nappers(args, &one, blocking::nap_on_blocking_pool)
    });
    let two = support::workers(2);
    println!("\nstd::thread::sleep on a runtime with two worker threads:");
    let (took, timeline) = timing::record(|| nappers(args, &two, blocking::blocking_nap));
    print!("{}", timeline.render_by_thread());
    let most = timeline.max_overlap();
    let took = format_duration(took);
    println!("{took} in all; at most {most} naps at once, never more than the 2 workers");
}

fn nappers<Fut>(
    args: &Args,
    runtime: &tokio::runtime::Runtime,
    nap: fn(String, Duration) -> Fut,
) -> Duration
where
    Fut: Future<Output = ()> + Send + 'static,
{
    blocking::nappers(runtime, 4, 2, args.pause() / 3, nap)
}

fn chart(heading: &str, nap: impl FnOnce() -> Duration) {
    let (took, timeline) = timing::record(nap);
    println!(
        "\n{heading}: {} in all, at most {} naps at once",
        format_duration(took),
        timeline.max_overlap()
    );
    print!("{}", timeline.render());
}

fn downloads_async(args: &Args) {
    narrate::section("Lesson 12's downloads, async: reqwest and a Semaphore");
    narrate::python(include_str!("../python/downloads.py"), "downloads");
    narrate::rust(DOWNLOADS, "download_all");
    narrate::rust(DOWNLOADS, "download");
    let Ok(server) = ImageServer::start(config(args, 3)) else {
        return println!("(could not start the image server)");
    };
    let mut urls = server.image_urls();
    urls.push(server.missing_url());
    urls.extend(closed_port_url());
    urls.push(server.stall_url());
    let timeout = scaled(Duration::from_millis(1_000)).max(Duration::from_millis(200));
    match Way::Async(args.limit as usize).download(&urls, timeout) {
        Ok((results, took)) => {
            for (url, result) in urls.iter().zip(&results) {
                println!("{}", support::describe(url, result));
            }
            println!(
                "{} URLs in {}, one result each",
                urls.len(),
                format_duration(took)
            );
        }
        Err(error) => println!("(could not download: {error})"),
    }
}

fn config(args: &Args, images: u64) -> ServerConfig {
    ServerConfig {
        images: images as usize,
        image_bytes: 64 * 1024,
        latency: Duration::from_millis(args.latency_ms),
    }
}

fn download_race(args: &Args) {
    narrate::section("The same downloads: one thread and a Semaphore vs a thread pool");
    let limit = args.limit as usize;
    println!(
        "{} images, {} ms latency each (scaled), at most {limit} at once:",
        args.images, args.latency_ms
    );
    for way in [Way::Async(limit), Way::Pool(limit)] {
        let latency = Duration::from_millis(args.latency_ms);
        match support::crowd(way, args.images as usize, 64 * 1024, latency) {
            Ok(crowd) => print_crowd(&crowd),
            Err(error) => println!("{way}: {error}"),
        }
    }
}

fn print_crowd(crowd: &Crowd) {
    println!(
        "{:<26} {:>9}  {} verified, on {} thread(s), at most {} open on the server",
        crowd.way.to_string(),
        format_duration(crowd.took),
        crowd.succeeded,
        crowd.threads,
        crowd.peak_open,
    );
}

fn what_the_compiler_checks() {
    narrate::section("What the compiler checks across .await");
    println!("An Rc, or a std MutexGuard, alive at an .await in a spawned task does not compile");
    println!("(the compile_fail examples in src/locks.rs). The fix: let it go before the .await.");
    narrate::rust(LOCKS, "rc_fixed");
    let spawned = run(async move { tokio::spawn(locks::rc_before_await(Duration::ZERO)).await });
    println!("spawned, it runs: {spawned:?}");
}

fn mutexes(args: &Args) {
    narrate::section("asyncio.Lock → tokio::sync::Mutex, and std::sync::Mutex between awaits");
    narrate::rust(LOCKS, "std_mutex");
    narrate::rust(LOCKS, "tokio_mutex");
    let pause = args.pause() / 3;
    let total = Arc::new(std::sync::Mutex::new(0));
    let ((), took) = timed(|| {
        run(four(|| {
            locks::add_with_std_mutex(Arc::clone(&total), pause)
        }))
    });
    let (total, took) = (*total.lock().unwrap(), format_duration(took));
    println!("4 tasks, std::sync::Mutex: total {total} in {took}");
    let total = Arc::new(tokio::sync::Mutex::new(0));
    let add = || locks::add_with_tokio_mutex(Arc::clone(&total), pause);
    let ((), took) = timed(|| run(four(add)));
    let (total, took) = (*total.blocking_lock(), format_duration(took));
    println!("4 tasks, tokio::sync::Mutex held across the sleep: total {total} in {took}");
}

/// Spawns four tasks made by `make` and waits for them.
async fn four<Fut>(make: impl Fn() -> Fut)
where
    Fut: Future<Output = ()> + Send + 'static,
{
    let tasks: Vec<_> = (0..4).map(|_| tokio::spawn(make())).collect();
    for task in tasks {
        task.await.expect("the task does not panic");
    }
}
