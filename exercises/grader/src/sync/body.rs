// The body of `sync::os` and `sync::modelled` (see `sync.rs`): `base` is std's `sync` or loom's,
// `MODELLED` says which.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::Ordering::{self, SeqCst};
use std::sync::atomic::{AtomicBool, AtomicUsize as Count};
use std::sync::{LockResult, PoisonError, TryLockError, TryLockResult};
use std::time::{Duration, Instant};

use crate::model::step;

/// How long a [`Condvar::restless`] lets a thread sleep before it wakes it, notified or not.
pub const RESTLESS: Duration = Duration::from_millis(1);

fn show_nothing<T>(_: &T) -> String {
    String::new()
}

fn show_debug<T: fmt::Debug>(value: &T) -> String {
    format!(" ({value:?})")
}

/// `std::sync::Mutex`, with a name for the steps a model shows.
pub struct Mutex<T> {
    name: &'static str,
    show: fn(&T) -> String,
    inner: base::Mutex<T>,
}

impl<T> Mutex<T> {
    /// Like `Mutex::new`.
    pub fn new(value: T) -> Self {
        Mutex {
            name: "the lock",
            show: show_nothing,
            inner: base::Mutex::new(value),
        }
    }

    /// A mutex the steps call `name` ("the flag"), showing its value as it is locked and
    /// unlocked.
    pub fn named(name: &'static str, value: T) -> Self
    where
        T: fmt::Debug,
    {
        Mutex {
            name,
            show: show_debug,
            inner: base::Mutex::new(value),
        }
    }

    /// Like `Mutex::lock`.
    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>> {
        match self.inner.lock() {
            Ok(inner) => Ok(self.locked(inner)),
            Err(poisoned) => Err(PoisonError::new(self.locked(poisoned.into_inner()))),
        }
    }

    /// Like `Mutex::try_lock`.
    pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>> {
        match self.inner.try_lock() {
            Ok(inner) => Ok(self.locked(inner)),
            Err(TryLockError::Poisoned(poisoned)) => Err(TryLockError::Poisoned(PoisonError::new(
                self.locked(poisoned.into_inner()),
            ))),
            Err(TryLockError::WouldBlock) => {
                step(format!("finds {} locked", self.name));
                Err(TryLockError::WouldBlock)
            }
        }
    }

    /// Like `Mutex::into_inner`.
    pub fn into_inner(self) -> LockResult<T> {
        self.inner.into_inner()
    }

    /// Like `Mutex::get_mut`.
    pub fn get_mut(&mut self) -> LockResult<&mut T> {
        self.inner.get_mut()
    }

    fn locked<'a>(&'a self, inner: base::MutexGuard<'a, T>) -> MutexGuard<'a, T> {
        let guard = MutexGuard {
            lock: self,
            inner: Some(inner),
        };
        step(format!("locks {}{}", self.name, guard.shown()));
        guard
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Self {
        Mutex::new(T::default())
    }
}

impl<T> fmt::Debug for Mutex<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mutex")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// `std::sync::MutexGuard`: the lock is held while it lives.
pub struct MutexGuard<'a, T> {
    lock: &'a Mutex<T>,
    // `None` only while a `Condvar` holds the lock's own guard, asleep.
    inner: Option<base::MutexGuard<'a, T>>,
}

impl<T> MutexGuard<'_, T> {
    fn shown(&self) -> String {
        self.inner
            .as_deref()
            .map(self.lock.show)
            .unwrap_or_default()
    }
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.inner.as_deref().expect("a guard holds its lock")
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.inner.as_deref_mut().expect("a guard holds its lock")
    }
}

impl<T> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        if MODELLED && std::thread::panicking() {
            // Loom's guard would call into an execution that a deadlock has ended, and abort.
            std::mem::forget(self.inner.take());
            return;
        }
        if self.inner.is_some() {
            step(format!("unlocks {}{}", self.lock.name, self.shown()));
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// `std::sync::WaitTimeoutResult`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitTimeoutResult(bool);

impl WaitTimeoutResult {
    /// Whether the wait ended because its time was up.
    pub fn timed_out(&self) -> bool {
        self.0
    }
}

/// `std::sync::Condvar`, which also counts its sleepers and, when [`Condvar::restless`], wakes
/// them without a notification.
pub struct Condvar {
    name: &'static str,
    inner: Parking,
    sleeping: Count,
    waits: Count,
    // Sleepers no notification has reached yet: for the steps, in loom's build.
    unnotified: Count,
    restless: AtomicBool,
}

/// A wait's outcome before its guard is rebuilt: the lock's guard, whether it timed out, and
/// whether the lock was poisoned.
type Woken<'a, T> = (base::MutexGuard<'a, T>, bool, bool);

impl Condvar {
    /// Like `Condvar::new`.
    pub fn new() -> Self {
        Condvar::named("the condvar")
    }

    /// A condvar the steps call `name`.
    pub fn named(name: &'static str) -> Self {
        Condvar {
            name,
            inner: Parking::new(),
            sleeping: Count::new(0),
            waits: Count::new(0),
            unnotified: Count::new(0),
            restless: AtomicBool::new(false),
        }
    }

    /// The same condvar, waking every sleeper after at most [`RESTLESS`], notified or not, as
    /// std's `Condvar` may (a "spurious wake-up"). Timed waits still end on time. In loom's
    /// build, it changes nothing.
    pub fn restless(self) -> Self {
        self.restless.store(true, SeqCst);
        self
    }

    /// How many threads are asleep in a wait on it now (they hold no lock: the next thread to
    /// take the lock and notify wakes them).
    pub fn sleeping(&self) -> usize {
        self.sleeping.load(SeqCst)
    }

    /// How many waits have begun on it, in all.
    pub fn waits(&self) -> usize {
        self.waits.load(SeqCst)
    }

    /// Like `Condvar::wait`.
    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>> {
        match self.sleep(guard, None) {
            Ok((guard, _)) => Ok(guard),
            Err(poisoned) => Err(PoisonError::new(poisoned.into_inner().0)),
        }
    }

    /// Like `Condvar::wait_while`: waits while `condition` holds, looking again after every
    /// wake-up.
    pub fn wait_while<'a, T, F>(
        &self,
        mut guard: MutexGuard<'a, T>,
        mut condition: F,
    ) -> LockResult<MutexGuard<'a, T>>
    where
        F: FnMut(&mut T) -> bool,
    {
        while condition(&mut *guard) {
            guard = self.wait(guard)?;
        }
        Ok(guard)
    }

    /// Like `Condvar::wait_timeout`.
    pub fn wait_timeout<'a, T>(
        &self,
        guard: MutexGuard<'a, T>,
        timeout: Duration,
    ) -> LockResult<(MutexGuard<'a, T>, WaitTimeoutResult)> {
        match self.sleep(guard, Some(timeout)) {
            Ok((guard, timed_out)) => Ok((guard, WaitTimeoutResult(timed_out))),
            Err(poisoned) => {
                let (guard, timed_out) = poisoned.into_inner();
                Err(PoisonError::new((guard, WaitTimeoutResult(timed_out))))
            }
        }
    }

    /// Like `Condvar::wait_timeout_while`: waits while `condition` holds, for at most `timeout`
    /// in all, however many times it wakes up.
    pub fn wait_timeout_while<'a, T, F>(
        &self,
        mut guard: MutexGuard<'a, T>,
        timeout: Duration,
        mut condition: F,
    ) -> LockResult<(MutexGuard<'a, T>, WaitTimeoutResult)>
    where
        F: FnMut(&mut T) -> bool,
    {
        let deadline = Instant::now().checked_add(timeout);
        loop {
            if !condition(&mut *guard) {
                return Ok((guard, WaitTimeoutResult(false)));
            }
            let left = deadline.map_or(timeout, |d| d.saturating_duration_since(Instant::now()));
            if left.is_zero() {
                return Ok((guard, WaitTimeoutResult(true)));
            }
            guard = self.wait_timeout(guard, left)?.0;
        }
    }

    /// Like `Condvar::notify_one`.
    pub fn notify_one(&self) {
        let woke = self
            .unnotified
            .fetch_update(SeqCst, SeqCst, |n| n.checked_sub(1))
            .is_ok();
        self.inner.notify_one();
        if !MODELLED {
            return;
        }
        match woke {
            true => step(format!("notify_one on {}: wakes one sleeper", self.name)),
            false => step(format!(
                "notify_one on {}: nobody is asleep, the notification is lost",
                self.name
            )),
        }
    }

    /// Like `Condvar::notify_all`.
    pub fn notify_all(&self) {
        let woke = self.unnotified.swap(0, SeqCst);
        self.inner.notify_all();
        if !MODELLED {
            return;
        }
        match woke {
            0 => step(format!(
                "notify_all on {}: nobody is asleep, the notification is lost",
                self.name
            )),
            n => step(format!("notify_all on {}: wakes {n}", self.name)),
        }
    }

    fn sleep<'a, T>(
        &self,
        mut guard: MutexGuard<'a, T>,
        timeout: Option<Duration>,
    ) -> LockResult<(MutexGuard<'a, T>, bool)> {
        let lock = guard.lock;
        let inner = guard.inner.take().expect("a guard holds its lock");
        drop(guard);
        if MODELLED && timeout == Some(Duration::ZERO) {
            // No time to wait: loom's wait would sleep until notified.
            return Ok((
                MutexGuard {
                    lock,
                    inner: Some(inner),
                },
                true,
            ));
        }
        step(format!(
            "sleeps on {}, unlocking {}{}",
            self.name,
            lock.name,
            (lock.show)(&inner)
        ));
        self.sleeping.fetch_add(1, SeqCst);
        self.waits.fetch_add(1, SeqCst);
        self.unnotified.fetch_add(1, SeqCst);
        let (inner, timed_out, poisoned) = self.block(lock, inner, timeout);
        self.sleeping.fetch_sub(1, SeqCst);
        if !MODELLED {
            // A wake-up the steps cannot tell from a notification: count it as one.
            let _ = self
                .unnotified
                .fetch_update(SeqCst, SeqCst, |n| n.checked_sub(1));
        }
        let guard = MutexGuard {
            lock,
            inner: Some(inner),
        };
        let how = if timed_out { "times out" } else { "wakes up" };
        step(format!(
            "{how} on {}, holding {}{}",
            self.name,
            lock.name,
            guard.shown()
        ));
        match poisoned {
            false => Ok((guard, timed_out)),
            true => Err(PoisonError::new((guard, timed_out))),
        }
    }

    fn block<'a, T>(
        &self,
        lock: &'a Mutex<T>,
        inner: base::MutexGuard<'a, T>,
        timeout: Option<Duration>,
    ) -> Woken<'a, T> {
        let restless = !MODELLED && self.restless.load(SeqCst);
        let (slice, whole) = match timeout {
            None if restless => (Some(RESTLESS), false),
            None => (None, false),
            Some(t) if restless && t > RESTLESS => (Some(RESTLESS), false),
            Some(t) => (Some(t), true),
        };
        let (inner, ran_out, poisoned) = self.inner.wait(&lock.inner, inner, slice);
        (inner, whole && ran_out, poisoned)
    }
}

impl Default for Condvar {
    fn default() -> Self {
        Condvar::new()
    }
}

impl fmt::Debug for Condvar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Condvar")
            .field("name", &self.name)
            .field("sleeping", &self.sleeping())
            .finish_non_exhaustive()
    }
}

/// `std::sync::atomic::AtomicUsize`, with a name for the steps a model shows.
pub struct AtomicUsize {
    name: &'static str,
    inner: base::atomic::AtomicUsize,
}

impl AtomicUsize {
    /// Like `AtomicUsize::new`.
    pub fn new(value: usize) -> Self {
        AtomicUsize::named("the atomic", value)
    }

    /// An atomic the steps call `name` ("the counter").
    pub fn named(name: &'static str, value: usize) -> Self {
        AtomicUsize {
            name,
            inner: base::atomic::AtomicUsize::new(value),
        }
    }

    /// Like `AtomicUsize::load`.
    pub fn load(&self, order: Ordering) -> usize {
        let value = self.inner.load(order);
        step(format!("loads {value} from {} ({order:?})", self.name));
        value
    }

    /// Like `AtomicUsize::store`.
    pub fn store(&self, value: usize, order: Ordering) {
        self.inner.store(value, order);
        step(format!("stores {value} in {} ({order:?})", self.name));
    }

    /// Like `AtomicUsize::swap`.
    pub fn swap(&self, value: usize, order: Ordering) -> usize {
        let old = self.inner.swap(value, order);
        step(format!(
            "swaps {value} into {}, which held {old} ({order:?})",
            self.name
        ));
        old
    }

    /// Like `AtomicUsize::fetch_add`.
    pub fn fetch_add(&self, value: usize, order: Ordering) -> usize {
        let old = self.inner.fetch_add(value, order);
        step(format!(
            "adds {value} to {} in one step: {old} → {} ({order:?})",
            self.name,
            old.wrapping_add(value)
        ));
        old
    }

    /// Like `AtomicUsize::fetch_sub`.
    pub fn fetch_sub(&self, value: usize, order: Ordering) -> usize {
        let old = self.inner.fetch_sub(value, order);
        step(format!(
            "subtracts {value} from {} in one step: {old} → {} ({order:?})",
            self.name,
            old.wrapping_sub(value)
        ));
        old
    }

    /// Like `AtomicUsize::compare_exchange`.
    pub fn compare_exchange(
        &self,
        current: usize,
        new: usize,
        success: Ordering,
        failure: Ordering,
    ) -> Result<usize, usize> {
        let result = self.inner.compare_exchange(current, new, success, failure);
        self.exchanged("compare_exchange", current, new, result);
        result
    }

    /// Like `AtomicUsize::compare_exchange_weak`.
    pub fn compare_exchange_weak(
        &self,
        current: usize,
        new: usize,
        success: Ordering,
        failure: Ordering,
    ) -> Result<usize, usize> {
        let result = self
            .inner
            .compare_exchange_weak(current, new, success, failure);
        self.exchanged("compare_exchange_weak", current, new, result);
        result
    }

    /// Like `AtomicUsize::fetch_update`: a `compare_exchange_weak` loop.
    pub fn fetch_update<F>(
        &self,
        set_order: Ordering,
        fetch_order: Ordering,
        mut f: F,
    ) -> Result<usize, usize>
    where
        F: FnMut(usize) -> Option<usize>,
    {
        let mut previous = self.load(fetch_order);
        while let Some(next) = f(previous) {
            match self.compare_exchange_weak(previous, next, set_order, fetch_order) {
                Ok(value) => return Ok(value),
                Err(current) => previous = current,
            }
        }
        Err(previous)
    }

    /// Like `AtomicUsize::into_inner`.
    pub fn into_inner(self) -> usize {
        self.inner.into_inner()
    }

    fn exchanged(&self, what: &str, current: usize, new: usize, result: Result<usize, usize>) {
        match result {
            Ok(_) => step(format!("{what} on {}: {current} → {new}", self.name)),
            Err(actual) => step(format!(
                "{what} on {}: expects {current}, finds {actual}: fails",
                self.name
            )),
        }
    }
}

impl Default for AtomicUsize {
    fn default() -> Self {
        AtomicUsize::new(0)
    }
}

impl fmt::Debug for AtomicUsize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AtomicUsize")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}
