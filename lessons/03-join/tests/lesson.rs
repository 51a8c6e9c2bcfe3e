//! The lesson's test files, as one test binary: libtest runs their tests side by side (see the
//! book's conventions).

mod claims;
mod end_to_end;
mod timelines;
