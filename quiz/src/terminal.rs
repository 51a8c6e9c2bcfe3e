//! The quiz in a terminal: reads answers from any `BufRead`, writes to any `Write`, so a test
//! can pipe answers in. A bad answer gets one line saying what is wrong, and the question again;
//! the end of the input ends the quiz.

use std::io::{self, BufRead, Write};

use crate::answer::{Shown, Solved, SolvedOption};

/// How a session went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    /// Questions answered.
    pub answered: usize,
    /// Answered right.
    pub right: usize,
    /// Questions asked in all.
    pub total: usize,
}

/// Asks every question in `questions` (each with its lesson's name) and reports the score.
pub fn run(
    questions: &[(String, Solved)],
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> io::Result<Score> {
    let mut score = Score {
        total: questions.len(),
        ..Score::default()
    };
    for (n, (lesson, solved)) in questions.iter().enumerate() {
        writeln!(
            out,
            "\n── Question {} of {} · {lesson} ──\n",
            n + 1,
            questions.len()
        )?;
        for (i, line) in solved.code.iter().enumerate() {
            writeln!(out, "{:>3} │ {line}", i + 1)?;
        }
        if let Some(python) = &solved.python {
            writeln!(out, "\n  In Python:")?;
            for line in python {
                writeln!(out, "      {line}")?;
            }
        }
        let Some(chosen) = ask(solved, input, out)? else {
            writeln!(
                out,
                "\nStopped: {} of {} answered, {} right.",
                score.answered, score.total, score.right
            )?;
            return Ok(score);
        };
        score.answered += 1;
        let right = solved
            .options
            .iter()
            .enumerate()
            .all(|(i, o)| o.key == chosen.contains(&(i + 1)));
        if right {
            score.right += 1;
            writeln!(out, "\n✓ Right.")?;
        } else {
            let key: Vec<String> = solved
                .options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.key)
                .map(|(i, _)| (i + 1).to_string())
                .collect();
            writeln!(out, "\n✗ Not quite: the answer is {}.", key.join(" "))?;
        }
        explain(solved, out)?;
    }
    writeln!(out, "\nDone: {} of {} right.", score.right, score.total)?;
    Ok(score)
}

/// Asks until the answer is valid; `None` at the end of the input.
fn ask(
    solved: &Solved,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> io::Result<Option<Vec<usize>>> {
    let n = solved.options.len();
    loop {
        writeln!(out, "\n{}", solved.question.ask)?;
        for (i, option) in solved.options.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, option.label)?;
        }
        let what = if solved.question.bad.is_some() {
            "every change that does it"
        } else {
            "every option that can happen"
        };
        write!(out, "Your answer ({what}, e.g. `1 3`): ")?;
        out.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        match parse(&line, n) {
            Ok(chosen) => return Ok(Some(chosen)),
            Err(problem) => writeln!(out, "\n{problem}")?,
        }
    }
}

/// The option numbers in an answer such as `1 3` or `1,3`, or what is wrong with it.
pub fn parse(line: &str, n: usize) -> Result<Vec<usize>, String> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Err(format!(
            "Type the numbers of your options, 1 to {n}, e.g. `1 3`."
        ));
    }
    let mut chosen = Vec::new();
    for word in words {
        match word.parse::<usize>() {
            Ok(k) if (1..=n).contains(&k) => {
                if !chosen.contains(&k) {
                    chosen.push(k);
                }
            }
            Ok(k) => return Err(format!("There is no option {k}: the options are 1 to {n}.")),
            Err(_) => {
                return Err(format!(
                    "`{word}` is not an option number: type numbers 1 to {n}, e.g. `1 3`."
                ));
            }
        }
    }
    chosen.sort_unstable();
    Ok(chosen)
}

fn explain(solved: &Solved, out: &mut impl Write) -> io::Result<()> {
    let fix = solved.question.bad.is_some();
    for (i, option) in solved.options.iter().enumerate() {
        writeln!(
            out,
            "\n  {}. {} — {}",
            i + 1,
            option.label,
            verdict(option, fix)
        )?;
        if let Some(why) = &option.why {
            writeln!(out, "     {why}")?;
        }
        write_steps(&option.steps, out)?;
    }
    writeln!(out, "\n{}", solved.question.explain)
}

/// What an option's explanation starts with.
pub fn verdict(option: &SolvedOption, fix: bool) -> &'static str {
    match (fix, option.possible) {
        (false, true) => "can happen:",
        (false, false) => "cannot happen.",
        (true, false) => "this change makes it impossible.",
        (true, true) => "still possible with this change:",
    }
}

fn write_steps(steps: &[Shown], out: &mut impl Write) -> io::Result<()> {
    for (i, step) in steps.iter().enumerate() {
        let line = step
            .line
            .map(|l| format!("line {l:>2}"))
            .unwrap_or_default();
        writeln!(
            out,
            "     {:>2}. {:<7} {:<8} {}",
            i + 1,
            step.thread,
            line,
            step.text
        )?;
    }
    Ok(())
}
