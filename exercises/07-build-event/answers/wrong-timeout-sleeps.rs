//! `wait_timeout` sleeps the whole timeout with `thread::sleep`, then looks: a `set` meanwhile
//! does not end the wait.
//! caught: bound

// ANSWER: wait-timeout
if self.is_set() {
    return true;
}
std::thread::sleep(timeout);
self.is_set()
// ANSWER_END: wait-timeout
