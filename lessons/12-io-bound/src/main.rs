//! Narrator for lesson 12: run it with `cargo run -p io-bound`.

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use io_bound::{
    Downloader, ImageServer, Method, Outcome, ServerConfig, closed_port_url, crowd, run, seed_clock,
};
use timing::{Comparison, human, narrate};

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
    /// Client timeout per URL in milliseconds, scaled by LESSON_TIME_SCALE (at least 400 ms).
    #[arg(long, default_value_t = 1500, value_parser = clap::value_parser!(u64).range(1..=60_000))]
    timeout_ms: u64,
    /// How many URLs the "bounded concurrency" section downloads at once.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=500))]
    crowd: u32,
    /// Server latency per request in the "bounded concurrency" section, in milliseconds, scaled.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(0..=5_000))]
    crowd_latency_ms: u64,
}

const SEED: &str = "\
def download_image(url):
    content = requests.get(url).content
    name = url.split('/')[-1]
    location = os.path.join('/', 'tmp', 'images', name)
    with open(location, 'wb') as f:
        f.write(content)

for url in image_urls:
    thread = threading.Thread(target=download_image, args=[url])
    thread.start()

end = time.perf_counter()
print(f'Completed in {end - start: .2f} second(s)')   # Completed in  0.02 second(s)";

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

fn lesson(args: &Args) -> std::io::Result<()> {
    let workers = args.workers as usize;
    let latency = Duration::from_millis(args.latency_ms);
    let timeout =
        timing::scaled(Duration::from_millis(args.timeout_ms)).max(Duration::from_millis(400));

    narrate::section("Seed 003's real-life example");
    narrate::python(SEED);
    println!(
        "Three bugs: no join, so the clock stops once the threads have *started* (`0.02 s`); a\n\
         hard-coded /tmp/images that must already exist (if not, every thread dies with\n\
         FileNotFoundError and the main thread never hears of it); and no error handling: no\n\
         timeout (a stalled server hangs a thread forever) and no status check (a 404 page is\n\
         saved as an \"image\")."
    );
    let server = ImageServer::start(ServerConfig {
        images: args.images as usize,
        image_bytes: args.image_kb as usize * 1024,
        latency,
    })?;
    println!(
        "Instead of the internet: a tiny_http server on http://{} (loopback only, port chosen by\n\
         the OS) serving {} generated images of {} KiB, each answered after {} of latency.",
        server.addr(),
        args.images,
        args.image_kb,
        human(timing::scaled(latency)),
    );
    let urls = server.image_urls();
    let folder = tempfile::tempdir()?;
    let (started, finished, outcomes) = seed_clock(&Downloader::new(folder.path(), timeout), &urls);
    println!(
        "starting {} threads took {}: that is what the seed timed and printed as `0.02 s`.\n\
         Joining them, the downloads took {} ({} of {} verified).",
        urls.len(),
        human(started),
        human(finished),
        outcomes.iter().filter(|o| o.result.is_ok()).count(),
        urls.len(),
    );

    narrate::section("Four ways, each joined, each file verified");
    narrate::rust(
        "let pool = pools::ThreadPool::new(8)?;\n\
         let results = pool.map(move |url: String| downloader.download(&url), urls);",
    );
    let mut table = Comparison::new("method");
    let mut charts = Vec::new();
    for method in Method::all(workers) {
        let folder = tempfile::tempdir()?;
        let run = run(method, &urls, folder.path(), timeout)?;
        table.row(
            format!("{method} ({}/{} ok)", run.succeeded(), urls.len()),
            run.took,
        );
        charts.push((method, run.timeline));
    }
    print!("{table}");
    for (method, timeline) in charts {
        println!("\nTimeline: {method}");
        print!("{}", timeline.render());
    }
    println!(
        "Downloading is waiting: the CPU is idle while the server takes its time, so N downloads\n\
         at once take about as long as one. rayon's global pool has {} threads (one per CPU),\n\
         sized for computing; for waiting, the lesson builds a pool of {workers}.",
        rayon::current_num_threads(),
    );

    narrate::section("Failures are results, not crashes");
    narrate::python(
        "response = requests.get(url, timeout=5)   # the seed has no timeout: a stall hangs forever\n\
         response.raise_for_status()               # the seed writes a 404 page as an \"image\"",
    );
    let mut urls_with_failures = urls.clone();
    urls_with_failures.extend([server.missing_url(), server.stall_url(), closed_port_url()?]);
    let folder = tempfile::tempdir()?;
    let failures = run(
        Method::Pool(workers),
        &urls_with_failures,
        folder.path(),
        timeout,
    )?;
    println!(
        "{} through pools::ThreadPool({workers}) with a {} client timeout, into {}:",
        urls_with_failures.len(),
        human(timeout),
        folder.path().display(),
    );
    for outcome in &failures.outcomes {
        println!("  {}", describe(outcome));
    }
    println!(
        "{} of {} verified in {}; each failure is that URL's Err, the rest completed.",
        failures.succeeded(),
        failures.outcomes.len(),
        human(failures.took),
    );
    let report = server.shutdown();
    println!(
        "server shut down and its thread joined: {} requests, {} handler threads joined \
         (the stalled one included).",
        report.requests, report.handlers_joined
    );

    narrate::section("Bounded concurrency: what the server sees");
    let crowd_latency = Duration::from_millis(args.crowd_latency_ms);
    let bounded = crowd(
        Method::Pool(workers),
        args.crowd as usize,
        crowd_latency,
        16 * 1024,
    )?;
    let unbounded = crowd(
        Method::ThreadPerUrl,
        args.crowd as usize,
        crowd_latency,
        16 * 1024,
    )?;
    for crowd in [&bounded, &unbounded] {
        println!(
            "{:<24} {} URLs: {:>3} ok in {:>8}; at most {:>3} requests open on the server",
            crowd.method.to_string(),
            args.crowd,
            crowd.succeeded,
            human(crowd.took),
            crowd.peak_open,
        );
    }
    println!("\nTimeline by thread: {}", bounded.method);
    print!("{}", bounded.timeline.render_by_thread());
    println!(
        "One thread per URL is fastest here, and it is how a crawler takes down a server (or runs\n\
         out of threads, sockets or the server's patience): {} URLs opened {} requests at once.\n\
         A pool of {workers} never holds more than {workers} open, whatever the list's length.",
        args.crowd, unbounded.peak_open,
    );

    narrate::section("Nothing left behind");
    let path = folder.path().to_path_buf();
    drop(folder);
    println!(
        "the temporary folders are deleted when their TempDir is dropped: {} exists = {}",
        path.display(),
        path.exists()
    );
    Ok(())
}

fn describe(outcome: &Outcome) -> String {
    let name = outcome.url.rsplit('/').next().unwrap_or("?");
    match &outcome.result {
        Ok(file) => format!(
            "✓ {name:<12} {:>8} bytes, fnv1a {:016x} verified",
            file.bytes, file.checksum
        ),
        Err(error) => format!("✗ {name:<12} {error}"),
    }
}
