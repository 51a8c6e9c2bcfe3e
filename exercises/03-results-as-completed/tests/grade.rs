//! `as_completed` runs on a thread of its own (`grader::call`), so an answer that never returns
//! fails its test instead of hanging it. Each job is held at a gate the test opens.

use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use ex03_results_as_completed::as_completed;
use grader::{Gate, call};

const WAIT: Duration = Duration::from_secs(2);

const RETURNS: &str = "every result was handled, but as_completed had not returned 2 s later: a \
                       receiving loop ends only once every Sender is dropped, the original one too";

#[test]
fn each_result_is_handled_as_soon_as_its_job_finishes() {
    let gates: Vec<Arc<Gate>> = (0..3).map(|_| Arc::new(Gate::new())).collect();
    let jobs: Vec<_> = gates
        .iter()
        .enumerate()
        .map(|(i, gate)| {
            let gate = Arc::clone(gate);
            move || {
                gate.wait();
                format!("job {i}")
            }
        })
        .collect();
    let (report, reports) = mpsc::channel();
    let caller = call(move || {
        as_completed(jobs, move |index, value| {
            let _ = report.send((index, value));
        })
    });
    // The jobs finish in the order 1, 2, 0: neither the start order nor the last one first.
    for i in [1, 2, 0] {
        gates[i].open();
        match reports.recv_timeout(WAIT) {
            Ok(result) => assert_eq!(
                result,
                (i, format!("job {i}")),
                "job {i} had just finished: its result should come next"
            ),
            Err(RecvTimeoutError::Timeout) => panic!(
                "job {i} finished, but 2 s later on_result had not been given its result: are \
                 you waiting for the jobs in start order, or for all of them? Have each thread \
                 send its result down a channel when it is done, and receive them as they come"
            ),
            Err(RecvTimeoutError::Disconnected) => panic!(
                "as_completed returned (or panicked) before job {i}'s result was handled: it must \
                 wait for every job"
            ),
        }
    }
    caller.within(WAIT, RETURNS);
}

#[test]
fn no_jobs_returns_at_once() {
    let caller = call(|| as_completed(Vec::<fn() -> String>::new(), |_, _| {}));
    caller.within(WAIT, RETURNS);
}
