//! It never drops its own `Sender`, so when every mirror has failed the channel stays open and
//! the loop waits for an answer that cannot come.
//! caught: bound

// ANSWER: fetch-first
let (done, answers) = mpsc::channel::<Result<Vec<u8>, String>>();
for url in mirrors.iter().cloned() {
    let done = done.clone();
    thread::spawn(move || done.send(fetch(&url)));
}
let mut errors = vec![];
while let Ok(answer) = answers.recv() {
    match answer {
        Ok(body) => return Ok(body),
        Err(error) => errors.push(error),
    }
}
Err(errors.join("; "))
// ANSWER_END: fetch-first

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports
