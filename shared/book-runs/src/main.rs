//! `cargo run -p book-runs`: runs every lesson the way its chapter says (`lessons/*/runs.toml`)
//! and writes the output blocks and timeline pictures the book includes.
//!
//! ```text
//! cargo run -p book-runs                      # every run; rewrites docs/src/generated/runs/
//! cargo run -p book-runs -- --lesson 03       # one lesson's runs
//! cargo run -p book-runs -- --quick           # sleeps scaled by 0.01, into a scratch folder
//! cargo run -p book-runs -- --check           # the book's run files: declared, present, used
//! ```

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use book_runs::{Lesson, RUNS_DIR, Run};
use clap::Parser;
use timing::format_duration;

/// Runs the lessons as their chapters say and writes what the book shows of each run.
#[derive(Parser)]
#[command(about)]
struct Args {
    /// Scale demo sleeps by 0.01 (LESSON_TIME_SCALE) and use each run's quick_args: proves that
    /// every run still works and makes every file the book includes. Writes into --out, or a
    /// scratch folder; never into the book.
    #[arg(long)]
    quick: bool,
    /// Write into DIR/runs instead of docs/src/generated/runs.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Run nothing: check that every run file the book names is declared and present, and that
    /// every declared one is named by a page.
    #[arg(long, conflicts_with_all = ["quick", "out", "lesson"])]
    check: bool,
    /// Only this lesson (`03`, `03-join` or `join`); repeat for more.
    #[arg(long, value_name = "LESSON")]
    lesson: Vec<String>,
}

fn workspace() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

fn book_runs_dir() -> PathBuf {
    workspace().join("docs/src").join(RUNS_DIR)
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace().join("target"), PathBuf::from)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = if args.check { check() } else { run_all(&args) };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("book-runs: {message}");
            ExitCode::FAILURE
        }
    }
}

fn check() -> Result<(), String> {
    let lessons = book_runs::lessons(&workspace())?;
    let references = book_runs::book_references(&workspace().join("docs/src"))?;
    report(&lessons, &book_runs_dir(), &references)
}

fn report(lessons: &[Lesson], runs: &Path, references: &[(PathBuf, String)]) -> Result<(), String> {
    let problems = book_runs::problems(lessons, runs, references);
    if !problems.is_empty() {
        return Err(format!(
            "the book's runs are not in order:\n  {}\n(rerun `cargo run -p book-runs`)",
            problems.join("\n  ")
        ));
    }
    let files: std::collections::BTreeSet<&String> = references.iter().map(|(_, r)| r).collect();
    println!(
        "book-runs: the book names {} run files; every one is declared and in {}",
        files.len(),
        runs.display()
    );
    Ok(())
}

fn chosen(lesson: &Lesson, wanted: &[String]) -> bool {
    wanted.is_empty()
        || wanted.iter().any(|w| {
            *w == lesson.dir || *w == lesson.package || lesson.dir.starts_with(&format!("{w}-"))
        })
}

fn run_all(args: &Args) -> Result<(), String> {
    let started = Instant::now();
    let all = book_runs::lessons(&workspace())?;
    let lessons: Vec<&Lesson> = all.iter().filter(|l| chosen(l, &args.lesson)).collect();
    if lessons.is_empty() {
        return Err(format!(
            "no lesson with a runs.toml matches {:?}",
            args.lesson
        ));
    }
    let here = std::env::current_dir().map_err(|e| e.to_string())?;
    let runs = match (&args.out, args.quick) {
        (Some(out), _) => here.join(out).join("runs"),
        (None, true) => {
            std::env::temp_dir().join(format!("book-runs-quick-{}", std::process::id()))
        }
        (None, false) => book_runs_dir(),
    };
    build(&lessons)?;
    for lesson in &lessons {
        run_lesson(lesson, &runs, args.quick)?;
    }
    println!(
        "book-runs: {} lessons run in {}, files in {}",
        lessons.len(),
        format_duration(started.elapsed()),
        runs.display()
    );
    let references: Vec<(PathBuf, String)> =
        book_runs::book_references(&workspace().join("docs/src"))?
            .into_iter()
            .filter(|(_, r)| {
                lessons
                    .iter()
                    .any(|l| r.starts_with(&format!("{}/", l.dir)))
            })
            .collect();
    let lessons: Vec<Lesson> = lessons.into_iter().cloned().collect();
    report(&lessons, &runs, &references)
}

fn build(lessons: &[&Lesson]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    // The lessons' binaries (each named as its package), with the features the whole workspace
    // resolves, as `cargo test --workspace` did: its build is reused.
    command
        .args(["build", "--quiet", "--workspace"])
        .current_dir(workspace());
    for lesson in lessons {
        command.args(["--bin", &lesson.package]);
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build of the lessons failed: {status}"));
    }
    Ok(())
}

fn run_lesson(lesson: &Lesson, runs: &Path, quick: bool) -> Result<(), String> {
    let dest = runs.join(&lesson.dir);
    // Start the lesson's folder empty, so no file outlives its declaration.
    let _ = fs::remove_dir_all(&dest);
    fs::create_dir_all(&dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    for (index, run) in lesson.spec.run.iter().enumerate() {
        let scratch = target_dir()
            .join("book-runs")
            .join(&lesson.dir)
            .join(format!("run-{}", index + 1));
        let _ = fs::remove_dir_all(&scratch);
        fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
        let args = match (&run.quick_args, quick) {
            (Some(quick_args), true) => quick_args,
            _ => &run.args,
        };
        let shown = describe(lesson, run, args, quick);
        let started = Instant::now();
        let output =
            run_binary(lesson, run, args, &scratch, quick).map_err(|e| format!("{shown}: {e}"))?;
        let took = started.elapsed();
        let log = scratch.with_extension("out");
        fs::write(&log, &output).map_err(|e| format!("{}: {e}", log.display()))?;
        let mut written = Vec::new();
        for spec in &run.output {
            let text = book_runs::select(&output, spec).map_err(|e| {
                format!(
                    "{shown}: {}: {e} (its whole output: {})",
                    spec.file,
                    log.display()
                )
            })?;
            fs::write(dest.join(&spec.file), text).map_err(|e| e.to_string())?;
            written.push(spec.file.as_str());
        }
        for figure in &run.figure {
            let drawn = scratch.join("figures").join(figure.drawn_as());
            fs::copy(&drawn, dest.join(&figure.file)).map_err(|e| {
                format!(
                    "{shown}: {}: the run drew no timeline {} ({e})",
                    figure.file,
                    drawn.display()
                )
            })?;
            written.push(figure.file.as_str());
        }
        println!(
            "book-runs: {shown}: {}, wrote {}",
            format_duration(took),
            written.join(" ")
        );
    }
    Ok(())
}

/// The run as a reader would type it.
fn describe(lesson: &Lesson, run: &Run, args: &[String], quick: bool) -> String {
    let scale = match (quick, run.scale) {
        (true, _) => "LESSON_TIME_SCALE=0.01 ".to_string(),
        (false, Some(scale)) => format!("LESSON_TIME_SCALE={scale} "),
        (false, None) => String::new(),
    };
    let args = if args.is_empty() {
        String::new()
    } else {
        format!(" -- {}", args.join(" "))
    };
    format!(
        "{}: {scale}cargo run -p {}{args}",
        lesson.dir, lesson.package
    )
}

/// Runs the lesson's binary with stdout and stderr in one pipe, in the order they were
/// written (each line whole: Rust's stdout is line-buffered), killed after a timeout.
fn run_binary(
    lesson: &Lesson,
    run: &Run,
    args: &[String],
    scratch: &Path,
    quick: bool,
) -> Result<String, String> {
    let binary = target_dir().join("debug").join(&lesson.package);
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let mut child = {
        let mut command = Command::new(&binary);
        command
            .args(args)
            .current_dir(workspace())
            .env("LESSON_FIGURES", scratch.join("figures"))
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LIB_BACKTRACE")
            .stdin(Stdio::null())
            .stdout(writer.try_clone().map_err(|e| e.to_string())?)
            .stderr(writer);
        match (quick, run.scale) {
            (true, _) => command.env("LESSON_TIME_SCALE", "0.01"),
            (false, Some(scale)) => command.env("LESSON_TIME_SCALE", scale.to_string()),
            (false, None) => command.env_remove("LESSON_TIME_SCALE"),
        };
        command
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?
        // The command, and with it our copies of the pipe's writing end, is dropped here, so
        // reading ends when the lesson (and any child it started) has exited.
    };
    let (sender, received) = mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let result = reader.read_to_string(&mut text).map(|_| text);
        let _ = sender.send(result);
    });
    let timeout = Duration::from_secs(if quick { 120 } else { 600 });
    let output = match received.recv_timeout(timeout) {
        Ok(read) => read.map_err(|e| format!("cannot read its output: {e}"))?,
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "still running after {}: killed",
                format_duration(timeout)
            ));
        }
    };
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        let tail: Vec<&str> = output.lines().rev().take(15).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "it failed ({status}); its last lines:\n{}",
            tail.join("\n")
        ));
    }
    Ok(output)
}
