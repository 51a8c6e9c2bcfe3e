//! It downloads before it takes the Gil at all, then takes it for the `append` only.

// ANSWER: fetch
let page = download(name);
let _held = gil.acquire();
results.append(format!("{name}: {page}"));
// ANSWER_END: fetch
