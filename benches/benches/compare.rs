//! `cargo bench -p benches --bench compare`: the seeds' measures in Python and in Rust, side by
//! side. The Python scripts live in `benches/python/`; each times its work inside the script, so
//! interpreter start-up is not counted. Without `python3` the Python column says so.
//!
//! CPU-bound work is sized by time, per language, as lesson 11 sizes it: each unit takes about
//! `BUDGET_MS` on one core of this machine, so every CPU row lasts at least that long in both
//! languages. Sequential, threads and processes take turns in every round, and a round's
//! speed-up compares runs that met the same machine.
//!
//! When a free-threaded CPython is found (`$FREE_THREADED_PYTHON`, else `python3.14t` or
//! `python3.13t` on `PATH`), the CPU-bound scripts also run on it, in a column of their own.
//!
//! Besides the table on stdout, every value goes to a JSON file for the report (`cargo run -p
//! benches --bin report`): `$COMPARE_OUT`, by default `target/compare/results.json`. Its format
//! is `bench_groups::compare::Run`; a new measure is one more `Measure` on its side (a Python
//! script's lines are read as measures), and the report's table and ratio plot show it.
//!
//! `-- --test` (what `.ci/run` passes), `-- --quick` or `BENCH_QUICK=1` do a little work once,
//! as a smoke run. `-- --cpu-only` measures only the CPU-bound rows (to check the speed-ups
//! quickly).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use async_await::support::Sleepers;

mod common;

use bench_groups::compare::{
    self, LOST_UPDATES, Measure, OTHERS_SHARE, QUEUE_CROSS, QUEUE_FAST, QUEUE_LOCK, RUN_BIN_TRUE,
    SLEEPERS, SPAWN_PROCESS, SPAWN_THREAD, SPEED_UP_ON_PROCESSES, SPEED_UP_ON_THREADS, Side,
    TIME_PER_ITERATION,
};

/// One CPU-bound unit's time on one core, full runs: every CPU row lasts at least this long.
const BUDGET_MS: u64 = 300;
/// The same in quick runs.
const QUICK_BUDGET_MS: u64 = 20;

/// What this run does: set from the arguments and the environment.
struct Settings {
    quick: bool,
    cpu_only: bool,
    rounds: usize,
    budget_ms: u64,
    workers: usize,
}

impl Settings {
    fn budget(&self) -> Duration {
        Duration::from_millis(self.budget_ms)
    }

    /// The options every Python script accepts (`common.py`).
    fn python_args(&self) -> Vec<String> {
        let mut args = vec![
            "--rounds".to_string(),
            self.rounds.to_string(),
            "--workers".to_string(),
            self.workers.to_string(),
        ];
        if self.quick {
            args.push("--quick".into());
        }
        args
    }
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn median_and_spread(values: &[f64]) -> String {
    let Some(mid) = median(values) else {
        return "—".to_string();
    };
    let lowest = values.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if values.len() == 1 {
        short(mid)
    } else {
        format!("{} [{}–{}]", short(mid), short(lowest), short(highest))
    }
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

/// A Python interpreter found on this machine.
struct Interpreter {
    /// The command that runs it.
    command: String,
    version: String,
    /// `GIL` or `free-threaded` (a free-threaded build running without its GIL).
    build: String,
    executable: String,
    compiler: String,
}

impl Interpreter {
    /// What the results record of it.
    fn recorded(&self) -> compare::Interpreter {
        compare::Interpreter {
            version: self.version.clone(),
            build: self.build.clone(),
            executable: self.executable.clone(),
            compiler: self.compiler.clone(),
        }
    }
}

/// `command`'s version and build, or None when it does not run.
fn probe_python(command: &str) -> Option<Interpreter> {
    let script = "import platform, sys\n\
                  gil = getattr(sys, '_is_gil_enabled', lambda: True)()\n\
                  print(platform.python_version(), 'GIL' if gil else 'free-threaded', \
                  sys.executable, platform.python_compiler(), sep='\\t')";
    let output = Command::new(command)
        .args(["-c", script])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let mut parts = text.split('\t').map(str::to_string);
    Some(Interpreter {
        command: command.to_string(),
        version: parts.next()?,
        build: parts.next()?,
        executable: parts.next()?,
        compiler: parts.next().unwrap_or_default(),
    })
}

/// The free-threaded interpreter: `$FREE_THREADED_PYTHON` when set, else the first of
/// `python3.14t` and `python3.13t` that runs.
fn free_threaded_python() -> Option<Interpreter> {
    match std::env::var("FREE_THREADED_PYTHON") {
        Ok(named) if !named.is_empty() => {
            let found = probe_python(&named);
            if found.is_none() {
                eprintln!("FREE_THREADED_PYTHON={named} does not run: no free-threaded column");
            }
            found
        }
        _ => ["python3.14t", "python3.13t"]
            .iter()
            .find_map(|c| probe_python(c)),
    }
}

/// The Python scripts to run: the CPU-bound ones (which a free-threaded interpreter runs too)
/// and the others.
fn python_scripts(cpu_only: bool) -> (&'static [&'static str], &'static [&'static str]) {
    if cpu_only {
        return (&["cpu_bound.py"], &[]);
    }
    (
        &[
            "cpu_bound.py",
            "seed_units.py",
            "lost_updates.py",
            "getrefcount.py",
        ],
        &[
            "spawn_cost.py",
            "sleepers.py",
            "queue_throughput.py",
            "async_sleepers.py",
        ],
    )
}

/// Runs one Python script and parses its `measure\tunit\tv,v,v[\twhat]` lines.
fn run_python(python: &Interpreter, script: &str, settings: &Settings) -> Vec<Measure> {
    let mut args = settings.python_args();
    match script {
        "cpu_bound.py" | "extension.py" => {
            args.extend(["--budget-ms".into(), settings.budget_ms.to_string()])
        }
        // Lesson 11's own sizing and round count: the script's defaults.
        "seed_units.py" => args.drain(..2).for_each(drop),
        _ => {}
    }
    let output = Command::new(&python.command)
        .arg(script)
        .args(args)
        .current_dir(python_dir())
        .stderr(Stdio::inherit())
        .output();
    let output = match output {
        Ok(output) if output.status.success() => output,
        Ok(output) => {
            eprintln!("{} {script} failed: {}", python.command, output.status);
            return Vec::new();
        }
        Err(error) => {
            eprintln!("cannot run {} {script}: {error}", python.command);
            return Vec::new();
        }
    };
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let (name, unit, values) = (parts.next()?, parts.next()?, parts.next()?);
            let values = values.split(',').filter_map(|v| v.parse().ok()).collect();
            Some(Measure::new(name, unit, values).what(parts.next().unwrap_or_default()))
        })
        .collect()
}

fn secs(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

fn per_call_us(n: u32, mut f: impl FnMut()) -> f64 {
    secs(|| (0..n).for_each(|_| f())) / f64::from(n) * 1e6
}

fn repeat(runs: usize, mut once: impl FnMut() -> f64) -> Vec<f64> {
    (0..runs).map(|_| once()).collect()
}

/// CPU time on this machine, from `/proc/stat` and `/proc/self/stat` (Linux; zeros elsewhere):
/// to tell, after a run, whether other processes took cores from it.
#[derive(Clone, Copy, Default)]
struct CpuTicks {
    /// Every CPU's ticks since boot, idle or not.
    total: u64,
    /// Every CPU's ticks spent idle or waiting for I/O.
    idle: u64,
    /// This process's ticks (user and system).
    ours: u64,
}

impl CpuTicks {
    fn now() -> CpuTicks {
        let fields = |text: &str| -> Vec<u64> {
            text.split_whitespace()
                .filter_map(|f| f.parse().ok())
                .collect()
        };
        let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let cpu = stat.lines().next().unwrap_or_default();
        let ticks = fields(cpu.strip_prefix("cpu").unwrap_or_default());
        let own = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
        // Fields after the command name, which is in parentheses: utime and stime are the 12th
        // and 13th of them.
        let after = own.rsplit_once(')').map_or("", |(_, rest)| rest);
        let own: Vec<&str> = after.split_whitespace().collect();
        let field = |i: usize| own.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        CpuTicks {
            // user nice system idle iowait irq softirq steal (guest time is inside user).
            total: ticks.iter().take(8).sum(),
            idle: ticks.iter().skip(3).take(2).sum(),
            ours: field(11) + field(12),
        }
    }

    /// The share of the machine's CPU time that others used (or the hypervisor stole) since
    /// `earlier`, in percent.
    fn others_since(&self, earlier: &CpuTicks) -> f64 {
        let total = self.total.saturating_sub(earlier.total);
        if total == 0 {
            return 0.0;
        }
        let busy = total.saturating_sub(self.idle.saturating_sub(earlier.idle));
        let others = busy.saturating_sub(self.ours.saturating_sub(earlier.ours));
        others as f64 / total as f64 * 100.0
    }
}

/// Seed 001's experiment in Rust, sized by time: `workers` units, each about the budget on one
/// core; sequential, threads and lesson 11's worker processes take turns in each round.
fn rust_cpu_rows(settings: &Settings, lesson: Option<&Path>) -> Vec<Measure> {
    let workers = settings.workers;
    // Warm up first (CPU frequency, caches), as criterion does: the first runs are the slowest.
    let warm_up = Instant::now();
    while warm_up.elapsed() < Duration::from_millis(if settings.quick { 10 } else { 500 }) {
        std::hint::black_box(timing::sqrt_loop(10_000));
    }
    let n = timing::iterations_for(settings.budget());
    let (mut seq, mut thr, mut proc, mut others) = (vec![], vec![], vec![], vec![]);
    for _ in 0..settings.rounds {
        seq.push(secs(|| {
            for _ in 0..workers {
                std::hint::black_box(timing::sqrt_loop(n));
            }
        }));
        let before = CpuTicks::now();
        thr.push(secs(|| {
            thread::scope(|s| {
                for _ in 0..workers {
                    s.spawn(|| std::hint::black_box(timing::sqrt_loop(n)));
                }
            })
        }));
        others.push(CpuTicks::now().others_since(&before));
        if let Some(lesson) = lesson {
            // Lesson 11's worker processes: the binary re-run as `--scenario sqrt N`.
            proc.push(secs(|| {
                let children: Vec<_> = (0..workers)
                    .map(|_| {
                        timing::scenario::command(lesson, "sqrt", &[&n.to_string()])
                            .stdout(Stdio::null())
                            .spawn()
                            .expect("lesson 11's binary starts")
                    })
                    .collect();
                for mut child in children {
                    assert!(child.wait().expect("a worker ends").success());
                }
            }));
        }
    }
    let name = format!(
        "sqrt loop, {workers} units of ~{} ms each",
        settings.budget_ms
    );
    let ms = |v: &[f64]| v.iter().map(|s| s * 1e3).collect::<Vec<_>>();
    let ratios = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(a, b)| a / b).collect::<Vec<_>>();
    let per_iteration = seq.iter().map(|s| s / (workers as f64 * n as f64) * 1e9);
    let mut rows = vec![
        Measure::new(TIME_PER_ITERATION, "ns", per_iteration.collect()),
        Measure::new(
            format!("{name}: iterations per unit"),
            "count",
            vec![n as f64],
        )
        .no_ratio(),
        Measure::new(format!("{name}: sequential"), "ms", ms(&seq)).no_ratio(),
        Measure::new(format!("{name}: threads"), "ms", ms(&thr))
            .no_ratio()
            .what("`std::thread::scope`"),
    ];
    if !proc.is_empty() {
        rows.push(
            Measure::new(format!("{name}: processes"), "ms", ms(&proc))
                .no_ratio()
                .what("lesson 11's binary, `--scenario sqrt N`"),
        );
    }
    rows.push(Measure::new(SPEED_UP_ON_THREADS, "×", ratios(&seq, &thr)));
    if !proc.is_empty() {
        rows.push(Measure::new(
            SPEED_UP_ON_PROCESSES,
            "×",
            ratios(&seq, &proc),
        ));
    }
    rows.push(Measure::new(OTHERS_SHARE, "%", others).no_ratio());
    rows
}

/// Lesson 15's extension module (`rustwork`) on the same units, called from `python`: the
/// lesson's narrator builds it into a virtual environment made from that interpreter
/// (`--build-only`), whose Python then runs `extension.py`. No rows, with a message, when it
/// cannot be built.
fn extension_rows(python: &Interpreter, settings: &Settings) -> Vec<Measure> {
    let Some(narrator) = common::lesson_binary("rust-from-python") else {
        return Vec::new();
    };
    let built = Command::new(&narrator)
        .args(["--build-only", "--python", &python.command])
        .stdout(Stdio::null())
        .status();
    let venv = rust_from_python::setup::Layout::for_python(&python.command).python();
    let in_venv = probe_python(&venv.to_string_lossy());
    match (built, in_venv) {
        (Ok(status), Some(in_venv)) if status.success() => {
            run_python(&in_venv, "extension.py", settings)
        }
        _ => {
            eprintln!(
                "lesson 15's extension module could not be built for {}",
                python.command
            );
            Vec::new()
        }
    }
}

/// A producer thread sends `messages` numbers to a consumer thread; returns M messages/s.
fn one_to_one<S: Send, R: Send>(
    messages: u64,
    make: impl FnOnce() -> (S, R),
    send: impl Fn(&S, u64) + Sync,
    end: impl FnOnce(S) + Send,
    receive_all: impl FnOnce(R) -> u64 + Send,
) -> f64 {
    let (tx, rx) = make();
    let took = secs(|| {
        thread::scope(|s| {
            s.spawn(|| {
                (0..messages).for_each(|i| send(&tx, i));
                end(tx);
            });
            let received = s.spawn(|| receive_all(rx));
            assert_eq!(received.join().unwrap(), messages);
        })
    });
    messages as f64 / took / 1e6
}

/// The Rust side of every other measure, named exactly as the Python scripts name theirs.
/// Lesson 13's sleepers as tokio tasks, the same workload as `async_sleepers.py`: each round a
/// fresh child (`async-await --scenario tasks N SLEEP_MS`), so its peak memory is its own.
fn rust_async_rows(settings: &Settings, lesson: &Path) -> Vec<Measure> {
    let (n, sleep_ms): (u64, u64) = if settings.quick {
        (1_000, 20)
    } else {
        (10_000, 100)
    };
    let (mut above, mut added) = (Vec::new(), Vec::new());
    for _ in 0..settings.rounds {
        let output =
            timing::scenario::command(lesson, "tasks", &[&n.to_string(), &sleep_ms.to_string()])
                .output();
        let Ok(output) = output else { continue };
        let reported = timing::scenario::reports::<Sleepers>(&output.stdout[..]).next();
        if let Some(sleepers) = reported {
            above.push(sleepers.took.as_secs_f64() * 1e3 - sleep_ms as f64);
            added.push(sleepers.added_kib() as f64 / 1024.0);
        }
    }
    let name = format!("{} sleepers of {sleep_ms} ms as tasks", thousands(n));
    vec![
        Measure::new(format!("{name}: time above one sleep"), "ms", above)
            .what("lesson 13: tokio tasks on one thread (`--scenario tasks`)"),
        Measure::new(format!("{name}: peak memory added"), "MiB", added)
            .what("VmHWM of a fresh child, minus before the tasks"),
    ]
}

fn rust_other_rows(settings: &Settings, lesson: Option<&Path>) -> Vec<Measure> {
    let (quick, runs) = (settings.quick, settings.rounds);
    let n = if quick { 20 } else { 200 };
    let mut rows = vec![Measure::new(
        SPAWN_THREAD,
        "µs",
        repeat(runs, || {
            per_call_us(n, || thread::spawn(|| ()).join().unwrap())
        }),
    )];
    if let Some(lesson) = lesson {
        rows.push(
            Measure::new(
                SPAWN_PROCESS,
                "µs",
                repeat(runs, || {
                    per_call_us(n / 10, || {
                        let status = timing::scenario::command(lesson, "noop", &[])
                            .status()
                            .unwrap();
                        assert!(status.success());
                    })
                }),
            )
            .what("lesson 11's binary, `--scenario noop`"),
        );
    }
    rows.push(Measure::new(
        RUN_BIN_TRUE,
        "µs",
        repeat(runs, || {
            per_call_us(n / 10, || {
                Command::new("/bin/true").status().unwrap();
            })
        }),
    ));
    rows.push(Measure::new(
        SLEEPERS,
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
    ));

    let messages: u64 = if quick { 20_000 } else { 100_000 };
    let teaching = repeat(runs, || {
        one_to_one(
            messages,
            || {
                let queue = std::sync::Arc::new(producer_consumer::Queue::new(1024));
                (std::sync::Arc::clone(&queue), queue)
            },
            |q, i| q.put(i).unwrap(),
            |q| q.close(),
            |q| std::iter::from_fn(|| q.get()).count() as u64,
        )
    });
    let unbounded = repeat(runs, || {
        one_to_one(
            messages,
            crossbeam_channel::unbounded,
            |tx, i| tx.send(i).unwrap(),
            drop,
            |rx| rx.iter().count() as u64,
        )
    });
    let bounded = repeat(runs, || {
        one_to_one(
            messages,
            || crossbeam_channel::bounded(1024),
            |tx, i| tx.send(i).unwrap(),
            drop,
            |rx| rx.iter().count() as u64,
        )
    });
    rows.push(
        Measure::new(QUEUE_LOCK, "M msg/s", teaching)
            .what("lesson 08's teaching `Queue::new(1024)`"),
    );
    rows.push(
        Measure::new(QUEUE_FAST, "M msg/s", unbounded).what("`crossbeam_channel::unbounded()`"),
    );
    rows.push(
        Measure::new(QUEUE_CROSS, "M msg/s", bounded).what("`crossbeam_channel::bounded(1024)`"),
    );

    let m: u64 = if quick { 20_000 } else { 200_000 };
    rows.push(
        Measure::new(
            format!(
                "{LOST_UPDATES}4×{} read-then-write increments",
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
        )
        .no_ratio(),
    );
    rows
}

enum Better {
    Lower,
    Higher,
    Neither,
}

/// Times are better lower, throughputs and speed-ups higher; counts and shares are neither.
fn better(unit: &str) -> Better {
    match unit {
        "ns" | "µs" | "ms" | "s" => Better::Lower,
        "×" | "M msg/s" => Better::Higher,
        _ => Better::Neither,
    }
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

/// Where the machine-readable results go.
fn output_path() -> PathBuf {
    if let Some(path) = std::env::var_os("COMPARE_OUT") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    target.join("compare").join("results.json")
}

/// The results as the report reads them.
fn record(
    settings: &Settings,
    interpreters: [(Side, Option<&Interpreter>); 2],
    measures: [(Side, Vec<Measure>); 3],
) -> compare::Run {
    compare::Run {
        meta: compare::Meta {
            quick: settings.quick,
            rounds: settings.rounds,
            budget_ms: settings.budget_ms,
            workers: settings.workers,
        },
        interpreters: interpreters
            .into_iter()
            .filter_map(|(side, python)| Some((side, python?.recorded())))
            .collect(),
        measures: BTreeMap::from(measures),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = common::quick() || args.iter().any(|a| a == "--test" || a == "--quick");
    let settings = Settings {
        quick,
        cpu_only: args.iter().any(|a| a == "--cpu-only"),
        rounds: if quick { 1 } else { 5 },
        budget_ms: if quick { QUICK_BUDGET_MS } else { BUDGET_MS },
        workers: thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let lesson = common::lesson_11_binary();
    let python = probe_python("python3");
    let free = free_threaded_python();

    // The CPU-bound rows first, Rust then Python, while the machine is as quiet as it will be.
    let mut rust = rust_cpu_rows(&settings, lesson.as_deref());
    let (mut py, mut ft) = (Vec::new(), Vec::new());
    let (cpu, other) = python_scripts(settings.cpu_only);
    if let Some(python) = &python {
        for script in cpu {
            py.extend(run_python(python, script, &settings));
        }
    }
    if let Some(free) = &free {
        for script in cpu {
            ft.extend(run_python(free, script, &settings));
        }
    }
    // Lesson 15's extension module, from each of those Pythons.
    for (interpreter, rows) in [(&python, &mut py), (&free, &mut ft)] {
        if let Some(interpreter) = interpreter {
            rows.extend(extension_rows(interpreter, &settings));
        }
    }
    if !settings.cpu_only {
        rust.extend(rust_other_rows(&settings, lesson.as_deref()));
        if let Some(lesson_13) = common::lesson_binary("async-await") {
            rust.extend(rust_async_rows(&settings, &lesson_13));
        }
        if let Some(python) = &python {
            for script in other {
                py.extend(run_python(python, script, &settings));
            }
        }
    }

    match &python {
        Some(p) => println!(
            "Python: python3 {} ({}, {}; {})",
            p.version, p.build, p.compiler, p.executable
        ),
        None => println!("Python: no python3 on PATH; the Python column is empty"),
    }
    match &free {
        Some(p) => println!(
            "Free-threaded Python: {} {} ({}; {})",
            p.command, p.version, p.build, p.executable
        ),
        None => println!(
            "Free-threaded Python: none (set FREE_THREADED_PYTHON, or put python3.13t or \
             python3.14t on PATH)"
        ),
    }
    println!(
        "Rust: this bench, {} build; {} CPUs available; CPU-bound units sized to ~{} ms each{}",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        settings.workers,
        settings.budget_ms,
        if quick {
            "; quick smoke run: numbers are not meaningful"
        } else {
            ""
        }
    );
    println!(
        "Each cell: median [min–max] over {} runs.\n",
        settings.rounds
    );

    let mut names: Vec<(String, String)> = Vec::new();
    for m in py.iter().chain(&ft).chain(&rust) {
        if !names.iter().any(|(n, _)| *n == m.name) {
            names.push((m.name.clone(), m.unit.clone()));
        }
    }
    let width = names
        .iter()
        .map(|(n, u)| n.chars().count() + u.chars().count() + 3)
        .max()
        .unwrap_or(10);
    let with_ft = free.is_some();
    let mut header = format!("{:<width$}  {:>22}", "measure (unit)", "Python");
    if with_ft {
        header += &format!("  {:>22}", "Python free-threaded");
    }
    header += &format!("  {:>22}  {:>12}", "Rust", "Rust better by");
    println!("{header}");
    let find = |set: &[Measure], name: &str| {
        set.iter()
            .find(|m| m.name == name)
            .map(|m| m.values.clone())
    };
    for (name, unit) in &names {
        let p = find(&py, name).unwrap_or_default();
        let r = find(&rust, name).unwrap_or_default();
        let comparable = rust
            .iter()
            .find(|m| m.name == *name)
            .is_some_and(|m| m.ratio);
        let ratio = match (median(&p), median(&r), better(unit)) {
            (Some(p), Some(r), Better::Lower) if comparable && r != 0.0 => {
                format!("{}×", short(p / r))
            }
            (Some(p), Some(r), Better::Higher) if comparable && p != 0.0 => {
                format!("{}×", short(r / p))
            }
            _ => "—".to_string(),
        };
        let mut line = format!(
            "{:<width$}  {:>22}",
            format!("{name} ({unit})"),
            median_and_spread(&p)
        );
        if with_ft {
            line += &format!(
                "  {:>22}",
                median_and_spread(&find(&ft, name).unwrap_or_default())
            );
        }
        line += &format!("  {:>22}  {:>12}", median_and_spread(&r), ratio);
        println!("{line}");
    }
    if let Some(speed_ups) = find(&rust, SPEED_UP_ON_THREADS) {
        let each: Vec<String> = speed_ups.iter().map(|v| format!("{v:.2}")).collect();
        println!(
            "\nRust's threads, each round's speed-up: {}",
            each.join(", ")
        );
    }
    if !quick {
        for m in rust
            .iter()
            .filter(|m| m.unit == "ms" && m.name.starts_with("sqrt loop"))
        {
            if m.values.iter().any(|v| *v < 200.0) {
                println!("note: a run of `{}` lasted under 200 ms", m.name);
            }
        }
    }

    let path = output_path();
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let run = record(
        &settings,
        [
            (Side::Python, python.as_ref()),
            (Side::PythonFt, free.as_ref()),
        ],
        [(Side::Rust, rust), (Side::Python, py), (Side::PythonFt, ft)],
    );
    match run.write(&path) {
        Ok(()) => println!("\nresults written to {}", path.display()),
        Err(error) => eprintln!("could not write {error}"),
    }
}
