//! Python's way: a thread for each feed forwards its messages to one merged channel, read with
//! `recv_timeout(idle)`. The merged channel closes when both forwarders are done (a forwarder
//! whose feed stays open outlives `listen`, until that feed closes).

// ANSWER: imports
use crossbeam_channel::{Receiver, RecvTimeoutError, unbounded};
// ANSWER_END: imports

// ANSWER: listen
let (merged, all) = unbounded();
for (feed, tag) in [(a, Heard::A as fn(u32) -> Heard), (b, Heard::B)] {
    let merged = merged.clone();
    // Each forwarder ends when its feed closes, or when `listen` has returned.
    std::thread::spawn(move || feed.iter().try_for_each(|n| merged.send(tag(n))));
}
drop(merged);
let mut heard = Vec::new();
loop {
    match all.recv_timeout(idle) {
        Ok(message) => heard.push(message),
        Err(RecvTimeoutError::Disconnected) => return heard,
        Err(RecvTimeoutError::Timeout) => {
            heard.push(Heard::Silence);
            return heard;
        }
    }
}
// ANSWER_END: listen
