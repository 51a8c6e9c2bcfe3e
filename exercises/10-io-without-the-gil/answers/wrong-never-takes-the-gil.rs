//! It never takes the Gil: the downloads overlap, but the list is touched without it.
//! caught: assertion

// ANSWER: fetch
let _ = gil; // no Gil, no waiting
results.append(format!("{name}: {}", download(name)));
// ANSWER_END: fetch
