//! What the learner starts from: the Gil is held while `download` waits, so no other thread can
//! even start its download.

// ANSWER: fetch
let _held = gil.acquire();
let page = download(name);
results.append(format!("{name}: {page}"));
// ANSWER_END: fetch
