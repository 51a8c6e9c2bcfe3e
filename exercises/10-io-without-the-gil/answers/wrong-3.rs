//! It releases the Gil around the wait *and* the `append`, so Python objects are touched without
//! the Gil.
//! caught: assertion

// ANSWER: fetch
pub fn fetch(gil: &Gil, name: &str, download: impl FnOnce(&str) -> String, results: &PyList) {
    let mut held = gil.acquire();
    held.allow_threads(|| {
        let page = download(name);
        results.append(format!("{name}: {page}"));
    });
}
// ANSWER_END: fetch
