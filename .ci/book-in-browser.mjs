// Loads every page of the built book in headless Chromium, from a local server, and fails on a
// page that does not load, a JavaScript error, a broken internal link or fragment, or a missing
// image. Saves a screenshot of one chapter.
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
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
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

current = "01-main-thread.html";
await page.setViewportSize({ width: 1280, height: 1600 });
await page.goto(`${base}/01-main-thread.html`, { waitUntil: "load" });
await page.screenshot({ path: screenshot });
await browser.close();
server.close();

for (const p of problems) console.error(p);
console.log(`book in a browser: ${pages.length} pages, ${checkedLinks} internal links checked, ` +
  `screenshot ${screenshot}`);
console.log(`${pages.length - new Set(problems.map((p) => p.split(":")[0])).size} passed, ` +
  `${new Set(problems.map((p) => p.split(":")[0])).size} failed`);
process.exit(problems.length === 0 ? 0 : 1);
