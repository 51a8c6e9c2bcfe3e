//! A `compare_exchange` loop that retries with the value it first loaded: once another thread
//! has changed the counter, every retry fails, forever.
//! caught: forced

// ANSWER: add-one
let local = counter.load(Relaxed);
pause();
while counter
    .compare_exchange(local, local + 1, Relaxed, Relaxed)
    .is_err()
{
    std::hint::spin_loop(); // `local` is never brought up to date
}
// ANSWER_END: add-one
