//! It asks the mirrors one after another, on the calling thread: a mirror that never answers
//! holds up every mirror after it.
//! caught: bound

// ANSWER: fetch-first
let mut failures = Vec::new();
let first = mirrors
    .iter()
    .find_map(|url| fetch(url).map_err(|why| failures.push(why)).ok());
first.ok_or_else(|| format!("every mirror failed: {}", failures.join("; ")))
// ANSWER_END: fetch-first
