// The npm package, as a developer gets it: packs it (./build.sh package), installs the tarball into
// an empty temporary folder, imports it from Node with no init call, then serves that folder and uses
// `article-analyzer/element` and `article-analyzer/worker` from node_modules in Chromium.
//
//   node tests/e2e/package.mjs      (./build.sh test runs it after ./build.sh package)

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, ROOT, freePort } from "./harness-lite.mjs";

let dir;
let tgz;

before(async () => {
  const dist = join(ROOT, "dist");
  const found = (await readdir(dist).catch(() => [])).filter((f) => /^article-analyzer-.*\.tgz$/.test(f));
  assert.ok(found.length > 0, "dist/article-analyzer-<version>.tgz is missing: run ./build.sh package");
  tgz = join(dist, found.sort().at(-1));
  dir = await mkdtemp(join(tmpdir(), "article-analyzer-pkg-"));
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", tgz], { cwd: dir, stdio: "pipe" });
});

after(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

test("the tarball has the declared entry points, types and files", async () => {
  const pkg = JSON.parse(execFileSync("node", ["-p", "JSON.stringify(require('./node_modules/article-analyzer/package.json'))"], { cwd: dir, encoding: "utf8" }));
  assert.equal(pkg.name, "article-analyzer");
  assert.ok(pkg.types && pkg.files.length > 0);
  for (const key of [".", "./element", "./worker"]) assert.ok(pkg.exports[key], key);
  for (const f of ["index.d.ts", "node.js", "element.js", "worker.js", "worker-client.js", "pkg/article_analyzer_bg.wasm"]) {
    await stat(join(dir, "node_modules", "article-analyzer", f));
  }
  console.log(`# ${tgz}: ${(await stat(tgz)).size} bytes`);
});

test("Node 20 imports it and analyses with no init call; the browser-style init() also works", () => {
  const script = `
    import { analyze, Analyzer, version } from "article-analyzer";
    const text = "Marco Rubio flew to Mexico City on Monday.";
    const r = analyze(text);
    const a = new Analyzer({ labels: ["PLACE"] });
    const places = a.analyze(text).entities.map((e) => e.text);
    a.free();
    const { default: init } = await import("article-analyzer");
    await init();
    console.log(JSON.stringify({ version: version(), entities: r.entities.map((e) => [e.label, e.text]), places }));`;
  const out = JSON.parse(execFileSync("node", ["--input-type=module", "-e", script], { cwd: dir, encoding: "utf8" }));
  assert.deepEqual(out.entities, [["PERSON", "Marco Rubio"], ["PLACE", "Mexico City"], ["DATE", "Monday"]]);
  assert.deepEqual(out.places, ["Mexico City"]);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
});

test("in Chromium, from node_modules: the element, the worker and init() with no argument", async () => {
  await writeFile(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title>
    <script type="module" src="node_modules/article-analyzer/element.js"></script></head>
    <body><textarea id="t">Angela Merkel met Emmanuel Macron in Paris.</textarea>
    <article-analyzer id="a" for="t"></article-analyzer></body></html>`);
  const port = await freePort();
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1"], { cwd: dir, stdio: "ignore" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    for (let i = 0; i < 50; i++) {
      try { await page.goto(`http://127.0.0.1:${port}/index.html`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    await page.waitForFunction(() => document.getElementById("a").result);
    const marks = await page.evaluate(() => [...document.getElementById("a").shadowRoot.querySelectorAll("mark[data-label]")].map((m) => `${m.dataset.label}:${m.textContent}`));
    assert.deepEqual(marks, ["PERSON:Angela Merkel", "PERSON:Emmanuel Macron", "PLACE:Paris"]);
    const viaWorker = await page.evaluate(async () => {
      const { analyze } = await import("./node_modules/article-analyzer/worker-client.js");
      return (await analyze("Marco Rubio visited Ottawa.")).entities.map((e) => e.text);
    });
    assert.deepEqual(viaWorker, ["Marco Rubio", "Ottawa"]);
    const direct = await page.evaluate(async () => {
      const m = await import("./node_modules/article-analyzer/index.js");
      await m.default();
      return m.analyze("Claudia Sheinbaum spoke in Monterrey.").entities.map((e) => e.label);
    });
    assert.ok(direct.includes("PERSON"), JSON.stringify(direct));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.kill();
  }
});
