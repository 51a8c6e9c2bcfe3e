//! `std::sync`'s stand-ins: [`Mutex`], [`Condvar`], [`Barrier`], [`OnceLock`], [`atomic`] and
//! [`mpsc`], each operation a visible step of the model. `Arc` is std's own: sharing a handle
//! is not an event anyone can observe.

use std::fmt::Debug;
use std::ops::{Deref, DerefMut};
use std::panic::Location;
use std::sync::{LockResult, PoisonError, TryLockError, TryLockResult};

use super::{Obj, Op, Site, St, Touches, View, join_views, step, try_step, with_state};

pub mod atomic;
pub mod mpsc;

pub use std::sync::Arc;

/// The model state of every object of one execution, indexed by the objects' ids.
#[derive(Default)]
pub(crate) struct Objects {
    pub(crate) locs: Vec<atomic::Loc>,
    mutexes: Vec<MutexState>,
    condvars: Vec<Vec<usize>>,
    pub(crate) channels: Vec<mpsc::ChannelState>,
    barriers: Vec<BarrierState>,
    onces: Vec<OnceState>,
}

struct MutexState {
    locked: bool,
    poisoned: bool,
    view: View,
}

/// `std::sync::Mutex`: `lock` blocks while another thread holds the guard.
pub struct Mutex<T> {
    id: usize,
    site: Site,
    data: std::sync::Mutex<T>,
}

/// `std::sync::MutexGuard`: the lock is held until it is dropped.
pub struct MutexGuard<'a, T> {
    lock: &'a Mutex<T>,
    inner: Option<std::sync::MutexGuard<'a, T>>,
    describe: fn(&T) -> String,
}

fn debug<T: Debug>(value: &T) -> String {
    format!("{value:?}")
}

impl<T> Mutex<T> {
    /// A new unlocked mutex holding `value`.
    #[track_caller]
    pub fn new(value: T) -> Self {
        let site = Site::of(Location::caller());
        let id = with_state(|st, _| {
            st.objects.mutexes.push(MutexState {
                locked: false,
                poisoned: false,
                view: Vec::new(),
            });
            st.objects.mutexes.len() - 1
        });
        Mutex {
            id,
            site,
            data: std::sync::Mutex::new(value),
        }
    }

    fn guard(&self, describe: fn(&T) -> String) -> MutexGuard<'_, T> {
        MutexGuard {
            lock: self,
            inner: Some(self.data.lock().unwrap_or_else(|e| e.into_inner())),
            describe,
        }
    }

    fn value(&self, describe: fn(&T) -> String) -> String {
        describe(&self.data.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Takes the lock (a step that waits while it is held), then `Err` if it is poisoned.
    #[track_caller]
    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>>
    where
        T: Debug,
    {
        let at = Site::of(Location::caller());
        let id = self.id;
        let poisoned = step(
            Op::when(Touches::write(Obj::Mutex(id)), move |st, _| {
                !st.objects.mutexes[id].locked
            })
            .at(at),
            |st, me| {
                let held = self.value(debug::<T>);
                acquire(st, me, id);
                st.record(
                    me,
                    Some(at),
                    format!("locks {{0}} (it holds {held})"),
                    vec![self.site],
                );
                st.objects.mutexes[id].poisoned
            },
        );
        let guard = self.guard(debug::<T>);
        if poisoned {
            Err(PoisonError::new(guard))
        } else {
            Ok(guard)
        }
    }

    /// Takes the lock if it is free, in one step.
    #[track_caller]
    pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>>
    where
        T: Debug,
    {
        let at = Site::of(Location::caller());
        let id = self.id;
        let got = step(Op::new(Touches::write(Obj::Mutex(id))), |st, me| {
            if st.objects.mutexes[id].locked {
                st.record(
                    me,
                    Some(at),
                    "tries to lock {0}: it is held",
                    vec![self.site],
                );
                None
            } else {
                let held = self.value(debug::<T>);
                acquire(st, me, id);
                st.record(
                    me,
                    Some(at),
                    format!("locks {{0}} (it holds {held})"),
                    vec![self.site],
                );
                Some(st.objects.mutexes[id].poisoned)
            }
        });
        match got {
            None => Err(TryLockError::WouldBlock),
            Some(true) => Err(TryLockError::Poisoned(PoisonError::new(
                self.guard(debug::<T>),
            ))),
            Some(false) => Ok(self.guard(debug::<T>)),
        }
    }

    /// The value, once no thread can lock it any more.
    pub fn into_inner(self) -> LockResult<T> {
        Ok(self.data.into_inner().unwrap_or_else(|e| e.into_inner()))
    }
}

fn acquire(st: &mut St, me: usize, id: usize) {
    let state = &mut st.objects.mutexes[id];
    state.locked = true;
    let view = state.view.clone();
    join_views(&mut st.threads[me].view, &view);
}

impl<T> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.inner.as_ref().expect("a released guard")
    }
}

impl<T> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.inner.as_mut().expect("a released guard")
    }
}

impl<T: std::fmt::Display> std::fmt::Display for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Debug> Debug for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T> MutexGuard<'_, T> {
    /// Gives the lock back without a step of its own (for `Condvar::wait`, whose step does).
    fn release_silently(mut self) {
        self.inner = None;
    }
}

impl<T> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        let Some(inner) = self.inner.take() else {
            return;
        };
        let now = (self.describe)(&inner);
        drop(inner);
        let panicking = std::thread::panicking();
        let (id, site) = (self.lock.id, self.lock.site);
        let _ = try_step(Op::new(Touches::write(Obj::Mutex(id))), |st, me| {
            let state = &mut st.objects.mutexes[id];
            state.locked = false;
            state.poisoned |= panicking;
            state.view = st.threads[me].view.clone();
            let text = if panicking {
                format!("unlocks {{0}} while panicking: poisoned (it holds {now})")
            } else {
                format!("unlocks {{0}} (it holds {now})")
            };
            st.record(me, None, text, vec![site]);
        });
    }
}

/// `std::sync::Condvar`: `wait` releases the lock and sleeps until a `notify`.
///
/// No spurious wake-ups are modelled: a waiter wakes only when notified.
pub struct Condvar {
    id: usize,
    site: Site,
}

impl Condvar {
    /// A condition variable nobody waits on yet.
    #[track_caller]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let site = Site::of(Location::caller());
        let id = with_state(|st, _| {
            st.objects.condvars.push(Vec::new());
            st.objects.condvars.len() - 1
        });
        Condvar { id, site }
    }

    /// Releases `guard`'s lock and waits for a notification (two steps: the wait, the wake-up
    /// that takes the lock again).
    #[track_caller]
    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>> {
        let at = Site::of(Location::caller());
        let lock = guard.lock;
        let describe = guard.describe;
        let (cv, m, cv_site, m_site) = (self.id, lock.id, self.site, lock.site);
        guard.release_silently();
        let touches = || Touches::write(Obj::Condvar(cv)).and(Obj::Mutex(m), true);
        step(Op::new(touches()), |st, me| {
            let state = &mut st.objects.mutexes[m];
            state.locked = false;
            state.view = st.threads[me].view.clone();
            st.objects.condvars[cv].push(me);
            st.record(
                me,
                Some(at),
                "waits on {0}, unlocking {1}",
                vec![cv_site, m_site],
            );
        });
        let poisoned = step(
            Op::when(touches(), move |st, me| {
                !st.objects.condvars[cv].contains(&me) && !st.objects.mutexes[m].locked
            })
            .at(at),
            |st, me| {
                acquire(st, me, m);
                st.record(me, Some(at), "wakes up and locks {0} again", vec![m_site]);
                st.objects.mutexes[m].poisoned
            },
        );
        let guard = lock.guard(describe);
        if poisoned {
            Err(PoisonError::new(guard))
        } else {
            Ok(guard)
        }
    }

    /// Waits while `condition` holds, re-checking it after every wake-up.
    #[track_caller]
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

    /// Wakes one waiting thread, if any (which one is not specified: every choice is explored).
    #[track_caller]
    pub fn notify_one(&self) {
        let at = Site::of(Location::caller());
        let (cv, site) = (self.id, self.site);
        step(Op::new(Touches::write(Obj::Condvar(cv))), |st, me| {
            let n = st.objects.condvars[cv].len();
            if n == 0 {
                st.record(me, Some(at), "notifies {0}: nobody is waiting", vec![site]);
            } else {
                let which = st.choose(n);
                let woken = st.objects.condvars[cv].remove(which);
                let name = st.label(woken);
                st.record(
                    me,
                    Some(at),
                    format!("notifies {{0}}: wakes {name}"),
                    vec![site],
                );
            }
        });
    }

    /// Wakes every waiting thread.
    #[track_caller]
    pub fn notify_all(&self) {
        let at = Site::of(Location::caller());
        let (cv, site) = (self.id, self.site);
        step(Op::new(Touches::write(Obj::Condvar(cv))), |st, me| {
            let woken = std::mem::take(&mut st.objects.condvars[cv]);
            let text = if woken.is_empty() {
                "notifies all on {0}: nobody is waiting".to_string()
            } else {
                let names: Vec<String> = woken.iter().map(|&t| st.label(t)).collect();
                format!("notifies all on {{0}}: wakes {}", names.join(", "))
            };
            st.record(me, Some(at), text, vec![site]);
        });
    }
}

struct BarrierState {
    n: usize,
    arrived: usize,
    generation: usize,
    view: View,
}

/// `std::sync::Barrier`: `wait` returns once `n` threads have called it.
pub struct Barrier {
    id: usize,
    site: Site,
}

/// What `Barrier::wait` returns: one waiter per round is the leader.
pub struct BarrierWaitResult(bool);

impl BarrierWaitResult {
    /// Whether this thread was the leader (the last to arrive) of its round.
    pub fn is_leader(&self) -> bool {
        self.0
    }
}

impl Barrier {
    /// A barrier for `n` threads.
    #[track_caller]
    pub fn new(n: usize) -> Self {
        let site = Site::of(Location::caller());
        let id = with_state(|st, _| {
            st.objects.barriers.push(BarrierState {
                n,
                arrived: 0,
                generation: 0,
                view: Vec::new(),
            });
            st.objects.barriers.len() - 1
        });
        Barrier { id, site }
    }

    /// Arrives (a step), then waits until the round is complete (a second step).
    #[track_caller]
    pub fn wait(&self) -> BarrierWaitResult {
        let at = Site::of(Location::caller());
        let (id, site) = (self.id, self.site);
        let (generation, leader) = step(Op::new(Touches::write(Obj::Barrier(id))), |st, me| {
            let view = st.threads[me].view.clone();
            let state = &mut st.objects.barriers[id];
            join_views(&mut state.view, &view);
            state.arrived += 1;
            let generation = state.generation;
            let leader = state.arrived == state.n;
            let text = if leader {
                state.arrived = 0;
                state.generation += 1;
                "arrives last at {0}: the round is complete".to_string()
            } else {
                format!("arrives at {{0}} ({} of {})", state.arrived, state.n)
            };
            st.record(me, Some(at), text, vec![site]);
            (generation, leader)
        });
        if !leader {
            step(
                Op::when(Touches::read(Obj::Barrier(id)), move |st, _| {
                    st.objects.barriers[id].generation > generation
                })
                .at(at),
                |st, me| {
                    let view = st.objects.barriers[id].view.clone();
                    join_views(&mut st.threads[me].view, &view);
                    st.record(me, Some(at), "passes {0}", vec![site]);
                },
            );
        }
        BarrierWaitResult(leader)
    }
}

#[derive(PartialEq)]
enum OnceState {
    Empty,
    Running,
    Done(View),
}

/// `std::sync::OnceLock`: the first `get_or_init` runs its closure; the others wait for it and
/// get its value.
pub struct OnceLock<T> {
    id: usize,
    site: Site,
    value: std::sync::OnceLock<T>,
}

impl<T> OnceLock<T> {
    /// An empty cell.
    #[track_caller]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let site = Site::of(Location::caller());
        let id = with_state(|st, _| {
            st.objects.onces.push(OnceState::Empty);
            st.objects.onces.len() - 1
        });
        OnceLock {
            id,
            site,
            value: std::sync::OnceLock::new(),
        }
    }

    /// The value, if it has been set.
    #[track_caller]
    pub fn get(&self) -> Option<&T> {
        let at = Site::of(Location::caller());
        let (id, site) = (self.id, self.site);
        let done = step(Op::new(Touches::read(Obj::Once(id))), |st, me| {
            if let OnceState::Done(view) = &st.objects.onces[id] {
                let view = view.clone();
                join_views(&mut st.threads[me].view, &view);
                st.record(me, Some(at), "gets {0}: set", vec![site]);
                true
            } else {
                st.record(me, Some(at), "gets {0}: empty", vec![site]);
                false
            }
        });
        if done { self.value.get() } else { None }
    }

    /// The value, running `init` first if no thread has (a thread arriving while another runs
    /// `init` waits for it).
    #[track_caller]
    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        let at = Site::of(Location::caller());
        let (id, site) = (self.id, self.site);
        let run = step(
            Op::when(Touches::write(Obj::Once(id)), move |st, _| {
                st.objects.onces[id] != OnceState::Running
            })
            .at(at),
            |st, me| match &st.objects.onces[id] {
                OnceState::Done(view) => {
                    let view = view.clone();
                    join_views(&mut st.threads[me].view, &view);
                    st.record(me, Some(at), "finds {0} already set", vec![site]);
                    false
                }
                _ => {
                    st.objects.onces[id] = OnceState::Running;
                    st.record(
                        me,
                        Some(at),
                        "finds {0} empty: runs the closure",
                        vec![site],
                    );
                    true
                }
            },
        );
        if run {
            let value = init();
            let _ = self.value.set(value);
            step(Op::new(Touches::write(Obj::Once(id))), |st, me| {
                st.objects.onces[id] = OnceState::Done(st.threads[me].view.clone());
                st.record(me, Some(at), "sets {0}", vec![site]);
            });
        }
        self.value.get().expect("set by the thread that ran init")
    }
}
