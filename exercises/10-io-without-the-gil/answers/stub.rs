//! What the learner starts from.

// ANSWER: fetch
///
/// It holds the Gil while `download` waits, so no other thread can even start its download:
/// fix it.
pub fn fetch(gil: &Gil, name: &str, download: impl FnOnce(&str) -> String, results: &PyList) {
    let _held = gil.acquire();
    let page = download(name);
    results.append(format!("{name}: {page}"));
}
// ANSWER_END: fetch
