//! `cargo run -p practice`: the course's exercises, checked by their tests.
//!
//! Each exercise is listed in `course.toml` and is a small crate under `exercises/` (a Cargo
//! workspace of its own, so the course's `cargo test --workspace` stays green while exercises
//! are unsolved). The learner edits `exercises/<id>/src/lib.rs`, which the runner first makes
//! from the exercise's solution with its stub's regions in place. Every check runs the tests
//! under limits (time, memory, output), so no answer can hang or sink the runner.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use crossbeam_channel::{select, unbounded};
use notify::{RecursiveMode, Watcher};

use practice::check::{Check, Verdict};
use practice::exercise::{self, Exercise};
use practice::state::State;
use practice::{report, verify};

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
    /// For maintainers: proves each exercise's graders, in copies (never your files): its stub
    /// and wrong answers are rejected and its solution and alternatives pass, in every run.
    #[command(hide = true)]
    Verify {
        ids: Vec<String>,
        /// How many times each version's tests run.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=20))]
        runs: u32,
        /// How many versions are checked at once (default: 6 per core; a check mostly waits).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=64))]
        jobs: Option<u32>,
    },
    /// For maintainers: the course manifest (`course.toml`) and what is made from it.
    #[command(hide = true, subcommand)]
    Course(CourseCommand),
}

#[derive(Subcommand)]
enum CourseCommand {
    /// Rewrites the files made from course.toml (README table, SUMMARY.md, cheat sheet, each
    /// chapter's practice section, the exercises' dependencies); with --check, only says which
    /// are out of date (exit 1).
    Sync {
        #[arg(long)]
        check: bool,
    },
    /// Prints `-p <package>` for each lesson that loom checks, for `cargo test`.
    Loom,
    /// Formats every exercise's solution, answers, given code and tests with rustfmt (answers
    /// in place in their solution).
    Fmt,
    /// Says which exercise files rustfmt would change, and runs clippy (-D warnings) over every
    /// solution and alternative with its given code and tests.
    Lint,
    /// Makes a new lesson's folder and chapter, and lists it in course.toml.
    NewLesson {
        /// Its package, kebab-case: `cargo run -p <package>`.
        package: String,
        /// The chapter's subtitle.
        #[arg(long)]
        title: String,
    },
    /// Makes a new exercise's folder, and lists it in course.toml.
    NewExercise {
        /// `NN-slug`, NN its lesson's number.
        id: String,
        /// One line.
        #[arg(long)]
        title: String,
    },
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn exercises_dir() -> PathBuf {
    repo().join("exercises")
}

fn main() -> ExitCode {
    let exercises = match exercise::all(&repo()) {
        Ok(found) => found,
        Err(error) => {
            eprintln!("error: {error}");
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
        Some(Command::Verify { ids, runs, jobs }) => {
            let chosen: Vec<&Exercise> = if ids.is_empty() {
                all.iter().collect()
            } else {
                ids.iter()
                    .map(|id| find(all, id))
                    .collect::<Result<_, _>>()?
            };
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            let jobs = jobs.map_or(cores * 6, |j| j as usize);
            verify_all(all, &chosen, runs as usize, jobs)
        }
        Some(Command::Course(command)) => course_command(command),
    })
}

fn course_command(command: CourseCommand) -> ExitCode {
    let repo = repo();
    let done = match command {
        CourseCommand::Sync { check } => sync(&repo, check),
        CourseCommand::Loom => course::load(&repo).map(|course| {
            let packages: Vec<String> = course
                .loom_packages()
                .iter()
                .map(|p| format!("-p {p}"))
                .collect();
            println!("{}", packages.join(" "));
            true
        }),
        CourseCommand::Fmt => format_exercises(true),
        CourseCommand::Lint => lint_exercises(&repo),
        CourseCommand::NewLesson { package, title } => {
            course::scaffold::new_lesson(&repo, &package, &title)
                .and_then(|files| created(&repo, &files))
        }
        CourseCommand::NewExercise { id, title } => {
            course::scaffold::new_exercise(&repo, &id, &title)
                .and_then(|files| created(&repo, &files))
        }
    };
    match done {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

fn format_exercises(write: bool) -> Result<bool, String> {
    let exercises = exercise::all(&repo())?;
    let mut files = practice::lint::format_grader(&repo(), write).map_err(|e| e.to_string())?;
    for exercise in &exercises {
        files.extend(practice::lint::format(exercise, write).map_err(|e| e.to_string())?);
    }
    let word = if write { "formatted" } else { "not formatted" };
    for file in &files {
        println!("{word}: {}", relative(file));
    }
    let clean = files.is_empty();
    if !write && !clean {
        println!("run: cargo run -p practice -- course fmt");
    }
    Ok(write || clean)
}

fn lint_exercises(repo: &Path) -> Result<bool, String> {
    let formatted = format_exercises(false)?;
    let exercises = exercise::all(repo)?;
    let all: Vec<&Exercise> = exercises.iter().collect();
    let errors = practice::lint::clippy(repo, &all).map_err(|e| e.to_string())?;
    for (version, found) in &errors {
        println!("clippy: {version}:\n{found}\n");
    }
    Ok(formatted && errors.is_empty())
}

fn sync(repo: &Path, check: bool) -> Result<bool, String> {
    let course = course::load(repo)?;
    let problems = course::disk::problems(repo, &course);
    for problem in &problems {
        eprintln!("course.toml vs disk: {problem}");
    }
    let stale = match check {
        true => course::derived::stale(repo, &course)?,
        false => course::derived::write(repo, &course)?,
    };
    for path in &stale {
        let word = if check { "out of date" } else { "rewritten" };
        println!("{word}: {}", path.display());
    }
    if check && !stale.is_empty() {
        println!("run: cargo run -p practice -- course sync");
    }
    Ok(problems.is_empty() && (!check || stale.is_empty()))
}

fn created(repo: &Path, files: &[PathBuf]) -> Result<bool, String> {
    for file in files {
        println!("created {}", file.display());
    }
    println!("listed in course.toml");
    sync(repo, false)
}

/// Solved, failing, or not started (`None`), using the cache when the files have not changed.
fn status(exercise: &Exercise, state: &mut State) -> Option<bool> {
    if exercise.untouched() {
        return None;
    }
    if let Some(solved) = state.cached(exercise) {
        return Some(solved);
    }
    let solved = check(exercise).is_ok_and(|v| v.solved());
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

/// Checks the learner's file under the exercise's limits.
fn check(exercise: &Exercise) -> io::Result<Verdict> {
    Check {
        manifest: exercises_dir().join("Cargo.toml"),
        package: exercise.package.clone(),
        target_dir: None,
        time_limit: exercise.time_limit,
        memory_limit: exercise.memory_limit,
    }
    .run()
}

fn check_and_report(exercise: &Exercise, state: &mut State) -> bool {
    println!("Checking {} · {}", exercise.id, exercise.title);
    let verdict = match check(exercise) {
        Ok(verdict) => verdict,
        Err(error) => {
            eprintln!("error: cannot run the check: {error}");
            return false;
        }
    };
    state.remember(exercise, verdict.solved());
    print!("{}", report::render(&verdict, &exercise.hangs));
    if !verdict.solved() {
        println!(
            "\nEdit {} and check again; `hint {}` helps.",
            relative(&exercise.learner_file()),
            exercise.id
        );
    }
    verdict.solved()
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
    match exercise.version(None) {
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
    match exercise.reset() {
        Ok(()) => {
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

fn verify_all(all: &[Exercise], chosen: &[&Exercise], runs: usize, jobs: usize) -> ExitCode {
    let started = std::time::Instant::now();
    let mut versions = match verify::versions(chosen) {
        Ok(versions) => versions,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    match verify::hostile(&repo().join("practice/hostile"), all) {
        Ok(hostile) => versions.extend(
            hostile
                .into_iter()
                .filter(|h| chosen.iter().any(|e| e.id == h.exercise.id)),
        ),
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    }
    println!(
        "verify: {} versions of {} exercises, {runs} runs each, {jobs} at once",
        versions.len(),
        chosen.len()
    );
    let problems = match verify::verify(&repo(), &versions, runs, jobs) {
        Ok(problems) => problems,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    for problem in &problems {
        eprintln!("\n{problem}");
    }
    println!(
        "\n{} versions, {} problems, {:.0} s",
        versions.len(),
        problems.len(),
        started.elapsed().as_secs_f64()
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
