//! The first feed to close ends the listening, though the other may still have messages to come.
//! caught: assertion

// ANSWER: imports
use crossbeam_channel::{Receiver, select};
// ANSWER_END: imports

// ANSWER: listen
pub fn listen(a: Receiver<u32>, b: Receiver<u32>, idle: Duration) -> Vec<Heard> {
    let mut heard = Vec::new();
    loop {
        select! {
            recv(a) -> message => match message {
                Ok(n) => heard.push(Heard::A(n)),
                Err(_) => break, // one feed is over: so is the listening
            },
            recv(b) -> message => match message {
                Ok(n) => heard.push(Heard::B(n)),
                Err(_) => break,
            },
            default(idle) => { heard.push(Heard::Silence); break; }
        }
    }
    heard
}
// ANSWER_END: listen
