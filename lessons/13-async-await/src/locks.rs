//! What the compiler checks across an `.await`: a task that `tokio::spawn` may move to another
//! thread must be `Send` at every `.await`, so an `Rc` or a `std::sync::MutexGuard` alive there
//! does not compile. And which mutex to use in async code.
//!
//! An `Rc` held across an `.await` in a spawned task:
//!
//! ```compile_fail
//! use std::rc::Rc;
//! use std::time::Duration;
//!
//! async_await::run(async {
//!     let task = tokio::spawn(async {
//!         let names = Rc::new(vec!["a", "b"]);
//!         tokio::time::sleep(Duration::from_millis(1)).await; // `names` is alive here
//!         names.len()
//!     });
//!     task.await.unwrap()
//! });
//! ```
//!
//! A `std::sync::MutexGuard` held across an `.await` in a spawned task:
//!
//! ```compile_fail
//! use std::sync::{Arc, Mutex};
//! use std::time::Duration;
//!
//! let total = Arc::new(Mutex::new(0));
//! async_await::run(async move {
//!     let task = tokio::spawn(async move {
//!         let mut guard = total.lock().unwrap();
//!         tokio::time::sleep(Duration::from_millis(1)).await; // the guard is alive here
//!         *guard += 1;
//!     });
//!     task.await.unwrap()
//! });
//! ```
//!
//! The same imports and calls compile once nothing `!Send` is alive at the `.await`:
//!
//! ```
//! use std::rc::Rc;
//! use std::sync::{Arc, Mutex};
//! use std::time::Duration;
//!
//! let total = Arc::new(Mutex::new(0));
//! let len = async_await::run(async move {
//!     let task = tokio::spawn(async move {
//!         let len = Rc::new(vec!["a", "b"]).len(); // the Rc is gone at the `;`
//!         tokio::time::sleep(Duration::from_millis(1)).await;
//!         *total.lock().unwrap() += 1; // the guard is gone at the `;`
//!         len
//!     });
//!     task.await.unwrap()
//! });
//! assert_eq!(len, 2);
//! ```

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

// ANCHOR: rc_fixed
/// The fix for an `Rc` across an `.await`: let it go before the `.await` (or share an `Arc`).
pub async fn rc_before_await(pause: Duration) -> usize {
    let len = {
        let names = Rc::new(vec!["a", "b"]);
        names.len()
    }; // the Rc is dropped here
    tokio::time::sleep(pause).await;
    len
}
// ANCHOR_END: rc_fixed

// ANCHOR: std_mutex
/// `std::sync::Mutex` in async code: lock, change, unlock, all between two `.await`s.
pub async fn add_with_std_mutex(total: Arc<std::sync::Mutex<u64>>, pause: Duration) {
    tokio::time::sleep(pause).await;
    *total.lock().unwrap() += 1; // the guard is a temporary, gone at the `;`
}
// ANCHOR_END: std_mutex

// ANCHOR: tokio_mutex
/// `tokio::sync::Mutex` (`asyncio.Lock`): its guard may live across an `.await`. A task that
/// wants it meanwhile waits without blocking its thread.
pub async fn add_with_tokio_mutex(total: Arc<tokio::sync::Mutex<u64>>, pause: Duration) {
    let mut guard = total.lock().await;
    tokio::time::sleep(pause).await; // held across the wait: the others queue up
    *guard += 1;
}
// ANCHOR_END: tokio_mutex
