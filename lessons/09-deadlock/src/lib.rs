//! Lesson 09: deadlocks, found and bounded, and the fixes that break them.
