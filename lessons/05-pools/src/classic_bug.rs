//! The classic bug of hand-built pools, compiled and run.
//!
//! `std::sync::mpsc` has a single receiver, so a hand-built pool shares it between its workers
//! behind an `Arc<Mutex<Receiver>>`. Written with `while let` (or with `if let` inside a `loop`),
//! each worker keeps the lock for the whole job, and the "pool" runs one task at a time.

use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

type Job = Box<dyn FnOnce() + Send + 'static>;

/// How a [`MutexPool`] worker takes jobs from the shared receiver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkerLoop {
    /// `while let Ok(job) = queue.lock().unwrap().recv() { job() }`: the bug.
    HoldsLock,
    /// `loop { if let Ok(job) = queue.lock().unwrap().recv() { job() } else { break } }`: the
    /// same bug, in edition 2024 too.
    IfLetHoldsLock,
    /// `let job = queue.lock().unwrap().recv();` then run it: the fix.
    ReleasesLock,
}

// ANCHOR: holds_lock
/// BUG: a temporary made in a `while let` condition (here the `MutexGuard`) lives until the end
/// of the loop body, so this worker keeps the queue locked while its job runs. The other
/// workers wait for the lock: one job at a time, however many workers there are.
fn worker_holding_the_lock(queue: &Mutex<Receiver<Job>>) {
    while let Ok(job) = queue.lock().unwrap().recv() {
        job();
    }
}
// ANCHOR_END: holds_lock

// ANCHOR: if_let
/// The same BUG. Edition 2024 drops an `if let` condition's temporaries before the `else`
/// block, not before the `then` block: the guard still lives while `job()` runs.
#[allow(clippy::while_let_loop)] // clippy suggests `while let`: the same bug
fn worker_if_let(queue: &Mutex<Receiver<Job>>) {
    loop {
        if let Ok(job) = queue.lock().unwrap().recv() {
            job();
        } else {
            break;
        }
    }
}
// ANCHOR_END: if_let

// ANCHOR: releases_lock
/// The fix: a `let` statement drops its temporaries at its semicolon, so the guard is gone
/// before the job runs.
fn worker_releasing_the_lock(queue: &Mutex<Receiver<Job>>) {
    loop {
        let job = queue.lock().unwrap().recv();
        match job {
            Ok(job) => job(),
            Err(_) => break, // the pool dropped its Sender: no more jobs
        }
    }
}
// ANCHOR_END: releases_lock

// ANCHOR: mutex_pool
/// A hand-built pool on `std::sync::mpsc`, the way tutorials (and the Rust Book's last chapter)
/// build one; `worker_loop` picks the worker. Dropping it waits for its jobs.
#[derive(Debug)]
pub struct MutexPool {
    jobs: Option<mpsc::Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl MutexPool {
    /// Starts `workers` threads named `mutex-pool-0`, ... sharing one receiver.
    pub fn new(workers: usize, worker_loop: WorkerLoop) -> std::io::Result<MutexPool> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let mut pool = MutexPool {
            jobs: Some(jobs),
            workers: Vec::new(),
        };
        for id in 0..workers {
            let queue = Arc::clone(&queue);
            let worker = thread::Builder::new()
                .name(format!("mutex-pool-{id}"))
                .spawn(move || match worker_loop {
                    WorkerLoop::HoldsLock => worker_holding_the_lock(&queue),
                    WorkerLoop::IfLetHoldsLock => worker_if_let(&queue),
                    WorkerLoop::ReleasesLock => worker_releasing_the_lock(&queue),
                })?;
            pool.workers.push(worker);
        }
        Ok(pool)
    }
}
// ANCHOR_END: mutex_pool

impl MutexPool {
    /// Queues `job` (fire and forget: this pool has no handles).
    pub fn execute(&self, job: impl FnOnce() + Send + 'static) {
        let jobs = self.jobs.as_ref().expect("only drop takes it");
        jobs.send(Box::new(job))
            .expect("workers live as long as the pool");
    }
}

impl Drop for MutexPool {
    fn drop(&mut self) {
        drop(self.jobs.take());
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}
