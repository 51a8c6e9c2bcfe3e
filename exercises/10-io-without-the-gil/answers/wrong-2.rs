//! It never takes the Gil, so the downloads overlap but the list is touched without it.
//! caught: assertion

// ANSWER: fetch
pub fn fetch(gil: &Gil, name: &str, download: impl FnOnce(&str) -> String, results: &PyList) {
    let _ = gil; // no Gil, no waiting
    let page = download(name);
    results.append(format!("{name}: {page}"));
}
// ANSWER_END: fetch
