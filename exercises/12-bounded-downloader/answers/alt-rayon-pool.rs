//! Rayon on a pool of its own with `max_concurrent` threads: `par_iter` keeps the URLs' order
//! in what it collects, and the pool's size bounds the downloads at once.

// ANSWER: download-all
let pool = rayon::ThreadPoolBuilder::new()
    .num_threads(max_concurrent)
    .build()
    .expect("the OS could not start the pool's threads");
pool.install(|| urls.par_iter().map(|url| fetch(url)).collect())
// ANSWER_END: download-all

// ANSWER: imports
use rayon::prelude::*;
// ANSWER_END: imports
