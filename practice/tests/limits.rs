//! The runner survives any answer: each limit and each verdict, on real processes. The hostile
//! "answers" are this binary's own `hostile` test, which misbehaves as `PRACTICE_HOSTILE` says
//! when the tests below run it as a child (and does nothing when run on its own).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use practice::check::{Verdict, run_test};

const MIB: u64 = 1024 * 1024;

#[test]
fn hostile() {
    match std::env::var("PRACTICE_HOSTILE").as_deref() {
        Ok("sleep") => std::thread::sleep(Duration::from_secs(3600)),
        Ok("spin") => loop {
            std::hint::spin_loop();
        },
        Ok("grow") => {
            let mut kept: Vec<Vec<u8>> = Vec::new();
            loop {
                kept.push(vec![1; MIB as usize]);
            }
        }
        Ok("flood") => {
            let line = "again and again and again\n".repeat(40_000);
            loop {
                print!("{line}");
            }
        }
        Ok("overflow") => {
            #[allow(unconditional_recursion)]
            fn deeper(n: u64) -> u64 {
                let on_the_stack = [n; 64];
                deeper(n + 1) + on_the_stack[(n % 64) as usize]
            }
            deeper(0);
        }
        Ok("abort") => std::process::abort(),
        Ok("exit") => std::process::exit(0),
        Ok("fail") => {
            println!("printed before the failure");
            assert_eq!(1 + 1, 3, "the reason, whole");
        }
        Ok("orphan") => {
            // A grandchild that would outlive the test, then a hang: nobody waits for it, on
            // purpose; the runner must kill it with the test.
            #[allow(clippy::zombie_processes)]
            let child = std::process::Command::new("sleep")
                .arg("3600")
                .spawn()
                .unwrap();
            println!("grandchild {}", child.id());
            std::thread::sleep(Duration::from_secs(3600));
        }
        _ => {}
    }
}

fn run(kind: &str, time: Duration, memory: u64) -> (Verdict, Duration) {
    let me: PathBuf = std::env::current_exe().unwrap();
    let started = Instant::now();
    let verdict = run_test(&me, "hostile", time, memory, &[("PRACTICE_HOSTILE", kind)]).unwrap();
    (verdict, started.elapsed())
}

#[test]
fn a_hang_is_stopped_at_the_time_limit_and_its_threads_are_shown() {
    // Both hangs at once: each waits out its own time limit.
    let runs = std::thread::scope(|s| {
        let spin = s.spawn(|| run("spin", Duration::from_millis(500), 256 * MIB));
        let sleep = run("sleep", Duration::from_millis(500), 256 * MIB);
        [("sleep", sleep), ("spin", spin.join().unwrap())]
    });
    for (kind, (verdict, took)) in runs {
        let Verdict::Stuck(stuck) = verdict else {
            panic!("{kind}: {verdict:?}")
        };
        assert!(
            took < Duration::from_secs(5),
            "{kind}: stopped late, after {took:?}"
        );
        assert!(
            !stuck.threads.is_empty(),
            "{kind}: its threads, read from /proc"
        );
        let running = stuck.threads.iter().any(|t| t.state == 'R');
        assert_eq!(running, kind == "spin", "{kind}: {:?}", stuck.threads);
    }
}

#[test]
fn memory_past_the_limit_is_out_of_memory() {
    let (verdict, _) = run("grow", Duration::from_secs(20), 64 * MIB);
    assert!(
        matches!(verdict, Verdict::OutOfMemory { limit, .. } if limit == 64 * MIB),
        "{verdict:?}"
    );
}

#[test]
fn a_flood_of_output_is_cut_off() {
    let (verdict, _) = run("flood", Duration::from_secs(20), 256 * MIB);
    let Verdict::Flooded {
        printed, output, ..
    } = verdict
    else {
        panic!("{verdict:?}")
    };
    assert!(printed > 64 * MIB, "{printed}");
    assert!(output.len() < 4096, "only the last lines are kept");
}

#[test]
fn crashes_say_how_the_process_died() {
    for (kind, says) in [
        ("overflow", "stack overflow"),
        ("abort", "abort"),
        ("exit", "process::exit"),
    ] {
        let (verdict, _) = run(kind, Duration::from_secs(20), 256 * MIB);
        let Verdict::Crashed { what, .. } = verdict else {
            panic!("{kind}: {verdict:?}")
        };
        assert!(what.contains(says), "{kind}: {what}");
    }
}

#[test]
fn a_failure_shows_its_reason_whole_then_its_output() {
    let (verdict, _) = run("fail", Duration::from_secs(20), 256 * MIB);
    let Verdict::Failed(failures) = verdict else {
        panic!("{verdict:?}")
    };
    assert!(
        failures[0].reason.contains("the reason, whole"),
        "{failures:?}"
    );
    assert!(failures[0].reason.contains("right: 3"), "{failures:?}");
    assert_eq!(failures[0].output, "printed before the failure");
}

#[test]
fn nothing_it_started_is_left_running() {
    let (verdict, _) = run("orphan", Duration::from_millis(500), 256 * MIB);
    let Verdict::Stuck(stuck) = verdict else {
        panic!("{verdict:?}")
    };
    let pid: u32 = stuck
        .output
        .lines()
        .find_map(|l| l.strip_prefix("grandchild "))
        .and_then(|p| p.trim().parse().ok())
        .expect("the grandchild's pid");
    // Killed with its process group; give the kernel a moment to reap it.
    let gone = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(10));
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map_or(true, |stat| stat.contains(") Z "))
    });
    assert!(gone, "the grandchild {pid} outlived the check");
}

#[test]
fn a_quiet_pass_is_solved() {
    let (verdict, _) = run("", Duration::from_secs(20), 256 * MIB);
    assert!(verdict.solved(), "{verdict:?}");
}
