use ex01_who_panicked::run_named;

#[test]
fn a_returning_job_gives_its_value() {
    assert_eq!(run_named("adder", || 2 + 2), Ok(4));
}

#[test]
fn a_formatted_panic_names_the_thread_and_the_message() {
    let fuel = "diesel";
    let result: Result<(), String> = run_named("SecondThread", move || panic!("out of {fuel}"));
    assert_eq!(result, Err("SecondThread: out of diesel".to_string()));
}

#[test]
fn a_literal_panic_keeps_its_message_too() {
    let result: Result<(), String> = run_named("ThirdThread", || panic!("boom"));
    assert_eq!(
        result,
        Err("ThirdThread: boom".to_string()),
        "a literal panic!(\"boom\") carries a &'static str, not a String"
    );
}

#[test]
fn the_job_runs_on_the_named_thread() {
    let seen = run_named("painter", || {
        std::thread::current().name().map(String::from)
    });
    assert_eq!(seen, Ok(Some("painter".to_string())));
}
