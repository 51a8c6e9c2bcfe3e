//! `as_completed` runs on a helper thread and each test waits for what it reports with a timeout
//! of its own, so an answer that never returns fails the test instead of hanging it.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use ex03_results_as_completed::as_completed;

/// What the helper thread reports: a result `on_result` was given, or that `as_completed`
/// returned.
#[derive(Debug, PartialEq)]
enum Report {
    Result(usize, String),
    Returned,
}

/// Runs `as_completed(jobs, …)` on a helper thread; the reports arrive on the returned channel.
fn run<F>(jobs: Vec<F>) -> mpsc::Receiver<Report>
where
    F: FnOnce() -> String + Send + 'static,
{
    let (report, reports) = mpsc::channel();
    thread::spawn(move || {
        as_completed(jobs, |index, value| {
            let _ = report.send(Report::Result(index, value));
        });
        let _ = report.send(Report::Returned);
    });
    reports
}

const WAIT: Duration = Duration::from_secs(2);

#[test]
fn each_result_is_handled_as_soon_as_its_job_finishes() {
    // Job i finishes when the test opens its gate: here in the order 2, 0, 1.
    let (gates, jobs): (Vec<mpsc::Sender<()>>, Vec<_>) = (0..3)
        .map(|i| {
            let (open, gate) = mpsc::channel::<()>();
            (open, move || {
                let _ = gate.recv();
                format!("job {i}")
            })
        })
        .unzip();
    let reports = run(jobs);
    for i in [2, 0, 1] {
        let _ = gates[i].send(()); // fails only if as_completed dropped the jobs
        match reports.recv_timeout(WAIT) {
            Ok(report) => assert_eq!(
                report,
                Report::Result(i, format!("job {i}")),
                "job {i} had just finished: its result should come next"
            ),
            Err(RecvTimeoutError::Disconnected) => panic!("as_completed panicked: see above"),
            Err(RecvTimeoutError::Timeout) => panic!(
                "job {i} finished, but 2 s later on_result had not been given its result: are \
                 you waiting for the jobs in start order? Have each thread send its result down \
                 a channel when it is done, and receive them as they come"
            ),
        }
    }
    match reports.recv_timeout(WAIT) {
        Ok(report) => assert_eq!(report, Report::Returned, "three jobs, three results"),
        Err(RecvTimeoutError::Disconnected) => panic!("as_completed panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "every result was handled, but as_completed had not returned 2 s later: a receiving \
             loop ends only once every Sender is dropped, the original one too"
        ),
    }
}

#[test]
fn no_jobs_returns_at_once() {
    let reports = run(Vec::<fn() -> String>::new());
    match reports.recv_timeout(WAIT) {
        Ok(report) => assert_eq!(report, Report::Returned, "no jobs, no results"),
        Err(RecvTimeoutError::Disconnected) => panic!("as_completed panicked: see above"),
        Err(RecvTimeoutError::Timeout) => panic!(
            "with no jobs there is nothing to wait for, but as_completed had not returned 2 s \
             later: a receiving loop ends only once every Sender is dropped, the original one too"
        ),
    }
}
