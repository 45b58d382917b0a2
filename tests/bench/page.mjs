// Responsiveness of the page on large pastes, in headless Chromium: for 1 MB and 5 MB of article
// text, the longest main-thread task (PerformanceObserver "longtask"), the task in which Chromium
// inserts the pasted text into the box (measured alone on a bare <textarea> too), the time to the first
// highlights, the analysis time in the worker and the time until every highlight is drawn.
// Prints figures; asserts nothing about time.
//
//   node tests/bench/page.mjs       (after ./build.sh build; ./build.sh bench runs it)

import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(ROOT, "tests", "fixtures");
const one = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(fixtures, f), "utf8")).join("\n\n") + "\n\n";
const textOf = (bytes) => one.repeat(Math.ceil(bytes / one.length)).slice(0, bytes);

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1"], { cwd: join(ROOT, "www"), stdio: "ignore" });
process.on("exit", () => server.kill());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.grantPermissions(["clipboard-read", "clipboard-write"]);

const observe = () => {
  window.__tasks = [];
  document.addEventListener("input", () => { window.__inputAt ??= performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask" });
};

async function pasteInto(page, selector, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.evaluate(() => { window.__pasteAt = performance.now(); });
  await page.keyboard.press("Control+V");
}

/** The longest task on a bare page with only a <textarea>: Chromium's own cost of the paste. */
async function bare(text) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/embed.css`); // any same-origin URL: the clipboard needs one
  await page.evaluate(() => { document.body.replaceChildren(Object.assign(document.createElement("textarea"), { id: "t", rows: 14 })); });
  await page.evaluate(observe);
  await pasteInto(page, "#t", text);
  await page.waitForFunction((n) => document.getElementById("t").value.length >= n, text.length);
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => window.__tasks);
  await page.close();
  return Math.max(0, ...tasks.map((t) => t.duration));
}

async function measure(text) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await page.fill("#article", "");
  await page.waitForFunction(() => document.getElementById("results").dataset.state === "done");
  await page.evaluate(observe);
  await pasteInto(page, "#article", text);
  await page.waitForFunction(() => document.getElementById("results").dataset.trigger === "paste" &&
    document.getElementById("results").dataset.state === "done", null, { timeout: 600_000 });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const paste = window.__pasteAt;
    const first = performance.getEntriesByName("first-highlights").at(-1)?.startTime;
    const tasks = window.__tasks.filter((t) => t.start + t.duration >= paste);
    // The task holding the paste: Chromium inserting the text, then the page's input handler.
    const at = window.__inputAt;
    const insertion = tasks.find((t) => t.start <= at && at <= t.start + t.duration) ?? { duration: 0, start: paste };
    const rest = tasks.filter((t) => t !== insertion);
    return {
      insertion: insertion.duration,
      longestOther: Math.max(0, ...rest.map((t) => t.duration)),
      over200: rest.filter((t) => t.duration > 200).length,
      slow: rest.filter((t) => t.duration > 200).map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start - paste)} ms`),
      firstHighlights: first - paste,
      analysis: document.getElementById("status").textContent,
      marks: document.querySelectorAll("#highlighted mark").length,
      done: performance.now() - paste,
    };
  });
  await page.close();
  return r;
}

const ms = (x) => `${Math.round(x).toLocaleString("en")} ms`;
console.log("page responsiveness (headless Chromium, longtask observer; figures vary with machine load)");
for (const mb of [1, 5]) {
  const text = textOf(mb * 1_000_000);
  const baseline = await bare(text);
  const r = await measure(text);
  console.log(`${mb} MB paste: Chromium's insertion task ${ms(r.insertion)} (bare textarea: ${ms(baseline)}); ` +
    `longest other main-thread task ${ms(r.longestOther)} (${r.over200} over 200 ms); ` +
    `first highlights ${ms(r.firstHighlights)} after the paste; all drawn ${ms(r.done)} after it ` +
    `(${r.marks.toLocaleString("en")} marks); status: ${r.analysis}` +
    (r.slow.length ? `\n  tasks over 200 ms besides the insertion: ${r.slow.join(", ")}` : ""));
}
await browser.close();
server.kill();
