//! `cargo run -p practice -- quiz [LESSON]` and the line `practice list` prints.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use crate::answer::solve_lesson;
use crate::question::{self, Lesson};
use crate::terminal::{self, Score};

/// The lesson `wanted` names: `6`, `06`, `06-race-conditions` or `race-conditions`.
pub fn find_lesson<'a>(lessons: &'a [Lesson], wanted: &str) -> Option<&'a Lesson> {
    let number: Option<u32> = wanted.parse().ok();
    lessons
        .iter()
        .find(|l| l.name == wanted || l.name.get(3..) == Some(wanted) || number == Some(l.number()))
}

/// Asks the questions of `lesson` (every lesson if `None`) on stdin and stdout.
pub fn practice(lesson: Option<&str>) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    match quiz(lesson, &mut stdin.lock(), &mut stdout.lock()) {
        Ok(_) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// [`practice`] on any input and output: an unknown lesson is an error naming the valid ones.
pub fn quiz(
    lesson: Option<&str>,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<Score, String> {
    let lessons = question::load_all(&question::folder())?;
    let chosen: Vec<&Lesson> = match lesson {
        None => lessons.iter().collect(),
        Some(wanted) => match find_lesson(&lessons, wanted) {
            Some(found) => vec![found],
            None => {
                let valid: Vec<&str> = lessons.iter().map(|l| l.name.as_str()).collect();
                return Err(format!(
                    "no lesson {wanted:?} has a quiz\nvalid lessons: {} (or just the number)",
                    valid.join(", ")
                ));
            }
        },
    };
    let mut score = Score::default();
    let total: usize = chosen.iter().map(|l| l.questions.len()).sum();
    for lesson in chosen {
        let solved = solve_lesson(lesson)?;
        let questions: Vec<_> = solved
            .into_iter()
            .map(|s| (lesson.name.clone(), s))
            .collect();
        let this = terminal::run(&questions, input, out).map_err(|e| e.to_string())?;
        score.answered += this.answered;
        score.right += this.right;
        if this.answered < this.total {
            break;
        }
    }
    score.total = total;
    Ok(score)
}

/// One line for `practice list`: how many questions each lesson has.
pub fn summary() -> String {
    match question::load_all(&question::folder()) {
        Ok(lessons) => {
            let total: usize = lessons.iter().map(|l| l.questions.len()).sum();
            let each: Vec<String> = lessons
                .iter()
                .map(|l| format!("{:02}: {}", l.number(), l.questions.len()))
                .collect();
            format!(
                "Quiz: {total} questions ({}); `cargo run -p practice -- quiz [LESSON]` asks them",
                each.join(", ")
            )
        }
        Err(error) => format!("Quiz: cannot read the questions: {error}"),
    }
}
