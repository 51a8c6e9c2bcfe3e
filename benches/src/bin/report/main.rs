//! `cargo run -p benches --bin report`: runs every benchmark and the Python comparison, records
//! lesson 10's timeline, and writes what the book includes: Markdown snippets and SVG plots in
//! `docs/src/generated/`, with the machine they ran on. No figure in the book is typed by hand.
//!
//! ```text
//! cargo run -p benches --bin report                       # full run: rewrites docs/src/generated/
//! cargo run -p benches --bin report -- --quick --out DIR  # a few ms per benchmark, into DIR
//! cargo run -p benches --bin report -- --skip-run         # regenerate from the last full run
//! cargo run -p benches --bin report -- --check            # every figure the book names exists
//! ```
//!
//! A full run leaves its raw results in `target/bench-report/` (and criterion's in
//! `target/criterion/`). With `--out DIR` a run (full or quick) keeps everything inside `DIR`
//! (`results/`, `criterion/`, `generated/`) and never touches the book; `--quick` without it
//! uses a fresh temporary folder; `--skip-run --out DIR` regenerates from what is in `DIR`.
//! Whatever it wrote, the run ends by checking that every figure the book names is among it.
//!
//! What each bench group measures and writes lives in the `bench-groups` crate, beside the
//! group's ids and sizes; this binary runs the benches and writes the files.

mod check;
mod machine;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant, SystemTime};

use bench_groups::cli::Args;
use bench_groups::compare;
use bench_groups::data::{Data, Place, Span, write_json};
use bench_groups::machine::Machine;
use bench_groups::pages;
use clap::Parser;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ is inside the workspace")
        .to_path_buf()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace().join("target"), PathBuf::from)
}

fn book_src() -> PathBuf {
    workspace().join("docs").join("src")
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = if args.check {
        check::check(&book_src(), &book_src().join("generated"))
    } else {
        report(&args)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("report: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Where this run's results go (or, with `--skip-run`, are).
fn place(args: &Args) -> Place {
    match &args.out {
        Some(out) => Place::inside(out),
        None if args.quick => Place::inside(
            &std::env::temp_dir().join(format!("bench-report-quick-{}", std::process::id())),
        ),
        None => Place {
            results: target_dir().join("bench-report"),
            criterion: target_dir().join("criterion"),
            generated: book_src().join("generated"),
        },
    }
}

fn report(args: &Args) -> Result<(), String> {
    let place = place(args);
    let started = Instant::now();
    let since = SystemTime::now();
    if !args.skip_run {
        let mut machine = run(args, &place)?;
        let took = started.elapsed().as_secs();
        machine.load_after = machine::load_average();
        machine.took = format!("{} min {} s", took / 60, took % 60);
        machine.write(&place.machine())?;
    }
    // A full run reads only what criterion wrote during it; a quick run's folder holds nothing
    // older.
    let since = (!args.skip_run && !args.quick).then_some(since);
    let data = Data::read(&place, since)?;
    warn_about_short_rows(&data.compare);
    write_files(&data, &place.generated, started)?;
    // Whatever the mode, every figure the book includes must be among what was just written.
    check::check(&book_src(), &place.generated)
}

fn write_files(data: &Data, generated: &Path, started: Instant) -> Result<(), String> {
    let files = pages::generate(data)?;
    fs::create_dir_all(generated).map_err(|e| format!("{}: {e}", generated.display()))?;
    for (name, text) in &files {
        let path = generated.join(name);
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!(
        "\nreport: wrote {} files to {} in {}",
        files.len(),
        generated.display(),
        timing::format_duration(started.elapsed())
    );
    Ok(())
}

/// Runs the benchmarks and records the timeline, leaving results in `place`; returns the
/// machine, for the run's end to complete.
fn run(args: &Args, place: &Place) -> Result<Machine, String> {
    if args.quick {
        // A quick run's folder is its own: start it empty.
        let _ = fs::remove_dir_all(&place.criterion);
    }
    fs::create_dir_all(&place.results).map_err(|e| format!("{}: {e}", place.results.display()))?;
    let mut machine = Machine {
        quick: args.quick,
        ..machine::detect()
    };
    machine.write(&place.machine())?;
    cargo_bench(args.quick, place)?;

    println!("report: recording lesson 10's threads taking turns under its simulated GIL");
    write_json(&place.timeline(), &gil_timeline(args.quick))?;

    // How fast this build runs the loop, for lesson 11's "in a debug build" figure.
    if cfg!(debug_assertions) {
        machine.debug_ns_per_iteration = Some(ns_per_iteration(args.quick));
        machine.write(&place.machine())?;
    }
    Ok(machine)
}

/// `cargo bench`, criterion writing into `place`, and the compare run too.
fn cargo_bench(quick: bool, place: &Place) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut command = Command::new(cargo);
    command
        .current_dir(workspace())
        .env("CRITERION_HOME", &place.criterion)
        .env("COMPARE_OUT", place.compare());
    if quick {
        // Not a measurement: the dev profile proves the pipeline without an optimised build
        // (minutes on two cores). With the features the whole workspace resolves, it reuses
        // what `cargo test --workspace` built (`-p benches` resolves fewer, and rebuilds tokio).
        command
            .args(["bench", "--workspace", "--bench", "*", "--profile", "dev"])
            .env("BENCH_QUICK", "1");
    } else {
        // A measurement builds anew in any case, and with the benches' own features: the
        // workspace's would turn on lesson 09's `deadlock_detection` in parking_lot, whose
        // bookkeeping on every lock would be measured with parking_lot's `Mutex`.
        command
            .args(["bench", "-p", "benches", "--bench", "*"])
            .env_remove("BENCH_QUICK");
    }
    println!(
        "report: running every benchmark ({}); criterion writes to {}",
        if quick {
            "quick: a few milliseconds each"
        } else {
            "a full run: several minutes"
        },
        place.criterion.display()
    );
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo bench: {e}"))?;
    if !status.success() {
        return Err(format!("cargo bench failed: {status}"));
    }
    Ok(())
}

/// Nanoseconds per iteration of the sqrt loop in this build.
fn ns_per_iteration(quick: bool) -> f64 {
    let n = timing::iterations_for(Duration::from_millis(if quick { 5 } else { 200 }));
    let start = Instant::now();
    std::hint::black_box(timing::sqrt_loop(n));
    start.elapsed().as_secs_f64() / n as f64 * 1e9
}

/// Lesson 10's CPU-bound experiment on two threads, with and then without its simulated GIL,
/// recorded with `timing::record`: the lesson's own spans (its `TURN`s and `NO_GIL` runs).
fn gil_timeline(quick: bool) -> Vec<Span> {
    let threads = 2;
    let per_thread = timing::iterations_for(Duration::from_millis(if quick { 10 } else { 60 }));
    let lock = gil::Gil::default();
    let (_, with) = timing::record(|| gil::run_cpu_bound(threads, per_thread, Some(&lock)));
    let (_, without) = timing::record(|| gil::run_cpu_bound(threads, per_thread, None));
    let with_name = format!(
        "{threads} threads under the simulated GIL ({} ms switch interval)",
        gil::DEFAULT_SWITCH_INTERVAL.as_millis()
    );
    let without_name = format!("the same {threads} threads without it");
    [(with_name, with), (without_name, without)]
        .into_iter()
        .flat_map(|(panel, timeline)| {
            timeline.spans().into_iter().map(move |span| Span {
                panel: panel.clone(),
                label: span.label,
                thread: span.thread,
                start_ms: span.start.as_secs_f64() * 1e3,
                end_ms: span.end.as_secs_f64() * 1e3,
            })
        })
        .collect()
}

/// A full run's CPU-bound rows should each last the unit's budget: say so when one did not.
fn warn_about_short_rows(compare: &compare::Run) {
    if compare.meta.quick {
        return;
    }
    for (side, measures) in &compare.measures {
        for row in measures {
            let cpu = row.name.starts_with("sqrt loop, ") && row.unit == "ms";
            if cpu && row.values.iter().any(|v| *v < 200.0) {
                eprintln!(
                    "report: warning: a run of {side} `{}` lasted under 200 ms",
                    row.name
                );
            }
        }
    }
}
