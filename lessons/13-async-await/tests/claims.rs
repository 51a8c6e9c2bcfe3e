//! Every claim lesson 13 makes, asserted. (Claims read from a timeline are in timelines.rs.)

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use async_await::downloads::{client, download_all};
use async_await::support::{self, Kind, Sleepers};
use async_await::*;
use io_bound::{DownloadError, ImageServer, ServerConfig, closed_port_url};
use timing::{process_exists, timed};

const EXE: &str = env!("CARGO_BIN_EXE_async-await");
const PAUSE: Duration = Duration::from_millis(100);

/// Runs `future` on a one-thread runtime whose clock is paused (tokio's `test-util`): when every
/// task waits, the clock jumps to the next timer. Sleeps cost no real time and the time
/// measured is exact, so a claim about how tasks share the waits holds on any machine, busy or
/// not. (`gather_two` builds its own runtime, on the real clock.)
fn on_paused_clock<F: Future>(future: F) -> (F::Output, Duration) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    runtime.block_on(async {
        let start = tokio::time::Instant::now();
        let output = future.await;
        (output, start.elapsed())
    })
}

#[test]
fn a_future_does_nothing_until_it_is_awaited() {
    let ran = AtomicBool::new(false);
    run(async {
        let future = async { ran.store(true, Ordering::SeqCst) };
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!ran.load(Ordering::SeqCst), "it ran before the .await");
        future.await;
        assert!(ran.load(Ordering::SeqCst));
    });
    assert_eq!(run(lazy(Duration::from_millis(1))), "lazy");
}

#[test]
fn join_and_spawn_run_two_sleepers_at_once() {
    let (names, took) = timed(|| gather_two(PAUSE));
    assert_eq!(names, ("first", "second"));
    assert!(took >= PAUSE && took < PAUSE * 2, "{took:?}");
    let (names, took) = on_paused_clock(spawn_two(PAUSE));
    assert_eq!(names, ["first", "second"]);
    assert_eq!(took, PAUSE, "the two sleeps are one wait");
}

#[test]
fn gather_keeps_input_order_and_as_completed_gives_finishing_order() {
    let pauses = [300, 100, 200];
    let (gathered, took) = on_paused_clock(gather(&pauses));
    assert_eq!(gathered, pauses);
    assert_eq!(
        took,
        Duration::from_millis(300),
        "they overlap: the longest wait"
    );
    let (finished, took) = on_paused_clock(as_completed(&pauses));
    assert_eq!(finished, [100, 200, 300]);
    assert_eq!(took, Duration::from_millis(300));
}

fn events(rx: &mpsc::Receiver<&'static str>) -> Vec<&'static str> {
    rx.try_iter().collect()
}

#[test]
fn a_timeout_drops_the_job_at_its_await_and_its_destructor_runs() {
    let (tx, rx) = mpsc::channel();
    let (outcome, took) = timed(|| run(cancel::wait_for(PAUSE / 4, PAUSE * 10, tx)));
    assert!(outcome.is_err(), "Elapsed");
    assert!(took < PAUSE * 5, "it did not wait for the job: {took:?}");
    assert_eq!(events(&rx), ["started", "cleanup ran"]);

    let (tx, rx) = mpsc::channel();
    assert_eq!(run(cancel::wait_for(PAUSE * 5, PAUSE / 4, tx)), Ok(42));
    assert_eq!(events(&rx), ["started", "finished", "cleanup ran"]);
}

#[test]
fn abort_cancels_a_task_and_its_destructor_runs_before_the_handle_resolves() {
    let (tx, rx) = mpsc::channel();
    let (cancelled, took) = timed(|| run(cancel::abort(PAUSE * 10, tx)));
    assert!(cancelled);
    assert!(took < PAUSE * 5, "{took:?}");
    assert_eq!(events(&rx), ["started", "cleanup ran"]);
}

#[test]
fn an_aborted_task_is_dropped_before_its_handle_resolves() {
    let (tx, rx) = mpsc::channel();
    run(async {
        let task = tokio::spawn(cancel::slow_job(PAUSE * 50, tx));
        tokio::task::yield_now().await;
        task.abort();
        assert!(task.await.unwrap_err().is_cancelled());
        assert_eq!(events(&rx), ["started", "cleanup ran"], "already dropped");
    });
}

#[test]
fn a_task_aborted_before_it_ran_runs_nothing() {
    let (tx, rx) = mpsc::channel();
    run(async {
        let task = tokio::spawn(cancel::slow_job(PAUSE * 50, tx));
        task.abort(); // on a current-thread runtime, it has not been polled yet
        assert!(task.await.unwrap_err().is_cancelled());
    });
    assert_eq!(events(&rx), Vec::<&str>::new());
}

#[test]
fn dropping_a_join_handle_does_not_cancel_the_task() {
    let (tx, rx) = mpsc::channel();
    assert_eq!(run(cancel::detach(PAUSE / 4, tx)), 42);
    assert_eq!(events(&rx), ["started", "finished", "cleanup ran"]);
}

#[test]
fn select_drops_the_future_that_lost() {
    let (tx, rx) = mpsc::channel();
    assert_eq!(
        run(cancel::first_of(PAUSE / 4, PAUSE * 50, tx)),
        "the timer"
    );
    assert_eq!(events(&rx), ["started", "cleanup ran"]);
    let (tx, rx) = mpsc::channel();
    assert_eq!(run(cancel::first_of(PAUSE * 50, PAUSE / 4, tx)), "the job");
    assert_eq!(events(&rx), ["started", "finished", "cleanup ran"]);
}

#[test]
fn dropping_a_join_set_aborts_its_tasks() {
    let (tx, rx) = mpsc::channel();
    run(async {
        let mut set = tokio::task::JoinSet::new();
        set.spawn(cancel::slow_job(PAUSE * 50, tx));
        tokio::task::yield_now().await;
        drop(set);
        tokio::time::sleep(PAUSE / 10).await; // the runtime is still running: no shutdown yet
        assert_eq!(events(&rx), ["started", "cleanup ran"]);
    });
}

#[test]
fn when_the_runtime_shuts_down_a_task_still_running_is_dropped() {
    let (tx, rx) = mpsc::channel();
    run(async {
        drop(tokio::spawn(cancel::slow_job(PAUSE * 50, tx)));
        tokio::task::yield_now().await; // let it start; then `run` returns and drops the runtime
    });
    assert_eq!(events(&rx), ["started", "cleanup ran"]);
}

#[test]
fn the_queue_delivers_everything_in_order_and_ends_when_the_sender_is_dropped() {
    let received = run(queue::produce_and_consume(6, 2, Duration::from_millis(5)));
    assert_eq!(received, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn send_waits_while_the_channel_is_full() {
    run(async {
        let (tx, _rx) = tokio::sync::mpsc::channel(2);
        tx.send(1).await.unwrap();
        tx.send(2).await.unwrap();
        let third = tokio::time::timeout(Duration::from_millis(50), tx.send(3)).await;
        assert!(third.is_err(), "a full channel makes send wait");
    });
}

#[test]
fn ten_thousand_tasks_finish_within_a_generous_bound_of_one_sleep() {
    let pause = Duration::from_millis(100);
    let (done, took) = timed(|| run(sleepers::sleep_on_tasks(10_000, pause)));
    assert_eq!(done, 10_000);
    // One after another they would take 17 minutes.
    assert!(
        took >= pause && took < pause + Duration::from_secs(3),
        "{took:?}"
    );
}

#[test]
fn a_thousand_threads_finish_within_a_generous_bound_of_one_sleep() {
    let (done, took) = timed(|| sleepers::sleep_on_threads(1_000, PAUSE));
    if let (started, Some(refused)) = done {
        println!(
            "skipped: the OS refused thread {} of 1000: {refused}",
            started + 1
        );
        return;
    }
    assert_eq!(done.0, 1_000);
    assert!(
        took >= PAUSE && took < PAUSE + Duration::from_secs(5),
        "{took:?}"
    );
}

fn in_child(kind: Kind, n: usize, pause_ms: u64) -> Sleepers {
    support::measure_in_child(Path::new(EXE), kind, n, pause_ms).unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn threads_pay_for_a_stack_each_and_tasks_do_not() {
    let n = 2_000;
    // Each child's peak memory is its own: the two run at the same time.
    let (threads, tasks) = std::thread::scope(|s| {
        let threads = s.spawn(|| in_child(Kind::Threads, n, 200));
        let tasks = in_child(Kind::Tasks, n, 200);
        (threads.join().unwrap(), tasks)
    });
    assert_eq!(tasks.started, n);
    if let Some(refused) = &threads.refused {
        println!(
            "skipped: the OS refused thread {}: {refused}",
            threads.started + 1
        );
        return;
    }
    assert!(
        threads.rss_before_kib > 0 && tasks.rss_before_kib > 0,
        "VmHWM was read"
    );
    // At least one 4 KiB page of stack each, touched by the thread that runs on it.
    assert!(threads.added_kib() >= 4 * n as u64, "{threads:?}");
    assert!(
        tasks.added_kib() * 4 < threads.added_kib(),
        "{tasks:?} vs {threads:?}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn when_the_os_refuses_a_thread_the_lesson_says_so_instead_of_failing() {
    // 1 GiB stacks (RUST_MIN_STACK) in 8 GB of address space: a handful fit, not 10,000. The
    // OS refuses a stack while gigabytes less than one stack remain, so the threads already
    // started still find the little memory they need.
    let script = "ulimit -v 8000000 && exec \"$0\" --scenario threads 10000 100";
    let run = timing::run_with_timeout(
        Command::new("sh")
            .args(["-c", script, EXE])
            .env("RUST_MIN_STACK", "1073741824"),
        Duration::from_secs(60),
    )
    .unwrap();
    assert!(run.success(), "{run:?}");
    let seen: Sleepers = timing::scenario::reports(run.stdout.as_bytes())
        .next()
        .expect("the child reported");
    assert!(seen.started > 0 && seen.started < 10_000, "{seen:?}");
    assert!(seen.refused.is_some(), "{seen:?}");
    assert_ne!(process_exists(run.pid), Some(true));
}

fn server(images: usize, latency: Duration) -> ImageServer {
    ImageServer::start(ServerConfig {
        images,
        image_bytes: 4096,
        latency,
    })
    .unwrap()
}

#[test]
fn every_url_gets_its_own_result_and_a_failure_is_a_value() {
    let server = server(2, Duration::from_millis(10));
    let urls = vec![
        server.image_url(0),
        server.missing_url(),
        closed_port_url().unwrap(),
        server.stall_url(),
        server.image_url(1),
    ];
    // Long enough for the good downloads on a busy machine (the other tests of this binary run
    // beside it); the stall waits for all of it.
    let client = client(Duration::from_secs(1)).unwrap();
    let results = support::one_thread().block_on(download_all(&client, &urls, 4));
    assert_eq!(results[0], Ok(4096));
    assert_eq!(results[1], Err(DownloadError::Status(404)));
    assert_eq!(results[2], Err(DownloadError::Refused));
    assert_eq!(results[3], Err(DownloadError::TimedOut));
    assert_eq!(results[4], Ok(4096));
    server.shutdown();
}

#[test]
fn the_async_downloader_never_exceeds_its_bound_and_reaches_it() {
    let server = server(16, Duration::from_millis(60));
    let client = client(Duration::from_secs(30)).unwrap();
    let urls = server.image_urls();
    let results = support::one_thread().block_on(download_all(&client, &urls, 4));
    assert!(results.iter().all(|r| r.is_ok()), "{results:?}");
    let report = server.shutdown();
    assert_eq!(report.requests, 16);
    assert_eq!(
        report.peak_open, 4,
        "the server's own count: at most 4, and 4 did happen"
    );
}

#[test]
fn holding_a_tokio_mutex_across_an_await_makes_the_tasks_take_turns() {
    let pause = PAUSE;
    let total = Arc::new(std::sync::Mutex::new(0));
    let ((), took) = on_paused_clock(async {
        let tasks: Vec<_> = (0..4)
            .map(|_| tokio::spawn(locks::add_with_std_mutex(Arc::clone(&total), pause)))
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
    });
    assert_eq!(*total.lock().unwrap(), 4);
    assert_eq!(
        took, pause,
        "the std lock is held for an instant: the sleeps overlap"
    );

    let total = Arc::new(tokio::sync::Mutex::new(0));
    let ((), took) = on_paused_clock(async {
        let tasks: Vec<_> = (0..4)
            .map(|_| tokio::spawn(locks::add_with_tokio_mutex(Arc::clone(&total), pause)))
            .collect();
        for task in tasks {
            task.await.unwrap();
        }
    });
    assert_eq!(*total.blocking_lock(), 4);
    assert_eq!(took, pause * 4, "held across the sleep: one at a time");
}

#[test]
fn without_the_rc_across_the_await_the_task_can_be_spawned() {
    let len = run(async { tokio::spawn(locks::rc_before_await(Duration::ZERO)).await });
    assert_eq!(len.unwrap(), 2);
}
