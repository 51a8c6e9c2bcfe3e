//! Lesson 08: producer and consumer over a queue, and channels.
