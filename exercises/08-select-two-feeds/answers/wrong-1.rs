//! It skips a closed feed's `Err` and selects again. A closed channel is always ready, so
//! `select!` keeps picking it, `default(idle)` never fires, and the loop spins forever once both
//! feeds are closed.
//! caught: assertion

// ANSWER: imports
use crossbeam_channel::{Receiver, select};
// ANSWER_END: imports

// ANSWER: listen
pub fn listen(a: Receiver<u32>, b: Receiver<u32>, idle: Duration) -> Vec<Heard> {
    let mut heard = Vec::new();
    loop {
        select! {
            recv(a) -> message => if let Ok(n) = message { heard.push(Heard::A(n)) },
            recv(b) -> message => if let Ok(n) = message { heard.push(Heard::B(n)) },
            default(idle) => { heard.push(Heard::Silence); break; }
        }
    }
    heard
}
// ANSWER_END: listen
