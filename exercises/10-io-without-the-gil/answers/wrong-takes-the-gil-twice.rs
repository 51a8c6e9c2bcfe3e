//! It waits with the Gil released, then takes the Gil again for the `append`, though it holds it
//! already: the simulated Gil, like CPython's, is no `RLock`, and the thread waits for itself.
//! caught: bound

// ANSWER: fetch
let mut held = gil.acquire();
let page = held.allow_threads(|| download(name));
let _again = gil.acquire(); // `held` has it already: this waits for ever
results.append(format!("{name}: {page}"));
// ANSWER_END: fetch
