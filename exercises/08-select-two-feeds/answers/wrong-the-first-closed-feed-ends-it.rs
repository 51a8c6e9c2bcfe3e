//! The first feed to close ends the listening, though the other may still have messages to
//! come.
//! caught: forced

// ANSWER: imports
use crossbeam_channel::{Receiver, select};
// ANSWER_END: imports

// ANSWER: listen
let mut heard = Vec::new();
loop {
    let next = select! {
        recv(a) -> message => message.map(Heard::A),
        recv(b) -> message => message.map(Heard::B),
        default(idle) => Ok(Heard::Silence),
    };
    match next {
        Ok(Heard::Silence) => break heard.push(Heard::Silence),
        Ok(message) => heard.push(message),
        Err(_) => break, // one feed is over: so is the listening
    }
}
heard
// ANSWER_END: listen
