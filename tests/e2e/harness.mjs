// The end-to-end harness: the server, the browser and helpers that the test files share.
//
// Serves www/ with `python3 -m http.server` on a free loopback port, opens the page in a fresh profile,
// and checks what a reader sees: highlights, summary, keywords, the worker protocol, markup shown as
// text, UTF-16 offsets, empty input, bad options. Every request, console message and failed response is
// recorded; the last test asserts the page stayed on its own origin with no error and no 404.
// CHROMIUM=/path overrides the browser (default /usr/bin/chromium). Screenshots go to test-results/.

import { before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT, freePort } from "./harness-lite.mjs";

export { CHROMIUM, CHROMIUM_ARGS, ROOT, freePort };
export const WWW = join(ROOT, "www");
export const RESULTS = join(ROOT, "test-results");

export const ARTICLE = await readFile(join(ROOT, "tests", "fixtures", "border_talks.txt"), "utf8");
export const XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";
// Astral emoji (a ZWJ family, a flag, skin tones), CJK and decomposed accents (U+0301, U+0308) around
// and inside names: UTF-16, UTF-8 and char offsets all differ here.
export const UNICODE = "👩‍👩‍👧 Marco Rubio 🇲🇽 met Claudia Sheinbaum in Mexico City on Monday. " +
  "東京の記者会見で、José Martínez said the talks went well 🎉👍🏽. " +
  "Rubio later flew to Washington. Zoe\u0301 Bra\u0308un of Reuters 📰 reported it.";

let server;
export let browser; // a persistent context on a fresh, empty user-data-dir
let profile;
export let page;
export let base;
export let firstText;
export const requests = [];
export const outside = [];
export const failures = [];
export const consoleErrors = [];
export const dialogs = [];

export async function startServer() {
  const port = await freePort();
  const child = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1"], {
    cwd: WWW,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (d) => { log = (log + d).slice(-4000); });
  process.on("exit", () => child.kill()); // never leave the server behind, whatever happens
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`http.server exited: ${log}`);
    try {
      const r = await fetch(`${url}/index.html`);
      if (r.ok) return { child, url };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`http.server did not start on ${url}: ${log}`);
}

before(async () => {
  await readFile(join(WWW, "pkg", "article_analyzer_bg.wasm")).catch(() => {
    throw new Error("www/pkg is missing: run ./build.sh build first");
  });
  await mkdir(RESULTS, { recursive: true });
  ({ child: server, url: base } = await startServer());
  profile = await mkdtemp(join(tmpdir(), "article-analyzer-e2e-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const origin = new URL(base).origin;
  // Record every request; anything outside the page's origin is noted and refused.
  await browser.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin) {
      outside.push(url);
      return route.abort("blockedbyclient");
    }
    return route.continue();
  });
  browser.on("request", (r) => {
    requests.push(r.url());
    const u = new URL(r.url());
    if (u.protocol !== "data:" && u.origin !== origin && !outside.includes(r.url())) outside.push(r.url());
  });
  browser.on("requestfailed", (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
  browser.on("response", (r) => { if (r.status() >= 400) failures.push(`${r.url()}: HTTP ${r.status()}`); });
  browser.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); if (process.env.E2E_DEBUG && m.type() === "error") console.log("console error at", m.location(), m.page()?.url()); });
  browser.on("weberror", (e) => consoleErrors.push(`uncaught: ${e.error().message}`));
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  firstText = await page.inputValue("#article");
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (profile) await rm(profile, { recursive: true, force: true });
});

// ---- helpers ----------------------------------------------------------------------------------------

/** Pastes `text` into the article box the way a reader does: onto the clipboard, then Ctrl+V. */
export async function paste(text) {
  const box = page.locator("#article");
  await box.fill("");
  const runs = await page.evaluate(() => Number(document.getElementById("results").dataset.runs ?? 0));
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box.focus();
  await page.keyboard.press("Control+V");
  await settled(text, runs);
  assert.equal(await page.getAttribute("#results", "data-trigger"), "paste", "a paste is analysed at once");
}

/** Waits until the page has shown the analysis of `text` (and a run newer than `runsBefore`). */
export async function settled(text, runsBefore = 0) {
  await page.waitForFunction(([t, n]) => {
    const r = document.getElementById("results");
    return document.getElementById("article").value === t && Number(r.dataset.runs) > n &&
      r.getAttribute("aria-busy") === "false" && (r.dataset.state === "done" || r.dataset.state === "error");
  }, [text, runsBefore]);
}

export const marks = () => page.$$eval("#highlighted mark", (ms) => ms.map((m) => ({ label: m.dataset.label, text: m.textContent })));

/** Runs one request through a fresh copy of www/worker.js, as an embedder would. */
export async function viaWorker(text, options) {
  return page.evaluate(async ([text, options]) => {
    const w = new Worker("./worker.js", { type: "module" });
    try {
      return await new Promise((resolve, reject) => {
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => reject(new Error(e.message));
        w.postMessage({ id: 42, text, options });
      });
    } finally {
      w.terminate();
    }
  }, [text, options]);
}

