//! It counts the answers instead of waiting for the channel to close: one `recv` per mirror,
//! so its own `Sender` may stay alive (a crossbeam channel, here).

// ANSWER: fetch-first
let (sender, receiver) = crossbeam_channel::unbounded();
for url in mirrors {
    let (sender, url) = (sender.clone(), url.clone());
    thread::spawn(move || sender.send(fetch(&url)));
}
let mut failures = Vec::new();
for _ in mirrors {
    match receiver.recv().expect("this function holds a sender") {
        Ok(body) => return Ok(body),
        Err(why) => failures.push(why),
    }
}
Err(format!("no mirror has it: [{}]", failures.join(", ")))
// ANSWER_END: fetch-first

// ANSWER: imports
use std::thread;
// ANSWER_END: imports
