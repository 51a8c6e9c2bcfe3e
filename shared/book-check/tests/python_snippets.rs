//! The Python the lessons quote runs, and prints what the chapters say it prints.
//!
//! Every `lessons/*/python/*.py`, and the quiz's `quiz/python/*.py`, is run with `python3`.
//! A comment `# -> text` on a line states
//! what that line prints, and the chapter shows it as it is: the test asserts that the file's
//! output has a line ending with each `text`, a line of its own for each (threads print in any
//! order, so the order is not checked). (A second comment
//! after two spaces, `# -> 2  # why`, explains and is not part of `text`.) A file whose first lines say `# not run: <reason>` (it needs the internet, or
//! it demonstrates a hang) is skipped with its reason printed.
//!
//! The files sleep for seconds, as the seeds do, so this runs only when `RUN_PYTHON_SNIPPETS=1`
//! (`.ci/run` sets it) and `python3` is on the PATH; otherwise it says why it skipped.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

fn python_files() -> Vec<PathBuf> {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let mut files = Vec::new();
    for lesson in fs::read_dir(lessons).unwrap() {
        let python = lesson.unwrap().path().join("python");
        if let Ok(entries) = fs::read_dir(python) {
            files.extend(
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "py")),
            );
        }
    }
    let quiz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../quiz/python");
    if let Ok(entries) = fs::read_dir(quiz) {
        files.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py")),
        );
    }
    files.sort();
    files
}

/// The `# -> text` expectations of a file.
fn expectations(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| line.split_once("# -> "))
        .map(|(_, text)| text.split("  #").next().unwrap_or("").trim().to_string())
        .collect()
}

fn not_run(source: &str) -> Option<String> {
    if let Some(reason) = source
        .lines()
        .take(5)
        .find_map(|l| l.trim().strip_prefix("# not run: ").map(str::to_string))
    {
        return Some(reason);
    }
    let needs = source
        .lines()
        .take(5)
        .find_map(|l| l.trim().strip_prefix("# needs: "))?;
    let missing: Vec<&str> = needs
        .split(',')
        .map(str::trim)
        .filter(|module| {
            !Command::new("python3")
                .args(["-c", &format!("import {module}")])
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .collect();
    (!missing.is_empty()).then(|| {
        format!(
            "needs {} (pip install {})",
            missing.join(", "),
            missing.join(" ")
        )
    })
}

/// Runs `file` with python3 for at most `limit`: `(exit code, stdout)`, or `None` if killed.
fn run(file: &Path, limit: Duration) -> Option<(Option<i32>, String)> {
    // Unbuffered (PYTHONUNBUFFERED=1, as some machines set it), `print("t1 got b:", got)`
    // writes its pieces one by one, letting go of the GIL in each write, so a line of another
    // thread can land in the middle of it. Buffered, as at a terminal or into a pipe by
    // default, each print reaches the buffer whole.
    let mut child = Command::new("python3")
        .arg(file)
        .env_remove("PYTHONUNBUFFERED")
        .current_dir(file.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .ok()?;
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut text).ok();
        text
    });
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().ok()? {
            return Some((status.code(), reader.join().unwrap_or_default()));
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn every_python_file_runs_and_prints_what_its_comments_say() {
    if std::env::var_os("RUN_PYTHON_SNIPPETS").is_none() {
        println!("skipped: set RUN_PYTHON_SNIPPETS=1 to run the lessons' Python (.ci/run does)");
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        println!("skipped: no python3 on the PATH");
        return;
    }
    let files = python_files();
    assert!(files.len() > 20, "found only {} Python files", files.len());
    let problems = Mutex::new(Vec::new());
    let queue = Mutex::new(files.clone());
    let (mut checked, mut skipped) = (0, 0);
    std::thread::scope(|s| {
        // The files mostly sleep: eight at a time keeps the run short.
        for _ in 0..8 {
            s.spawn(|| {
                loop {
                    // Not `while let Some(file) = queue.lock().unwrap().pop()`: that guard would
                    // live to the end of the body, and the files would run one at a time
                    // (lesson 05's classic bug of hand-built pools).
                    let next = queue.lock().unwrap().pop();
                    let Some(file) = next else { break };
                    let source = fs::read_to_string(&file).unwrap();
                    let name = file.display().to_string();
                    if let Some(reason) = not_run(&source) {
                        println!("not run: {name}: {reason}");
                        continue;
                    }
                    match run(&file, Duration::from_secs(60)) {
                        None => problems
                            .lock()
                            .unwrap()
                            .push(format!("{name}: still running after 60 s")),
                        Some((code, _)) if code != Some(0) => problems
                            .lock()
                            .unwrap()
                            .push(format!("{name}: exit code {code:?}")),
                        Some((_, stdout)) => {
                            // Each expectation ends a line of its own (threads print in
                            // any order, so the order of the lines is not checked).
                            let mut unused: Vec<&str> = stdout.lines().collect();
                            for expected in expectations(&source) {
                                match unused.iter().position(|l| l.trim_end().ends_with(&expected)) {
                                    Some(at) => {
                                        unused.remove(at);
                                    }
                                    None => {
                                        problems.lock().unwrap().push(format!(
                                            "{name}: no line ending {expected:?}; it printed:\n{stdout}"
                                        ));
                                        break;
                                    }
                                }
                            }
                        }
                    }
                }
            });
        }
    });
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        if not_run(&source).is_some() {
            skipped += 1;
        } else {
            checked += expectations(&source).len();
        }
    }
    let problems = problems.into_inner().unwrap();
    println!(
        "{} Python files, {skipped} not run, {checked} printed lines checked",
        files.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn expectations_are_the_arrow_comments() {
    let source =
        "print('MainThread')   # -> MainThread\n# a plain comment\nx = 1  # -> 1 2  # why\n";
    assert_eq!(expectations(source), ["MainThread", "1 2"]);
    assert_eq!(
        not_run("# not run: needs the internet\nimport requests"),
        Some("needs the internet".into())
    );
}
