//! The lesson's tests that may run side by side, as one binary (see the book's conventions).

mod claims;
mod classic_bug;
mod end_to_end;
mod first_completed;
mod pool_api;
mod timelines;
