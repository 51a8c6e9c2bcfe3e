//! The jobs meet: three jobs on three workers wait for each other in a `Meeting`, which only
//! workers that let go of the queue's lock while a job runs can reach together. A worker loop
//! that keeps the lock makes the first job wait out the meeting's patience, once. Every wait for
//! the pool is bounded.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::thread;
use std::time::{Duration, Instant};

use ex05_worker_loop::Pool;
use grader::{Meeting, within};

/// Far longer than the pool takes, patience included.
const LIMIT: Duration = Duration::from_secs(2);

const NEVER_RETURNED: &str = "dropping the pool never returned: when `recv` returns Err (the \
                              pool dropped its Sender and the queue is empty), the worker must \
                              return";

/// Runs `jobs` jobs on `pool`, drops it, and returns how many ran.
fn run_and_drop(pool: Pool, jobs: usize) -> usize {
    let ran = Arc::new(AtomicUsize::new(0));
    for _ in 0..jobs {
        let ran = Arc::clone(&ran);
        pool.execute(move || {
            ran.fetch_add(1, SeqCst);
        });
    }
    drop(pool);
    ran.load(SeqCst)
}

#[test]
fn every_job_runs_and_dropping_the_pool_waits_for_them() {
    let ran = within(LIMIT, NEVER_RETURNED, || run_and_drop(Pool::new(3), 30));
    assert_eq!(
        ran, 30,
        "dropping the pool waits for every queued job: each must run once"
    );
}

#[test]
fn three_workers_run_three_jobs_at_once() {
    let met = within(LIMIT, NEVER_RETURNED, || {
        let meeting = Arc::new(Meeting::new(3));
        let pool = Pool::new(3);
        for _ in 0..3 {
            let meeting = Arc::clone(&meeting);
            pool.execute(move || {
                meeting.pause();
            });
        }
        drop(pool);
        meeting.met()
    });
    assert!(
        met,
        "3 jobs on 3 workers never ran at the same time: the worker still holds the queue's \
         lock while its job runs, so the other workers wait in `lock()`. Take the job out in a \
         statement of its own (the guard dies at its semicolon), then run it"
    );
}

#[test]
fn workers_wait_for_jobs_however_long_the_pool_is_idle() {
    // Time flies on a hurried pool: a `recv_timeout` on an empty queue times out at once, as if
    // the pool had been idle for an hour. Wait until the idle workers have settled: one waits in
    // `recv`, or they keep finding the queue empty, or they have all returned.
    let (returned, ran) = within(LIMIT, NEVER_RETURNED, || {
        let pool = Pool::hurried(2);
        let deadline = Instant::now() + Duration::from_secs(1);
        while pool.waiting() == 0
            && pool.found_none() < 4
            && pool.returned() < 2
            && Instant::now() < deadline
        {
            thread::sleep(Duration::from_millis(1));
        }
        let returned = pool.returned();
        let ran = if returned == 0 {
            run_and_drop(pool, 3)
        } else {
            0
        };
        (returned, ran)
    });
    assert_eq!(
        returned, 0,
        "{returned} of 2 workers returned while the pool was alive and idle: a job queued later \
         would never run. A timeout, or an empty queue, is not the end of the pool: only \
         `Disconnected` (the pool dropped its Sender) is"
    );
    assert_eq!(ran, 3, "jobs queued after a long idle spell run too");
}
