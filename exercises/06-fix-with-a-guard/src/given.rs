//! Given: leave this file as it is.

/// Seed 003's `Data`: one value that threads add one to.
#[derive(Debug, Default)]
pub struct Data {
    /// The seed's `self.val`.
    pub val: usize,
}
