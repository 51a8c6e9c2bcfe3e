//! It returns the first answer to arrive, even when that answer is an error. A closed port fails
//! in a millisecond, before any good mirror has answered.
//! caught: assertion

// ANSWER: docs-fetch-first
///
/// The first answer wins.
// ANSWER_END: docs-fetch-first

// ANSWER: fetch-first
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
drop(done);
answers
    .recv()
    .unwrap_or_else(|_| Err("no mirrors to ask".to_string()))
// ANSWER_END: fetch-first
