//! Given: leave this file as it is. `Data`, `Flag` and `fence` are an `AtomicU64`, an
//! `AtomicBool` and `std::sync::atomic::fence`. In the library's own tests they are loom's,
//! which run `send` and `receive` in every interleaving, letting each load see any value the
//! memory model allows, and note each operation so that a failure shows the steps that led to it.

use std::sync::atomic::Ordering;

use grader::model::step;

#[cfg(test)]
use loom::sync::atomic as sync;
#[cfg(not(test))]
use std::sync::atomic as sync;

/// A wrapper of the atomic `$atomic` (of `$value`s) whose operations are noted as `$label`'s.
macro_rules! noted {
    ($(#[$doc:meta])* $name:ident($atomic:ident of $value:ty) as $label:literal) => {
        $(#[$doc])*
        #[derive(Debug, Default)]
        pub struct $name(sync::$atomic);

        impl $name {
            /// Like the atomic's `store`.
            pub fn store(&self, value: $value, order: Ordering) {
                self.0.store(value, order);
                step(format!("{}.store({value}, {order:?})", $label));
            }

            /// Like the atomic's `load`.
            pub fn load(&self, order: Ordering) -> $value {
                let value = self.0.load(order);
                step(format!("{}.load({order:?}) -> {value}", $label));
                value
            }
        }
    };
}

noted!(
    /// An `AtomicU64`.
    Data(AtomicU64 of u64) as "data"
);
noted!(
    /// An `AtomicBool`.
    Flag(AtomicBool of bool) as "ready"
);

/// Like `std::sync::atomic::fence`.
pub fn fence(order: Ordering) {
    sync::fence(order);
    step(format!("fence({order:?})"));
}

#[cfg(test)]
#[path = "../tests/model/mod.rs"]
mod model;
