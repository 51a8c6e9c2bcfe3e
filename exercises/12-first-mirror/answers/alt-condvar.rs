//! No channel: the threads put what they got in a shared `Mutex`, and a `Condvar` wakes the
//! caller as each one does, until there is a body or every mirror has failed.

// ANSWER: fetch-first
type Answers = (Option<Vec<u8>>, Vec<String>);
let shared = Arc::new((Mutex::new(Answers::default()), Condvar::new()));
for url in mirrors {
    let (shared, url) = (Arc::clone(&shared), url.clone());
    thread::spawn(move || {
        let answer = fetch(&url);
        let (answers, arrived) = &*shared;
        let mut answers = answers.lock().unwrap();
        match answer {
            Ok(body) => answers.0 = answers.0.take().or(Some(body)),
            Err(why) => answers.1.push(why),
        }
        arrived.notify_one();
    });
}
let (answers, arrived) = &*shared;
let mut answers = arrived
    .wait_while(answers.lock().unwrap(), |(body, failures)| {
        body.is_none() && failures.len() < mirrors.len()
    })
    .unwrap();
match answers.0.take() {
    Some(body) => Ok(body),
    None if mirrors.is_empty() => Err("no mirrors to ask".to_string()),
    None => Err(answers.1.join("; ")),
}
// ANSWER_END: fetch-first

// ANSWER: imports
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
// ANSWER_END: imports
