//! Memory: threads share one address space; a process gets copies of what it is sent.

use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

use timing::scenario;

// ANCHOR: share_vec
/// Threads share memory: `threads` threads each sum their share of one `Arc<Vec<u64>>` and
/// report the address of the data they saw. Returns the total and the addresses: all equal to
/// `data.as_ptr()`, because nothing was copied, only the `Arc` (a pointer and a count).
///
/// ```
/// use std::sync::Arc;
/// let data = Arc::new((1..=100).collect::<Vec<u64>>());
/// let (total, seen) = threads_vs_processes::memory::threads_share_vec(&data, 4);
/// assert_eq!(total, 5050);
/// assert!(seen.iter().all(|&address| address == data.as_ptr() as usize));
/// ```
pub fn threads_share_vec(data: &Arc<Vec<u64>>, threads: usize) -> (u64, Vec<usize>) {
    let chunk = data.len().div_ceil(threads.max(1));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let data = Arc::clone(data);
            thread::spawn(move || {
                let start = (i * chunk).min(data.len());
                let end = (start + chunk).min(data.len());
                let part: u64 = data[start..end].iter().sum();
                (part, data.as_ptr() as usize)
            })
        })
        .collect();
    let results: Vec<(u64, usize)> = handles
        .into_iter()
        .map(|h| h.join().expect("summing does not panic"))
        .collect();
    let total = results.iter().map(|(part, _)| part).sum();
    (total, results.iter().map(|(_, address)| *address).collect())
}
// ANCHOR_END: share_vec

// ANCHOR: count_threads
/// `threads` threads each add 1 to one counter they all see. Returns the value each thread saw
/// right after its own increment, and the value the parent sees afterwards: `threads`.
///
/// ```
/// let (_, after) = threads_vs_processes::memory::count_with_threads(3);
/// assert_eq!(after, 3);
/// ```
pub fn count_with_threads(threads: usize) -> (Vec<u64>, u64) {
    let counter = Arc::new(AtomicU64::new(0));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let counter = Arc::clone(&counter);
            thread::spawn(move || counter.fetch_add(1, Ordering::SeqCst) + 1)
        })
        .collect();
    let mut seen: Vec<u64> = handles
        .into_iter()
        .map(|h| h.join().expect("adding does not panic"))
        .collect();
    seen.sort_unstable();
    (seen, counter.load(Ordering::SeqCst))
}
// ANCHOR_END: count_threads

// ANCHOR: count_processes
/// `children` worker processes each get a copy of the parent's counter (as an argument: a
/// process cannot be handed a reference) and add 1 to it. Returns what each child reported, and
/// the parent's counter afterwards: still 0.
pub fn count_with_processes(exe: &Path, children: usize) -> io::Result<(Vec<u64>, u64)> {
    let counter = AtomicU64::new(0);
    let mut seen = Vec::new();
    for _ in 0..children {
        let copy = counter.load(Ordering::SeqCst).to_string();
        let output = scenario::command(exe, "count", &[&copy]).output()?;
        seen.extend(scenario::reports::<u64>(&output.stdout[..]).next());
    }
    Ok((seen, counter.load(Ordering::SeqCst)))
}
// ANCHOR_END: count_processes

// ANCHOR: sum_in_child
/// Data for a process must be sent: writes `data` to a worker's stdin, one number per line, and
/// reads the sum it reports. The child works on its own copy, rebuilt from the bytes.
pub fn sum_in_child(exe: &Path, data: &[u64]) -> io::Result<u64> {
    let mut child = scenario::command(exe, "sum", &[])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = BufWriter::new(child.stdin.take().expect("piped"));
    let output = thread::scope(|s| {
        // Write on one thread while this one reads: a child blocked writing a full pipe while
        // we block writing ours would be a deadlock.
        s.spawn(move || {
            for number in data {
                if writeln!(stdin, "{number}").is_err() {
                    break; // the child has gone
                }
            }
        }); // dropping `stdin` flushes and closes the pipe: the child sees the end of its input
        child.wait_with_output()
    })?;
    scenario::reports(&output.stdout[..])
        .next()
        .ok_or_else(|| io::Error::other("the worker reported no sum"))
}
// ANCHOR_END: sum_in_child
