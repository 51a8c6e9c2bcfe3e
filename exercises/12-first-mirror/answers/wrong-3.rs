//! It never drops its own `Sender`, so when every mirror has failed the channel is never closed
//! and the loop waits for an answer that cannot come.
//! caught: assertion

// ANSWER: docs-fetch-first
///
/// One thread per mirror, answers through a channel.
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
