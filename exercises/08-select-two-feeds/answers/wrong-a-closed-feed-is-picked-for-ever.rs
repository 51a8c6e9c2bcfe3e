//! It skips a closed feed's `Err` and selects again. A closed channel is always ready, so
//! `select!` keeps picking it, `default(idle)` never fires, and once both feeds are closed the
//! loop spins for ever.
//! caught: bound

// ANSWER: imports
use crossbeam_channel::{Receiver, select};
// ANSWER_END: imports

// ANSWER: listen
let mut heard = Vec::new();
loop {
    select! {
        recv(a) -> message => if let Ok(n) = message { heard.push(Heard::A(n)) },
        recv(b) -> message => if let Ok(n) = message { heard.push(Heard::B(n)) },
        default(idle) => break heard.push(Heard::Silence),
    }
}
heard
// ANSWER_END: listen
