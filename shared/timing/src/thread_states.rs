//! What each thread of a process is doing, read from `/proc`: for whoever must explain a process
//! that does not finish (the practice runner before it kills a test, a grader whose bound ran
//! out). Elsewhere than Linux there is no `/proc`, and the list is empty.

/// One thread of the process, as `/proc` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadState {
    /// Its name (the kernel keeps 15 bytes of it).
    pub name: String,
    /// `R` running, `S`/`D` blocked, …
    pub state: char,
    /// The kernel function it was blocked in, if any.
    pub wchan: String,
}

impl ThreadState {
    /// What it was doing, in words.
    pub fn doing(&self) -> String {
        let wchan = self.wchan.as_str();
        if self.state == 'R' {
            return "running (on a CPU: a loop that never ends, or spinning while it waits?)"
                .to_string();
        }
        let on = if wchan.contains("futex") {
            "blocked on a lock, a condition variable, a channel or a join (a futex)"
        } else if wchan.contains("nanosleep") || wchan.contains("hrtimer") {
            "sleeping"
        } else if wchan.contains("poll") || wchan.contains("select") {
            "waiting for I/O (poll)"
        } else if wchan.contains("accept") || wchan.contains("sk_wait") || wchan.contains("tcp") {
            "waiting on a socket"
        } else if wchan.contains("pipe") {
            "waiting on a pipe"
        } else if wchan.contains("do_wait") {
            "waiting for a child process"
        } else {
            "blocked"
        };
        match wchan {
            "" | "0" => on.to_string(),
            _ => format!("{on} [{wchan}]"),
        }
    }
}

/// The threads of process `pid`, read from `/proc` (none where there is no `/proc`).
pub fn threads_of(pid: u32) -> Vec<ThreadState> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    let mut threads: Vec<(u32, ThreadState)> = tasks
        .flatten()
        .filter_map(|task| {
            let tid: u32 = task.file_name().to_str()?.parse().ok()?;
            let read = |file: &str| std::fs::read_to_string(task.path().join(file)).ok();
            let stat = read("stat")?;
            // The state follows the name, which is in parentheses and may hold spaces.
            let state = stat.rsplit_once(')')?.1.trim_start().chars().next()?;
            Some((
                tid,
                ThreadState {
                    name: read("comm").unwrap_or_default().trim().to_string(),
                    state,
                    wchan: read("wchan").unwrap_or_default().trim().to_string(),
                },
            ))
        })
        .collect();
    threads.sort_by_key(|(tid, _)| *tid);
    threads.into_iter().map(|(_, state)| state).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocked_threads_say_on_what() {
        let blocked = ThreadState {
            name: "philosopher-1".into(),
            state: 'S',
            wchan: "futex_wait_queue".into(),
        };
        assert!(blocked.doing().starts_with("blocked on a lock"));
        let spinning = ThreadState {
            state: 'R',
            wchan: "0".into(),
            ..blocked
        };
        assert!(spinning.doing().starts_with("running"));
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn this_process_has_a_thread_that_is_running_this_test() {
        let here = threads_of(std::process::id());
        assert!(here.iter().any(|t| t.state == 'R'), "{here:?}");
    }
}
