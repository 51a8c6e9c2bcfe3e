//! `practice verify`: proves the graders. Every version of every exercise is built in one
//! workspace of copies under `target/practice-verify/` (never the learner's files), then its
//! tests run N times under the same limits as a learner's check:
//!
//! - the solution and every `alt-*` pass N times out of N;
//! - the stub and every `wrong-*` are rejected N times out of N by a failing test (a grader
//!   that lets a wrong answer run into the runner's time limit has not caught it), or by the
//!   compiler where the answer says `judge: compiler`;
//! - each `hostile` answer (`practice/hostile/`) gets the verdict it expects, within a minute.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::check::{self, Verdict};
use crate::exercise::{Answer, Exercise, Kind};
use crate::limits::Ran;

/// How a wrong answer may be caught: what its `//! caught:` line may say.
pub const CAUGHT: [&str; 4] = ["assertion", "bound", "forced", "loom"];

/// One version of one exercise, as built in the mirror.
#[derive(Debug, Clone)]
pub struct Version {
    /// The exercise.
    pub exercise: Exercise,
    /// `solution`, or the answer it is.
    pub answer: Option<Answer>,
    /// What `practice/hostile/` expects of it, for a hostile answer.
    pub expect: Option<String>,
}

impl Version {
    /// `solution`, `stub`, `wrong-…`, `alt-…`, `hostile-…`.
    pub fn name(&self) -> &str {
        self.answer.as_ref().map_or("solution", |a| a.name.as_str())
    }

    fn kind(&self) -> Kind {
        self.answer.as_ref().map_or(Kind::Solution, |a| a.kind)
    }

    fn package(&self) -> String {
        format!("{}--{}", self.exercise.package, self.name())
    }

    fn folder(&self) -> String {
        format!("{}.{}", self.exercise.id, self.name())
    }
}

/// Every version of each exercise: the solution, then its answers.
pub fn versions(exercises: &[&Exercise]) -> Result<Vec<Version>, String> {
    let mut all = Vec::new();
    for exercise in exercises {
        let answers = exercise
            .answers()
            .map_err(|e| format!("{}: {e}", exercise.id))?;
        if !answers.iter().any(|a| a.kind == Kind::Stub) {
            return Err(format!("{}: no answers/stub.rs", exercise.id));
        }
        all.push(Version {
            exercise: (*exercise).clone(),
            answer: None,
            expect: None,
        });
        for answer in answers {
            if let Some(how) = answer
                .caught
                .as_ref()
                .filter(|h| !CAUGHT.contains(&h.as_str()))
            {
                return Err(format!(
                    "{}/answers/{}.rs: `caught: {how}`: say one of {CAUGHT:?}",
                    exercise.id, answer.name
                ));
            }
            all.push(Version {
                exercise: (*exercise).clone(),
                answer: Some(answer),
                expect: None,
            });
        }
    }
    Ok(all)
}

/// The hostile answers in `dir` (`practice/hostile/*.rs`, not its README), each for the exercise its
/// `//! exercise:` line names, expecting the verdict its `//! expect:` line names.
pub fn hostile(dir: &Path, exercises: &[Exercise]) -> Result<Vec<Version>, String> {
    let mut found = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let Some(stem) = path
            .file_name()
            .and_then(|s| s.to_str()?.strip_suffix(".rs"))
        else {
            continue;
        };
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let field = |key: &str| {
            text.lines()
                .map_while(|l| l.strip_prefix("//!"))
                .find_map(|l| {
                    l.trim()
                        .strip_prefix(key)
                        .map(str::trim)
                        .map(str::to_string)
                })
        };
        let (Some(id), Some(expect)) = (field("exercise:"), field("expect:")) else {
            return Err(format!(
                "{}: needs `//! exercise:` and `//! expect:`",
                path.display()
            ));
        };
        let exercise = exercises
            .iter()
            .find(|e| e.id == id)
            .ok_or(format!("{}: no exercise {id}", path.display()))?;
        let regions = anchors::bodies(&text, anchors::ANSWER).map_err(|e| e.to_string())?;
        found.push(Version {
            exercise: exercise.clone(),
            answer: Some(Answer {
                name: format!("hostile-{stem}"),
                kind: Kind::Wrong,
                about: String::new(),
                caught: None,
                compiler_rejects: false,
                regions,
            }),
            expect: Some(expect),
        });
    }
    Ok(found)
}

/// Builds every version in one workspace of copies, then checks each `runs` times, `jobs`
/// versions at once. Returns the problems found, one per line (none when every grader is sound).
pub fn verify(
    repo: &Path,
    versions: &[Version],
    runs: usize,
    jobs: usize,
) -> io::Result<Vec<String>> {
    let mirror = repo.join("target/practice-verify");
    let started = Instant::now();
    let built = build(repo, &mirror, versions)?;
    println!(
        "built {} versions in {:.0} s",
        versions.len(),
        started.elapsed().as_secs_f64()
    );
    let problems = Mutex::new(Vec::new());
    // The slow ones first, so that none is left running alone at the end: a hostile answer
    // runs into its time limit, and a stub or a wrong answer usually waits out a grader's
    // bound, while a correct answer passes in a moment. Within each kind, the exercises with
    // the longest time limits (the ones whose graders wait longest) go first.
    let mut order: Vec<&Version> = versions.iter().collect();
    order.sort_by_key(|v| {
        let kind = match (&v.expect, v.kind()) {
            (Some(_), _) => 0,
            (None, Kind::Stub | Kind::Wrong) => 1,
            (None, Kind::Solution | Kind::Alt) => 2,
        };
        (kind, std::cmp::Reverse(v.exercise.time_limit))
    });
    let next = Mutex::new(order.into_iter());
    // Most of a grader's time is waiting (a bound, a meeting's patience), not computing: several
    // tests per core keep the cores busy, and the graders must hold under that load anyway.
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                loop {
                    let job = next.lock().unwrap_or_else(|e| e.into_inner()).next();
                    let Some(version) = job else { break };
                    // A hostile answer tests the runner, not a grader: once is enough.
                    let n = if version.expect.is_some() { 1 } else { runs };
                    let found = judge(version, &built[version.folder().as_str()], n);
                    let line = format!(
                        "{:<28} {:<28} {}",
                        version.exercise.id,
                        version.name(),
                        found.summary
                    );
                    println!("{line}");
                    if let Some(problem) = found.problem {
                        problems
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(problem);
                    }
                }
            });
        }
    });
    Ok(problems.into_inner().unwrap_or_else(|e| e.into_inner()))
}

struct Judged {
    summary: String,
    problem: Option<String>,
}

fn judge(version: &Version, built: &Result<Vec<PathBuf>, String>, runs: usize) -> Judged {
    let who = format!("{} {}", version.exercise.id, version.name());
    let rejected_by_compiler = version.answer.as_ref().is_some_and(|a| a.compiler_rejects);
    let executables = match (built, rejected_by_compiler) {
        (Err(_), true) => return judged("rejected by the compiler, as it says", None),
        (Ok(_), true) => {
            return judged(
                "COMPILES",
                Some(format!("{who}: says `judge: compiler`, but it compiles")),
            );
        }
        (Err(errors), false) => {
            return judged(
                "DOES NOT COMPILE",
                Some(format!("{who} does not compile:\n{errors}")),
            );
        }
        (Ok(executables), false) if executables.is_empty() => {
            return judged(
                "NO TESTS",
                Some(format!("{who}: cargo built no test executable for it")),
            );
        }
        (Ok(executables), false) => executables,
    };
    let mut kinds = Vec::new();
    let mut slowest = Duration::ZERO;
    for _ in 0..runs {
        let started = Instant::now();
        let verdict = check::run_tests(
            executables,
            version.exercise.time_limit,
            version.exercise.memory_limit,
        );
        slowest = slowest.max(started.elapsed());
        match verdict {
            Ok(verdict) => kinds.push(verdict),
            Err(error) => return judged("ERROR", Some(format!("{who}: {error}"))),
        }
    }
    let summary = format!(
        "{} ({runs} runs, slowest {:.1} s)",
        kinds
            .iter()
            .map(Verdict::kind)
            .collect::<Vec<_>>()
            .join(" "),
        slowest.as_secs_f64()
    );
    let problem = expectation(version, &kinds, slowest).map(|why| {
        let shown = kinds.iter().find(|v| !ok(version, v)).unwrap_or(&kinds[0]);
        format!(
            "{who}: {why}\n{}",
            crate::report::render(shown, &version.exercise.hangs)
        )
    });
    judged(&summary, problem)
}

fn judged(summary: &str, problem: Option<String>) -> Judged {
    Judged {
        summary: summary.to_string(),
        problem,
    }
}

fn ok(version: &Version, verdict: &Verdict) -> bool {
    match (&version.expect, version.kind()) {
        (Some(expect), _) => verdict.kind() == expect,
        (None, Kind::Solution | Kind::Alt) => verdict.solved(),
        (None, Kind::Stub | Kind::Wrong) => matches!(verdict, Verdict::Failed(_)),
    }
}

fn expectation(version: &Version, verdicts: &[Verdict], slowest: Duration) -> Option<String> {
    let bad = verdicts.iter().filter(|v| !ok(version, v)).count();
    if let Some(expect) = &version.expect {
        if slowest > Duration::from_secs(60) {
            return Some(format!(
                "took {} s to get a verdict (at most 60)",
                slowest.as_secs()
            ));
        }
        return (bad > 0).then(|| format!("expected `{expect}` in every run, {bad} did not"));
    }
    match version.kind() {
        Kind::Solution | Kind::Alt if bad > 0 => Some(format!(
            "the graders reject it in {bad} of {} runs",
            verdicts.len()
        )),
        Kind::Stub | Kind::Wrong if bad > 0 => Some(format!(
            "the graders did not reject it with a failing test in {bad} of {} runs",
            verdicts.len()
        )),
        _ => None,
    }
}

/// How long a maintainer's build of every version may take: a cold build is five minutes on two
/// quiet cores, and the machine may be busy.
pub const MAINTAINER_BUILD: Duration = Duration::from_secs(1800);

/// Writes the mirror workspace, builds every version's tests in one cargo run, and returns each
/// version's test executables (or its compiler errors), by folder.
fn build(
    repo: &Path,
    mirror: &Path,
    versions: &[Version],
) -> io::Result<BTreeMap<String, Result<Vec<PathBuf>, String>>> {
    write_mirror(repo, mirror, versions)?;
    let target = repo.join("target/practice-verify-target");
    let args: Vec<String> = [
        "build",
        "--tests",
        "--workspace",
        "--keep-going",
        "--message-format=json",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([
        "--manifest-path".into(),
        mirror.join("Cargo.toml").display().to_string(),
        "--target-dir".into(),
        target.display().to_string(),
    ])
    .collect();
    // Built once and thrown away: no debug info and no incremental state, which link faster.
    let quick = [("CARGO_PROFILE_DEV_DEBUG", "0"), ("CARGO_INCREMENTAL", "0")];
    let ran = check::cargo_with(&args, &quick, MAINTAINER_BUILD)?;
    // Stopped part way, cargo has not reported every version: none can be judged.
    if !matches!(ran.end, crate::limits::End::Exited(_)) {
        return Err(io::Error::other(format!(
            "cargo was stopped ({:?}) before it built every version:\n{}",
            ran.end,
            ran.stderr.text()
        )));
    }
    let built = by_package(&ran, versions);
    let failed = built.values().any(Result::is_err);
    if ran.end != crate::limits::End::Exited(0) && !failed {
        return Err(io::Error::other(format!(
            "cargo failed:\n{}",
            ran.stderr.text()
        )));
    }
    Ok(built)
}

/// Writes a workspace of copies under `mirror`: one member per version, each the exercise's
/// crate with that version as its `src/lib.rs` (and its own package name, the same lib name).
pub fn write_mirror(repo: &Path, mirror: &Path, versions: &[Version]) -> io::Result<()> {
    if mirror.exists() {
        fs::remove_dir_all(mirror)?;
    }
    fs::create_dir_all(mirror)?;
    let exercises = repo.join("exercises");
    let manifest = fs::read_to_string(exercises.join("Cargo.toml"))?;
    let members: Vec<String> = versions.iter().map(Version::folder).collect();
    fs::write(
        mirror.join("Cargo.toml"),
        mirror_manifest(&manifest, repo, &members),
    )?;
    if exercises.join("Cargo.lock").exists() {
        fs::copy(exercises.join("Cargo.lock"), mirror.join("Cargo.lock"))?;
    }
    for version in versions {
        write_version(mirror, version)?;
    }
    Ok(())
}

fn write_version(mirror: &Path, version: &Version) -> io::Result<()> {
    let exercise = &version.exercise;
    let dir = mirror.join(version.folder());
    copy_dir(&exercise.dir.join("tests"), &dir.join("tests"))?;
    copy_dir(&exercise.dir.join("src"), &dir.join("src"))?;
    fs::write(
        dir.join("src/lib.rs"),
        exercise.version(version.answer.as_ref())?,
    )?;
    let text = fs::read_to_string(exercise.dir.join("Cargo.toml"))?;
    let mut manifest: toml::Table = toml::from_str(&text).map_err(io::Error::other)?;
    let lib = exercise.package.replace('-', "_");
    if let Some(package) = manifest.get_mut("package").and_then(|p| p.as_table_mut()) {
        package.insert("name".into(), version.package().into());
    }
    let mut lib_table = toml::Table::new();
    lib_table.insert("name".into(), lib.into());
    manifest.insert("lib".into(), lib_table.into());
    fs::write(dir.join("Cargo.toml"), manifest.to_string())
}

#[derive(Deserialize)]
struct Message {
    reason: String,
    package_id: Option<String>,
    executable: Option<PathBuf>,
    profile: Option<Profile>,
    message: Option<Diagnostic>,
}

#[derive(Deserialize)]
struct Profile {
    test: bool,
}

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    rendered: Option<String>,
}

/// Each version's test executables, or its compiler errors, from cargo's JSON messages.
pub fn by_package(
    ran: &Ran,
    versions: &[Version],
) -> BTreeMap<String, Result<Vec<PathBuf>, String>> {
    let mut executables: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in ran.stdout.text().lines() {
        let Ok(message) = serde_json::from_str::<Message>(line) else {
            continue;
        };
        let Some(version) = message
            .package_id
            .as_deref()
            .and_then(|id| versions.iter().find(|v| names_package(id, &v.package())))
        else {
            continue;
        };
        let folder = version.folder();
        match message.reason.as_str() {
            "compiler-artifact" if message.profile.is_some_and(|p| p.test) => {
                executables
                    .entry(folder)
                    .or_default()
                    .extend(message.executable);
            }
            "compiler-message" => {
                if let Some(d) = message.message.filter(|d| d.level == "error") {
                    errors.entry(folder).or_default().extend(d.rendered);
                }
            }
            _ => {}
        }
    }
    versions
        .iter()
        .map(|v| {
            let folder = v.folder();
            let result = match errors.remove(&folder) {
                Some(found) => Err(found.join("\n")),
                None => Ok(executables.remove(&folder).unwrap_or_default()),
            };
            (folder, result)
        })
        .collect()
}

/// Whether cargo's `package_id` (`path+file:///…#name@0.1.0`, or older `name 0.1.0 (…)`) names
/// `package`.
fn names_package(id: &str, package: &str) -> bool {
    id.contains(&format!("#{package}@")) || id.starts_with(&format!("{package} "))
}

/// The mirror's workspace manifest: the exercises' own, with the given members and absolute
/// paths.
pub fn mirror_manifest(manifest: &str, repo: &Path, members: &[String]) -> String {
    let exercises = format!("path = \"{}/exercises/", repo.display());
    let members: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    manifest
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("members") {
                format!("members = [{}]", members.join(", "))
            } else {
                line.replace("path = \"", &exercises)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    let Ok(entries) = fs::read_dir(from) else {
        return Ok(());
    };
    for entry in entries {
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
    fn the_mirror_lists_its_members_with_absolute_paths() {
        let manifest = "[workspace]\nmembers = [\"[0-9]*\", \"grader\"]\n[workspace.dependencies]\ntiming = { path = \"../shared/timing\" }\ngrader = { path = \"grader\" }\nrayon = \"1.11\"";
        let mirror = mirror_manifest(manifest, Path::new("/repo"), &["01-a.stub".into()]);
        assert!(mirror.contains("members = [\"01-a.stub\"]"));
        assert!(mirror.contains("timing = { path = \"/repo/exercises/../shared/timing\" }"));
        assert!(mirror.contains("grader = { path = \"/repo/exercises/grader\" }"));
        assert!(mirror.contains("rayon = \"1.11\""));
    }

    #[test]
    fn package_ids_name_their_package() {
        let id = "path+file:///repo/target/practice-verify/01-a.stub#ex01-a--stub@0.1.0";
        assert!(names_package(id, "ex01-a--stub"));
        assert!(!names_package(id, "ex01-a--stu"));
    }
}
