// Loads every page of the built book in headless Chromium, from a local server, and fails on a
// page that does not load, a JavaScript error, a broken internal link or fragment, or a missing
// image. On one chapter, answers one quiz question right and one wrong and checks what each
// shows, and that the answers are remembered after a reload. Saves a screenshot of one chapter.
//
// usage: node .ci/book-in-browser.mjs BOOK_DIR SCREENSHOT_PNG   (NODE_PATH must hold playwright-core)
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, extname, relative } from "node:path";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const [bookDir, screenshot] = process.argv.slice(2);

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css",
  ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2", ".woff": "font/woff",
  ".json": "application/json", ".ttf": "font/ttf", ".ico": "image/x-icon", ".txt": "text/plain" };
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = join(bookDir, path);
  if (!file.startsWith(bookDir) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404); res.end("not found"); return;
  }
  // Scripts, styles and fonts are the same on every page: cached, they are fetched and compiled
  // once, not once per page (184 s to 123 s for the book). Each is still fetched, so a missing
  // one is still found; the pages themselves are never cached.
  const cache = extname(file) === ".html" ? "no-store" : "max-age=3600";
  res.writeHead(200, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": cache,
  });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}
const pages = htmlFiles(bookDir).map((f) => relative(bookDir, f)).sort();
const ids = new Map(pages.map((p) => [p,
  new Set([...readFileSync(join(bookDir, p), "utf8").matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]))]));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
const problems = [];
let current = "";
page.on("pageerror", (e) => problems.push(`${current}: JavaScript error: ${e.message}`));
// A page without a <link rel=icon> (mdBook's no-JavaScript toc.html) makes the browser probe
// /favicon.ico on its own: that is not the book's resource.
const probe = (url) => url === `${base}/favicon.ico`;
page.on("console", (m) => {
  if (m.type() === "error" && !probe(m.location().url)) problems.push(`${current}: console error: ${m.text()}`);
});
page.on("requestfailed", (r) => {
  // Leaving a page aborts what it was still fetching (its favicon): not a failure.
  if (r.url().startsWith(base) && !r.failure()?.errorText.includes("ERR_ABORTED")) {
    problems.push(`${current}: failed to load ${r.url()}: ${r.failure()?.errorText}`);
  }
});
page.on("response", (r) => {
  if (r.url().startsWith(base) && r.status() >= 400 && !probe(r.url())) {
    problems.push(`${current}: ${r.status()} for ${r.url()}`);
  }
});

let checkedLinks = 0;
for (const path of pages) {
  current = path;
  const response = await page.goto(`${base}/${path}`, { waitUntil: "load" });
  if (!response || response.status() !== 200) { problems.push(`${path}: did not load`); continue; }
  // mdBook's 404 page is served for any missing URL, so its links are written from the root.
  const links = path === "404.html" ? [] : await page.$$eval("a[href]", (as) => as.map((a) => a.href));
  for (const href of links) {
    if (!href.startsWith(base)) continue;
    const url = new URL(href);
    let target = decodeURIComponent(url.pathname).slice(1);
    if (target === "" || target.endsWith("/")) target += "index.html";
    if (!existsSync(join(bookDir, target))) { problems.push(`${path}: broken link ${href}`); continue; }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && ids.has(target) && !ids.get(target).has(fragment)) {
      problems.push(`${path}: link to a missing heading ${href}`);
    }
    checkedLinks += 1;
  }
  const badImages = await page.$$eval("img", (imgs) =>
    imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
  for (const src of badImages) problems.push(`${path}: missing image ${src}`);
}

// Every quiz renders all its questions.
let quizzes = 0;
for (const path of pages) {
  if (!readFileSync(join(bookDir, path), "utf8").includes('class="quiz"')) continue;
  current = path;
  await page.goto(`${base}/${path}`, { waitUntil: "load" });
  const [expected, shown] = await page.$eval("div.quiz", (root) => [
    JSON.parse(root.querySelector('script[type="application/json"]').textContent).questions.length,
    root.querySelectorAll(".quiz-question").length,
  ]);
  if (expected === 0 || shown !== expected) problems.push(`${path}: quiz shows ${shown} of ${expected} questions`);
  quizzes += 1;
}

// One right answer and one wrong one, on lesson 06's quiz.
current = "06-race-conditions.html (quiz)";
const quizPage = `${base}/06-race-conditions.html`;
await page.goto(quizPage, { waitUntil: "load" });
await page.evaluate(() => window.localStorage.clear());
await page.goto(quizPage, { waitUntil: "load" });
const keys = await page.$eval("div.quiz", (root) =>
  JSON.parse(root.querySelector('script[type="application/json"]').textContent)
    .questions.map((q) => q.options.map((o) => o.key)));
async function answer(index, ticks) {
  const section = page.locator(".quiz-question").nth(index);
  const boxes = section.locator(".quiz-options input[type=checkbox]");
  for (let i = 0; i < ticks.length; i++) if (ticks[i]) await boxes.nth(i).check();
  await section.locator(".quiz-check").click();
  return section.evaluate((s) => ({
    classes: s.className,
    verdict: s.querySelector(".quiz-verdict").textContent,
    explain: s.querySelector(".quiz-explain").textContent,
    steps: s.querySelectorAll(".quiz-steps li").length,
    reasons: [...s.querySelectorAll(".quiz-why")].map((w) => w.textContent),
    missed: s.querySelectorAll(".quiz-missed, .quiz-wrong-pick").length,
  }));
}
const right = await answer(0, keys[0]);
if (!right.classes.includes("quiz-answered-right") || !right.verdict.startsWith("✓ Right")) {
  problems.push(`${current}: a right answer shows ${JSON.stringify(right.verdict)}`);
}
if (right.steps === 0 || right.explain.length < 20 || right.missed !== 0) {
  problems.push(`${current}: a right answer shows ${right.steps} steps, explanation ${JSON.stringify(right.explain)}`);
}
const wrongTicks = keys[1].map((k) => !k);
const wrong = await answer(1, wrongTicks);
if (!wrong.classes.includes("quiz-answered-wrong") || !wrong.verdict.startsWith("✗ Not quite")) {
  problems.push(`${current}: a wrong answer shows ${JSON.stringify(wrong.verdict)}`);
}
if (wrong.missed !== keys[1].length || !wrong.reasons.some((r) => r.startsWith("Cannot happen."))
  || !wrong.reasons.some((r) => r.startsWith("Can happen:")) || wrong.steps === 0) {
  problems.push(`${current}: a wrong answer marks ${wrong.missed} options, reasons ${JSON.stringify(wrong.reasons)}`);
}
await page.reload({ waitUntil: "load" });
const remembered = await page.$$eval(".quiz-question", (qs) => qs.slice(0, 3).map((q) => q.className));
if (!remembered[0].includes("quiz-answered-right") || !remembered[1].includes("quiz-answered-wrong")
  || remembered[2].includes("quiz-answered")) {
  problems.push(`${current}: after a reload the answers are not remembered: ${JSON.stringify(remembered)}`);
}
await page.locator(".quiz-question").nth(1).locator(".quiz-reset").click();
if ((await page.locator(".quiz-question").nth(1).getAttribute("class")).includes("quiz-answered")) {
  problems.push(`${current}: "Try again" does not clear the answer`);
}
await page.evaluate(() => window.localStorage.clear());

current = "01-main-thread.html";
await page.setViewportSize({ width: 1280, height: 1600 });
await page.goto(`${base}/01-main-thread.html`, { waitUntil: "load" });
await page.screenshot({ path: screenshot });
await browser.close();
server.close();

for (const p of problems) console.error(p);
console.log(`book in a browser: ${pages.length} pages, ${checkedLinks} internal links checked, ` +
  `${quizzes} quizzes rendered, one question answered right and one wrong, screenshot ${screenshot}`);
console.log(`${pages.length - new Set(problems.map((p) => p.split(":")[0])).size} passed, ` +
  `${new Set(problems.map((p) => p.split(":")[0])).size} failed`);
process.exit(problems.length === 0 ? 0 : 1);
