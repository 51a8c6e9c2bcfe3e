//! Another route: the guard in a block of its own, and a lock poisoned by another thread's panic
//! taken all the same.

// ANSWER: update
{
    let mut guard = data
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let local_val = guard.val;
    pause();
    guard.val = local_val + 1;
} // unlocked here, after the write
// ANSWER_END: update
