//! It releases the Gil around the wait *and* the `append`: a Python object is touched by a
//! thread that does not hold the Gil.
//! caught: assertion

// ANSWER: fetch
gil.acquire().allow_threads(|| {
    let page = download(name);
    results.append(format!("{name}: {page}"));
});
// ANSWER_END: fetch
