//! Lesson 05: a concurrent.futures-style thread pool, and rayon.
