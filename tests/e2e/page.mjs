// What a reader does with the results: the sample, legend toggles, click-to-mark with stepping,
// keyphrases, summary links, the keyboard, label corrections across a reload, an HTML file with
// scripts, the JSON export, dark mode, 390 px, axe, the embed example and offline use.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ARTICLE, ROOT, base, browser, dialogs, failures, firstText, marks, page, paste, settled } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

const runs = () => page.evaluate(() => Number(document.getElementById("results").dataset.runs));
const finder = () => page.evaluate(() => ({
  shown: !document.getElementById("finder").hidden,
  kind: document.getElementById("finder").dataset.kind,
  what: document.getElementById("finder-what").textContent,
  pos: document.getElementById("finder-pos").textContent,
  marked: CSS.highlights.get("marked")?.size ?? 0,
  current: [...(CSS.highlights.get("current") ?? [])].map((r) => r.toString()),
}));

/** axe-core's violations on the page as it is now (axe is evaluated through CDP, not a <script>). */
async function axeViolations() {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("a first visit shows the sample article, analysed", async () => {
  assert.match(firstText, /^Harbour city votes to rebuild its flooded tram depot/);
});

test("legend labels toggle their highlights", async () => {
  await paste(ARTICLE);
  const person = page.locator('#legend li[data-label="PERSON"] button');
  assert.equal(await person.getAttribute("aria-pressed"), "true");
  const bg = () => page.$eval('#highlighted mark[data-label="PERSON"]', (m) => getComputedStyle(m).backgroundColor);
  const on = await bg();
  await person.click();
  assert.equal(await person.getAttribute("aria-pressed"), "false");
  assert.equal(await bg(), "rgba(0, 0, 0, 0)", "PERSON highlights hidden");
  const org = await page.$eval('#highlighted mark[data-label="ORG"]', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(org, "rgba(0, 0, 0, 0)", "other labels stay");
  await person.click();
  assert.equal(await bg(), on);
});

test("clicking an entity marks all its mentions and steps through them", async () => {
  const mark = page.locator("#highlighted mark", { hasText: "Rubio" }).first();
  await mark.click();
  let f = await finder();
  assert.ok(f.shown && f.kind === "entity", JSON.stringify(f));
  assert.match(f.what, /Marco Rubio \(PERSON\)/);
  const total = Number(f.pos.match(/of (\d+)/)[1]);
  assert.ok(total >= 2, f.pos);
  assert.equal(f.marked, total, "every mention is marked");
  assert.deepEqual(f.current.length, 1);
  const first = f.pos;
  await page.click("#finder-next");
  f = await finder();
  assert.notEqual(f.pos, first, "Next moves on");
  assert.ok(f.current[0].includes("Rubio"));
  // The same from the list of entities, by keyboard.
  await page.click("#finder-clear");
  assert.equal((await finder()).shown, false);
  await page.focus('#groups .entity:has(.name:text-is("Claudia Sheinbaum"))');
  await page.keyboard.press("Enter");
  f = await finder();
  assert.match(f.what, /Claudia Sheinbaum/);
  assert.equal(f.pos, `1 of ${f.marked}`);
});

test("a keyphrase of hard-wrapped text finds its occurrences across line breaks", async () => {
  const { occurrencesOf } = await import("../../www/js/finder.js");
  const text = "Officials said the Mexican\nnavy would patrol the coast. The Mexican  navy agreed; Mexican navyman.";
  const found = occurrencesOf("Mexican navy", text).map(([a, b]) => text.slice(a, b));
  assert.deepEqual(found, ["Mexican\nnavy", "Mexican  navy"]);
  assert.deepEqual(occurrencesOf("U.S. (east)", "the U.S. (east) and U.S. (east)"), [[4, 15], [20, 31]]);
});

test("a keyphrase marks its occurrences and a summary sentence takes the reader to its place", async () => {
  const keyword = page.locator("#keywords button").first();
  const phrase = (await keyword.evaluate((b) => b.firstChild.textContent)).trim();
  await keyword.click();
  let f = await finder();
  assert.equal(f.kind, "keyword");
  assert.ok(f.marked >= 1, JSON.stringify(f));
  assert.equal(f.current[0].toLowerCase(), phrase.toLowerCase());

  const sentence = page.locator("#summary button").nth(1);
  const text = await sentence.textContent();
  await page.evaluate(() => { document.getElementById("highlighted").scrollTop = 0; });
  await sentence.click();
  f = await finder();
  assert.equal(f.kind, "sentence");
  assert.deepEqual(f.current, [text]);
  const visible = await page.evaluate(() => {
    const box = document.getElementById("highlighted").getBoundingClientRect();
    const r = [...CSS.highlights.get("current")][0].getBoundingClientRect();
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  });
  assert.ok(visible, "the sentence is scrolled into the text box's view");
});

test("every control is reachable by keyboard, with a visible focus ring", async () => {
  await page.focus("body");
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen = new Set();
  let unringed = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const a = document.activeElement;
      const s = getComputedStyle(a);
      const key = a.id || a.className || a.localName;
      return { key, ring: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 };
    });
    seen.add(info.key);
    if (!info.ring) unringed.push(info.key);
  }
  for (const key of ["article", "sample", "open-file", "clear", "copy-json", "download-json", "copy-summary", "chip", "highlighted", "sentence", "keyword", "entity", "theme"]) {
    assert.ok(seen.has(key), `${key} reachable by Tab (${[...seen].join(" ")})`);
  }
  unringed = unringed.filter((k) => k !== "body");
  assert.deepEqual(unringed, [], "focus is visible on every stop");
});

test("a label correction is kept across a reload and can be removed", async () => {
  await paste(ARTICLE);
  await page.locator("#highlighted mark", { hasText: "Claudia Sheinbaum" }).first().click();
  assert.equal(await page.isVisible("#relabel-box"), true);
  let n = await runs();
  await page.selectOption("#relabel", "ORG");
  await page.click("#relabel-save");
  await settled(ARTICLE, n);
  const label = async () => (await marks()).filter((m) => m.text === "Claudia Sheinbaum").map((m) => m.label);
  assert.ok((await label()).every((l) => l === "ORG") && (await label()).length > 0, JSON.stringify(await label()));
  const list = () => page.$$eval("#corrections li", (lis) => lis.map((li) => `${li.querySelector(".name").textContent}=${li.querySelector(".tag").textContent}`));
  assert.deepEqual(await list(), ["Claudia Sheinbaum=ORG"]);

  await page.waitForTimeout(600); // the text is written to IndexedDB once typing pauses
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.equal(await page.inputValue("#article"), ARTICLE, "the text is kept across the reload");
  assert.deepEqual(await list(), ["Claudia Sheinbaum=ORG"]);
  assert.ok((await label()).every((l) => l === "ORG") && (await label()).length > 0);

  n = await runs();
  await page.click('#corrections button[aria-label^="Remove"]');
  await settled(ARTICLE, n);
  assert.deepEqual(await list(), []);
  assert.ok((await label()).every((l) => l === "PERSON"), JSON.stringify(await label()));
  // Selecting words offers the same correction.
  await page.evaluate(() => {
    const mark = [...document.querySelectorAll("#highlighted mark")].find((m) => m.textContent === "Rubio");
    getSelection().selectAllChildren(mark);
  });
  await page.waitForFunction(() => document.getElementById("finder-what").textContent.includes("Rubio"));
  assert.equal(await page.isVisible("#relabel-box"), true);
});

test("a dropped HTML file is reduced to its text; its scripts never run", async () => {
  const html = `<!doctype html><html><head><title>Storm</title><script>window.__ran = true; alert(1)</script>
    <style>p { color: red }</style></head><body><h1>Storm hits the coast</h1>
    <p style="color: blue">Marco Rubio visited <b>Miami</b> on Monday.</p><script>window.__ran2 = true</script>
    <p>&lt;script&gt;alert(3)&lt;/script&gt; is shown as text.</p><img src="x" onerror="alert(4)"></body></html>`;
  const n = await runs();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], "storm.html", { type: "text/html" }));
    const zone = document.getElementById("dropzone");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    document.getElementById("article").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, html);
  await page.waitForFunction((n) => {
    const r = document.getElementById("results");
    return Number(r.dataset.runs) > n && r.dataset.trigger === "file" && r.dataset.state === "done";
  }, n);
  const text = await page.inputValue("#article");
  assert.equal(text, "Storm hits the coast\n\nMarco Rubio visited Miami on Monday.\n\n<script>alert(3)</script> is shown as text.");
  assert.equal(await page.textContent("#highlighted"), text);
  assert.equal(await page.evaluate(() => [window.__ran, window.__ran2].some(Boolean)), false, "no script ran");
  assert.equal(await page.$$eval("#highlighted script, #highlighted img", (e) => e.length), 0);
  await page.waitForTimeout(100);
  assert.deepEqual(dialogs, []);
  assert.ok((await marks()).some((m) => m.text === "Miami"));
});

test("the summary never shows the headline, and shows list items without their markers", async () => {
  const text = [
    "Harbour ferry strike ends after nine days",
    "",
    "Ferry crews in the harbour city returned to work on Friday after their union accepted a new pay offer, ending a strike that had stranded thousands of commuters.",
    "",
    "- The offer raises pay by 6% this year and 4% next year, the union said.",
    "- Night crossings will resume on Monday, the operator said.",
    "• Commuters who bought weekly passes during the strike will get refunds.",
    "",
    "The city's mayor said the deal was fair to both sides.",
  ].join("\n");
  await paste(text);
  const shown = await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));
  assert.ok(shown.length > 0);
  for (const s of shown) {
    assert.ok(!s.startsWith("Harbour ferry strike"), `the headline is never chosen: ${s}`);
    assert.doesNotMatch(s, /^(?:[-*\u2022]|\d+[.)])\s/, `no list marker: ${s}`);
    assert.ok(text.includes(s), `the sentence comes from the text: ${s}`);
  }
  // A list item's sentence is marked in the text without its marker too.
  const item = page.locator("#summary button", { hasText: "Commuters who bought" });
  await item.click();
  assert.deepEqual((await finder()).current, [await item.textContent()]);
  await paste(ARTICLE);
});

test("the JSON export has the documented shape; the summary copies as text", async () => {
  await paste(ARTICLE);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
  assert.equal(download.suggestedFilename(), "article-analysis.json");
  const json = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.deepEqual(Object.keys(json).sort(), ["entities", "groups", "keywords", "sentences", "stats", "summary"]);
  const e = json.entities[0];
  assert.deepEqual(Object.keys(e).sort(), ["end", "group", "label", "sentence", "start", "text"]);
  for (const x of json.entities) assert.equal(ARTICLE.slice(x.start, x.end), x.text);
  assert.deepEqual(Object.keys(json.groups[0]).sort(), ["id", "label", "mentions", "name"]);
  assert.deepEqual(Object.keys(json.keywords[0]).sort(), ["count", "score", "text"]);
  assert.deepEqual(Object.keys(json.stats).sort(), ["characters", "readingMinutes", "sentences", "words"]);
  assert.ok(json.summary.every((i) => Number.isInteger(i) && i < json.sentences.length));

  await page.click("#copy-json");
  await page.waitForFunction(() => /Copied the result/.test(document.getElementById("status").textContent));
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), json);
  await page.click("#copy-summary");
  await page.waitForFunction(() => /Copied the summary/.test(document.getElementById("status").textContent));
  const summary = json.summary.map((i) => ARTICLE.slice(json.sentences[i].start, json.sentences[i].end)).join("\n");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary);
});

test("axe-core finds no violations, in light and dark, at 1280 and 390 px; dark mode and 390 px work", async () => {
  await paste(ARTICLE);
  await page.click("#highlighted mark >> nth=0"); // with the finder bar open, too
  assert.deepEqual(await axeViolations(), [], "light");
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();

  await page.selectOption("#theme", "dark");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  const dark = await background();
  const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  assert.ok(lum(dark) < 60 && lum(light) > 200, `${light} -> ${dark}`);
  assert.deepEqual(await axeViolations(), [], "dark");
  await page.screenshot({ path: join(ROOT, "test-results", "dark.png") });
  await page.selectOption("#theme", "auto");
  await page.emulateMedia({ colorScheme: "dark" });
  assert.equal(await background(), dark, "the system's dark preference is followed");
  await page.emulateMedia({ colorScheme: "light" });

  await page.setViewportSize({ width: 390, height: 844 });
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 390, `page is ${overflow}px wide at 390px`);
    for (const id of ["#article", "#open-file", "#clear", "#highlighted", "#copy-json"]) {
      const box = await page.locator(id).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${id} fits: ${JSON.stringify(box)}`);
    }
    assert.deepEqual(await axeViolations(), [], "390 px");
    await page.screenshot({ path: join(ROOT, "test-results", "narrow.png"), fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

test("the screenshot in www/ is of the sample article", async () => {
  await page.click("#sample");
  await page.waitForFunction(() => document.getElementById("results").dataset.trigger === "sample" &&
    document.getElementById("results").dataset.state === "done");
  await page.click('#groups .entity:has(.name:text-is("Helena Duarte"))');
  await page.locator("#results").screenshot({ path: join(ROOT, "www", "screenshot.png"), caret: "initial" });
});

test("the embed example: <article-analyzer> follows its textarea and takes the page's colours", async () => {
  const embed = await browser.newPage();
  try {
    await embed.goto(`${base}/embed.html`);
    await embed.waitForFunction(() => [...document.querySelectorAll("article-analyzer")].every((e) => e.result));
    const shadowMarks = (id) => embed.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll("mark[data-label]")]
      .map((m) => `${m.dataset.label}:${m.textContent}`), id);
    assert.ok((await shadowMarks("live")).includes("PERSON:Lena Korhonen"), JSON.stringify(await shadowMarks("live")));
    const fixed = await shadowMarks("static");
    assert.ok(fixed.length > 0 && fixed.every((m) => /^(PERSON|ORG|PLACE):/.test(m)), JSON.stringify(fixed));
    assert.equal(await embed.evaluate(() => document.getElementById("live").shadowRoot.mode), "open");
    await embed.fill("#draft", "Angela Merkel met Emmanuel Macron in Paris.");
    await embed.waitForFunction(() => document.getElementById("live").result?.entities.some((e) => e.text === "Paris"));
    assert.ok((await shadowMarks("live")).includes("PLACE:Paris"));
    const colour = await embed.evaluate(() => getComputedStyle(document.getElementById("live").shadowRoot.querySelector('mark[data-label="PERSON"]')).backgroundColor);
    assert.equal(colour, "rgb(255, 201, 214)", "--ent-person from the page's stylesheet");
  } finally {
    await embed.close();
  }
});

test("once loaded, the page works offline (service worker)", async () => {
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
  await page.reload(); // now controlled by the service worker
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller));
  const before = failures.length;
  await browser.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
    await paste("Marco Rubio met Claudia Sheinbaum in Mexico City on Monday.");
    assert.ok((await marks()).some((m) => m.text === "Mexico City"));
  } finally {
    await browser.setOffline(false);
    // The service worker tried the network first; those refusals are the point of this test.
    const offline = failures.splice(before);
    assert.ok(offline.every((f) => /ERR_INTERNET_DISCONNECTED/.test(f)), JSON.stringify(offline));
  }
});
