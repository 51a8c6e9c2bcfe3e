//! The lesson's claims about speed, measured in ONE test: the test harness runs the tests of one
//! binary in parallel, and CPU-bound timings taken side by side would steal each other's cores.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use threads_vs_processes::*;
use timing::{Timeline, timed};

fn exe() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_threads-vs-processes"))
}

#[test]
fn threads_and_processes_beat_sequential_and_a_process_costs_more_to_start() {
    // Starting: µs for a thread, ms for a process. The ratio is large (about 50-100× here);
    // the margin is generous.
    let thread = startup::thread_start_cost(100);
    let process = startup::process_start_cost(exe(), 10).unwrap();
    assert!(
        process > thread * 3,
        "thread {thread:?}, process {process:?}"
    );

    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 {
        println!("skipped the speed-up claims: only {cores} core is available");
        return;
    }
    // Two units of about 60 ms each. The machine is shared (other virtual machines take its
    // cores away for a while), so take the best of up to ten tries: on a quiet machine the
    // first one passes.
    let work = Work::sized(2, Duration::from_millis(60));
    let (mut best_threads, mut best_processes) = (0.0_f64, 0.0_f64);
    // Plain threads (not the lesson's code) in the same rounds: what the machine allowed.
    let (mut best_sequential, mut plain) = (Duration::MAX, Duration::MAX);
    for _ in 0..10 {
        let timeline = Arc::new(Timeline::new());
        let (sequential, t_sequential) = timed(|| run_sequential(work, &Bars::hidden(), &timeline));
        let (threads, t_threads) = timed(|| run_threads(work, &Bars::hidden(), &timeline));
        let (processes, t_processes) = timed(|| {
            run_processes(
                exe(),
                work,
                &Bars::hidden(),
                &timeline,
                Duration::from_secs(30),
            )
            .unwrap()
        });
        assert_eq!(sequential, threads);
        assert_eq!(
            threads,
            processes.iter().map(|p| p.sum.unwrap()).collect::<Vec<_>>()
        );
        best_threads = best_threads.max(t_sequential.as_secs_f64() / t_threads.as_secs_f64());
        best_processes = best_processes.max(t_sequential.as_secs_f64() / t_processes.as_secs_f64());
        best_sequential = best_sequential.min(t_sequential);
        plain = plain.min(timing::time_plain_threads(2, work.iterations));
        if best_threads > 1.5 && best_processes > 1.3 {
            break;
        }
    }
    println!("best speed-ups: threads {best_threads:.2}×, processes {best_processes:.2}×");
    let machine = best_sequential.as_secs_f64() / plain.as_secs_f64();
    println!("plain threads on the same machine in the same rounds: {machine:.2}×");
    if best_threads <= 1.5 && machine <= 1.5 {
        // Not the lesson's code: nothing ran in parallel on these cores just then (a virtual
        // machine's vCPUs can be busy on the host). Like the 1-core case, the claim cannot be shown.
        println!("skipped the speed-up claims: the cores were not free to run two at once");
        return;
    }
    assert!(
        best_threads > 1.5 || best_threads >= 0.75 * machine,
        "threads: {best_threads:.2}× (plain threads: {machine:.2}×)"
    );
    assert!(best_processes > 1.3, "processes: {best_processes:.2}×");
}
