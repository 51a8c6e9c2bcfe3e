//! A background thread that stops cleanly when dropped (RAII).

use std::io;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
use std::time::Duration;

// ANCHOR: worker
/// A background thread that handles the items sent to it, in order. Dropping it closes its
/// channel (the stop signal), lets it finish the items already queued, and waits for it, but
/// never longer than `bound`.
pub struct Worker {
    jobs: Option<mpsc::Sender<u32>>,
    thread: Option<JoinHandle<usize>>,
    stopped: mpsc::Receiver<()>,
    bound: Duration,
}
// ANCHOR_END: worker

// ANCHOR: start
impl Worker {
    /// Starts a thread called `name` that calls `handle(item)` for each submitted item.
    pub fn start(
        name: &str,
        bound: Duration,
        mut handle: impl FnMut(u32) + Send + 'static,
    ) -> io::Result<Worker> {
        let (jobs, inbox) = mpsc::channel::<u32>();
        let (done, stopped) = mpsc::channel::<()>();
        let thread = thread::Builder::new().name(name.into()).spawn(move || {
            let _done = done; // dropped when this thread ends: `stopped` then disconnects
            let mut handled = 0;
            for item in inbox {
                // ends once `jobs` is dropped and the queue is empty
                handle(item);
                handled += 1;
            }
            handled
        })?;
        Ok(Worker {
            jobs: Some(jobs),
            thread: Some(thread),
            stopped,
            bound,
        })
    }

    /// Queues `item` for the worker thread.
    pub fn submit(&self, item: u32) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(item);
        }
    }
}
// ANCHOR_END: start

// ANCHOR: stop
/// What [`Worker::shutdown`] returns when the thread was still busy after the bound: its handle,
/// to join later (or drop, detaching it).
#[derive(Debug)]
pub struct Late(pub JoinHandle<usize>);

impl Worker {
    /// Stops the worker: `Ok(items handled)`, or `Err(Late)` if it was still busy after `bound`.
    ///
    /// # Panics
    /// If the worker's handler panicked.
    pub fn shutdown(mut self) -> Result<usize, Late> {
        let ended = self
            .stop()
            .expect("only shutdown and Drop stop the worker")?;
        Ok(ended.join().expect("the worker's handler panicked"))
    }

    /// Sends the stop signal and waits at most `bound`; `None` if already stopped.
    fn stop(&mut self) -> Option<Result<JoinHandle<usize>, Late>> {
        drop(self.jobs.take()); // the signal: no more items
        let thread = self.thread.take()?;
        match self.stopped.recv_timeout(self.bound) {
            Err(RecvTimeoutError::Timeout) => Some(Err(Late(thread))),
            _ => Some(Ok(thread)), // it has ended: joining it returns at once
        }
    }
}
// ANCHOR_END: stop

// ANCHOR: drop
impl Drop for Worker {
    fn drop(&mut self) {
        match self.stop() {
            Some(Ok(ended)) => drop(ended.join()), // a panic in the handler is not re-raised here
            Some(Err(Late(thread))) => {
                let name = thread.thread().name().unwrap_or("worker");
                let bound = timing::format_duration(self.bound);
                eprintln!("{name} did not stop within {bound}; detaching it");
            }
            None => {} // `shutdown` already stopped it
        }
    }
}
// ANCHOR_END: drop
