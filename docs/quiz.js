// The chapters' quizzes. Each <div class="quiz"> holds its lesson's questions as JSON, written by
// `cargo run -p quiz -- generate` from quiz/questions/*.toml with keys a model checker computed.
// Plain JavaScript, nothing fetched: it works offline and under `mdbook serve`. Answers are kept
// in localStorage under "quiz:LESSON:ID".
(function () {
  "use strict";

  function escape(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  // `code` in the questions' text becomes <code>code</code>; nothing else is markup.
  function inline(text) {
    return escape(text).replace(/`([^`]+)`/g, "<code>$1</code>");
  }

  function make(tag, className, html) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (html !== undefined) node.innerHTML = html;
    return node;
  }

  function highlighted(text, language) {
    var hl = window.hljs;
    try {
      if (hl && hl.getLanguage && hl.getLanguage(language)) {
        // highlight.js 11 has highlightElement and takes (code, options); mdBook's 10 takes
        // (language, code, ignoreIllegals).
        var result = typeof hl.highlightElement === "function"
          ? hl.highlight(text, { language: language, ignoreIllegals: true })
          : hl.highlight(language, text, true);
        if (result && result.value) return result.value;
      }
    } catch (e) {
      // Plain text below.
    }
    return escape(text);
  }

  // A listing with line numbers; each line is a span the steps can point at.
  function listing(text, language) {
    var pre = make("pre", "quiz-code");
    var code = make("code", "language-" + language + " hljs");
    var lines = highlighted(text, language).split("\n");
    code.innerHTML = lines.map(function (line, i) {
      return '<span class="quiz-line" data-line="' + (i + 1) + '"><span class="quiz-ln">' +
        (i + 1) + "</span>" + (line || " ") + "</span>";
    }).join("\n");
    pre.appendChild(code);
    return pre;
  }

  function storage(key, value) {
    try {
      if (value === undefined) return JSON.parse(window.localStorage.getItem(key));
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      return null; // Private mode or no storage: the quiz still works, it just forgets.
    }
    return null;
  }

  function verdictText(option, fix) {
    if (!fix) return option.possible ? "Can happen:" : "Cannot happen.";
    return option.possible ? "Still possible with this change:" : "This change makes it impossible.";
  }

  function steps(option) {
    var list = make("ol", "quiz-steps");
    option.steps.forEach(function (step) {
      var item = make("li", "", '<span class="quiz-thread">' + escape(step[0]) + "</span> " +
        (step[1] ? '<span class="quiz-at">line ' + step[1] + "</span> " : "") + inline(step[2]));
      if (step[1]) item.setAttribute("data-line", step[1]);
      list.appendChild(item);
    });
    return list;
  }

  // Hovering a step lights up its line in the nearest listing.
  function linkSteps(list, code) {
    list.addEventListener("mouseover", function (event) {
      var item = event.target.closest("li[data-line]");
      code.querySelectorAll(".quiz-line.quiz-lit").forEach(function (l) { l.classList.remove("quiz-lit"); });
      if (!item) return;
      var line = code.querySelector('.quiz-line[data-line="' + item.getAttribute("data-line") + '"]');
      if (line) line.classList.add("quiz-lit");
    });
    list.addEventListener("mouseleave", function () {
      code.querySelectorAll(".quiz-line.quiz-lit").forEach(function (l) { l.classList.remove("quiz-lit"); });
    });
  }

  function question(lesson, q, index, onScore) {
    var key = "quiz:" + lesson + ":" + q.id;
    var section = make("section", "quiz-question");
    section.id = "quiz-" + q.id;
    section.setAttribute("data-id", q.id);
    section.appendChild(make("p", "quiz-ask", "<strong>" + (index + 1) + ".</strong> " + inline(q.ask)));
    var code = listing(q.code, "rust");
    section.appendChild(code);
    if (q.python) {
      var details = make("details", "quiz-python", "<summary>The same in Python</summary>");
      details.appendChild(listing(q.python, "python"));
      section.appendChild(details);
    }
    var verdict = make("p", "quiz-verdict");
    verdict.setAttribute("role", "status");
    var list = make("ul", "quiz-options");
    var boxes = q.options.map(function (option, i) {
      var item = make("li", "quiz-option");
      var label = make("label");
      var box = make("input");
      box.type = "checkbox";
      box.value = String(i);
      label.appendChild(box);
      label.appendChild(make("span", "", " " + inline(option.label)));
      item.appendChild(label);
      item.appendChild(make("div", "quiz-why"));
      list.appendChild(item);
      return box;
    });
    section.appendChild(verdict);
    section.appendChild(list);
    var check = make("button", "quiz-check", "Check");
    check.type = "button";
    var reset = make("button", "quiz-reset", "Try again");
    reset.type = "button";
    reset.hidden = true;
    var buttons = make("p", "quiz-buttons");
    buttons.appendChild(check);
    buttons.appendChild(reset);
    var explain = make("div", "quiz-explain");
    section.appendChild(explain);
    section.appendChild(buttons);

    function show(chosen) {
      var right = q.options.every(function (o, i) { return o.key === chosen[i]; });
      section.classList.toggle("quiz-answered-right", right);
      section.classList.toggle("quiz-answered-wrong", !right);
      var keyList = [];
      q.options.forEach(function (o, i) { if (o.key) keyList.push(i + 1); });
      verdict.innerHTML = right ? "✓ Right." :
        "✗ Not quite: the answer is " + keyList.join(", ") + ".";
      q.options.forEach(function (option, i) {
        boxes[i].checked = chosen[i];
        boxes[i].disabled = true;
        var item = list.children[i];
        item.classList.toggle("quiz-key", option.key);
        item.classList.toggle("quiz-missed", option.key && !chosen[i]);
        item.classList.toggle("quiz-wrong-pick", !option.key && chosen[i]);
        var why = item.querySelector(".quiz-why");
        why.innerHTML = "";
        why.appendChild(make("p", "quiz-verdict-option", "<strong>" + verdictText(option, q.fix) + "</strong>" +
          (option.why ? " " + inline(option.why) : "")));
        var target = code;
        if (option.code) {
          target = listing(option.code, "rust");
          why.appendChild(target);
        }
        if (option.steps.length) {
          var ol = steps(option);
          why.appendChild(ol);
          linkSteps(ol, target);
        }
      });
      explain.innerHTML = "<p>" + inline(q.explain) + "</p>";
      check.hidden = true;
      reset.hidden = false;
      onScore();
    }

    check.addEventListener("click", function () {
      var chosen = boxes.map(function (b) { return b.checked; });
      storage(key, { chosen: chosen });
      show(chosen);
    });
    reset.addEventListener("click", function () {
      storage(key, null);
      section.classList.remove("quiz-answered-right", "quiz-answered-wrong");
      boxes.forEach(function (b) { b.checked = false; b.disabled = false; });
      Array.prototype.forEach.call(list.children, function (item) {
        item.classList.remove("quiz-key", "quiz-missed", "quiz-wrong-pick");
        item.querySelector(".quiz-why").innerHTML = "";
      });
      verdict.innerHTML = "";
      explain.innerHTML = "";
      check.hidden = false;
      reset.hidden = true;
      onScore();
    });
    var saved = storage(key);
    if (saved && Array.isArray(saved.chosen) && saved.chosen.length === q.options.length) {
      show(saved.chosen.map(Boolean));
    }
    return section;
  }

  function quiz(root) {
    var data;
    try {
      data = JSON.parse(root.querySelector('script[type="application/json"]').textContent);
    } catch (e) {
      root.appendChild(make("p", "quiz-error", "This quiz's data cannot be read."));
      return;
    }
    var score = make("p", "quiz-score");
    root.appendChild(make("p", "quiz-intro", "Tick every option that applies, then <em>Check</em>. " +
      "The threads are <code>main</code>, then <code>t1</code>, <code>t2</code>… in the order they are " +
      "spawned; the programs' <code>thread</code>, <code>Mutex</code>, <code>println!</code>… are " +
      "stand-ins with std's API that let a model checker try every interleaving."));
    root.appendChild(score);
    function updateScore() {
      var answered = root.querySelectorAll(".quiz-answered-right, .quiz-answered-wrong").length;
      var right = root.querySelectorAll(".quiz-answered-right").length;
      score.textContent = data.questions.length + " questions · " + answered + " answered · " + right + " right";
    }
    data.questions.forEach(function (q, i) {
      root.appendChild(question(data.lesson, q, i, updateScore));
    });
    updateScore();
  }

  function start() {
    document.querySelectorAll("div.quiz").forEach(quiz);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
