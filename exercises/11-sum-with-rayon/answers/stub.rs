//! What the learner starts from.

// ANSWER: imports

// ANSWER_END: imports

// ANSWER: sum-on-rayon
let _ = (numbers, &work, rayon::current_num_threads());
todo!("cut the slice into chunks of CHUNK numbers, in parallel, and sum what work returns")
// ANSWER_END: sum-on-rayon
