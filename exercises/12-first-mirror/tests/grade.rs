//! The given `fetch` lets these tests hold a download back until others have finished
//! (`grader::downloads::watch`), and one mirror never answers: each bug shows on every run.

mod support;

use support::{PATIENCE, describe, fetch_first, mirror, the_file, watch};

#[test]
fn an_error_is_not_the_answer() {
    // The good mirror is held back until both failures are in: they arrive first, for sure.
    let server = mirror();
    let good = server.image_url(0);
    let refused = io_bound::closed_port_url().expect("a free port");
    let mirrors = vec![refused, server.missing_url(), good.clone()];
    let _watch = watch(move |url, flight| {
        if url == good {
            flight.wait_until(PATIENCE, |c| c.finished >= 2);
        }
    });
    let answer = fetch_first(mirrors);
    assert!(
        answer.as_ref().is_ok_and(|body| *body == the_file()),
        "the third mirror has the file, got {}: the closed port and the 404 fail first, but a \
         failure is not an answer; keep waiting for a mirror that succeeds",
        describe(&answer)
    );
}

#[test]
fn a_mirror_that_never_answers_does_not_hold_up_the_answer() {
    let server = mirror();
    let _watch = watch(|_, _| {});
    let answer = fetch_first(vec![server.stall_url(), server.image_url(0)]);
    assert!(
        answer.as_ref().is_ok_and(|body| *body == the_file()),
        "the second mirror has the file, got {}",
        describe(&answer)
    );
}

#[test]
fn when_every_mirror_fails_the_error_names_each_failure() {
    let server = mirror();
    let refused = io_bound::closed_port_url().expect("a free port");
    let _watch = watch(|_, _| {});
    match fetch_first(vec![server.missing_url(), refused]) {
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
    let answer = fetch_first(Vec::new());
    assert!(
        answer.is_err(),
        "with no mirror to ask there is no file: the answer should be an Err, got {}",
        describe(&answer)
    );
}
