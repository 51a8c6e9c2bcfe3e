//! Getting the Python side ready: python3 and pip, a virtual environment under `target/`,
//! maturin from PyPI, and the extension module built into the environment.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use timing::{Finished, run_with_timeout};

/// The oldest Python the module supports (`requires-python` in `rustwork/pyproject.toml`).
pub const OLDEST_PYTHON: (u32, u32) = (3, 9);
/// What the venv installs from PyPI: maturin 1.9.4 and later set the environment variable that
/// stops PyO3 from linking libpython into an extension module.
pub const MATURIN: &str = "maturin>=1.9.4,<2";

/// Where everything lives.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The workspace's root folder.
    pub workspace: PathBuf,
    /// The virtual environment the module is installed into: `target/py15-venv`.
    pub venv: PathBuf,
    /// maturin's own Cargo target folder, `target/py15-build`: a `cargo test` that runs the
    /// narrator holds the lock on `target/debug`, and a release build has its own files anyway.
    pub build: PathBuf,
    /// The extension module's crate.
    pub rustwork: PathBuf,
    /// The Python side of the lesson.
    pub lesson_py: PathBuf,
}

impl Layout {
    /// This checkout's layout for a venv made from `python`: `target/py15-venv` for `python3`,
    /// a venv of its own for any other interpreter (`target/py15-venv-python3.14t`).
    pub fn for_python(python: &str) -> Layout {
        let name = match python {
            "python3" => "py15-venv".to_string(),
            other => {
                let other = Path::new(other)
                    .file_name()
                    .map_or(other.into(), |n| n.to_string_lossy());
                format!(
                    "py15-venv-{}",
                    other.replace(|c: char| !c.is_alphanumeric() && c != '.', "-")
                )
            }
        };
        Layout::new(&name)
    }

    /// This checkout's layout, with the venv in `target/<venv_name>`.
    pub fn new(venv_name: &str) -> Layout {
        let lesson = Path::new(env!("CARGO_MANIFEST_DIR"));
        let workspace = lesson.join("../..");
        let workspace = workspace.canonicalize().unwrap_or(workspace);
        let target = workspace.join("target");
        Layout {
            venv: target.join(venv_name),
            build: target.join("py15-build"),
            rustwork: lesson.join("rustwork"),
            lesson_py: lesson.join("python").join("lesson.py"),
            workspace,
        }
    }

    /// The venv's interpreter.
    pub fn python(&self) -> PathBuf {
        self.venv_bin("python")
    }

    /// A program installed in the venv (`maturin`, `pytest`).
    pub fn venv_bin(&self, name: &str) -> PathBuf {
        if cfg!(windows) {
            self.venv.join("Scripts").join(format!("{name}.exe"))
        } else {
            self.venv.join("bin").join(name)
        }
    }

    /// A path as the learner would type it from the workspace's root.
    pub fn show(&self, path: &Path) -> String {
        path.strip_prefix(&self.workspace)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

/// Why the Python side cannot run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// No usable `python3` on the PATH (or too old).
    NoPython(String),
    /// `python3` cannot make a virtual environment with pip in it.
    NoPip(String),
    /// A step failed: what was run, and the end of what it printed.
    Failed {
        /// The command, as the learner would type it.
        step: String,
        /// The last lines it printed.
        output: String,
    },
}

impl Problem {
    /// The process exit code: 2 for a missing python3 or pip (the machine is not ready), 1 for a
    /// step that failed.
    pub fn exit_code(&self) -> u8 {
        match self {
            Problem::NoPython(_) | Problem::NoPip(_) => 2,
            Problem::Failed { .. } => 1,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NoPython(why) | Problem::NoPip(why) => write!(f, "{why}"),
            Problem::Failed { step, output } => write!(f, "`{step}` failed: {output}"),
        }
    }
}

/// One step that ran, and how long it took.
#[derive(Debug, Clone)]
pub struct Step {
    /// The command, as the learner would type it from the workspace's root.
    pub command: String,
    /// How long it took.
    pub took: Duration,
}

/// The base interpreter's version, if `python` is a usable Python (3.9 or newer) that can
/// make a virtual environment with pip: `Err` says, in one line, what is missing.
pub fn check_python(python: &str) -> Result<String, Problem> {
    // One interpreter start (through pyenv's shims, a tenth of a second): its version, then
    // whether it has `ensurepip`, which Debian leaves out without the python3-venv package.
    let probe = "import sys; print('%d.%d.%d' % sys.version_info[:3])\n\
                 try:\n    import ensurepip, venv; print('pip')\n\
                 except ImportError:\n    print('no pip')";
    let (version, has_pip) = match output(Command::new(python).args(["-c", probe])) {
        Some(run) if run.success() => {
            let mut lines = run.stdout.lines().map(str::trim);
            let version = lines.next().unwrap_or_default().to_string();
            (version, lines.next() == Some("pip"))
        }
        _ => {
            return Err(Problem::NoPython(format!(
                "lesson 15 needs Python {}.{} or newer as `{python}` on the PATH, and found none: \
                 install it (https://www.python.org/downloads/) and run the lesson again",
                OLDEST_PYTHON.0, OLDEST_PYTHON.1
            )));
        }
    };
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    if (major, minor) < OLDEST_PYTHON {
        return Err(Problem::NoPython(format!(
            "lesson 15 needs Python {}.{} or newer; `{python}` is {version}",
            OLDEST_PYTHON.0, OLDEST_PYTHON.1
        )));
    }
    if !has_pip {
        return Err(Problem::NoPip(format!(
            "lesson 15 needs pip: `{python}` ({version}) cannot make a virtual environment with \
             pip in it (no `ensurepip`); install pip and venv for it (Debian, Ubuntu: \
             `apt install python3-pip python3-venv`) and run the lesson again"
        )));
    }
    Ok(version)
}

/// Makes the venv (if missing), installs maturin into it (if missing) and builds the module into
/// it with `maturin develop --release` (unless the module installed there was built from the
/// sources as they are now). Calls `done` after each step that ran; returns whether it built.
pub fn prepare(
    layout: &Layout,
    python: &str,
    done: &mut dyn FnMut(&Step),
) -> Result<bool, Problem> {
    if !layout.python().exists() {
        let mut venv = Command::new(python);
        venv.args(["-m", "venv"]).arg(&layout.venv);
        let shown = format!("{python} -m venv {}", layout.show(&layout.venv));
        run_step(&mut venv, shown, Duration::from_secs(300), done)?;
    }
    let maturin = layout.venv_bin("maturin");
    if !output(Command::new(&maturin).arg("--version")).is_some_and(|run| run.success()) {
        let mut pip = Command::new(layout.python());
        pip.args([
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            MATURIN,
        ]);
        let shown = format!(
            "{} -m pip install \"{MATURIN}\"",
            layout.show(&layout.python())
        );
        run_step(&mut pip, shown, Duration::from_secs(600), done)?;
    }
    let sources = fingerprint(layout);
    let stamp = layout.venv.join("rustwork.fingerprint");
    let imports = output(Command::new(layout.python()).args(["-c", "import rustwork"]));
    if imports.is_some_and(|run| run.success())
        && std::fs::read_to_string(&stamp).is_ok_and(|s| s == sources)
    {
        return Ok(false);
    }
    let manifest = layout.rustwork.join("Cargo.toml");
    let mut develop = Command::new(&maturin);
    develop
        .args(["develop", "--release", "--manifest-path"])
        .arg(&manifest)
        .env("VIRTUAL_ENV", &layout.venv)
        .env("CARGO_TARGET_DIR", &layout.build)
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .current_dir(&layout.workspace);
    let shown = format!(
        "{} develop --release --manifest-path {}",
        layout.show(&maturin),
        layout.show(&manifest)
    );
    run_step(&mut develop, shown, Duration::from_secs(1200), done)?;
    let _ = std::fs::write(&stamp, sources); // without it, the next run builds again: harmless
    Ok(true)
}

/// What the module is built from, summed up: every file's path, size and modification time in
/// the crates it is built from (rustwork and the workspace's crates it uses), and the
/// workspace's `Cargo.toml` and `Cargo.lock`.
pub fn fingerprint(layout: &Layout) -> String {
    let mut files = vec![
        layout.workspace.join("Cargo.toml"),
        layout.workspace.join("Cargo.lock"),
    ];
    let mut folders = vec![
        layout.rustwork.clone(),
        layout.workspace.join("shared/timing"),
        layout.workspace.join("shared/lesson-test"),
    ];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in &files {
        let meta = std::fs::metadata(file).ok();
        let modified = meta.as_ref().and_then(|m| m.modified().ok());
        (file, meta.map(|m| m.len()), modified).hash(&mut hasher);
    }
    format!("{:016x} {} files\n", hasher.finish(), files.len())
}

fn run_step(
    command: &mut Command,
    shown: String,
    timeout: Duration,
    done: &mut dyn FnMut(&Step),
) -> Result<(), Problem> {
    let failed = |output: String| Problem::Failed {
        step: shown.clone(),
        output,
    };
    let run = run_with_timeout(command, timeout).map_err(|e| failed(e.to_string()))?;
    if run.timed_out() {
        return Err(failed(format!("still running after {timeout:?}, stopped")));
    }
    if !run.success() {
        return Err(failed(last_lines(
            &format!("{}{}", run.stdout, run.stderr),
            6,
        )));
    }
    done(&Step {
        command: shown,
        took: run.elapsed,
    });
    Ok(())
}

/// Runs a quick command (a version check), bounded: `None` if it could not start or hung.
fn output(command: &mut Command) -> Option<Finished> {
    run_with_timeout(command, Duration::from_secs(60))
        .ok()
        .filter(|run| !run.timed_out())
}

/// The last `n` non-empty lines of `text`, joined with " | ".
pub fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_interpreter_is_one_line_and_exit_code_2() {
        let problem = check_python("/no/such/python3").unwrap_err();
        assert!(matches!(problem, Problem::NoPython(_)));
        assert_eq!(problem.exit_code(), 2);
        assert_eq!(problem.to_string().lines().count(), 1);
        assert!(problem.to_string().contains("/no/such/python3"));
    }

    #[test]
    fn last_lines_keeps_the_end() {
        assert_eq!(last_lines("a\n\nb\nc\n", 2), "b | c");
        assert_eq!(last_lines("", 3), "");
    }

    #[test]
    fn each_interpreter_gets_a_venv_of_its_own() {
        assert!(
            Layout::for_python("python3")
                .venv
                .ends_with("target/py15-venv")
        );
        let ft = Layout::for_python("/usr/local/bin/python3.14t");
        assert!(
            ft.venv.ends_with("target/py15-venv-python3.14t"),
            "{:?}",
            ft.venv
        );
    }

    #[test]
    fn the_layout_is_under_the_workspace_target() {
        let layout = Layout::for_python("python3");
        assert!(layout.venv.ends_with("target/py15-venv"));
        assert!(layout.rustwork.join("pyproject.toml").exists());
        assert!(layout.lesson_py.exists());
        assert_eq!(layout.show(&layout.venv), "target/py15-venv");
    }
}
