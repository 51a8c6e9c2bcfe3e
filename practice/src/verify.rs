//! `practice verify`: proves the graders can fail. For every exercise, in a copy under
//! `target/practice-verify/` (never the learner's files), the tests must fail on the shipped stub
//! and on every typical wrong answer (`wrong*.rs`), and pass with the reference solution.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::check::{self, Outcome};
use crate::exercise::Exercise;

/// The copy's workspace manifest: the exercises' own, with its one member and absolute paths.
pub fn mirror_manifest(manifest: &str, repo: &Path) -> String {
    let repo = repo.display().to_string();
    manifest
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("members") {
                "members = [\"ex\"]".to_string()
            } else {
                line.replace("path = \"../", &format!("path = \"{repo}/"))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Checks one exercise; returns the problems found (none when its graders are sound).
pub fn exercise(repo: &Path, exercise: &Exercise) -> io::Result<Vec<String>> {
    let exercises = repo.join("exercises");
    let mirror = repo.join("target/practice-verify").join(&exercise.id);
    let target = repo.join("target/practice-verify-target");
    let member = mirror.join("ex");
    if mirror.exists() {
        fs::remove_dir_all(&mirror)?;
    }
    fs::create_dir_all(member.join("src"))?;
    let manifest = fs::read_to_string(exercises.join("Cargo.toml"))?;
    fs::write(mirror.join("Cargo.toml"), mirror_manifest(&manifest, repo))?;
    if exercises.join("Cargo.lock").exists() {
        fs::copy(exercises.join("Cargo.lock"), mirror.join("Cargo.lock"))?;
    }
    fs::copy(exercise.dir.join("Cargo.toml"), member.join("Cargo.toml"))?;
    copy_dir(&exercise.dir.join("tests"), &member.join("tests"))?;

    let before = fs::read(exercise.learner_file()).ok();
    let mut problems = Vec::new();
    let mut variants: Vec<(PathBuf, bool)> = vec![
        (exercise.stub_file(), false),
        (exercise.solution_file(), true),
    ];
    variants.extend(exercise.wrong_files()?.into_iter().map(|w| (w, false)));
    for (source, should_pass) in variants {
        fs::copy(&source, member.join("src/lib.rs"))?;
        let outcome = check::run(&mirror.join("Cargo.toml"), &exercise.package, Some(&target))?;
        let name = source.file_name().unwrap_or_default().to_string_lossy();
        match (&outcome, should_pass) {
            (Outcome::Solved { .. }, true) | (Outcome::TestsFail(_), false) => {}
            (Outcome::DoesNotCompile(errors), false) if name.starts_with("wrong") => {
                // A wrong answer the compiler rejects is rejected too.
                let _ = errors;
            }
            (Outcome::Solved { .. }, false) => {
                problems.push(format!("{}: the tests pass on {name}", exercise.id))
            }
            (Outcome::TestsFail(summary), true) => {
                problems.push(format!("{}: {name} fails:\n{summary}", exercise.id))
            }
            (Outcome::DoesNotCompile(errors), _) => problems.push(format!(
                "{}: {name} does not compile:\n{errors}",
                exercise.id
            )),
        }
    }
    if fs::read(exercise.learner_file()).ok() != before {
        problems.push(format!("{}: the learner's file changed", exercise.id));
    }
    Ok(problems)
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let path = entry?.path();
        let dest = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &dest)?;
        } else {
            fs::copy(&path, &dest)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mirror_has_one_member_and_absolute_paths() {
        let manifest = "[workspace]\nmembers = [\"0*\", \"1*\"]\n[workspace.dependencies]\ntiming = { path = \"../shared/timing\" }\nrayon = \"1.11\"";
        let mirror = mirror_manifest(manifest, Path::new("/repo"));
        assert!(mirror.contains("members = [\"ex\"]"));
        assert!(mirror.contains("timing = { path = \"/repo/shared/timing\" }"));
        assert!(mirror.contains("rayon = \"1.11\""));
    }
}
