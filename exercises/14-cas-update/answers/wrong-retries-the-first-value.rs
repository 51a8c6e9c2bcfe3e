//! It retries, but always expects the value it first read. Once another thread has written,
//! every swap fails: it spins for ever.
//! caught: bound

// ANSWER: update
let first = val.load(Relaxed);
let mut attempts = 0;
while val
    .compare_exchange(first, work(first), Relaxed, Relaxed)
    .is_err()
{
    attempts += 1;
}
attempts
// ANSWER_END: update
