//! `std::sync::atomic`'s stand-ins, under a view-based memory model.
//!
//! Every location keeps all its stores in modification order. A thread's *view* says, for each
//! location, the newest store it knows of; a load may return that store or any later one (so a
//! `Relaxed` reader can see old values). A `Release` store carries its thread's view, and an
//! `Acquire` load that reads it takes that view over: after it, the reader cannot see anything
//! older than what the writer saw. Read-modify-writes always read the newest store. `SeqCst`
//! operations and fences also join one global view, which puts them in a single total order.

use std::fmt::Debug;
use std::panic::Location;

use Ordering::{AcqRel, Acquire, Relaxed, Release, SeqCst};
pub use std::sync::atomic::Ordering;

use crate::model::{Obj, Op, Site, St, Touches, View, join_views, step, with_state};

pub(crate) struct Loc {
    stores: Vec<Store>,
}

struct Store {
    value: u64,
    /// The view a reader with `Acquire` takes over, if the store released one.
    message: Option<View>,
}

/// A value an atomic can hold, packed into 64 bits for the model.
pub trait Value: Copy + Debug + PartialEq {
    /// Packs the value.
    fn to_bits(self) -> u64;
    /// Unpacks a value packed by `to_bits`.
    fn from_bits(bits: u64) -> Self;
}

macro_rules! int_value {
    ($($t:ty),*) => {$(
        impl Value for $t {
            fn to_bits(self) -> u64 { self as i64 as u64 }
            fn from_bits(bits: u64) -> Self { bits as i64 as $t }
        }
        impl Integer for $t {
            fn add(self, other: Self) -> Self { self.wrapping_add(other) }
            fn sub(self, other: Self) -> Self { self.wrapping_sub(other) }
            fn larger(self, other: Self) -> Self { Ord::max(self, other) }
        }
    )*};
}

/// The integer types: `fetch_add` and `fetch_sub`.
pub trait Integer: Value {
    /// Wrapping addition.
    fn add(self, other: Self) -> Self;
    /// Wrapping subtraction.
    fn sub(self, other: Self) -> Self;
    /// The larger of the two.
    fn larger(self, other: Self) -> Self;
}

int_value!(usize, u32, u64, i32, i64);

impl Value for bool {
    fn to_bits(self) -> u64 {
        self as u64
    }
    fn from_bits(bits: u64) -> Self {
        bits != 0
    }
}

/// An atomic holding a `T`: `Atomic<usize>` is `AtomicUsize`.
pub struct Atomic<T> {
    id: usize,
    site: Site,
    _value: std::marker::PhantomData<T>,
}

/// `std::sync::atomic::AtomicUsize`.
pub type AtomicUsize = Atomic<usize>;
/// `std::sync::atomic::AtomicU32`.
pub type AtomicU32 = Atomic<u32>;
/// `std::sync::atomic::AtomicU64`.
pub type AtomicU64 = Atomic<u64>;
/// `std::sync::atomic::AtomicI32`.
pub type AtomicI32 = Atomic<i32>;
/// `std::sync::atomic::AtomicI64`.
pub type AtomicI64 = Atomic<i64>;
/// `std::sync::atomic::AtomicBool`.
pub type AtomicBool = Atomic<bool>;

fn acquires(order: Ordering) -> bool {
    matches!(order, Acquire | AcqRel | SeqCst)
}

fn releases(order: Ordering) -> bool {
    matches!(order, Release | AcqRel | SeqCst)
}

fn touches(id: usize, write: bool, order: Ordering) -> Touches {
    let touches = if write {
        Touches::write(Obj::Loc(id))
    } else {
        Touches::read(Obj::Loc(id))
    };
    if order == SeqCst {
        touches.and(Obj::Global, true)
    } else {
        touches
    }
}

/// Before a `SeqCst` operation: the thread catches up with every earlier `SeqCst` operation.
fn sc_before(st: &mut St, me: usize, order: Ordering) {
    if order == SeqCst {
        let global = st.global.clone();
        join_views(&mut st.threads[me].view, &global);
    }
}

/// After it: later `SeqCst` operations see everything this thread saw.
fn sc_after(st: &mut St, me: usize, order: Ordering) {
    if order == SeqCst {
        let view = st.threads[me].view.clone();
        join_views(&mut st.global, &view);
    }
}

fn see(view: &mut View, id: usize, index: usize) {
    if view.len() <= id {
        view.resize(id + 1, 0);
    }
    view[id] = view[id].max(index);
}

/// Reads store `index` of location `id` with `order`: the thread's view moves forward.
fn read(st: &mut St, me: usize, id: usize, index: usize, order: Ordering) -> u64 {
    let store = &st.objects.locs[id].stores[index];
    let (value, message) = (store.value, store.message.clone());
    let th = &mut st.threads[me];
    see(&mut th.view, id, index);
    if let Some(message) = message {
        if acquires(order) {
            join_views(&mut th.view, &message);
        } else {
            join_views(&mut th.acquirable, &message);
        }
    }
    value
}

/// Appends a store of `value` to location `id`; `carried` is what a read-modify-write passes on
/// from the store it read (a release sequence).
fn write(st: &mut St, me: usize, id: usize, value: u64, order: Ordering, carried: Option<View>) {
    let index = st.objects.locs[id].stores.len();
    let th = &mut st.threads[me];
    see(&mut th.view, id, index);
    let mut message = if releases(order) {
        Some(th.view.clone())
    } else {
        th.release_fence.clone()
    };
    if let Some(carried) = carried {
        join_views(message.get_or_insert_with(Vec::new), &carried);
    }
    st.objects.locs[id].stores.push(Store { value, message });
}

impl<T: Value> Atomic<T> {
    /// A new atomic holding `value`.
    #[track_caller]
    pub fn new(value: T) -> Self {
        let site = Site::of(Location::caller());
        let id = with_state(|st, _| {
            st.objects.locs.push(Loc {
                stores: vec![Store {
                    value: value.to_bits(),
                    message: None,
                }],
            });
            st.objects.locs.len() - 1
        });
        Atomic {
            id,
            site,
            _value: std::marker::PhantomData,
        }
    }

    /// Loads a value: any store this thread has not seen overwritten (every choice explored).
    #[track_caller]
    pub fn load(&self, order: Ordering) -> T {
        let at = Site::of(Location::caller());
        let (id, site) = (self.id, self.site);
        step(Op::new(touches(id, false, order)), |st, me| {
            sc_before(st, me, order);
            let first = st.threads[me].view.get(id).copied().unwrap_or(0);
            let newest = st.objects.locs[id].stores.len() - 1;
            // Newest first, so the first execution explored is the intuitive one.
            let index = newest - st.choose(newest + 1 - first);
            let value = T::from_bits(read(st, me, id, index, order));
            st.stale += usize::from(index < newest);
            let text = if index < newest {
                format!(
                    "loads {value:?} from {{0}} (an older value: it has not seen the newer store yet)"
                )
            } else {
                format!("loads {value:?} from {{0}}")
            };
            st.record(me, Some(at), text, vec![site]);
            sc_after(st, me, order);
            value
        })
    }

    /// Stores a value.
    #[track_caller]
    pub fn store(&self, value: T, order: Ordering) {
        let at = Site::of(Location::caller());
        let (id, site) = (self.id, self.site);
        step(Op::new(touches(id, true, order)), |st, me| {
            sc_before(st, me, order);
            write(st, me, id, value.to_bits(), order, None);
            st.record(
                me,
                Some(at),
                format!("stores {value:?} to {{0}}"),
                vec![site],
            );
            sc_after(st, me, order);
        });
    }

    /// Reads the newest value and replaces it with `f(old)` in one indivisible step (`None`:
    /// leaves it, as a failed compare-exchange does, reading with `failure`).
    fn rmw(
        &self,
        at: Site,
        name: &str,
        (success, failure): (Ordering, Ordering),
        f: impl FnOnce(T) -> Option<T>,
    ) -> Result<T, T> {
        let (id, site) = (self.id, self.site);
        let touched = touches(id, true, strongest(success, failure));
        step(Op::new(touched), |st, me| {
            let newest = st.objects.locs[id].stores.len() - 1;
            let store = &st.objects.locs[id].stores[newest];
            let (old, carried) = (T::from_bits(store.value), store.message.clone());
            let new = f(old);
            let order = if new.is_some() { success } else { failure };
            sc_before(st, me, order);
            read(st, me, id, newest, order);
            let result = match new {
                Some(new) => {
                    write(st, me, id, new.to_bits(), order, carried);
                    let text = format!("{name} on {{0}}: {old:?} → {new:?}");
                    st.record(me, Some(at), text, vec![site]);
                    Ok(old)
                }
                None => {
                    let text = format!("{name} on {{0}} fails: it holds {old:?}");
                    st.record(me, Some(at), text, vec![site]);
                    Err(old)
                }
            };
            sc_after(st, me, order);
            result
        })
    }

    /// Stores `value` and returns the previous one.
    #[track_caller]
    pub fn swap(&self, value: T, order: Ordering) -> T {
        let at = Site::of(Location::caller());
        let result = self.rmw(at, "swap", (order, order), |_| Some(value));
        result.unwrap_or_else(|old| old)
    }

    /// Stores `new` if the value is `current`; returns the value it saw either way. It always
    /// compares against the newest store (as loom does).
    #[track_caller]
    pub fn compare_exchange(
        &self,
        current: T,
        new: T,
        success: Ordering,
        failure: Ordering,
    ) -> Result<T, T> {
        let at = Site::of(Location::caller());
        let orders = (success, failure);
        self.rmw(at, "compare_exchange", orders, |old| {
            (old == current).then_some(new)
        })
    }

    /// [`compare_exchange`](Self::compare_exchange): the model has no spurious failures.
    #[track_caller]
    pub fn compare_exchange_weak(
        &self,
        current: T,
        new: T,
        success: Ordering,
        failure: Ordering,
    ) -> Result<T, T> {
        let at = Site::of(Location::caller());
        let orders = (success, failure);
        self.rmw(at, "compare_exchange_weak", orders, |old| {
            (old == current).then_some(new)
        })
    }
}

fn strongest(a: Ordering, b: Ordering) -> Ordering {
    let rank = |o: Ordering| match o {
        Relaxed => 0,
        Acquire | Release => 1,
        AcqRel => 2,
        _ => 3,
    };
    if rank(b) > rank(a) { b } else { a }
}

impl<T: Integer> Atomic<T> {
    /// Adds `value` and returns the previous value, in one indivisible step.
    #[track_caller]
    pub fn fetch_add(&self, value: T, order: Ordering) -> T {
        let at = Site::of(Location::caller());
        let result = self.rmw(at, "fetch_add", (order, order), |old| Some(old.add(value)));
        result.unwrap_or_else(|old| old)
    }

    /// Keeps the larger of the value and `value`; returns the previous value.
    #[track_caller]
    pub fn fetch_max(&self, value: T, order: Ordering) -> T {
        let at = Site::of(Location::caller());
        let result = self.rmw(at, "fetch_max", (order, order), |old| {
            Some(old.larger(value))
        });
        result.unwrap_or_else(|old| old)
    }

    /// Subtracts `value` and returns the previous value, in one indivisible step.
    #[track_caller]
    pub fn fetch_sub(&self, value: T, order: Ordering) -> T {
        let at = Site::of(Location::caller());
        let result = self.rmw(at, "fetch_sub", (order, order), |old| Some(old.sub(value)));
        result.unwrap_or_else(|old| old)
    }
}

/// `std::sync::atomic::fence`.
#[track_caller]
pub fn fence(order: Ordering) {
    let at = Site::of(Location::caller());
    let touches = if order == SeqCst {
        Touches::write(Obj::Global)
    } else {
        Touches::none()
    };
    step(Op::new(touches), |st, me| {
        if acquires(order) {
            let th = &mut st.threads[me];
            let acquirable = th.acquirable.clone();
            join_views(&mut th.view, &acquirable);
        }
        sc_before(st, me, order);
        sc_after(st, me, order);
        if releases(order) {
            st.threads[me].release_fence = Some(st.threads[me].view.clone());
        }
        st.record(me, Some(at), format!("fence({order:?})"), vec![]);
    });
}
