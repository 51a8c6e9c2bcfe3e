//! Every claim lesson 11 makes about results, memory, failures and child processes, asserted.
//! (Timelines are read in `timelines.rs`; speed-ups are in `tests/speedups.rs` and start-up
//! costs in `tests/start_cost.rs`, each alone in its binary.)

use std::io::BufReader;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use threads_vs_processes::child::Report;
use threads_vs_processes::support::{Reaper, describe, kill_one_midway};
use threads_vs_processes::*;
use timing::{process_exists, scenario};

fn exe() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_threads-vs-processes"))
}

#[cfg(unix)]
fn signal(status: Option<std::process::ExitStatus>) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(&status?)
}

#[test]
fn processes_return_the_same_sums_as_threads_and_sequential() {
    let progress = std::sync::Mutex::new([0_u64; 2]);
    let count = |i: usize| progress.lock().unwrap()[i] += 1;
    let sequential = run_sequential(2, 200_000, |_| ());
    let threads = run_threads(2, 200_000, |_| ());
    let processes = run_processes(exe(), 2, 200_000, count).unwrap();
    assert_eq!(sequential, threads);
    assert_eq!(
        threads, processes,
        "bit for bit: the f64 crossed the pipe exactly"
    );
    assert_eq!(
        *progress.lock().unwrap(),
        [SLICES; 2],
        "every progress report arrived"
    );
}

#[test]
fn unit_of_work_reports_every_slice() {
    let mut slices = 0;
    let sum = unit_of_work(5_000, || slices += 1);
    assert_eq!(slices, SLICES);
    assert_eq!(sum, unit_of_work(5_000, || ()));
}

#[test]
fn threads_share_one_vec_nothing_is_copied() {
    let data = Arc::new((1..=10_000).collect::<Vec<u64>>());
    let (total, seen) = memory::threads_share_vec(&data, 4);
    assert_eq!(total, 50_005_000);
    assert_eq!(seen.len(), 4);
    assert!(
        seen.iter().all(|&a| a == data.as_ptr() as usize),
        "{seen:?}"
    );
    assert_eq!(Arc::strong_count(&data), 1, "the threads' clones are gone");
}

#[test]
fn threads_see_one_counter_processes_get_copies() {
    assert_eq!(memory::count_with_threads(3), (vec![1, 2, 3], 3));
    assert_eq!(
        memory::count_with_processes(exe(), 3).unwrap(),
        (vec![1, 1, 1], 0)
    );
}

#[test]
fn data_for_a_process_crosses_a_pipe() {
    let data: Vec<u64> = (1..=100_000).collect();
    let sum = memory::sum_in_child(exe(), &data).unwrap();
    assert_eq!(sum, data.iter().sum::<u64>());
}

#[test]
fn a_panicking_child_exits_101_and_the_parent_goes_on() {
    let run = isolation::crash_child(exe(), "panic").unwrap();
    assert_eq!(run.status.unwrap().code(), Some(101));
    assert_eq!(describe(run.status), "exit code 101");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    let message = format!("worker process {} gave up", run.pid);
    assert!(run.stderr.contains(&message), "{}", run.stderr);
    assert!(
        exe().exists(),
        "still here: the next line of this test runs"
    );
}

#[cfg(unix)]
#[test]
fn an_aborting_child_dies_by_sigabrt_and_the_parent_goes_on() {
    let run = isolation::crash_child(exe(), "abort").unwrap();
    assert_eq!(signal(run.status), Some(6));
    assert_eq!(
        run.status.unwrap().code(),
        None,
        "no exit code: it never exited"
    );
    assert_eq!(describe(run.status), "killed by signal 6 (SIGABRT)");
}

#[cfg(unix)]
#[test]
fn abort_on_one_thread_takes_the_whole_process_down() {
    let run = isolation::crash_child(exe(), "abort-in-thread").unwrap();
    assert_eq!(signal(run.status), Some(6));
    assert_eq!(run.stdout, "main: started a thread that calls abort()\n");
}

#[test]
fn a_panicking_thread_is_caught_at_join() {
    assert_eq!(isolation::panicking_thread(), "worker-0 divided by zero");
}

#[cfg(unix)]
#[test]
fn a_worker_killed_midway_is_reported_not_hung_on() {
    let iterations = timing::iterations_for(Duration::from_secs(5));
    let started = Instant::now();
    let killed = kill_one_midway(exe(), iterations).unwrap();
    assert!(started.elapsed() < Duration::from_secs(4), "not hung on");
    assert_eq!(signal(Some(killed.status)), Some(9), "{killed:?}");
    assert_eq!(
        describe(Some(killed.status)),
        "killed by signal 9 (SIGKILL)"
    );
    assert_eq!(killed.sum, None);
    assert!(killed.slices >= 1 && killed.slices < SLICES, "{killed:?}");
    assert_ne!(process_exists(killed.pid), Some(true), "reaped");
}

#[test]
fn a_reaper_kills_and_reaps_its_child_when_dropped() {
    let iterations = timing::iterations_for(Duration::from_secs(60)).to_string();
    let child = scenario::command(exe(), "sqrt", &[&iterations])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    drop(Reaper(child)); // an early return or a panic in the parent does the same
    assert_ne!(process_exists(pid), Some(true));
}

#[test]
fn a_worker_whose_parent_stopped_listening_stops() {
    // Slices of about 40 ms: it notices at its next progress report.
    let iterations = timing::iterations_for(Duration::from_secs(2)).to_string();
    let mut child = Reaper(
        scenario::command(exe(), "sqrt", &[&iterations])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut stdout = BufReader::new(child.0.stdout.take().unwrap());
    let first = scenario::reports(&mut stdout).next();
    assert_eq!(first, Some(Report::Progress));
    drop(stdout); // the pipe's read end closes, as when the parent dies
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.0.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "it never stopped");
        std::thread::sleep(Duration::from_millis(5));
    };
    assert_eq!(status.code(), Some(1), "it stopped by itself: {status:?}");
}

#[test]
fn the_noop_scenario_exits_at_once_and_prints_nothing() {
    // benches/ runs exactly this command line to time a process start.
    let run = scenario::run(exe(), "noop", &[], Duration::from_secs(10)).unwrap();
    assert!(run.success(), "{run:?}");
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    assert!(startup::start_process(exe()).unwrap() < Duration::from_secs(5));
}

#[test]
fn the_sqrt_scenario_reports_progress_then_its_sum() {
    // benches/ runs `--scenario sqrt N` as its worker processes.
    let run = scenario::run(exe(), "sqrt", &["5000"], Duration::from_secs(10)).unwrap();
    assert!(run.success(), "{run:?}");
    let reports: Vec<Report> = scenario::reports(run.stdout.as_bytes()).collect();
    assert_eq!(reports.len() as u64, SLICES + 1, "{run:?}");
    assert!(
        reports[..SLICES as usize]
            .iter()
            .all(|r| *r == Report::Progress)
    );
    let expected = Report::Sum(unit_of_work(5_000, || ()));
    assert_eq!(reports.last(), Some(&expected));
    assert_eq!(run.stdout.lines().count(), reports.len(), "nothing else");
}

#[test]
fn help_does_not_show_scenarios() {
    let help = lesson_test::run_lesson(exe().to_str().unwrap(), &["--help"], "1");
    assert!(help.success());
    assert!(help.stdout.contains("--budget-ms"), "{}", help.stdout);
    assert!(!help.stdout.contains("scenario"), "{}", help.stdout);
}

#[cfg(target_os = "linux")]
#[test]
fn live_children_sees_a_child_until_it_is_reaped() {
    let mut child = scenario::command(exe(), "noop", &[]).spawn().unwrap();
    let pid = child.id();
    // Running or exited, it is our child until we wait for it.
    assert!(support::live_children().unwrap().contains(&pid));
    child.wait().unwrap();
    assert!(!support::live_children().unwrap().contains(&pid));
}
