//! The two halves meet: alone in its file, as it records a timeline and steps in at the given
//! code's points.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use ex02_split_halves::double_in_two_threads;
use grader::{Meeting, at_points, record, show_threads, within};

/// How long the first call of `double_all` waits for the second.
const PATIENCE: Duration = Duration::from_secs(2);

#[test]
fn the_two_halves_are_doubled_at_the_same_time_in_place() {
    let meeting = Arc::new(Meeting::with_patience(2, PATIENCE));
    let calls: Arc<Mutex<Vec<(usize, usize)>>> = Arc::default();
    let _points = at_points({
        let (meeting, calls) = (Arc::clone(&meeting), Arc::clone(&calls));
        move |point| {
            let Some(call) = point.strip_prefix("double_all 0x") else {
                return;
            };
            let (address, len) = call.split_once(' ').expect("an address and a length");
            let address = usize::from_str_radix(address, 16).expect("an address");
            calls
                .lock()
                .unwrap()
                .push((address, len.parse().expect("a length")));
            meeting.pause();
        }
    });
    let values: Vec<u64> = (1..=10).collect();
    let start = values.as_ptr() as usize;
    let (values, timeline) = record(|| {
        within(
            Duration::from_secs(10),
            "double_in_two_threads never returned",
            move || {
                let mut values = values;
                double_in_two_threads(&mut values);
                values
            },
        )
    });
    show_threads(&timeline);
    assert_eq!(values, (1..=10).map(|v| v * 2).collect::<Vec<u64>>());
    let mut calls = calls.lock().unwrap().clone();
    assert_eq!(
        calls.len(),
        2,
        "double_all was called {} times: call it once for each half",
        calls.len()
    );
    assert!(
        meeting.met(),
        "the first half to start waited {PATIENCE:?} for the other, which never came: the halves \
         were doubled one after the other (a join too early, or a lock held across both?)"
    );
    calls.sort();
    let size = size_of::<u64>();
    let [(first, first_len), (second, second_len)] = calls[..] else {
        unreachable!()
    };
    assert!(
        first == start && second == start + first_len * size && first_len + second_len == 10,
        "double_all should change the caller's slice itself, each call its own half: it got \
         other memory (a copy?)"
    );
    assert!(
        first_len.abs_diff(second_len) <= 1,
        "halves of 10 values: got parts of {first_len} and {second_len}"
    );
}
