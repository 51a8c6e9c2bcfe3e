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
    static TRACE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static EXPLORING: RefCell<bool> = const { RefCell::new(false) };
}

/// Notes one step of the execution in progress, behind the name of the (loom) thread that took
/// it. Outside [`explore`], does nothing.
pub fn step(what: impl Into<String>) {
    if !EXPLORING.with(|e| *e.borrow()) {
        return;
    }
    let who = who();
    TRACE.with(|trace| trace.borrow_mut().push(format!("{who}: {}", what.into())));
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
        model();
    });
    EXPLORING.with(|e| *e.borrow_mut() = false);
}

/// At most how many steps [`steps`] shows: the first and the last halves of them.
pub const SHOWN: usize = 40;

/// The steps of the execution in progress, numbered, one a line; past [`SHOWN`], the middle
/// ones are left out (a thread that spins repeats itself).
pub fn steps() -> String {
    TRACE.with(|trace| {
        let trace = trace.borrow();
        let numbered = |n: usize| format!("{:>3}. {}", n + 1, trace[n]);
        if trace.len() <= SHOWN {
            return (0..trace.len())
                .map(numbered)
                .collect::<Vec<_>>()
                .join("\n");
        }
        let (head, tail) = (SHOWN / 2, trace.len() - SHOWN / 2);
        let mut lines: Vec<String> = (0..head).map(numbered).collect();
        lines.push(format!("     … {} more steps …", tail - head));
        lines.extend((tail..trace.len()).map(numbered));
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
