//! Every claim lesson 11 makes about results, memory and failures, asserted.
//! (Claims about speed are in `timing_claims.rs`, alone in their binary so that no other test
//! steals their cores.)

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use threads_vs_processes::processes::{
    Reaper, describe, kill_one_midway, wait_or_kill, worker_command,
};
use threads_vs_processes::*;
use timing::{Timeline, process_exists};

fn exe() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_threads-vs-processes"))
}

#[cfg(unix)]
fn signal(status: Option<std::process::ExitStatus>) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(&status?)
}

#[test]
fn processes_return_the_same_sums_as_threads_and_sequential() {
    let work = Work {
        units: 2,
        iterations: 200_000,
    };
    let timeline = Arc::new(Timeline::new());
    let sequential = run_sequential(work, &Bars::hidden(), &timeline);
    let threads = run_threads(work, &Bars::hidden(), &timeline);
    let results = run_processes(
        exe(),
        work,
        &Bars::hidden(),
        &timeline,
        Duration::from_secs(20),
    )
    .unwrap();
    let from_processes: Vec<f64> = results.iter().map(|r| r.sum.unwrap()).collect();
    assert_eq!(sequential, threads);
    assert_eq!(
        threads, from_processes,
        "bit for bit: the f64 crossed the pipe exactly"
    );
    for result in &results {
        assert!(result.status.is_some_and(|s| s.success()), "{result:?}");
        assert_eq!(result.slices, SLICES, "every progress report arrived");
        assert_ne!(
            process_exists(result.pid),
            Some(true),
            "worker {} was reaped",
            result.pid
        );
    }
    // The timeline has a span per unit per way; a process's span is recorded by its reader thread.
    let spans = timeline.spans();
    for label in [
        "sequential 0",
        "sequential 1",
        "thread 0",
        "thread 1",
        "process 0",
        "process 1",
    ] {
        assert!(
            spans.iter().any(|s| s.label == label),
            "{label} in {spans:?}"
        );
    }
    for result in &results {
        let span = spans.iter().find(|s| s.label == result.label).unwrap();
        assert_eq!(span.thread, format!("pid {}", result.pid));
    }
    let thread_span = spans.iter().find(|s| s.label == "thread 1").unwrap();
    assert_eq!(thread_span.thread, "worker-1");
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
    let sum = memory::sum_in_child(exe(), &data, Duration::from_secs(20)).unwrap();
    assert_eq!(sum, data.iter().sum::<u64>());
}

#[test]
fn a_panicking_child_exits_101_and_the_parent_goes_on() {
    let run = isolation::crash_child(exe(), "panic").unwrap();
    assert_eq!(run.status.unwrap().code(), Some(101));
    assert_eq!(describe(run.status), "exit code 101");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("worker process {} gave up", run.pid)),
        "{}",
        run.stderr
    );
    // Still here: the next line of this test runs.
    assert!(exe().exists());
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
    assert!(
        !run.stdout.contains("join returned"),
        "main never got past join"
    );
}

#[test]
fn a_panicking_thread_is_caught_at_join() {
    assert_eq!(isolation::panicking_thread(), "worker-0 divided by zero");
}

#[cfg(unix)]
#[test]
fn a_worker_killed_midway_is_reported_not_hung_on() {
    // Two workers of about 300 ms each; worker 0 is killed from outside (like the OOM killer)
    // once it has started working. Worker 1 finishes; worker 0 is reported with its signal.
    let work = Work {
        units: 2,
        iterations: timing::iterations_for(Duration::from_millis(300)),
    };
    let timeout = Duration::from_secs(30);
    let running =
        start_processes(exe(), work, &Bars::hidden(), &Arc::new(Timeline::new())).unwrap();
    let pids = running.pids();
    let started = Instant::now();
    while running.progress(0) == 0 {
        assert!(
            started.elapsed() < timeout,
            "worker 0 never reported progress"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    let kill = Command::new("sh")
        .args(["-c", &format!("kill -KILL {}", pids[0])])
        .status()
        .unwrap();
    assert!(kill.success());
    let results = running.finish(timeout).unwrap();
    assert!(started.elapsed() < timeout / 2, "not hung on");
    assert_eq!(signal(results[0].status), Some(9), "{:?}", results[0]);
    assert_eq!(results[0].describe(), "killed by signal 9 (SIGKILL)");
    assert_eq!(results[0].sum, None);
    assert!(
        results[0].slices >= 1 && results[0].slices < SLICES,
        "{:?}",
        results[0]
    );
    assert!(
        results[1].status.is_some_and(|s| s.success()),
        "{:?}",
        results[1]
    );
    assert!(results[1].sum.is_some());
    assert!(
        pids.iter().all(|&pid| process_exists(pid) != Some(true)),
        "both reaped"
    );
}

#[cfg(unix)]
#[test]
fn the_lesson_kills_a_worker_midway_and_reports_it() {
    let iterations = timing::iterations_for(Duration::from_secs(5));
    let result = kill_one_midway(exe(), iterations, Duration::from_secs(30)).unwrap();
    assert_eq!(signal(result.status), Some(9), "{result:?}");
    assert_eq!(result.sum, None);
    assert!(result.slices >= 1 && result.slices < SLICES, "{result:?}");
}

#[test]
fn a_worker_past_its_deadline_is_killed_and_reaped() {
    let work = Work {
        units: 1,
        iterations: timing::iterations_for(Duration::from_secs(60)),
    };
    let started = Instant::now();
    let results = run_processes(
        exe(),
        work,
        &Bars::hidden(),
        &Arc::new(Timeline::new()),
        Duration::from_millis(200),
    )
    .unwrap();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(results[0].status.is_none());
    assert_eq!(results[0].describe(), "timed out, killed");
    assert_eq!(results[0].sum, None);
    assert_ne!(process_exists(results[0].pid), Some(true));
}

#[test]
fn dropping_running_workers_kills_and_reaps_them() {
    let work = Work {
        units: 2,
        iterations: timing::iterations_for(Duration::from_secs(60)),
    };
    let running =
        start_processes(exe(), work, &Bars::hidden(), &Arc::new(Timeline::new())).unwrap();
    let pids = running.pids();
    drop(running); // an early return or a panic in the parent does the same
    assert!(
        pids.iter().all(|&pid| process_exists(pid) != Some(true)),
        "{pids:?}"
    );
}

#[test]
fn a_worker_whose_parent_stopped_listening_stops() {
    // Slices of about 40 ms: it notices at its next progress report.
    let iterations = timing::iterations_for(Duration::from_secs(2)).to_string();
    let mut child = Reaper(
        worker_command(exe(), &["sqrt", "--iterations", &iterations])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut stdout = BufReader::new(child.0.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "progress\n");
    drop(stdout); // the pipe's read end closes, as when the parent dies
    let status = wait_or_kill(&mut child.0, Instant::now() + Duration::from_secs(20)).unwrap();
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(1),
        "it stopped by itself: {status:?}"
    );
}

#[test]
fn starting_a_noop_worker_succeeds_quickly_enough_to_measure() {
    let cost = startup::process_start_cost(exe(), 3).unwrap();
    assert!(
        cost > Duration::ZERO && cost < Duration::from_secs(5),
        "{cost:?}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn live_children_sees_a_child_until_it_is_reaped() {
    let mut child = worker_command(exe(), &["noop"])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    // Running or exited, it is our child until we wait for it.
    assert!(live_children().unwrap().contains(&pid));
    child.wait().unwrap();
    assert!(!live_children().unwrap().contains(&pid));
}
