//! Every interleaving of the learner's code, model-checked with loom, and the one that broke it
//! shown as numbered steps.
//!
//! The exercise's given code takes its atomics and locks from a `sync` shim that is loom's
//! under `cfg(test)` and std's otherwise, and calls [`step`] to say what each operation did;
//! a grader in the library's own tests (`#[cfg(test)]`, where the shim is loom's) runs the
//! learner's functions under [`explore`].

use std::cell::RefCell;
use std::panic::{self, PanicHookInfo};
use std::sync::Once;

thread_local! {
    // Loom runs every thread of a model on the one OS thread that called `explore`, so this is
    // the trace of the execution in progress.
    // Each step with how many times in a row it was taken: a thread that spins repeats one step
    // until loom gives up, and shows it once.
    static TRACE: RefCell<Vec<(String, usize)>> = const { RefCell::new(Vec::new()) };
    static TAKEN: RefCell<usize> = const { RefCell::new(0) };
    static EXPLORING: RefCell<bool> = const { RefCell::new(false) };
}

/// How many steps one execution may take. A thread that spins, waiting for another that loom
/// (like an unlucky scheduler) does not run, takes steps until loom gives up at 1,000 branches
/// (a load can be two),
/// and loom's own panic there aborts the test's process: this one comes first, and fails the
/// test cleanly.
pub const MOST_STEPS: usize = 200;

/// Notes one step of the execution in progress, behind the name of the (loom) thread that took
/// it. Outside [`explore`], does nothing. Past [`MOST_STEPS`] in one execution, fails it.
pub fn step(what: impl Into<String>) {
    if !EXPLORING.with(|e| *e.borrow()) {
        return;
    }
    let step = format!("{}: {}", who(), what.into());
    TRACE.with(|trace| {
        let mut trace = trace.borrow_mut();
        match trace.last_mut() {
            Some((last, times)) if *last == step => *times += 1,
            _ => trace.push((step, 1)),
        }
    });
    let taken = TAKEN.with(|taken| {
        *taken.borrow_mut() += 1;
        *taken.borrow()
    });
    assert!(
        taken <= MOST_STEPS,
        "one execution took more than {MOST_STEPS} steps: a thread spins, waiting for something \
         only another thread can do, which may not run for a long time (here, never). Do not \
         wait in a loop: return, or block on something that wakes you"
    );
}

fn who() -> String {
    let thread = loom::thread::current();
    if let Some(name) = thread.name() {
        return name.to_string();
    }
    let id = format!("{:?}", thread.id());
    match id.trim_start_matches("ThreadId(").trim_end_matches(')') {
        "0" => "main".to_string(),
        n => format!("thread {n}"),
    }
}

/// Runs `model` under loom, in every interleaving it allows with up to `preemptions` preemptions
/// (the bound the statement states; `None`: all of them). If one execution panics (an assertion
/// of the grader, a deadlock loom finds), the test fails with the message and that execution's
/// steps, numbered.
pub fn explore(preemptions: Option<usize>, model: impl Fn() + Sync + Send + 'static) {
    install_hook();
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = preemptions;
    builder.max_duration = None;
    builder.max_permutations = None;
    EXPLORING.with(|e| *e.borrow_mut() = true);
    builder.check(move || {
        TRACE.with(|trace| trace.borrow_mut().clear());
        TAKEN.with(|taken| *taken.borrow_mut() = 0);
        model();
    });
    EXPLORING.with(|e| *e.borrow_mut() = false);
}

/// How many steps [`steps`] lists at each end of a long execution.
const SHOWN: usize = 30;

/// The steps of the execution in progress, numbered, one a line (the first and last
/// [`SHOWN`] of a long one).
pub fn steps() -> String {
    TRACE.with(|trace| {
        let trace = trace.borrow();
        let line = |n: usize| match &trace[n] {
            (step, 1) => format!("{:>3}. {step}", n + 1),
            (step, times) => format!("{:>3}. {step} (× {times})", n + 1),
        };
        let mut lines: Vec<String> = Vec::new();
        if trace.len() > 2 * SHOWN {
            lines.extend((0..SHOWN).map(line));
            lines.push(format!("     … {} more steps …", trace.len() - 2 * SHOWN));
            lines.extend((trace.len() - SHOWN..trace.len()).map(line));
        } else {
            lines.extend((0..trace.len()).map(line));
        }
        lines.join("\n")
    })
}

fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info: &PanicHookInfo<'_>| {
            if !EXPLORING.with(|e| *e.borrow()) {
                return previous(info);
            }
            let message = explained(crate::payload_text(info.payload()));
            let place = info.location().map(|l| format!(" at {l}")).unwrap_or_default();
            let name = std::thread::current().name().unwrap_or("<unnamed>").to_string();
            eprintln!(
                "thread '{name}' panicked{place}:\n{message}\n\nthe interleaving that broke it:\n{}",
                steps()
            );
        }));
    });
}

/// Loom's own messages for a model that never ends, said in the course's words.
fn explained(message: String) -> String {
    if message.starts_with("deadlock;") {
        format!(
            "every thread of the model is blocked, for good: each waits for a wake-up that was \
             lost or never sent, or for a lock that is never released (loom: {message})"
        )
    } else if message.starts_with("Model exceeded maximum number of branches") {
        "a thread of the model never stops: it loops, waiting for a change that cannot come \
         (loom gave up after too many steps)"
            .to_string()
    } else {
        message
    }
}
