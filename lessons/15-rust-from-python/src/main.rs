//! Narrator for lesson 15: run it with `cargo run -p rust-from-python`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use rust_from_python::python_side::{Section, Timed, run_section, timeline, times};
use rust_from_python::report::{
    Figures, busy_note, load_average, machine_note, thousands, ways_table,
};
use rust_from_python::setup::{self, Layout, Problem, Step};
use serde_json::Value;
use timing::{format_duration, narrate};

const GLUE: &str = include_str!("../rustwork/src/python/mod.rs");
const THREADS_RS: &str = include_str!("../rustwork/src/threads.rs");
const REFUSED: &str = include_str!("../rustwork/compile_fail/list_across_detach.rs");
const PY: &str = include_str!("../python/lesson.py");

/// Lesson 15: Rust inside a Python program. Builds the PyO3 extension module `rustwork` into a
/// virtual environment under target/ (installing maturin from PyPI), then runs the Python side.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// How long one unit of the seed's CPU-bound work takes on one core, in ms: each language's
    /// unit is sized to it at start-up. Scaled by LESSON_TIME_SCALE.
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u64).range(10..=10_000))]
    budget_ms: u64,
    /// Rounds of each measurement; each row keeps its fastest round.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=10))]
    rounds: u32,
    /// The Python to build the virtual environment from (a free-threaded one: python3.14t).
    #[arg(long, default_value = "python3")]
    python: String,
    /// Only build the module into the virtual environment, then stop.
    #[arg(long)]
    build_only: bool,
    /// Also write what was measured into DIR as the book's figures (docs/src/generated/).
    #[arg(long, value_name = "DIR")]
    write_figures: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    timing::time_scale(); // a bad LESSON_TIME_SCALE stops here, before anything is printed
    let version = match setup::check_python(&args.python) {
        Ok(version) => version,
        Err(problem) => {
            eprintln!("error: {problem}");
            return ExitCode::from(problem.exit_code());
        }
    };
    match lesson(&args, &version) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("lesson 15 stopped: {problem}");
            ExitCode::from(problem.exit_code())
        }
    }
}

fn lesson(args: &Args, version: &str) -> Result<(), Problem> {
    narrate::title(
        "15",
        "rust-from-python",
        "Rust inside a Python program, with PyO3",
    );
    let layout = Layout::for_python(&args.python);
    building(&layout, &args.python, version)?;
    if args.build_only {
        return Ok(());
    }
    let budget =
        timing::scaled(Duration::from_millis(args.budget_ms)).max(Duration::from_millis(1));
    let mut figures = Figures::default();
    let load_before = load_average();
    let units = run_section(&layout, "units", budget, args.rounds)?;
    python_threads(&units, &mut figures);
    rayon(&units, &mut figures);
    callbacks(
        &run_section(&layout, "callbacks", budget, args.rounds)?,
        &mut figures,
    );
    bridge(
        &run_section(&layout, "feed", budget, args.rounds)?,
        &mut figures,
    );
    errors(&run_section(&layout, "errors", budget, 1)?, &mut figures);
    every_way(&units, version, &mut figures);
    if let Some(dir) = &args.write_figures {
        let machine = match (load_before, load_average()) {
            (Some(before), Some(after)) => {
                format!("load average {before} before the run, {after} after")
            }
            _ => "load average unknown".to_string(),
        };
        let machine = format!("one run: Python {version}, {} core(s), {machine}", cores());
        let written = figures.write(dir, &machine).map_err(|e| Problem::Failed {
            step: format!("writing the figures into {}", dir.display()),
            output: e.to_string(),
        })?;
        println!("\nwrote {} figures into {}", written.len(), dir.display());
    }
    Ok(())
}

/// The section's `iterations`, with thousands separators.
fn iterations(value: &Value) -> String {
    thousands(value["iterations"].as_u64().unwrap_or(0))
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn building(layout: &Layout, python: &str, version: &str) -> Result<(), Problem> {
    narrate::section("Building the extension module");
    narrate::rust(GLUE, "module");
    println!(
        "{python} is Python {version}. Into {}:",
        layout.show(&layout.venv)
    );
    let built = setup::prepare(layout, python, &mut |step: &Step| {
        println!("$ {}   ({})", step.command, format_duration(step.took));
    })?;
    if !built {
        println!("(rustwork is already built from the sources as they are: nothing to do)");
    }
    println!(
        "`import rustwork` now works in {}: a module written in Rust.",
        layout.show(&layout.python())
    );
    Ok(())
}

fn python_threads(units: &Section, figures: &mut Figures) {
    narrate::section("A CPU-bound function called from Python threads");
    narrate::python(PY, "on_threads");
    narrate::rust(GLUE, "holding");
    narrate::rust(GLUE, "detached");
    narrate::python(PY, "calls");
    let t = times(&units.value);
    let mut text = ways_table(
        &format!("2 units of {} iterations", iterations(&units.value)),
        &[
            ("sequential", t["sequential"]),
            ("2 threads, holding the GIL", t["holding"]),
            ("2 threads, GIL released", t["released"]),
        ],
    );
    text += &busy_note(t["sequential"]).unwrap_or_default();
    text += &machine_note(t["sequential"], t["plain threads"]);
    for (name, key) in [("Holding the GIL", "holding"), ("GIL released", "released")] {
        let recorded = timeline(&units.value[key]);
        text += &format!("\n{name}: at most {} at once\n", recorded.max_overlap());
        text += &recorded.render_by_thread();
    }
    print!("{text}");
    figures.add("threads", &text);
}

fn rayon(units: &Section, figures: &mut Figures) {
    narrate::section("rayon inside one call, and what detach takes along");
    narrate::rust(GLUE, "rayon");
    let t = times(&units.value);
    let ways = [
        ("sequential", t["sequential"]),
        ("one call, rayon", t["rayon"]),
    ];
    let recorded = timeline(&units.value["rayon"]);
    let text = format!(
        "{}\nrayon's threads, inside one call:\n{}",
        ways_table("2 units", &ways),
        recorded.render_by_thread()
    );
    print!("{text}");
    figures.add("rayon", &text);
    println!(
        "\nThe closure given to detach may take along only what is Send. Not the Python list:"
    );
    narrate::rust(REFUSED, "list_across_detach");
    println!("error[E0277]: `*mut pyo3::Python<'static>` cannot be shared between threads safely");
    println!("  = help: within `pyo3::Bound<'_, PyList>`, the trait `Sync` is not implemented ...");
    println!("(a compile_fail doctest: `cargo test -p rustwork --features python --doc`)");
}

fn callbacks(section: &Section, figures: &mut Figures) {
    narrate::section("Calling back into Python from Rust threads");
    narrate::rust(GLUE, "map_threads");
    narrate::python(PY, "callbacks");
    let t = times(&section.value);
    let pair = |what: &str| -> [(String, Timed); 2] {
        let seq = format!("{what} sequential");
        let threads = format!("{what} from 2 Rust threads");
        [(seq.clone(), t[&seq]), (threads.clone(), t[&threads])]
    };
    let mut text = String::new();
    for what in ["calc", "sleep"] {
        let rows = pair(what);
        let rows: Vec<(&str, Timed)> = rows.iter().map(|(l, t)| (l.as_str(), *t)).collect();
        text += &ways_table(&format!("4 calls of {what}"), &rows);
    }
    let names = section.value["names"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let names: Vec<&str> = names.iter().filter_map(Value::as_str).collect();
    text += &format!("threading.current_thread().name in the callbacks: {names:?}\n");
    print!("{text}");
    figures.add("callbacks", &text);
    println!(
        "calc runs Python code: one callback at a time holds the GIL, whichever thread calls it."
    );
    println!("time.sleep lets go of the GIL while it waits: those calls overlap.");
}

fn bridge(section: &Section, figures: &mut Figures) {
    narrate::section("A bridge: a Rust channel feeding a Python for loop");
    narrate::rust(GLUE, "feed");
    narrate::python(PY, "feed");
    let v = &section.value;
    let mut text = String::new();
    for (i, arrival) in v["arrivals"].as_array().into_iter().flatten().enumerate() {
        let at = Duration::from_secs_f64(arrival[0].as_f64().unwrap_or(0.0));
        let sum = arrival[1].as_f64().unwrap_or(0.0);
        text += &format!(
            "result {} (a sum of {sum:.4e}) arrived at {}\n",
            i + 1,
            format_duration(at)
        );
    }
    let waited = Duration::from_secs_f64(v["waited"].as_f64().unwrap_or(0.0));
    text += &format!(
        "meanwhile, over {}, a Python thread that sleeps 1 ms per tick ticked {} times\n",
        format_duration(waited),
        v["ticks"]
    );
    text += &timeline(&v["timeline"]).render();
    print!("{text}");
    figures.add("feed", &text);
    println!("The loop waited in __next__ with the GIL released, so the other thread ran.");
    narrate::python(PY, "early_break");
}

fn errors(section: &Section, figures: &mut Figures) {
    narrate::section("Errors: a panic on a Rust thread, an exception in a callback");
    narrate::rust(THREADS_RS, "panic_on_a_worker");
    narrate::python(PY, "panic");
    eprint!("{}", section.stderr); // the panic's own line, from the Python process
    let v = &section.value;
    let mut text = format!("caught {}\n", v["panic"].as_str().unwrap_or_default());
    narrate::python(PY, "raises");
    text += &format!(
        "caught {}, raised in {:?}; items checked: {}\n",
        v["raised"].as_str().unwrap_or_default(),
        v["frames"]
            .as_array()
            .and_then(|f| f.last())
            .and_then(Value::as_str)
            .unwrap_or("?"),
        v["called"]
    );
    print!("{text}");
    figures.add("errors", &text);
}

fn every_way(units: &Section, version: &str, figures: &mut Figures) {
    narrate::section("The seed's units, every way");
    let t = times(&units.value);
    let mut text = ways_table(
        &format!("Python {version}: 2 units of calc()"),
        &[
            ("sequential", t["python sequential"]),
            ("2 threading.Threads", t["python threads"]),
            ("2 multiprocessing.Processes", t["python processes"]),
        ],
    );
    text += &ways_table(
        "rustwork: 2 units of sqrt_sum",
        &[
            ("sequential", t["sequential"]),
            ("2 Python threads, holding the GIL", t["holding"]),
            ("2 Python threads, GIL released", t["released"]),
            ("one call, rayon", t["rayon"]),
        ],
    );
    text += &busy_note(t["python sequential"]).unwrap_or_default();
    text += &machine_note(t["sequential"], t["plain threads"]);
    text += &format!(
        "({} available core(s); each language's unit sized to the same time)\n",
        cores()
    );
    print!("{text}");
    figures.add("units", &text);
}
