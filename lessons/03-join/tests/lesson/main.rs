//! The lesson's tests that may run side by side, as one binary (see the book's conventions).

mod claims;
mod end_to_end;
mod timelines;
