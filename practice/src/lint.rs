//! The exercises' code held to the course's standard, though no workspace compiles it as it
//! lies: `solution.rs`, `src/given.rs` and the tests are formatted by rustfmt and linted by
//! clippy, and each answer's regions are formatted in place in the solution.
//!
//! `practice course fmt` rewrites what rustfmt would change; `course lint` only says which
//! files would change, and runs clippy (`-D warnings`) over every solution and alternative.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anchors::ANSWER;

use crate::exercise::{Answer, Exercise, Kind};
use crate::verify::{self, Version};

/// The files of `exercise` that rustfmt would change; with `write`, changes them. Answers are
/// formatted in place in the solution, so their regions get the indentation they will have.
pub fn format(exercise: &Exercise, write: bool) -> io::Result<Vec<PathBuf>> {
    let mut changed = Vec::new();
    let mut plain = vec![exercise.solution_file()];
    plain.extend(
        rust_files(&exercise.dir.join("src"))?
            .into_iter()
            .filter(|p| {
                !p.ends_with("src/lib.rs") // the learner's
            }),
    );
    plain.extend(rust_files(&exercise.dir.join("tests"))?);
    for file in plain {
        let text = fs::read_to_string(&file)?;
        let formatted =
            rustfmt(&text).map_err(|e| io::Error::other(format!("{}: {e}", file.display())))?;
        if formatted != text {
            if write {
                fs::write(&file, &formatted)?;
            }
            changed.push(file);
        }
    }
    let solution = fs::read_to_string(exercise.solution_file())?;
    for answer in exercise.answers()? {
        let file = exercise
            .dir
            .join("answers")
            .join(format!("{}.rs", answer.name));
        let text = fs::read_to_string(&file)?;
        let formatted = format_answer(&solution, &answer, &text)
            .map_err(|e| io::Error::other(format!("{}: {e}", file.display())))?;
        if formatted != text {
            if write {
                fs::write(&file, &formatted)?;
            }
            changed.push(file);
        }
    }
    Ok(changed)
}

/// The files of the graders' own crate, `exercises/grader`, that rustfmt would change; with
/// `write`, changes them.
pub fn format_grader(repo: &Path, write: bool) -> io::Result<Vec<PathBuf>> {
    let grader = repo.join("exercises/grader");
    let mut files = rust_files(&grader.join("src"))?;
    files.extend(rust_files(&grader.join("tests"))?);
    format_files(&files, write)
}

fn format_files(files: &[PathBuf], write: bool) -> io::Result<Vec<PathBuf>> {
    let mut changed = Vec::new();
    for file in files {
        let text = fs::read_to_string(file)?;
        let formatted =
            rustfmt(&text).map_err(|e| io::Error::other(format!("{}: {e}", file.display())))?;
        if formatted != text {
            if write {
                fs::write(file, &formatted)?;
            }
            changed.push(file.clone());
        }
    }
    Ok(changed)
}

/// The answer file with each region as rustfmt formats it inside the solution.
fn format_answer(solution: &str, answer: &Answer, text: &str) -> Result<String, String> {
    let mut bodies = anchors::bodies(solution, ANSWER).map_err(|e| e.to_string())?;
    bodies.extend(answer.regions.clone());
    let whole = anchors::fill(solution, ANSWER, &bodies).map_err(|e| e.to_string())?;
    let formatted = anchors::bodies(&rustfmt(&whole)?, ANSWER).map_err(|e| e.to_string())?;
    let header: Vec<&str> = text.lines().take_while(|l| l.starts_with("//!")).collect();
    let mut out = header.join("\n");
    for name in answer.regions.keys() {
        let body = &formatted[name];
        out.push_str(&format!(
            "\n\n// ANSWER: {name}\n{body}\n// ANSWER_END: {name}"
        ));
    }
    out.push('\n');
    Ok(out)
}

/// `text` as rustfmt (edition 2024) formats it.
pub fn rustfmt(text: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let input = text.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    match output.status.success() {
        true => Ok(String::from_utf8_lossy(&output.stdout).to_string()),
        false => Err(String::from_utf8_lossy(&output.stderr).to_string()),
    }
}

fn rust_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(found);
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// Runs clippy (`-D warnings`, tests included) over a workspace of every solution and
/// alternative, given code and graders included. Returns clippy's errors, by version.
pub fn clippy(repo: &Path, exercises: &[&Exercise]) -> io::Result<BTreeMap<String, String>> {
    let versions: Vec<Version> = verify::versions(exercises)
        .map_err(io::Error::other)?
        .into_iter()
        .filter(|v| v.answer.as_ref().is_none_or(|a| a.kind == Kind::Alt))
        .collect();
    let mirror = repo.join("target/practice-lint");
    verify::write_mirror(repo, &mirror, &versions)?;
    let args: Vec<String> = [
        "clippy",
        "--workspace",
        "--all-targets",
        "--keep-going",
        "--message-format=json",
        "--manifest-path",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([
        mirror.join("Cargo.toml").display().to_string(),
        "--target-dir".into(),
        repo.join("target/practice-lint-target")
            .display()
            .to_string(),
        "--".into(),
        "-D".into(),
        "warnings".into(),
    ])
    .collect();
    let ran = crate::check::cargo_with(&args, &[], verify::MAINTAINER_BUILD)?;
    let mut found = BTreeMap::new();
    for (folder, result) in verify::by_package(&ran, &versions) {
        if let Err(errors) = result {
            found.insert(folder, errors);
        }
    }
    let stopped = !matches!(ran.end, crate::limits::End::Exited(_));
    if ran.end != crate::limits::End::Exited(0) && (found.is_empty() || stopped) {
        found.insert("cargo".into(), ran.stderr.text());
    }
    let grader: Vec<String> = ["clippy", "-p", "grader", "--all-targets", "--manifest-path"]
        .iter()
        .map(|s| s.to_string())
        .chain([
            repo.join("exercises/Cargo.toml").display().to_string(),
            "--".into(),
            "-D".into(),
            "warnings".into(),
        ])
        .collect();
    let ran = crate::check::cargo(&grader)?;
    if ran.end != crate::limits::End::Exited(0) {
        found.insert("grader".into(), ran.stderr.text());
    }
    Ok(found)
}
