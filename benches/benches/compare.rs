//! `cargo bench -p benches --bench compare`: the seeds' measures in Python and in Rust, side by
//! side. The Python scripts live in `benches/python/`; each times its work inside the script, so
//! interpreter start-up is not counted. Without `python3` the Python column says so.
//!
//! `-- --test` (what `.ci/run` passes) and `-- --quick` do a little work once, as a smoke run.

use std::path::{Path, PathBuf};

mod common;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// One row of the table: a measure, its unit, and every run's value.
struct Measure {
    name: String,
    unit: String,
    values: Vec<f64>,
}

fn median_and_spread(values: &[f64]) -> String {
    if values.is_empty() {
        return "—".to_string();
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    if sorted.len() == 1 {
        short(median)
    } else {
        format!(
            "{} [{}–{}]",
            short(median),
            short(sorted[0]),
            short(sorted[sorted.len() - 1])
        )
    }
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied()
}

fn short(v: f64) -> String {
    match v.abs() {
        a if a >= 100.0 => format!("{v:.0}"),
        a if a >= 10.0 => format!("{v:.1}"),
        a if a >= 0.01 || a == 0.0 => format!("{v:.2}"),
        _ => format!("{v:.2e}"),
    }
}

fn python_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("python")
}

/// Runs one Python script and parses its `measure\tunit\tv,v,v` lines.
fn run_python(python: &str, script: &str, quick: bool) -> Vec<Measure> {
    let mut command = Command::new(python);
    command.arg(script).current_dir(python_dir());
    if quick {
        command.arg("--quick");
    }
    let output = match command.output() {
        Ok(output) if output.status.success() => output,
        Ok(output) => {
            eprintln!(
                "{script} failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            return Vec::new();
        }
        Err(error) => {
            eprintln!("cannot run {python} {script}: {error}");
            return Vec::new();
        }
    };
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let (name, unit, values) = (parts.next()?, parts.next()?, parts.next()?);
            let values = values.split(',').filter_map(|v| v.parse().ok()).collect();
            Some(Measure {
                name: name.into(),
                unit: unit.into(),
                values,
            })
        })
        .collect()
}

/// `python3`'s version and the executable behind it, or None when there is no python3.
fn python_interpreter() -> Option<(String, String)> {
    let output = Command::new("python3")
        .args([
            "-c",
            "import sys, platform; print(platform.python_version(), sys.executable)",
        ])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let (version, path) = text.split_once(' ')?;
    Some((version.to_string(), path.to_string()))
}

fn repeat(runs: usize, mut once: impl FnMut() -> f64) -> Vec<f64> {
    (0..runs).map(|_| once()).collect()
}

fn per_call_us(n: u32, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        f();
    }
    start.elapsed().as_secs_f64() / f64::from(n) * 1e6
}

/// The Rust side of every measure, named exactly as the Python scripts name theirs.
fn rust_measures(quick: bool, lesson: Option<&Path>) -> Vec<Measure> {
    let runs = if quick { 1 } else { 5 };
    let n = if quick { 20 } else { 200 };
    let mut out = Vec::new();
    let mut add = |name: &str, unit: &str, values: Vec<f64>| {
        out.push(Measure {
            name: name.into(),
            unit: unit.into(),
            values,
        })
    };

    // Seed 001's experiment: the same per-worker sqrt loop as cpu_bound.py.
    let workers = thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let iterations: u64 = if quick { 200_000 } else { 2_000_000 };
    let label = |how: &str| format!("sqrt loop, {workers}×{}: {how}", thousands(iterations));
    // Warm up first (CPU frequency, caches), as criterion does: the first runs are the slowest.
    let warm_up = Instant::now();
    while warm_up.elapsed() < Duration::from_millis(if quick { 10 } else { 500 }) {
        std::hint::black_box(timing::sqrt_loop(iterations / 10));
    }
    let sequential = repeat(runs, || {
        1e3 * secs(|| {
            (0..workers).for_each(|_| {
                std::hint::black_box(timing::sqrt_loop(iterations));
            })
        })
    });
    let threads = repeat(runs, || {
        1e3 * secs(|| {
            thread::scope(|s| {
                for _ in 0..workers {
                    s.spawn(|| timing::sqrt_loop(iterations));
                }
            })
        })
    });
    let base = median(&sequential).unwrap_or(1.0);
    if let Some(lesson) = lesson {
        // Lesson 11's worker processes: the binary re-run as `worker sqrt --iterations N`.
        let processes = repeat(runs, || {
            1e3 * secs(|| {
                let children: Vec<_> = (0..workers)
                    .map(|_| {
                        Command::new(lesson)
                            .args(["worker", "sqrt", "--iterations", &iterations.to_string()])
                            .stdout(std::process::Stdio::null())
                            .spawn()
                            .unwrap()
                    })
                    .collect();
                for mut child in children {
                    assert!(child.wait().unwrap().success());
                }
            })
        });
        add(
            "CPU-bound speed-up on processes",
            "×",
            processes.iter().map(|p| base / p).collect(),
        );
        add(&label("processes"), "ms", processes);
    }
    add(
        "CPU-bound speed-up on threads",
        "×",
        threads.iter().map(|t| base / t).collect(),
    );
    add(&label("sequential"), "ms", sequential);
    add(&label("threads"), "ms", threads);

    add(
        "spawn+join one thread",
        "µs",
        repeat(runs, || {
            per_call_us(n, || thread::spawn(|| ()).join().unwrap())
        }),
    );
    if let Some(lesson) = lesson {
        add(
            "start+join one process (multiprocessing / self re-exec)",
            "µs",
            repeat(runs, || {
                per_call_us(n / 10, || {
                    let status = Command::new(lesson)
                        .args(["worker", "noop"])
                        .status()
                        .unwrap();
                    assert!(status.success());
                })
            }),
        );
    }
    add(
        "run /bin/true",
        "µs",
        repeat(runs, || {
            per_call_us(n / 10, || {
                Command::new("/bin/true").status().unwrap();
            })
        }),
    );

    add(
        "5 sleepers of 100 ms: overhead above 100 ms",
        "ms",
        repeat(runs, || {
            let took = secs(|| {
                thread::scope(|s| {
                    for _ in 0..5 {
                        s.spawn(|| thread::sleep(Duration::from_millis(100)));
                    }
                })
            });
            (took - 0.1) * 1e3
        }),
    );

    let messages: u64 = if quick { 20_000 } else { 100_000 };
    add(
        "queue 1→1 throughput",
        "M msg/s",
        repeat(runs, || {
            let (tx, rx) = crossbeam_channel::bounded(1024);
            let took = secs(|| {
                thread::scope(|s| {
                    s.spawn(move || (0..messages).for_each(|i| tx.send(i).unwrap()));
                    s.spawn(move || rx.iter().count());
                })
            });
            messages as f64 / took / 1e6
        }),
    );

    let m: u64 = if quick { 20_000 } else { 200_000 };
    add(
        &format!(
            "lost updates, 4×{} read-then-write increments",
            thousands(m)
        ),
        "% lost",
        repeat(runs, || {
            let counter = AtomicU64::new(0);
            let start = std::sync::Barrier::new(4);
            thread::scope(|s| {
                for _ in 0..4 {
                    s.spawn(|| {
                        start.wait(); // all four run at once
                        for _ in 0..m {
                            let v = counter.load(Ordering::Relaxed);
                            counter.store(v + 1, Ordering::Relaxed); // not atomic as a whole
                        }
                    });
                }
            });
            (4 * m - counter.into_inner()) as f64 / (4 * m) as f64 * 100.0
        }),
    );
    out
}

enum Better {
    Lower,
    Higher,
    Neither,
}

/// Times are better lower, throughputs and speed-ups higher; a lost-update share is neither
/// (the lesson is that it is not zero).
fn better(unit: &str) -> Better {
    match unit {
        "µs" | "ms" | "s" => Better::Lower,
        "×" | "M msg/s" => Better::Higher,
        _ => Better::Neither,
    }
}

fn secs(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--test" || a == "--quick");
    let lesson = common::lesson_11_binary();
    let rust = rust_measures(quick, lesson.as_deref());

    let python = python_interpreter();
    let py: Vec<Measure> = match &python {
        Some(_) => [
            "spawn_cost.py",
            "cpu_bound.py",
            "sleepers.py",
            "queue_throughput.py",
            "lost_updates.py",
        ]
        .iter()
        .flat_map(|script| run_python("python3", script, quick))
        .collect(),
        None => Vec::new(),
    };

    match &python {
        Some((version, path)) => println!("Python: python3 {version} ({path})"),
        None => println!("Python: no python3 on PATH; the Python column is empty"),
    }
    println!(
        "Rust: this bench, {} build; {} CPUs available{}",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        thread::available_parallelism().map_or(1, |n| n.get()),
        if quick {
            "; quick smoke run: numbers are not meaningful"
        } else {
            ""
        }
    );
    println!("Each cell: median [min–max] over the runs.\n");

    let mut names: Vec<(String, String)> = Vec::new();
    for m in py.iter().chain(&rust) {
        if !names.iter().any(|(n, _)| *n == m.name) {
            names.push((m.name.clone(), m.unit.clone()));
        }
    }
    let width = names
        .iter()
        .map(|(n, u)| n.chars().count() + u.chars().count() + 3)
        .max()
        .unwrap_or(10);
    println!(
        "{:<width$}  {:>22}  {:>22}  {:>12}",
        "measure (unit)", "Python", "Rust", "Rust better by"
    );
    for (name, unit) in &names {
        let find = |set: &[Measure]| {
            set.iter()
                .find(|m| m.name == *name)
                .map(|m| m.values.clone())
                .unwrap_or_default()
        };
        let (p, r) = (find(&py), find(&rust));
        let ratio = match (median(&p), median(&r), better(unit)) {
            (Some(p), Some(r), Better::Lower) if r != 0.0 => format!("{}×", short(p / r)),
            (Some(p), Some(r), Better::Higher) if p != 0.0 => format!("{}×", short(r / p)),
            _ => "—".to_string(),
        };
        println!(
            "{:<width$}  {:>22}  {:>22}  {:>12}",
            format!("{name} ({unit})"),
            median_and_spread(&p),
            median_and_spread(&r),
            ratio
        );
    }
}
