mod common;

use std::time::Duration;

use common::{describe, fetch_first, mirror, the_file};

#[test]
fn an_error_is_not_the_answer() {
    let good = mirror(50);
    let refused = io_bound::closed_port_url().expect("a free port");
    let (answer, _) = fetch_first(vec![refused, good.missing_url(), good.image_url(0)]);
    assert!(
        answer.as_ref().is_ok_and(|body| *body == the_file()),
        "the third mirror has the file, got {}: the closed port and the 404 fail first, but a \
         failure is not an answer; keep waiting for a mirror that succeeds",
        describe(&answer)
    );
}

#[test]
fn a_mirror_that_never_answers_does_not_hold_up_the_answer() {
    let good = mirror(50);
    let (answer, took) = fetch_first(vec![good.stall_url(), good.image_url(0)]);
    assert!(
        answer.as_ref().is_ok_and(|body| *body == the_file()),
        "the second mirror has the file, got {}",
        describe(&answer)
    );
    assert!(
        took < Duration::from_millis(1000),
        "the good mirror answered after 50 ms, but fetch_first took {took:?}: return as soon \
         as one mirror succeeds, without waiting for the others"
    );
}

#[test]
fn the_fastest_mirror_wins() {
    let (slow, fast) = (mirror(600), mirror(50));
    let (answer, took) = fetch_first(vec![slow.image_url(0), fast.image_url(0)]);
    assert!(
        answer.as_ref().is_ok_and(|body| *body == the_file()),
        "both mirrors have the file, got {}",
        describe(&answer)
    );
    assert!(
        took < Duration::from_millis(400),
        "the first mirror answers after 600 ms, the second after 50 ms, and fetch_first took \
         {took:?}: ask every mirror at the same time, and return the first good answer without \
         waiting for the slow one"
    );
}

#[test]
fn when_every_mirror_fails_the_error_names_each_failure() {
    let server = mirror(20);
    let refused = io_bound::closed_port_url().expect("a free port");
    let (answer, _) = fetch_first(vec![server.missing_url(), refused]);
    match answer {
        Err(error) => assert!(
            error.contains("missing.png") && error.contains("refused.png"),
            "the Err should name each mirror's failure (both messages from fetch), got \
             {error:?}"
        ),
        Ok(_) => panic!("no mirror has the file, so the answer should be an Err"),
    }
}

#[test]
fn no_mirrors_is_an_error() {
    let (answer, _) = fetch_first(Vec::new());
    assert!(
        answer.is_err(),
        "with no mirror to ask there is no file: the answer should be an Err, got {}",
        describe(&answer)
    );
}
