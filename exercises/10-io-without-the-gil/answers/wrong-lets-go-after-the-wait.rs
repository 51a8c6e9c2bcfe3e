//! It lets go of the Gil only once the wait is over, and appends without it: the downloads
//! still wait one after another, and the list is touched without the Gil.
//! caught: forced

// ANSWER: fetch
let held = gil.acquire();
let page = download(name);
drop(held); // the page is here: let the others run
results.append(format!("{name}: {page}"));
// ANSWER_END: fetch
