//! The book's side: `docs/src/generated/quiz/NN-lesson.md`, one line of HTML per lesson that
//! `docs/quiz.js` turns into the interactive quiz.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::answer::{Solved, solve_lesson};
use crate::question::{self, Lesson};

/// The folder the generated pages go to.
pub fn generated_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/src/generated/quiz")
}

/// The question file's path, relative to the repository.
pub fn source_path(lesson: &Lesson) -> String {
    format!("quiz/questions/{}.toml", lesson.name)
}

/// A lesson's questions, solved, as the JSON the page script reads.
pub fn lesson_json(lesson: &Lesson, solved: &[Solved]) -> Value {
    let questions: Vec<Value> = solved
        .iter()
        .map(|s| {
            let options: Vec<Value> = s
                .options
                .iter()
                .map(|o| {
                    let steps: Vec<Value> = o
                        .steps
                        .iter()
                        .map(|st| json!([st.thread, st.line, st.text]))
                        .collect();
                    json!({
                        "label": o.label,
                        "key": o.key,
                        "possible": o.possible,
                        "why": o.why,
                        "steps": steps,
                        "code": o.code.as_ref().map(|c| c.join("\n")),
                    })
                })
                .collect();
            json!({
                "id": s.question.id,
                "ask": s.question.ask,
                "fix": s.question.bad.is_some(),
                "code": s.code.join("\n"),
                "file": s.file,
                "python": s.python.as_ref().map(|p| p.join("\n")),
                "explain": s.question.explain,
                "options": options,
            })
        })
        .collect();
    json!({
        "lesson": lesson.name,
        "source": source_path(lesson),
        "questions": questions,
    })
}

/// The generated page: one line, so it adds one rendered line to the chapter.
pub fn page(lesson: &Lesson, solved: &[Solved]) -> String {
    let data = serde_json::to_string(&lesson_json(lesson, solved)).unwrap_or_default();
    // Inside <script>: no `<` (no `</script>`), no `](` (a Markdown link to the preprocessor),
    // no `{{` (an mdBook directive). None of them can occur outside a JSON string.
    let data = data
        .replace('<', "\\u003c")
        .replace("](", "\\u005d(")
        .replace("{{", "{\\u007b");
    format!(
        "<div class=\"quiz\" data-lesson=\"{}\"><script type=\"application/json\">{data}</script>\
         <noscript><p>The quiz needs JavaScript. In a terminal: <code>cargo run -p practice -- quiz {}</code>.</p></noscript></div>\n",
        lesson.name,
        &lesson.name[..2.min(lesson.name.len())],
    )
}

/// Every lesson's generated page: `(file name, contents)`.
pub fn pages() -> Result<Vec<(String, String)>, String> {
    let lessons = question::load_all(&question::folder())?;
    lessons
        .iter()
        .map(|lesson| {
            let solved = solve_lesson(lesson)?;
            Ok((format!("{}.md", lesson.name), page(lesson, &solved)))
        })
        .collect()
}
