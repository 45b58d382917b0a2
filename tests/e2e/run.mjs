// End-to-end tests of the page (www/) in Debian's headless Chromium, driven by playwright-core.
//
//   node tests/e2e/run.mjs          (after ./build.sh build; ./build.sh test runs it)
//
// Serves www/ with `python3 -m http.server` on a free loopback port, opens the page in a fresh profile,
// and checks what a reader sees: highlights, summary, keywords, the worker protocol, markup shown as
// text, UTF-16 offsets, empty input, bad options. Every request, console message and failed response is
// recorded; the last test asserts the page stayed on its own origin with no error and no 404.
// CHROMIUM=/path overrides the browser (default /usr/bin/chromium). Screenshots go to test-results/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const WWW = join(ROOT, "www");
const RESULTS = join(ROOT, "test-results");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const ARTICLE = await readFile(join(ROOT, "tests", "fixtures", "border_talks.txt"), "utf8");
const XSS = "<img src=x onerror=alert(1)><script>alert(2)</script>";
// Astral emoji (a ZWJ family, a flag, skin tones), CJK and decomposed accents (U+0301, U+0308) around
// and inside names: UTF-16, UTF-8 and char offsets all differ here.
const UNICODE = "👩‍👩‍👧 Marco Rubio 🇲🇽 met Claudia Sheinbaum in Mexico City on Monday. " +
  "東京の記者会見で、José Martínez said the talks went well 🎉👍🏽. " +
  "Rubio later flew to Washington. Zoe\u0301 Bra\u0308un of Reuters 📰 reported it.";

let server;
let browser; // a persistent context on a fresh, empty user-data-dir
let profile;
let page;
let base;
const requests = [];
const outside = [];
const failures = [];
const consoleErrors = [];
const dialogs = [];

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startServer() {
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
  browser.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  browser.on("weberror", (e) => consoleErrors.push(`uncaught: ${e.error().message}`));
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (profile) await rm(profile, { recursive: true, force: true });
});

// ---- helpers ----------------------------------------------------------------------------------------

/** Pastes `text` into the article box the way a reader does: onto the clipboard, then Ctrl+V. */
async function paste(text) {
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
async function settled(text, runsBefore = 0) {
  await page.waitForFunction(([t, n]) => {
    const r = document.getElementById("results");
    return document.getElementById("article").value === t && Number(r.dataset.runs) > n &&
      r.getAttribute("aria-busy") === "false" && (r.dataset.state === "done" || r.dataset.state === "error");
  }, [text, runsBefore]);
}

const marks = () => page.$$eval("#highlighted mark", (ms) => ms.map((m) => ({ label: m.dataset.label, text: m.textContent })));

/** Runs one request through a fresh copy of www/worker.js, as an embedder would. */
async function viaWorker(text, options) {
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

// ---- tests ------------------------------------------------------------------------------------------

test("a pasted article is highlighted with PERSON, PLACE and ORG, summarised and given keywords", async () => {
  await paste(ARTICLE);
  assert.equal(await page.getAttribute("#results", "data-state"), "done");
  const found = await marks();
  const labels = new Set(found.map((m) => m.label));
  for (const l of ["PERSON", "PLACE", "ORG"]) assert.ok(labels.has(l), `${l} among ${[...labels]}`);
  assert.ok(found.some((m) => m.text.includes("Rubio")), "Rubio is highlighted");
  // The highlighted text is the article itself, character for character.
  assert.equal(await page.textContent("#highlighted"), ARTICLE);
  // Every highlight is a <mark data-label> with a visible label tag drawn by CSS.
  const tag = await page.$eval("#highlighted mark", (m) => getComputedStyle(m, "::after").content);
  assert.match(tag, /^"[A-Z]+"$/);
  const legend = await page.$$eval("#legend li", (lis) => lis.map((li) => li.dataset.label));
  assert.deepEqual(new Set(legend), labels, "the legend lists exactly the labels present");
  const summary = await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));
  assert.ok(summary.length > 0 && summary.every((s) => s.length > 0 && ARTICLE.includes(s)), "summary sentences come from the text");
  const keywords = await page.$$eval("#keywords li", (lis) => lis.length);
  assert.ok(keywords > 0, "keywords shown");
  const listed = await page.$$eval("#groups li, #groups-more li", (lis) => lis.map((li) => li.querySelector(".name").textContent));
  const { result } = await viaWorker(ARTICLE);
  const named = result.groups.filter((g) => ["PERSON", "ORG", "PLACE", "MISC"].includes(g.label)).map((g) => g.name);
  assert.deepEqual(new Set(listed), new Set(named), "every distinct named entity is listed once");
  assert.equal(listed.length, named.length);
  const words = Number((await page.textContent('[data-stat="words"]')).replace(/\D/g, ""));
  assert.ok(words > 100, `word count ${words}`);
  assert.equal(await page.isHidden("#error"), true);
  await page.screenshot({ path: join(RESULTS, "article.png"), fullPage: true });
});

test("typing is analysed once the typist pauses (debounced)", async () => {
  await page.locator("#article").fill("");
  await settled("", 0);
  const before = await page.evaluate(() => Number(document.getElementById("results").dataset.runs));
  const text = "Marco Rubio met Claudia Sheinbaum in Mexico City.";
  await page.locator("#article").pressSequentially(text);
  await settled(text, before);
  const runs = await page.evaluate(() => Number(document.getElementById("results").dataset.runs)) - before;
  assert.ok(runs >= 1 && runs < text.length, `${runs} analyses for ${text.length} keystrokes`);
  const found = await marks();
  assert.ok(found.some((m) => m.label === "PERSON" && m.text === "Marco Rubio"), JSON.stringify(found));
});

test("a dropped .txt file and an opened .txt file are analysed", async () => {
  await page.locator("#article").fill("");
  let runs = await page.evaluate(() => Number(document.getElementById("results").dataset.runs));
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "border_talks.txt", { type: "text/plain" }));
    const zone = document.getElementById("dropzone");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    document.getElementById("article").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, ARTICLE);
  await settled(ARTICLE, runs);
  assert.ok((await marks()).length > 0);
  assert.equal(await page.textContent("#highlighted"), ARTICLE);

  await page.locator("#article").fill("");
  runs = await page.evaluate(() => Number(document.getElementById("results").dataset.runs));
  const other = await readFile(join(ROOT, "tests", "fixtures", "storm_report.txt"), "utf8");
  await page.setInputFiles("#file", { name: "storm_report.txt", mimeType: "text/plain", buffer: Buffer.from(other) });
  await settled(other, runs);
  assert.equal(await page.textContent("#highlighted"), other);
});

test("markup in an article is shown literally and never runs", async () => {
  const scripts = await page.$$eval("script", (s) => s.length);
  const text = `Marco Rubio wrote ${XSS} in Mexico City. <b onmouseover=alert(3)>bold</b> &amp; &lt;`;
  for (const input of [XSS, text]) {
    await paste(input);
    assert.equal(await page.textContent("#highlighted"), input, "textContent equals the input");
    assert.equal(await page.$$eval("img", (i) => i.length), 0, "no <img> created");
    assert.equal(await page.$$eval("b", (i) => i.length), 0, "no <b> created");
    assert.equal(await page.$$eval("script", (s) => s.length), scripts, "no <script> added");
    const tags = await page.$$eval("#highlighted *, #summary *, #keywords *, #groups *, #groups-more *, #legend *",
      (els) => [...new Set(els.map((e) => e.localName))]);
    assert.ok(tags.every((t) => ["mark", "li", "span", "details", "summary", "ul"].includes(t)), `only the page's own elements: ${tags}`);
    const summary = await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent).join(" "));
    assert.ok(summary.includes("<script>alert(2)</script>"), "the summary shows the markup as text");
  }
  await page.waitForTimeout(200); // give any onerror handler a chance to (not) fire
  assert.deepEqual(dialogs, [], "no dialog opened");
});

test("offsets are UTF-16 code units in the worker and on the page (emoji, CJK, combining marks)", async () => {
  const reply = await viaWorker(UNICODE);
  assert.equal(reply.id, 42);
  assert.ok(!("error" in reply), reply.error);
  const { entities } = reply.result;
  assert.ok(entities.length >= 4, JSON.stringify(entities));
  for (const e of entities) assert.equal(UNICODE.slice(e.start, e.end), e.text, JSON.stringify(e));
  assert.ok(entities.some((e) => e.text === "Washington"), "an entity after the astral characters");
  for (const s of reply.result.sentences) {
    const piece = UNICODE.slice(s.start, s.end);
    assert.equal(piece, piece.trim(), "sentence spans are trimmed");
  }
  // The page draws the same spans.
  await paste(UNICODE);
  assert.deepEqual(await marks(), entities.map((e) => ({ label: e.label, text: e.text })));
  assert.equal(await page.textContent("#highlighted"), UNICODE);
  // Lone surrogates arrive as U+FFFD, one unit each, so offsets still line up with the JS string.
  const lone = "\uD83D Marco Rubio met officials in Mexico City.\uDC00 Rubio left.";
  const r = await viaWorker(lone);
  assert.ok(r.result.entities.length > 0);
  // `text` is the mention as Rust saw it (U+FFFD for a lone surrogate), so compare the well-formed slice.
  for (const e of r.result.entities) assert.equal(lone.slice(e.start, e.end).toWellFormed(), e.text);
  assert.ok(r.result.entities.some((e) => e.text === "Rubio" && lone.slice(e.start, e.end) === "Rubio"));
});

test("empty and whitespace-only input show an empty analysis, not an error", async () => {
  for (const input of ["   \n\n\t  ", ""]) {
    await page.locator("#article").fill("x");
    await settled("x");
    const runs = await page.evaluate(() => Number(document.getElementById("results").dataset.runs));
    await page.locator("#article").fill(input);
    await settled(input, runs);
    assert.equal(await page.getAttribute("#results", "data-state"), "done");
    assert.equal((await marks()).length, 0);
    assert.equal(await page.textContent('[data-stat="words"]'), "0");
    assert.equal(await page.$$eval("#summary li, #keywords li, #legend li", (l) => l.length), 0);
    assert.equal(await page.isHidden("#error"), true);
    assert.match(await page.textContent("#status"), /Nothing to analyse/);
  }
  for (const input of ["", " \t\n "]) {
    const r = await viaWorker(input);
    assert.deepEqual([r.result.sentences, r.result.entities, r.result.summary], [[], [], []]);
  }
  // Clear returns the page to the empty state.
  await paste(ARTICLE);
  await page.click("#clear");
  await settled("");
  assert.equal((await marks()).length, 0);
});

test("bad options give an Error naming the field (module, worker and page)", async () => {
  const thrown = await page.evaluate(async () => {
    const m = await import("./pkg/article_analyzer.js");
    await m.default();
    const out = [];
    for (const o of [{ keywords: -1 }, { labels: ["PLANET"] }, { summarySentences: "3" }, { colour: "red" }]) {
      try { new m.Analyzer(o); out.push(null); } catch (e) { out.push([e instanceof Error, e.message]); }
    }
    try { m.analyze("text", { keywords: -1 }); out.push(null); } catch (e) { out.push([e instanceof Error, e.message]); }
    const a = new m.Analyzer({ labels: ["PERSON"], keywords: 2 });
    const r = a.analyze("Marco Rubio met Claudia Sheinbaum in Mexico City.");
    a.free();
    out.push(r.entities.map((e) => e.label));
    return out;
  });
  const [kw, labels, summary, unknown, fn, ok] = thrown;
  assert.deepEqual(kw?.[0], true);
  assert.match(kw[1], /keywords/);
  assert.match(labels[1], /labels.*PLANET/);
  assert.match(summary[1], /summarySentences/);
  assert.match(unknown[1], /colour/);
  assert.match(fn[1], /keywords/);
  assert.ok(ok.length > 0 && ok.every((l) => l === "PERSON"), JSON.stringify(ok));

  for (const [options, field] of [[{ keywords: -1 }, "keywords"], [{ labels: ["PLANET"] }, "labels"]]) {
    const r = await viaWorker("Some text.", options);
    assert.equal(r.id, 42);
    assert.ok(!("result" in r));
    assert.match(r.error, new RegExp(field));
  }

  // The page's own options: a negative count is reported, naming the field, and recovery works.
  await paste(ARTICLE);
  await page.click(".options summary");
  let runs = await page.evaluate(() => Number(document.getElementById("results").dataset.runs));
  await page.fill("#opt-keywords", "-1");
  await page.waitForFunction((n) => Number(document.getElementById("results").dataset.runs) > n &&
    document.getElementById("results").dataset.state === "error", runs);
  assert.match(await page.textContent("#error"), /keywords/);
  runs = await page.evaluate(() => Number(document.getElementById("results").dataset.runs));
  await page.fill("#opt-keywords", "3");
  await settled(ARTICLE, runs);
  assert.equal(await page.getAttribute("#results", "data-state"), "done");
  assert.equal(await page.isHidden("#error"), true);
  assert.ok(await page.$$eval("#keywords li", (l) => l.length) <= 3);
});

test("the page stays on its own origin, with no console error and no failed request", async () => {
  assert.ok(requests.some((u) => u.endsWith("/pkg/article_analyzer_bg.wasm")), "the module was fetched");
  assert.ok(requests.some((u) => u.endsWith("/worker.js")), "the worker was fetched");
  assert.deepEqual(outside, [], "no request left the page's origin");
  assert.deepEqual(failures, [], "no failed request");
  assert.deepEqual(consoleErrors, [], "no console error");
  assert.deepEqual(dialogs, []);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  // The CSP is live: an inline script is refused.
  const ran = await page.evaluate(async () => {
    window.__inline = false;
    const s = document.createElement("script");
    s.textContent = "window.__inline = true";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    s.remove();
    return window.__inline;
  });
  assert.equal(ran, false, "CSP blocks inline script");
  // The refused inline script is reported on the console (so the recorder works) and is the only error.
  await page.waitForTimeout(100);
  assert.ok(consoleErrors.some((m) => /Content Security Policy/.test(m)), "the CSP refusal was recorded");
  const rest = consoleErrors.filter((m) => !/Content Security Policy/.test(m));
  assert.deepEqual(rest, []);
});
