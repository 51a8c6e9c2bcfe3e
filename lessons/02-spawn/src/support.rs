//! Choreography the chapter does not show: a recursion that uses stack on purpose, and the child
//! process in which a thread overflows a small stack (an overflow aborts the whole process, so
//! the lesson runs it in a copy of itself).

use std::io;
use std::time::Duration;

use timing::Finished;
use timing::scenario::{Handler, Scenario};

use crate::spawn_sized;

/// Levels the "Builder" demonstrations recurse, about 1 KiB of stack each.
pub const DEPTH: u32 = 1000;

/// The scenario that recurses [`DEPTH`] levels on a thread with a 64 KiB stack.
pub const SMALL_STACK: &str = "small-stack";

/// Recurses `depth` levels, keeping a 1 KiB array alive in each frame; returns `depth`.
pub fn recurse(depth: u32) -> u32 {
    if depth == 0 {
        return 0;
    }
    let frame = [depth as u8; 1024];
    std::hint::black_box(&frame); // the optimiser may not drop the array...
    let below = recurse(depth - 1);
    std::hint::black_box(&frame); // ...which lives across the call
    below + 1
}

/// The scenarios this lesson runs in a child process, for `timing::scenario::main`.
pub const SCENARIOS: &[(&str, Handler)] = &[(SMALL_STACK, small_stack)];

/// Scenario [`SMALL_STACK`]: recurses [`DEPTH`] levels on a thread with a 64 KiB stack. The
/// stack overflows and the process aborts, so the last line is never printed.
fn small_stack(_: &Scenario) {
    println!("recursing {DEPTH} levels on a thread with a 64 KiB stack...");
    let outcome = spawn_sized("small-stack", 64 << 10, DEPTH);
    println!("unreachable: {outcome:?}");
}

/// Runs this program again in the [`SMALL_STACK`] scenario, killing it if it hangs.
pub fn small_stack_in_a_child() -> io::Result<Finished> {
    let exe = timing::scenario::this_program();
    timing::scenario::run(&exe, SMALL_STACK, &[], Duration::from_secs(20))
}

/// Prints what a child wrote, each line behind `child│`, and how it ended.
pub fn show_child(run: &Finished) {
    timing::narrate::child(run);
    match run.status {
        Some(status) => println!("  child ended with {status}"),
        None => println!("  child did not finish in time and was killed"),
    }
}
