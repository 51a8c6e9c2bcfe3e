//! Narrator for lesson 12: run it with `cargo run -p io-bound`.

use std::io;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use io_bound::support::{self, Method};
use io_bound::{Downloader, ImageServer, ServerConfig, closed_port_url, seed_clock};
use tempfile::TempDir;
use timing::{Comparison, format_duration, narrate};

const SEED: &str = include_str!("../python/seed_003.py");
const FIXED: &str = include_str!("../python/download.py");

/// Lesson 12: concurrent downloads over real HTTP on loopback.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How many images to download (the seed's five URLs).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=64))]
    images: u32,
    /// Size of each image in KiB.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..=4096))]
    image_kb: u32,
    /// Server latency per request in milliseconds, scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    latency_ms: u64,
    /// Workers in the teaching pool and in rayon's pool.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=64))]
    workers: u32,
    /// Client timeout per URL in milliseconds, scaled by LESSON_TIME_SCALE (at least 200 ms).
    #[arg(long, default_value_t = 1500, value_parser = clap::value_parser!(u64).range(1..=60_000))]
    timeout_ms: u64,
    /// How many URLs the "bounded concurrency" section downloads at once.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=500))]
    crowd: u32,
    /// Server latency per request in the "bounded concurrency" section, in milliseconds, scaled.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    crowd_latency_ms: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    narrate::title(
        "12",
        "io-bound",
        "concurrent downloads over real HTTP on loopback",
    );
    match lesson(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn lesson(args: &Args) -> io::Result<()> {
    let timeout = timing::scaled(Duration::from_millis(args.timeout_ms));
    let timeout = timeout.max(Duration::from_millis(200));
    let server = ImageServer::start(ServerConfig {
        images: args.images as usize,
        image_bytes: args.image_kb as usize * 1024,
        latency: Duration::from_millis(args.latency_ms),
    })?;
    the_seed(args, &server, timeout)?;
    four_ways(args, &server, timeout)?;
    let folder = failures(args, &server, timeout)?;
    nothing_left_behind(server, folder);
    bounded_concurrency(args)?;
    Ok(())
}

fn the_seed(args: &Args, server: &ImageServer, timeout: Duration) -> io::Result<()> {
    narrate::section("Seed 003's real-life example");
    narrate::python(SEED, "seed");
    narrate::python(SEED, "clock");
    println!("(prints `Completed in  0.02 second(s)`: it never joins its threads)");
    println!(
        "Instead of the internet: a tiny_http server on http://{} (loopback only), {} images of {} KiB, each after {}.",
        server.addr(),
        args.images,
        args.image_kb,
        format_duration(timing::scaled(Duration::from_millis(args.latency_ms))),
    );
    let urls = server.image_urls();
    let folder = tempfile::tempdir()?;
    let (started, finished, results) = seed_clock(&Downloader::new(folder.path(), timeout), &urls);
    let verified = results.iter().filter(|r| r.is_ok()).count();
    println!(
        "starting {} threads took {}: that is what the seed timed and printed as `0.02 s`.",
        urls.len(),
        format_duration(started)
    );
    println!(
        "Joining them, the downloads took {} ({verified} of {} verified).",
        format_duration(finished),
        urls.len()
    );
    Ok(())
}

fn four_ways(args: &Args, server: &ImageServer, timeout: Duration) -> io::Result<()> {
    narrate::section("Four ways, each joined, each file verified");
    narrate::rust(include_str!("methods.rs"), "pool");
    let urls = server.image_urls();
    let mut table = Comparison::new("method");
    let mut charts = Vec::new();
    for method in Method::all(args.workers as usize) {
        let folder = tempfile::tempdir()?;
        let (run, timeline) =
            timing::record(|| support::run(method, &urls, folder.path(), timeout));
        let run = run?;
        let label = format!("{method} ({}/{} ok)", run.succeeded(), urls.len());
        table.row(label, run.took);
        charts.push((method, timeline));
    }
    print!("{table}");
    for (method, timeline) in charts {
        println!("\nTimeline: {method}");
        print!("{}", timeline.render());
    }
    println!("Downloading is waiting: N downloads at once take about as long as one.");
    let cpus = rayon::current_num_threads();
    println!(
        "rayon's global pool has {cpus} threads (one per CPU), sized for computing; for waiting, the lesson builds a pool of {}.",
        args.workers
    );
    Ok(())
}

fn failures(args: &Args, server: &ImageServer, timeout: Duration) -> io::Result<TempDir> {
    narrate::section("Failures are results, not crashes");
    narrate::python(FIXED, "fixed");
    let mut urls = server.image_urls();
    urls.extend([server.missing_url(), server.stall_url(), closed_port_url()?]);
    let folder = tempfile::tempdir()?;
    let method = Method::Pool(args.workers as usize);
    let run = support::run(method, &urls, folder.path(), timeout)?;
    let (n, limit) = (urls.len(), format_duration(timeout));
    let into = folder.path().display();
    println!("{n} through {method} with a {limit} client timeout, into {into}:");
    for (url, result) in urls.iter().zip(&run.results) {
        println!("  {}", support::describe(url, result));
    }
    let (ok, took) = (run.succeeded(), format_duration(run.took));
    println!("{ok} of {n} verified in {took}; each failure is that URL's Err, the rest completed.");
    Ok(folder)
}

fn nothing_left_behind(server: ImageServer, folder: TempDir) {
    narrate::section("Nothing left behind");
    let report = server.shutdown();
    println!(
        "server shut down and its thread joined: {} requests, {} handler threads joined (the stalled one included).",
        report.requests, report.handlers_joined
    );
    let path = folder.path().to_path_buf();
    drop(folder);
    let exists = path.exists();
    println!(
        "the temporary folder is deleted when its TempDir is dropped: {} exists = {exists}",
        path.display()
    );
}

fn bounded_concurrency(args: &Args) -> io::Result<()> {
    narrate::section("Bounded concurrency: what the server sees");
    let (urls, workers) = (args.crowd as usize, args.workers as usize);
    let latency = Duration::from_millis(args.crowd_latency_ms);
    let (bounded, timeline) =
        timing::record(|| support::crowd(Method::Pool(workers), urls, latency, 16 * 1024));
    let unbounded = support::crowd(Method::ThreadPerUrl, urls, latency, 16 * 1024)?;
    for crowd in [&bounded?, &unbounded] {
        println!(
            "{:<24} {urls} URLs: {:>3} ok in {:>8}; at most {:>3} requests open on the server",
            crowd.method.to_string(),
            crowd.succeeded,
            format_duration(crowd.took),
            crowd.peak_open,
        );
    }
    println!("\nTimeline by thread: {}", Method::Pool(workers));
    print!("{}", timeline.render_by_thread());
    println!(
        "One thread per URL opened {} requests at once: how a crawler floods a server.",
        unbounded.peak_open
    );
    println!(
        "A pool of {workers} never holds more than {workers} open, whatever the list's length."
    );
    Ok(())
}
