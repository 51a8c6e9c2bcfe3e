//! A verdict in words a Python developer reads at once.

use std::fmt::Write;

use crate::check::{Stuck, Verdict};
use crate::limits::bytes;

/// What usually makes a check hang, when the exercise names nothing more precise.
pub const USUAL_HANGS: [&str; 3] = [
    "a `join` on a thread that waits for a message whose `Sender` you still hold (Python: \
     `queue.get()` with nobody left to `put`)",
    "two locks taken in opposite orders by two threads (Python: `with a: with b:` here and \
     `with b: with a:` there)",
    "a `while not flag: pass` loop that nothing ever ends",
];

/// The verdict's text: a first line with ✓ or ✗, then what helps.
pub fn render(verdict: &Verdict, hangs: &[String]) -> String {
    let mut text = String::new();
    let out = &mut text;
    match verdict {
        Verdict::Solved { threads } => {
            let _ = writeln!(out, "✓ solved: every test passes.");
            if let Some(chart) = threads {
                let _ = write!(out, "\nyour threads:\n{chart}\n");
            }
        }
        Verdict::DoesNotCompile(errors) => {
            let _ = write!(out, "✗ it does not compile yet:\n\n{}\n", cap(errors, 60));
        }
        Verdict::Failed(failures) => {
            let _ = writeln!(out, "✗ not yet: {} test(s) fail.", failures.len());
            for failure in failures {
                let _ = write!(out, "\n---- {} ----\n{}\n", failure.test, failure.reason);
                if !failure.output.is_empty() {
                    let _ = write!(out, "what it printed:\n{}\n", indent(&failure.output));
                }
            }
        }
        Verdict::Stuck(stuck) => stuck_text(out, stuck, hangs),
        Verdict::OutOfMemory {
            test,
            limit,
            output,
        } => {
            let _ = write!(
                out,
                "✗ out of memory: test `{test}` tried to use more than {} and was stopped.\n\
                 Something grows without end: a list appended to in a loop that never stops, \
                 or a queue that is filled faster than it is emptied (Python would raise \
                 MemoryError, or swap).\n",
                bytes(*limit)
            );
            last(out, output);
        }
        Verdict::Crashed { test, what, output } => {
            let _ = writeln!(out, "✗ crashed: test `{test}` died: {what}.");
            last(out, output);
        }
        Verdict::Flooded {
            test,
            printed,
            output,
        } => {
            let _ = writeln!(
                out,
                "✗ too much output: test `{test}` printed {} and was stopped. A `println!` in \
                 a loop that never ends?",
                bytes(*printed)
            );
            last(out, output);
        }
    }
    text
}

fn stuck_text(out: &mut String, stuck: &Stuck, hangs: &[String]) {
    let _ = writeln!(
        out,
        "✗ did not finish: test `{}` was still running when the check's {} s were up, and was \
         stopped.",
        stuck.test,
        stuck.limit.as_secs()
    );
    if !stuck.threads.is_empty() {
        let _ = writeln!(out, "\nwhat its threads were doing when it was stopped:");
        for thread in &stuck.threads {
            let _ = writeln!(out, "  {:<16} {}", thread.name, thread.doing());
        }
    }
    if !stuck.open_spans.is_empty() {
        let _ = writeln!(out, "\nstarted and never ended:");
        for (thread, label) in &stuck.open_spans {
            let _ = writeln!(out, "  {thread:<16} {label}");
        }
    }
    let _ = writeln!(out, "\nthe usual causes here:");
    let causes: Vec<&str> = match hangs.is_empty() {
        true => USUAL_HANGS.to_vec(),
        false => hangs.iter().map(String::as_str).collect(),
    };
    for cause in causes {
        let _ = writeln!(out, "  - {cause}");
    }
    last(out, &stuck.output);
}

fn last(out: &mut String, output: &str) {
    if !output.trim().is_empty() {
        let _ = write!(out, "\nthe last it printed:\n{}\n", indent(output));
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn cap(text: &str, most: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    match lines.len() > most {
        true => format!(
            "{}\n… {} more lines",
            lines[..most].join("\n"),
            lines.len() - most
        ),
        false => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::limits::ThreadState;

    #[test]
    fn a_hang_names_the_threads_the_open_spans_and_the_causes() {
        let stuck = Stuck {
            test: "dinner_ends".into(),
            limit: Duration::from_secs(15),
            threads: vec![ThreadState {
                name: "philosopher-0".into(),
                state: 'S',
                wchan: "futex_wait_queue".into(),
            }],
            open_spans: vec![("philosopher-0".into(), "left fork".into())],
            output: String::new(),
        };
        let text = render(
            &Verdict::Stuck(Box::new(stuck)),
            &["forks in a circle".into()],
        );
        assert!(
            text.starts_with("✗ did not finish: test `dinner_ends`"),
            "{text}"
        );
        assert!(
            text.contains("philosopher-0    blocked on a lock"),
            "{text}"
        );
        assert!(text.contains("philosopher-0    left fork"), "{text}");
        assert!(text.contains("  - forks in a circle"), "{text}");
        assert!(
            !text.contains("never ends"),
            "the exercise's causes replace the usual ones"
        );
    }
}
