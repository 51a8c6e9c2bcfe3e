use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

use ex05_worker_loop::Pool;
use pools::support::Rendezvous;
use timing::HighWater;

/// Runs `f` on a thread of its own and returns its value, or fails the test if it has not
/// finished after `seconds`.
fn within<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(Duration::from_secs(seconds)) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the pool panicked (see above)"),
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "dropping the pool never returned after {seconds} s: when `recv` returns Err (the \
             pool dropped its Sender and the queue is empty), the worker must return"
        ),
    }
}

#[test]
fn every_job_runs_and_dropping_the_pool_waits_for_them() {
    let ran = within(5, || {
        let ran = Arc::new(AtomicUsize::new(0));
        let pool = Pool::new(3);
        for _ in 0..30 {
            let ran = Arc::clone(&ran);
            pool.execute(move || {
                ran.fetch_add(1, Ordering::SeqCst);
            });
        }
        drop(pool);
        ran.load(Ordering::SeqCst)
    });
    assert_eq!(
        ran, 30,
        "dropping the pool waits for every queued job: each must run once"
    );
}

#[test]
fn three_workers_run_three_jobs_at_once() {
    // Each job waits (up to half a second) until all three are running together. With a worker
    // that holds the queue's lock while its job runs, no job ever finds a partner.
    let (peak, met) = within(5, || {
        let meter = Arc::new(HighWater::default());
        let meet = Arc::new(Rendezvous::new(3));
        let met = Arc::new(AtomicUsize::new(0));
        let pool = Pool::new(3);
        for _ in 0..3 {
            let (meter, meet, met) = (Arc::clone(&meter), Arc::clone(&meet), Arc::clone(&met));
            pool.execute(move || {
                let _running = meter.enter();
                if meet.wait(Duration::from_millis(500)) {
                    met.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
        drop(pool);
        (meter.peak(), met.load(Ordering::SeqCst))
    });
    assert_eq!(
        (peak, met),
        (3, 3),
        "at most {peak} of 3 jobs ran at once on 3 workers ({met} met their partners): the \
         worker still holds the queue's lock while its job runs, so the other workers wait in \
         `lock()`. Take the job out in a statement of its own, then run it"
    );
}
