//! Lesson 14.

crate::programs! {}
