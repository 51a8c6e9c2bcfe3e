//! `cargo run -p quiz -- generate` writes the book's quiz pages (`docs/src/generated/quiz/`);
//! `cargo run -p quiz -- check` fails if they are out of date; `cargo run -p quiz -- outcomes NN`
//! lists every outcome of lesson NN's programs, for writing questions.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate"] => true,
        ["check"] => false,
        ["outcomes", lesson] => return outcomes(lesson, true),
        ["outcomes", lesson, "--unreduced"] => return outcomes(lesson, false),
        _ => {
            eprintln!("usage: quiz generate | quiz check | quiz outcomes LESSON [--unreduced]");
            return ExitCode::from(2);
        }
    };
    let pages = match quiz::book::pages() {
        Ok(pages) => pages,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let dir = quiz::book::generated_dir();
    let mut stale = Vec::new();
    for (name, text) in &pages {
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if write {
            if let Err(error) =
                std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text))
            {
                eprintln!("error: cannot write {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
            println!("wrote {}", path.display());
        } else {
            stale.push(name.clone());
        }
    }
    if stale.is_empty() {
        println!("quiz: {} pages up to date", pages.len());
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "out of date: {}\nrun: cargo run -p quiz -- generate",
            stale.join(", ")
        );
        ExitCode::FAILURE
    }
}

fn outcomes(lesson: &str, reduce: bool) -> ExitCode {
    let Ok(number) = lesson.parse::<u32>() else {
        eprintln!("error: LESSON is a number, e.g. 06");
        return ExitCode::from(2);
    };
    for program in quiz::programs::lesson(number) {
        let started = std::time::Instant::now();
        match quiz::model::explore_with(program.run, reduce) {
            Ok(found) => {
                println!(
                    "{}: {} executions, {:?}",
                    program.name,
                    found.executions,
                    started.elapsed()
                );
                for outcome in found.outcomes.keys() {
                    println!("    {:?} {:?}", outcome.output, outcome.end);
                }
            }
            Err(error) => println!("{}: ERROR {error}", program.name),
        }
    }
    ExitCode::SUCCESS
}
