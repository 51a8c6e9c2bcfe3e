//! Every question's key is what the model checker found.

use quiz::answer;
use quiz::question;

#[test]
fn every_key_is_what_the_exploration_found() {
    let lessons = question::load_all(&question::folder()).unwrap();
    let problems: Vec<String> = lessons.iter().flat_map(answer::check_lesson).collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
