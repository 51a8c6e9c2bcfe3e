//! `cargo run -p practice`: the course's exercises, checked by their tests.
//!
//! Each exercise is a small crate under `exercises/` (a Cargo workspace of its own, so the
//! course's `cargo test --workspace` stays green while exercises are unsolved). The learner edits
//! `exercises/<id>/src/lib.rs`, which the runner first copies from the shipped `stub.rs`.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use crossbeam_channel::{select, unbounded};
use notify::{RecursiveMode, Watcher};

use practice::check::{self, Outcome};
use practice::exercise::{self, Exercise};
use practice::state::State;
use practice::verify;

/// The course's exercises: read a statement, edit the file, check it with its tests.
#[derive(Parser)]
#[command(version, about)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Every exercise, marked solved, failing or not started.
    List,
    /// Runs an exercise's tests (the next unsolved one if no ID is given). Exit 0 when solved.
    Check { id: Option<String> },
    /// Shows the exercise's next hint, one at a time.
    Hint { id: String },
    /// Re-checks the current exercise on every save; Ctrl-C stops.
    Watch { id: Option<String> },
    /// Shows the reference solution, after asking.
    Solution {
        id: String,
        /// Show it without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Puts the shipped stub back in place of your file.
    Reset { id: String },
    /// Asks the quiz: which outputs can each program produce? (LESSON: 06 or race-conditions.)
    Quiz { lesson: Option<String> },
    /// For maintainers: proves each exercise's tests fail on its stub and wrong answers and pass
    /// on its solution, in a copy (never your files).
    #[command(hide = true)]
    Verify { ids: Vec<String> },
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn exercises_dir() -> PathBuf {
    repo().join("exercises")
}

fn main() -> ExitCode {
    let exercises = match exercise::all(&exercises_dir()) {
        Ok(found) => found,
        Err(error) => {
            eprintln!("error: cannot read {}: {error}", exercises_dir().display());
            return ExitCode::from(2);
        }
    };
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(error) if error.use_stderr() => {
            let _ = error.print();
            eprintln!("\nvalid IDs: {}", ids(&exercises));
            return ExitCode::from(2);
        }
        Err(error) => error.exit(), // --help, --version
    };
    for exercise in &exercises {
        if let Err(error) = exercise.materialise() {
            eprintln!(
                "error: cannot create {}: {error}",
                exercise.learner_file().display()
            );
            return ExitCode::from(2);
        }
    }
    let mut state = State::load(&exercises_dir());
    let code = match run(args.command, &exercises, &mut state) {
        Ok(code) => code,
        Err(Unknown(id)) => {
            eprintln!("error: no exercise {id:?}\nvalid IDs: {}", ids(&exercises));
            ExitCode::from(2)
        }
    };
    if let Err(error) = state.save() {
        eprintln!("warning: cannot save the runner's state: {error}");
    }
    code
}

/// An ID that names no exercise.
struct Unknown(String);

fn ids(exercises: &[Exercise]) -> String {
    exercises
        .iter()
        .map(|e| e.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn find<'a>(exercises: &'a [Exercise], id: &str) -> Result<&'a Exercise, Unknown> {
    exercises
        .iter()
        .find(|e| e.id == id)
        .ok_or_else(|| Unknown(id.to_string()))
}

fn run(command: Option<Command>, all: &[Exercise], state: &mut State) -> Result<ExitCode, Unknown> {
    let pick = |id: Option<String>, state: &mut State| match id {
        Some(id) => find(all, &id),
        None => Ok(next_unsolved(all, state).unwrap_or(&all[all.len() - 1])),
    };
    Ok(match command {
        None => overview(all, state),
        Some(Command::List) => list(all, state),
        Some(Command::Check { id }) => {
            let exercise = pick(id, state)?;
            let solved = check_and_report(exercise, state);
            ExitCode::from(if solved { 0 } else { 1 })
        }
        Some(Command::Hint { id }) => hint(find(all, &id)?, state),
        Some(Command::Watch { id }) => {
            let first = pick(id, state)?.id.clone();
            watch(all, &first, state)
        }
        Some(Command::Solution { id, yes }) => solution(find(all, &id)?, yes),
        Some(Command::Reset { id }) => reset(find(all, &id)?, state),
        Some(Command::Quiz { lesson }) => quiz::cli::practice(lesson.as_deref()),
        Some(Command::Verify { ids }) => {
            let chosen: Vec<&Exercise> = if ids.is_empty() {
                all.iter().collect()
            } else {
                ids.iter()
                    .map(|id| find(all, id))
                    .collect::<Result<_, _>>()?
            };
            verify_all(&chosen)
        }
    })
}

/// Solved, failing, or not started (`None`), using the cache when the files have not changed.
fn status(exercise: &Exercise, state: &mut State) -> Option<bool> {
    if exercise.untouched() {
        return None;
    }
    if let Some(solved) = state.cached(exercise) {
        return Some(solved);
    }
    let solved = check::run(&exercises_dir().join("Cargo.toml"), &exercise.package, None)
        .map(|o| o.solved())
        .unwrap_or(false);
    state.remember(exercise, solved);
    Some(solved)
}

fn next_unsolved<'a>(all: &'a [Exercise], state: &mut State) -> Option<&'a Exercise> {
    all.iter().find(|e| status(e, state) != Some(true))
}

fn overview(all: &[Exercise], state: &mut State) -> ExitCode {
    let solved = all
        .iter()
        .filter(|e| status(e, state) == Some(true))
        .count();
    println!("Practice: {solved} of {} exercises solved.", all.len());
    match next_unsolved(all, state) {
        None => println!("All solved. `cargo run -p practice -- list` shows them all."),
        Some(next) => {
            println!("\nNext: {} · {}\n", next.id, next.title);
            println!("{}\n", next.statement);
            println!("Edit:  {}", relative(&next.learner_file()));
            println!("Check: cargo run -p practice -- check {}", next.id);
            println!("Stuck? cargo run -p practice -- hint {}", next.id);
        }
    }
    ExitCode::SUCCESS
}

fn list(all: &[Exercise], state: &mut State) -> ExitCode {
    let mut solved = 0;
    for exercise in all {
        let mark = match status(exercise, state) {
            Some(true) => {
                solved += 1;
                "solved     "
            }
            Some(false) => "failing    ",
            None => "not started",
        };
        println!("{mark}  {:<28} {}", exercise.id, exercise.title);
    }
    println!("\n{solved} of {} solved", all.len());
    println!("{}", quiz::cli::summary());
    ExitCode::SUCCESS
}

fn check_and_report(exercise: &Exercise, state: &mut State) -> bool {
    println!("Checking {} · {}", exercise.id, exercise.title);
    let outcome = match check::run(&exercises_dir().join("Cargo.toml"), &exercise.package, None) {
        Ok(outcome) => outcome,
        Err(error) => {
            eprintln!("error: cannot run cargo: {error}");
            return false;
        }
    };
    state.remember(exercise, outcome.solved());
    match &outcome {
        Outcome::Solved { threads } => {
            println!("✓ solved: every test passes.");
            if let Some(chart) = threads {
                println!("\nyour threads:\n{chart}");
            }
        }
        Outcome::DoesNotCompile(errors) => {
            println!("✗ it does not compile yet:\n\n{errors}");
        }
        Outcome::TestsFail(failures) => {
            println!("✗ not yet: some tests fail.\n\n{failures}");
        }
    }
    if !outcome.solved() {
        println!(
            "\nEdit {} and check again; `hint {}` helps.",
            relative(&exercise.learner_file()),
            exercise.id
        );
    }
    outcome.solved()
}

fn hint(exercise: &Exercise, state: &mut State) -> ExitCode {
    let shown = state.hints_shown(&exercise.id);
    match exercise.hints.get(shown) {
        Some(text) => {
            state.show_hint(&exercise.id);
            println!(
                "Hint {} of {} for {}:\n\n{text}",
                shown + 1,
                exercise.hints.len(),
                exercise.id
            );
        }
        None => println!(
            "No more hints for {} ({} shown). `solution {}` shows the reference solution.",
            exercise.id,
            exercise.hints.len(),
            exercise.id
        ),
    }
    ExitCode::SUCCESS
}

fn solution(exercise: &Exercise, yes: bool) -> ExitCode {
    if !yes {
        print!(
            "Show the reference solution of {}? Trying first teaches more. [y/N] ",
            exercise.id
        );
        let _ = io::stdout().flush();
        let mut answer = String::new();
        let _ = io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            println!("Not shown.");
            return ExitCode::SUCCESS;
        }
    }
    match std::fs::read_to_string(exercise.solution_file()) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: cannot read the solution: {error}");
            ExitCode::FAILURE
        }
    }
}

fn reset(exercise: &Exercise, state: &mut State) -> ExitCode {
    match std::fs::copy(exercise.stub_file(), exercise.learner_file()) {
        Ok(_) => {
            state.remember(exercise, false);
            println!("{} is the stub again.", relative(&exercise.learner_file()));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: cannot reset: {error}");
            ExitCode::FAILURE
        }
    }
}

fn watch(all: &[Exercise], first: &str, state: &mut State) -> ExitCode {
    let (stop_tx, stop) = unbounded();
    if ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })
    .is_err()
    {
        eprintln!("error: cannot catch Ctrl-C");
        return ExitCode::FAILURE;
    }
    let (saved_tx, saved) = unbounded();
    // Cargo reading the file to compile it is an event too: only a change to it counts.
    let on_event = move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| e.kind.is_modify() || e.kind.is_create()) {
            let _ = saved_tx.send(());
        }
    };
    let mut watcher = match notify::recommended_watcher(on_event) {
        Ok(watcher) => watcher,
        Err(error) => {
            eprintln!("error: cannot watch files: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut current = all.iter().position(|e| e.id == first).unwrap_or(0);
    loop {
        let exercise = &all[current];
        let src = exercise.learner_file();
        if let Err(error) = watcher.watch(&src, RecursiveMode::NonRecursive) {
            eprintln!("error: cannot watch {}: {error}", src.display());
            return ExitCode::FAILURE;
        }
        let solved = check_and_report(exercise, state);
        let _ = state.save();
        if solved {
            let _ = watcher.unwatch(&src);
            match next_unsolved(all, state) {
                Some(next) => {
                    current = all.iter().position(|e| e.id == next.id).unwrap_or(0);
                    println!(
                        "\nNext: {} · {}\n\n{}\n",
                        next.id, next.title, next.statement
                    );
                    continue;
                }
                None => {
                    println!("All exercises solved.");
                    return ExitCode::SUCCESS;
                }
            }
        }
        println!("\nWatching {} (Ctrl-C stops)…", relative(&src));
        select! {
            recv(stop) -> _ => {
                println!("Stopped watching.");
                return ExitCode::SUCCESS;
            }
            recv(saved) -> _ => {
                // Editors save in bursts: wait for the burst to end, then check once.
                std::thread::sleep(Duration::from_millis(200));
                while saved.try_recv().is_ok() {}
                let _ = watcher.unwatch(&src);
            }
        }
    }
}

fn verify_all(chosen: &[&Exercise]) -> ExitCode {
    let mut problems = Vec::new();
    for exercise in chosen {
        print!("verify {} … ", exercise.id);
        let _ = io::stdout().flush();
        match verify::exercise(&repo(), exercise) {
            Ok(found) if found.is_empty() => println!("graders sound"),
            Ok(found) => {
                println!("PROBLEMS");
                problems.extend(found);
            }
            Err(error) => {
                println!("ERROR");
                problems.push(format!("{}: {error}", exercise.id));
            }
        }
    }
    for problem in &problems {
        eprintln!("{problem}\n");
    }
    println!(
        "{} passed, {} failed",
        chosen.len() - problems.len().min(chosen.len()),
        problems.len()
    );
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn relative(path: &Path) -> String {
    let repo = repo().canonicalize().unwrap_or_else(|_| repo());
    let full = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    full.strip_prefix(&repo)
        .unwrap_or(&full)
        .display()
        .to_string()
}
