//! Exercise 12-first-mirror: ask every mirror at once and keep the first good answer, without
//! waiting for the slow ones. `cargo run -p practice -- check 12-first-mirror` checks it.

// ANSWER: imports
use std::sync::mpsc;
use std::thread;
// ANSWER_END: imports

mod given;
pub use given::fetch;

/// Asks every mirror for the same file at once, with [`fetch`], and returns the first body that
/// arrives, as soon as it arrives: it does not wait for the other mirrors, which may be slow or
/// never answer at all. A failure is not an answer. If every mirror fails, the `Err` names each
/// failure.
pub fn fetch_first(mirrors: &[String]) -> Result<Vec<u8>, String> {
    // ANSWER: fetch-first
    // Like Python's `as_completed` and `pool.shutdown(wait=False)`: answers come out of the
    // channel in the order they finish, and the threads still fetching finish on their own.
    let (done, answers) = mpsc::channel();
    for (i, url) in mirrors.iter().enumerate() {
        let (done, url) = (done.clone(), url.clone());
        thread::Builder::new()
            .name(format!("mirror-{i}"))
            .spawn(move || {
                let _ = done.send(fetch(&url)); // nobody may listen any more: that is fine
            })
            .expect("the OS could not start a thread");
    }
    drop(done); // only the threads hold senders now: the loop ends once every one has answered
    let mut errors = Vec::new();
    for answer in answers {
        match answer {
            Ok(body) => return Ok(body),
            Err(error) => errors.push(error),
        }
    }
    Err(if errors.is_empty() {
        "no mirrors to ask".to_string()
    } else {
        errors.join("; ")
    })
    // ANSWER_END: fetch-first
}
