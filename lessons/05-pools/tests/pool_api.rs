//! Every promise of the teaching pool's API, asserted. Interleavings are forced with channels
//! and rendezvous, never left to sleeps.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::Duration;

use pools::support::{Peak, forced_peak};
use pools::*;
use timing::Meeting;

/// Long enough never to be reached when the code is right; short enough not to hang when not.
const NEVER: Duration = Duration::from_secs(5);

/// A task that blocks until `go` is sent or dropped, and the sender that releases it.
fn gate() -> (mpsc::Sender<()>, mpsc::Receiver<()>) {
    mpsc::channel()
}

#[test]
fn zero_workers_is_an_error_like_pythons_value_error() {
    let error = ThreadPool::new(0).unwrap_err();
    assert!(matches!(error, PoolError::ZeroWorkers));
    assert_eq!(error.to_string(), "max_workers must be greater than 0");
    assert!(matches!(
        ThreadPool::with_name_prefix(0, "x"),
        Err(PoolError::ZeroWorkers)
    ));
}

#[test]
fn default_workers_follows_pythons_rule() {
    assert_eq!(ThreadPool::default_workers(), (num_cpus::get() + 4).min(32));
}

#[test]
fn workers_are_named_pool_worker_n() {
    let pool = ThreadPool::new(3).unwrap();
    assert_eq!(pool.workers(), 3);
    let meet = Arc::new(Meeting::new(3));
    // Each task waits for the other two, so three different workers must run them.
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let meet = Arc::clone(&meet);
            pool.submit(move || {
                assert!(meet.wait(NEVER));
                thread::current().name().unwrap().to_string()
            })
        })
        .collect();
    let names: BTreeSet<String> = handles.into_iter().map(|h| h.result().unwrap()).collect();
    assert_eq!(
        names,
        BTreeSet::from(["pool-worker-0", "pool-worker-1", "pool-worker-2"].map(String::from))
    );
    let custom = ThreadPool::with_name_prefix(1, "download").unwrap();
    let name = custom.submit(|| thread::current().name().map(String::from));
    assert_eq!(name.result().unwrap().as_deref(), Some("download-0"));
}

#[test]
fn submit_returns_a_handle_to_the_value() {
    let pool = ThreadPool::new(2).unwrap();
    let number = pool.submit(|| 6 * 7);
    let text = pool.submit(|| String::from("done"));
    assert_eq!(number.result(), Ok(42));
    assert_eq!(text.result().as_deref(), Ok("done"));
}

#[test]
fn as_completed_yields_in_completion_order_with_input_indexes() {
    let pool = ThreadPool::new(4).unwrap();
    let mut gates = Vec::new();
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let (go, wait) = gate();
            gates.push(go);
            pool.submit(move || {
                let _ = wait.recv();
                i * 10
            })
        })
        .collect();
    let mut completed = as_completed(handles);
    assert_eq!(completed.len(), 4);
    // Release the tasks one at a time in this order; each must come out next.
    for i in [2, 0, 3, 1] {
        gates[i].send(()).unwrap();
        assert_eq!(completed.next(), Some((i, Ok(i * 10))));
    }
    assert_eq!(completed.next(), None);
}

#[test]
fn as_completed_yields_tasks_that_had_already_finished() {
    let pool = ThreadPool::new(1).unwrap();
    let handle = pool.submit(|| "early");
    assert!(handle.wait_timeout(NEVER));
    let all: Vec<_> = as_completed(vec![handle]).collect();
    assert_eq!(all, [(0, Ok("early"))]);
}

#[test]
fn as_completed_yields_cancelled_tasks_instead_of_hanging() {
    let pool = ThreadPool::new(1).unwrap();
    let (go, wait) = gate();
    let (started_tx, started) = mpsc::channel();
    let running = pool.submit(move || {
        started_tx.send(()).unwrap();
        let _ = wait.recv();
        "ran"
    });
    let queued = pool.submit(|| "never");
    started.recv().unwrap();
    let mut completed = as_completed(vec![running, queued]);
    thread::scope(|s| {
        s.spawn(|| pool.shutdown_now());
        // The queued task is cancelled while the running one still waits for `go`.
        assert_eq!(completed.next(), Some((1, Err(TaskError::Cancelled))));
        go.send(()).unwrap();
        assert_eq!(completed.next(), Some((0, Ok("ran"))));
    });
}

#[test]
fn map_returns_input_order_while_the_tasks_finish_in_reverse() {
    // Task i finishes only after task i + 1 has: they finish 4, 3, 2, 1, 0. That can only
    // happen if all five were submitted (and running) before the first result was read.
    let n = 5;
    let pool = ThreadPool::new(n).unwrap();
    let finished = Arc::new(Mutex::new(Vec::new()));
    // Channel i links task i + 1 (which sends when it finishes) to task i (which waits for it).
    let (senders, receivers): (Vec<_>, Vec<_>) = (0..n - 1).map(|_| mpsc::channel::<()>()).unzip();
    let tell_previous = std::iter::once(None).chain(senders.into_iter().map(Some));
    let wait_for_next = receivers.into_iter().map(Some).chain(std::iter::once(None));
    let items: Vec<_> = (0..n).zip(tell_previous.zip(wait_for_next)).collect();
    let log = Arc::clone(&finished);
    let results: Vec<_> = pool
        .map(
            move |(i, (tell_previous, wait_for_next)): (usize, (Option<mpsc::Sender<()>>, _))| {
                let waited = wait_for_next
                    .is_none_or(|next: mpsc::Receiver<()>| next.recv_timeout(NEVER).is_ok());
                log.lock().unwrap().push(i);
                if let Some(previous) = tell_previous {
                    previous.send(()).unwrap();
                }
                (i, waited)
            },
            items,
        )
        .collect();
    let expected: Vec<_> = (0..n).map(|i| Ok((i, true))).collect();
    assert_eq!(results, expected);
    assert_eq!(*finished.lock().unwrap(), [4, 3, 2, 1, 0]);
}

#[test]
fn concurrency_reaches_workers_and_never_exceeds_it() {
    let peak = forced_peak(3, 12, NEVER).unwrap();
    assert_eq!(peak, Peak { peak: 3, met: 12 });
    let peak = forced_peak(2, 7, Duration::from_millis(50)).unwrap();
    assert_eq!(peak.peak, 2, "two workers, seven tasks: two at a time");
}

#[test]
fn a_panic_is_the_tasks_result_and_the_only_worker_keeps_serving() {
    let pool = ThreadPool::new(1).unwrap();
    let before = pool.submit(|| thread::current().id()).result().unwrap();
    let literal = pool.submit(|| -> u8 { panic!("static message") });
    let formatted = pool.submit(|| -> u8 { panic!("formatted {}", 7) });
    assert_eq!(
        literal.result(),
        Err(TaskError::Panicked("static message".into()))
    );
    assert_eq!(
        formatted.result(),
        Err(TaskError::Panicked("formatted 7".into()))
    );
    let after = pool.submit(|| thread::current().id()).result().unwrap();
    assert_eq!(before, after, "the same worker thread, not a replacement");
}

#[test]
fn cancel_works_only_before_the_task_starts() {
    let [running, queued] = cancel_running_and_queued().unwrap();
    assert_eq!(running, (false, Ok("finished")));
    assert_eq!(queued, (true, Err(TaskError::Cancelled)));
}

#[test]
fn a_cancelled_task_never_runs() {
    let pool = ThreadPool::new(1).unwrap();
    let (go, wait) = gate();
    let (started_tx, started) = mpsc::channel();
    let blocker = pool.submit(move || {
        started_tx.send(()).unwrap();
        let _ = wait.recv();
    });
    let (ran_tx, ran) = mpsc::channel();
    let queued = pool.submit(move || ran_tx.send(()).unwrap());
    started.recv().unwrap();
    assert!(queued.cancel());
    drop(go);
    pool.shutdown(); // every job that was going to run has run
    assert_eq!(blocker.result(), Ok(()));
    assert_eq!(queued.result(), Err(TaskError::Cancelled));
    assert!(ran.try_recv().is_err(), "the cancelled task's code ran");
}

#[test]
fn cancel_on_a_finished_task_is_false_and_cancelling_twice_is_true() {
    let pool = ThreadPool::new(1).unwrap();
    let done = pool.submit(|| 1);
    assert!(done.wait_timeout(NEVER));
    assert!(!done.cancel());
    assert_eq!(done.result(), Ok(1));

    let (go, wait) = gate();
    let blocker = pool.submit(move || {
        let _ = wait.recv();
    });
    let queued = pool.submit(|| 2);
    assert!(queued.cancel());
    assert!(
        queued.cancel(),
        "already cancelled: still true, as in Python"
    );
    assert!(queued.is_done());
    drop(go);
    assert_eq!(blocker.result(), Ok(()));
    assert_eq!(queued.result(), Err(TaskError::Cancelled));
}

#[test]
fn wait_timeout_and_is_done_follow_the_task() {
    let pool = ThreadPool::new(1).unwrap();
    let (go, wait) = gate();
    let handle = pool.submit(move || wait.recv().is_ok());
    assert!(!handle.is_done());
    assert!(!handle.wait_timeout(Duration::from_millis(10)));
    go.send(()).unwrap();
    assert!(handle.wait_timeout(NEVER));
    assert!(handle.is_done());
    assert_eq!(handle.result(), Ok(true));
}

#[test]
fn drop_waits_for_every_queued_task_even_with_dropped_handles() {
    let count = Arc::new(AtomicUsize::new(0));
    let pool = ThreadPool::new(2).unwrap();
    for _ in 0..20 {
        let count = Arc::clone(&count);
        // The handle is dropped at once: that does not cancel the task.
        drop(pool.submit(move || {
            thread::sleep(Duration::from_millis(1));
            count.fetch_add(1, Ordering::SeqCst);
        }));
    }
    drop(pool); // the end of Python's `with` block
    assert_eq!(count.load(Ordering::SeqCst), 20);
}

#[test]
fn shutdown_waits_too() {
    let count = Arc::new(AtomicUsize::new(0));
    let pool = ThreadPool::new(3).unwrap();
    for _ in 0..9 {
        let count = Arc::clone(&count);
        pool.submit(move || count.fetch_add(1, Ordering::SeqCst));
    }
    pool.shutdown();
    assert_eq!(count.load(Ordering::SeqCst), 9);
}

#[test]
fn shutdown_now_cancels_the_queued_tasks_and_finishes_the_running_one() {
    let (running, queued) = shutdown_now_story(3).unwrap();
    assert_eq!(running, Ok(0));
    assert_eq!(queued, vec![Err(TaskError::Cancelled); 3]);
}

#[test]
fn handles_outlive_the_pool() {
    let pool = ThreadPool::new(2).unwrap();
    let first = pool.submit(|| "one");
    let second = pool.submit(|| "two");
    pool.shutdown();
    assert!(first.is_done());
    assert!(first.wait_timeout(Duration::ZERO));
    assert_eq!(first.result(), Ok("one"));
    let rest: Vec<_> = as_completed(vec![second]).collect();
    assert_eq!(rest, [(0, Ok("two"))]);
}

#[test]
fn a_task_that_drops_the_last_reference_to_its_pool_does_not_deadlock() {
    let pool = Arc::new(ThreadPool::new(2).unwrap());
    let (go, wait) = gate();
    let (done, finished) = mpsc::channel();
    let own = Arc::clone(&pool);
    pool.submit(move || {
        let _ = wait.recv();
        drop(own); // the last `Arc`: the pool's Drop runs on this worker
        done.send(()).unwrap();
    });
    drop(pool);
    go.send(()).unwrap();
    assert!(finished.recv_timeout(NEVER).is_ok());
}

#[test]
fn errors_are_std_errors_with_messages() {
    fn is_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    let cancelled = TaskError::Cancelled;
    let panicked = TaskError::Panicked("boom".into());
    is_error(&cancelled);
    is_error(&PoolError::ZeroWorkers);
    assert_eq!(
        cancelled.to_string(),
        "the task was cancelled before it started"
    );
    assert_eq!(panicked.to_string(), "the task panicked: boom");
    let spawn = PoolError::Spawn(std::io::Error::other("no threads left"));
    assert!(std::error::Error::source(&spawn).is_some());
    assert!(spawn.to_string().contains("no threads left"));
}

#[test]
fn handles_and_pools_can_move_between_threads() {
    fn is_send_sync<T: Send + Sync>() {}
    is_send_sync::<ThreadPool>();
    is_send_sync::<TaskHandle<String>>();
    let pool = ThreadPool::new(1).unwrap();
    let handle = pool.submit(|| 5);
    let value = thread::spawn(move || handle.result()).join().unwrap();
    assert_eq!(value, Ok(5));
}
