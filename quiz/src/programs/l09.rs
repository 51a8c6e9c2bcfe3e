//! Lesson 09.

crate::programs! {}
