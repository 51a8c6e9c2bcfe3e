//! The download that lesson 12's exercises give the learner, [`fetch`], and what lets their
//! graders watch it: how many downloads run at once, and a say in when each one starts.

use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use crate::{Points, at_points, point};

/// Downloads one URL and returns its body, or why it failed (a 404, a refused connection, no
/// answer within 10 s), as a message that names the URL. Each download is one span in the chart
/// of the learner's threads, and passes two [`point`]s a grader can [`watch`]: `fetch <url>` as
/// it starts and `fetched <url>` as it ends.
pub fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let file = url.rsplit('/').next().unwrap_or(url).to_string();
    timing::span(file, || {
        point(&format!("fetch {url}"));
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .new_agent();
        let body = agent
            .get(url)
            .header("Connection", "close") // one connection per download
            .call() // a 404 is an Err too
            .and_then(|mut response| response.body_mut().read_to_vec())
            .map_err(|error| format!("{url}: {error}"));
        point(&format!("fetched {url}"));
        body
    })
}

/// `Ok(n bytes)` or `Err(message)`: a download's result, short enough for an assertion.
pub fn describe(result: &Result<Vec<u8>, String>) -> String {
    match result {
        Ok(bytes) => format!("Ok({} bytes)", bytes.len()),
        Err(error) => format!("Err({error:?})"),
    }
}

/// The downloads of [`fetch`] since [`watch`] began: counts only, so it never grows.
#[derive(Debug, Default)]
pub struct Flight {
    counts: Mutex<Counts>,
    changed: Condvar,
}

/// What a [`Flight`] counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Downloads running now.
    pub now: usize,
    /// The most that ran at once.
    pub peak: usize,
    /// Downloads started.
    pub started: usize,
    /// Downloads finished.
    pub finished: usize,
}

impl Flight {
    /// What it counted so far.
    pub fn counts(&self) -> Counts {
        *self.lock()
    }

    /// The most downloads that ran at once.
    pub fn peak(&self) -> usize {
        self.lock().peak
    }

    /// Waits until `ready(counts)` holds, up to `patience`; returns whether it did.
    pub fn wait_until(&self, patience: Duration, ready: impl Fn(&Counts) -> bool) -> bool {
        let counts = self.lock();
        let (counts, _) = self
            .changed
            .wait_timeout_while(counts, patience, |c| !ready(c))
            .unwrap_or_else(PoisonError::into_inner);
        ready(&counts)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Counts> {
        self.counts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn started(&self) {
        let mut counts = self.lock();
        counts.now += 1;
        counts.started += 1;
        counts.peak = counts.peak.max(counts.now);
        self.changed.notify_all();
    }

    fn finished(&self) {
        let mut counts = self.lock();
        counts.now = counts.now.saturating_sub(1);
        counts.finished += 1;
        self.changed.notify_all();
    }
}

/// Counts the downloads of [`fetch`] until the returned [`Watch`] is dropped, and runs
/// `on_start(url, flight)` on each download's thread as it starts, once it is counted: to make
/// downloads meet (a [`Meeting`](crate::Meeting)) or hold one back until others have finished
/// ([`Flight::wait_until`]). One watch at a time: a second waits for the first to be dropped.
pub fn watch(on_start: impl Fn(&str, &Flight) + Send + Sync + 'static) -> Watch {
    let flight = Arc::new(Flight::default());
    let watched = Arc::clone(&flight);
    let points = at_points(move |name| {
        if let Some(url) = name.strip_prefix("fetch ") {
            watched.started();
            on_start(url, &watched);
        } else if name.starts_with("fetched ") {
            watched.finished();
        }
    });
    Watch {
        flight,
        _points: points,
    }
}

/// The downloads counted by [`watch`], while it lives.
#[derive(Debug)]
pub struct Watch {
    flight: Arc<Flight>,
    _points: Points,
}

impl std::ops::Deref for Watch {
    type Target = Flight;

    fn deref(&self) -> &Flight {
        &self.flight
    }
}
