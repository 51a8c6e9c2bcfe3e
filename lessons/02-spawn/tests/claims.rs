//! Every claim lesson 02 makes that needs no timeline, asserted. (Timelines: `timelines.rs`.)

use std::thread;
use std::time::Duration;

use spawn::*;

#[test]
fn a_plain_function_is_a_thread_body_and_runs_on_another_thread() {
    assert_ne!(spawn_function(), thread::current().id());
}

#[test]
fn a_move_closure_carries_positional_arguments_in() {
    let lines = spawn_with_args(Duration::from_millis(5), "thread1");
    assert_eq!(
        lines,
        [
            "I am thread1. Going to sleep for 5.00 ms",
            "thread1 has woken up from sleep"
        ]
    );
}

#[test]
fn a_struct_carries_named_arguments_and_default_fills_the_rest() {
    assert_eq!(
        FooArgs::default(),
        FooArgs {
            n: Duration::from_secs(2),
            name: "foo".to_string()
        }
    );
    let lines = spawn_with_named_args(FooArgs {
        n: Duration::from_millis(5),
        ..FooArgs::default()
    });
    assert_eq!(
        lines,
        [
            "foo: about to sleep for 5.00 ms>>>>",
            "foo: done sleeping..."
        ]
    );
}

struct WhoAmI;

impl Runnable for WhoAmI {
    type Output = Option<String>;
    fn run(self) -> Option<String> {
        thread::current().name().map(String::from)
    }
}

#[test]
fn start_runs_any_runnable_on_a_named_thread_and_join_returns_its_output() {
    let handle = start("SecondThread", WhoAmI).unwrap();
    assert_eq!(handle.join().unwrap().as_deref(), Some("SecondThread"));
}

#[test]
fn builder_names_and_sizes_a_thread() {
    let (name, depth) = spawn_sized("deep", 8 << 20, 1000).unwrap();
    assert_eq!(name, "deep");
    assert_eq!(depth, 1000);
}

#[cfg(target_pointer_width = "64")]
#[test]
fn builder_returns_an_error_when_the_os_refuses_the_thread() {
    // Half the address space: the OS says no, and we get an error, not a panic.
    let error = spawn_sized("huge", usize::MAX / 2, 1).unwrap_err();
    assert!(!error.to_string().is_empty());
}

#[test]
fn join_hands_back_the_threads_return_value() {
    assert_eq!(sum_on_a_thread(100), 5050);
    assert_eq!(sum_on_a_thread(1000), 500_500);
}

#[test]
fn scoped_threads_may_borrow_a_local() {
    let log = vec!["car", "truck", "car", "truck", "car"];
    assert_eq!(count_in_scope(&log), (3, 2));
    assert_eq!(log.len(), 5, "still ours after the scope");
}

#[test]
fn the_default_stack_of_a_spawned_thread_holds_the_lessons_recursion() {
    let depth = thread::spawn(|| support::recurse(support::DEPTH));
    assert_eq!(depth.join().unwrap(), 1000);
}
