//! It lets go of the Gil only once the wait is over, and appends without it.
//! caught: assertion

// ANSWER: fetch
pub fn fetch(gil: &Gil, name: &str, download: impl FnOnce(&str) -> String, results: &PyList) {
    let held = gil.acquire();
    let page = download(name);
    drop(held); // the page is here: let the others run
    results.append(format!("{name}: {page}"));
}
// ANSWER_END: fetch
