//! Mistakes the compiler refuses, kept as doctests so the errors the chapter shows stay true.
//! The snippets live in `lessons/05-pools/refused/`, where the chapter and the narrator quote
//! them from.
//!
//! A task borrows a local: `submit` requires `'static`, because the task may still be queued
//! when the function that submitted it has returned.
//!
#![doc = concat!("```compile_fail,E0373\n", include_str!("../refused/borrow_a_local.rs"), "```")]
//!
//! The fix: move it in (or share it in an `Arc`).
//!
#![doc = concat!("```\n", include_str!("../refused/move_it_in.rs"), "```")]
//!
//! Submitting after `shutdown`, which Python lets run and then raises `RuntimeError` for:
//! `shutdown` takes `self`, so the pool is gone.
//!
#![doc = concat!("```compile_fail,E0382\n", include_str!("../refused/submit_after_shutdown.rs"), "```")]
//!
//! A second `shutdown`, which does nothing in Python, is refused the same way:
//!
//! ```compile_fail,E0382
//! let pool = pools::ThreadPool::new(2).unwrap();
//! pool.shutdown();
//! pool.shutdown();
//! ```
//!
//! Ignoring what `map` returns is a warning (`#[must_use]`): its results, panics included, are
//! only seen by iterating. Denied here, to show it is there:
//!
//! ```compile_fail
//! #![deny(unused_must_use)]
//! let pool = pools::ThreadPool::new(2).unwrap();
//! pool.map(|n: u32| n * 2, [1, 2, 3]);
//! ```
//!
//! Reading it compiles:
//!
//! ```
//! #![deny(unused_must_use)]
//! let pool = pools::ThreadPool::new(2).unwrap();
//! let doubled: Vec<_> = pool.map(|n: u32| n * 2, [1, 2, 3]).collect();
//! assert_eq!(doubled, [Ok(2), Ok(4), Ok(6)]);
//! ```
