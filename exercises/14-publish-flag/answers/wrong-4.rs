//! Half a fix. The store is `Release`, the load still `Relaxed`: nothing pairs with the release.
//! caught: assertion

// ANSWER: receive
if self.ready.load(Relaxed) {
    Some(self.data.load(Relaxed))
} else {
    None
}
// ANSWER_END: receive
