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
//! uses a fresh temporary folder. Whatever it wrote, the run ends by checking that every figure
//! the book names is among it.

mod charts;
mod format;
mod json;
mod machine;
mod pages;
mod results;
mod svg;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant, SystemTime};

use results::{Compare, Place, Span};

const USAGE: &str = "usage: report [--quick] [--out DIR] [--skip-run] | --check";

struct Args {
    quick: bool,
    skip_run: bool,
    check: bool,
    out: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        quick: false,
        skip_run: false,
        check: false,
        out: None,
    };
    let mut given = std::env::args().skip(1);
    while let Some(arg) = given.next() {
        match arg.as_str() {
            "--quick" => args.quick = true,
            "--skip-run" => args.skip_run = true,
            "--check" => args.check = true,
            "--out" => {
                // Absolute: the benches that write into it run in `benches/`, not here.
                let out = std::path::PathBuf::from(given.next().ok_or("--out needs a folder")?);
                let here = std::env::current_dir().map_err(|e| e.to_string())?;
                args.out = Some(here.join(out));
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

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
    let result = parse_args().and_then(|args| {
        if args.check {
            check(&book_src().join("generated"))
        } else {
            report(&args)
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("report: {message}");
            ExitCode::FAILURE
        }
    }
}

fn place(args: &Args) -> Place {
    match &args.out {
        Some(out) => Place {
            results: out.join("results"),
            criterion: out.join("criterion"),
            generated: out.join("generated"),
        },
        None if args.quick => {
            let out =
                std::env::temp_dir().join(format!("bench-report-quick-{}", std::process::id()));
            Place {
                results: out.join("results"),
                criterion: out.join("criterion"),
                generated: out.join("generated"),
            }
        }
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
        run(args, &place)?;
    }
    let mut machine = results::read_pairs(&place.results.join("machine.tsv"))?;
    if !args.skip_run {
        let took = started.elapsed();
        machine.push(("load_after".into(), machine::load_average()));
        machine.push((
            "took".into(),
            format!("{} min {} s", took.as_secs() / 60, took.as_secs() % 60),
        ));
        results::write_pairs(&place.results.join("machine.tsv"), &machine)?;
    }
    // A full run reads only what criterion wrote during it; a quick run's folder holds nothing
    // older.
    let since = (!args.skip_run && !args.quick).then_some(since);
    let data = pages::Data {
        benches: results::criterion_benches(&place.criterion, since)?,
        compare: Compare::read(&place.results.join("compare.tsv"))?,
        spans: results::read_spans(&place.results.join("timeline.tsv"))?,
        machine,
    };
    warn_about_short_rows(&data.compare);
    let files = pages::generate(&data)?;
    fs::create_dir_all(&place.generated)
        .map_err(|e| format!("{}: {e}", place.generated.display()))?;
    for (name, text) in &files {
        let path = place.generated.join(name);
        fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!(
        "\nreport: wrote {} files to {} in {}",
        files.len(),
        place.generated.display(),
        timing::format_duration(started.elapsed())
    );
    // Whatever the mode, every figure the book includes must be among what was just written.
    check(&place.generated)
}

/// Runs the benchmarks and records the timeline, leaving results in `place`.
fn run(args: &Args, place: &Place) -> Result<(), String> {
    if args.quick {
        // A quick run's folder is its own: start it empty.
        let _ = fs::remove_dir_all(&place.criterion);
    }
    fs::create_dir_all(&place.results).map_err(|e| format!("{}: {e}", place.results.display()))?;
    let mut machine = machine::detect();
    machine.push((
        "mode".into(),
        if args.quick { "quick" } else { "full" }.into(),
    ));
    results::write_pairs(&place.results.join("machine.tsv"), &machine)?;

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut command = Command::new(cargo);
    command
        .args(["bench", "-p", "benches"])
        .current_dir(workspace())
        .env("CRITERION_HOME", &place.criterion)
        .env("COMPARE_OUT", place.results.join("compare.tsv"));
    if args.quick {
        command.env("BENCH_QUICK", "1");
    } else {
        command.env_remove("BENCH_QUICK");
    }
    println!(
        "report: running every benchmark ({}); criterion writes to {}",
        if args.quick {
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
        return Err(format!("cargo bench -p benches failed: {status}"));
    }

    println!("report: recording lesson 10's threads taking turns under its simulated GIL");
    let spans = gil_timeline(args.quick);
    results::write_spans(&place.results.join("timeline.tsv"), &spans)?;

    // How fast this build runs the loop, for lesson 11's "in a debug build" figure.
    if cfg!(debug_assertions) {
        let n = timing::iterations_for(Duration::from_millis(if args.quick { 5 } else { 200 }));
        let took = timed_secs(|| {
            std::hint::black_box(timing::sqrt_loop(n));
        });
        let mut machine = results::read_pairs(&place.results.join("machine.tsv"))?;
        machine.push((
            "debug_ns_per_iteration".into(),
            format!("{}", took / n as f64 * 1e9),
        ));
        results::write_pairs(&place.results.join("machine.tsv"), &machine)?;
    }
    Ok(())
}

fn timed_secs(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

/// Lesson 10's CPU-bound experiment on two threads, with and then without its simulated GIL,
/// recorded with `timing::record`: the lesson's own spans (its `TURN`s and `NO_GIL` runs).
fn gil_timeline(quick: bool) -> Vec<Span> {
    let threads = 2;
    let per_thread = timing::iterations_for(Duration::from_millis(if quick { 10 } else { 60 }));
    let lock = gil::Gil::default();
    let (_, with) = timing::record(|| gil::run_cpu_bound(threads, per_thread, Some(&lock)));
    let (_, without) = timing::record(|| gil::run_cpu_bound(threads, per_thread, None));
    let mut spans = Vec::new();
    for (panel, timeline) in [
        (
            format!(
                "{threads} threads under the simulated GIL ({} ms switch interval)",
                gil::DEFAULT_SWITCH_INTERVAL.as_millis()
            ),
            with,
        ),
        (format!("the same {threads} threads without it"), without),
    ] {
        for span in timeline.spans() {
            spans.push(Span {
                panel: panel.clone(),
                label: span.label,
                thread: span.thread,
                start_ms: span.start.as_secs_f64() * 1e3,
                end_ms: span.end.as_secs_f64() * 1e3,
            });
        }
    }
    spans
}

fn warn_about_short_rows(compare: &Compare) {
    if compare.meta("quick") == Some("1") {
        return;
    }
    for row in &compare.rows {
        let cpu = row.name.starts_with("sqrt loop, ") && row.unit == "ms";
        if cpu && row.values.iter().any(|v| *v < 200.0) {
            eprintln!(
                "report: warning: a run of {} `{}` lasted under 200 ms",
                row.side, row.name
            );
        }
    }
}

/// Every `generated/…` file that a page of the book names (in an `{{#include}}` or a link or an
/// image) must exist in `generated`; and in the book's own folder, every file the report writes.
fn check(generated: &Path) -> Result<(), String> {
    let src = book_src();
    let mut missing = Vec::new();
    let mut named = 0;
    for page in markdown_pages(&src) {
        if page.starts_with(src.join("generated")) {
            continue;
        }
        let text = fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        for reference in generated_references(&text) {
            named += 1;
            if !generated.join(&reference).is_file() {
                missing.push(format!(
                    "{} names generated/{reference}, missing from {}",
                    page.strip_prefix(&src).unwrap_or(&page).display(),
                    generated.display()
                ));
            }
        }
    }
    if generated == src.join("generated") {
        let mut quick = 0;
        for file in pages::FILES {
            match fs::read_to_string(generated.join(file)) {
                Err(_) => missing.push(format!("docs/src/generated/{file} is missing")),
                Ok(text) if text.contains(pages::QUICK_MARK) => quick += 1,
                Ok(_) => {}
            }
        }
        // The book's figures must come from a full run, never a quick one.
        if quick > 0 {
            missing.push(format!(
                "{quick} files in docs/src/generated/ come from a quick run, not a measurement"
            ));
        }
        if !missing.is_empty() {
            missing.push("run `cargo run -p benches --bin report` on a quiet machine".into());
        }
    }
    if !missing.is_empty() {
        return Err(format!(
            "the book's generated figures are not ready:\n  {}",
            missing.join("\n  ")
        ));
    }
    println!(
        "report: the book names {named} generated figures; every one is in {}",
        generated.display()
    );
    Ok(())
}

fn markdown_pages(dir: &Path) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

/// The file names after each `generated/` in `text`, up to the end of the path.
fn generated_references(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("generated/") {
        let after = &rest[at + "generated/".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || "-_.".contains(*c))
            .collect();
        let name = name.trim_end_matches('.').to_string();
        if name.contains('.') && !found.contains(&name) {
            found.push(name);
        }
        rest = after;
    }
    found
}
