//! `allow_threads` by hand: drop the guard before the wait, acquire the Gil again after it.

// ANSWER: fetch
let held = gil.acquire();
drop(held); // Py_BEGIN_ALLOW_THREADS
let page = download(name);
let held = gil.acquire(); // Py_END_ALLOW_THREADS
results.append(format!("{name}: {page}"));
drop(held);
// ANSWER_END: fetch
