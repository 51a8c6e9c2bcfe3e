//! The terminal quiz, driven by piped input.

use std::io::Cursor;

fn quiz(lesson: &str, input: &str) -> (quiz::terminal::Score, String) {
    let mut out = Vec::new();
    let score = quiz::cli::quiz(Some(lesson), &mut Cursor::new(input), &mut out).unwrap();
    (score, String::from_utf8(out).unwrap())
}

#[test]
fn a_right_answer_is_right_and_shows_an_interleaving() {
    let (score, out) = quiz("06", "1 2\n");
    assert_eq!((score.answered, score.right), (1, 1), "{out}");
    assert!(out.contains("✓ Right."), "{out}");
    assert!(out.contains("can happen:"), "{out}");
    assert!(out.contains("loads 0 from `count`"), "{out}");
}

#[test]
fn a_wrong_answer_shows_the_key_and_why() {
    let (score, out) = quiz("race-conditions", "1\n");
    assert_eq!((score.answered, score.right), (1, 0), "{out}");
    assert!(out.contains("✗ Not quite: the answer is 1 2."), "{out}");
    assert!(out.contains("cannot happen."), "{out}");
}

#[test]
fn bad_answers_get_one_line_and_the_question_again() {
    let (score, out) = quiz("06", "7\nx\n\n2,1\n");
    assert_eq!(score.right, 1, "{out}");
    assert!(
        out.contains("\nThere is no option 7: the options are 1 to 3.\n"),
        "{out}"
    );
    assert!(
        out.contains("\n`x` is not an option number: type numbers 1 to 3, e.g. `1 3`.\n"),
        "{out}"
    );
    assert!(
        out.contains("\nType the numbers of your options, 1 to 3, e.g. `1 3`.\n"),
        "{out}"
    );
    let ask = "with a `load` and then a `store`. Which values can it print?";
    assert_eq!(out.matches(ask).count(), 4, "{out}");
}

#[test]
fn the_end_of_the_input_ends_the_quiz_cleanly() {
    let (score, out) = quiz("06", "");
    assert_eq!(score.answered, 0);
    assert!(out.contains("Stopped: 0 of"), "{out}");
}

#[test]
fn an_unknown_lesson_is_an_error_naming_the_valid_ones() {
    let mut out = Vec::new();
    let error = quiz::cli::quiz(Some("99"), &mut Cursor::new(""), &mut out).unwrap_err();
    assert!(error.contains("no lesson \"99\""), "{error}");
    assert!(error.contains("06-race-conditions"), "{error}");
}

#[test]
fn answers_parse_with_spaces_or_commas() {
    use quiz::terminal::parse;
    assert_eq!(parse("3 1", 4), Ok(vec![1, 3]));
    assert_eq!(parse(" 2,4 ,2", 4), Ok(vec![2, 4]));
    assert!(parse("0", 4).is_err());
    assert!(parse("1.5", 4).is_err());
}
