//! Another route: `set` rings while it still holds the lock, and every lock survives a panic
//! elsewhere (`PoisonError::into_inner`).

// ANSWER: clear
*self
    .flag
    .lock()
    .unwrap_or_else(std::sync::PoisonError::into_inner) = false;
// ANSWER_END: clear

// ANSWER: is-set
*self
    .flag
    .lock()
    .unwrap_or_else(std::sync::PoisonError::into_inner)
// ANSWER_END: is-set

// ANSWER: set
let mut flag = self
    .flag
    .lock()
    .unwrap_or_else(std::sync::PoisonError::into_inner);
*flag = true;
self.changed.notify_all();
// ANSWER_END: set
