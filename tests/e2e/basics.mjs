// The page's basic behaviour: highlights, typing, files, markup as text, offsets, empty input, options.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ARTICLE, ROOT, RESULTS, UNICODE, XSS, dialogs, marks, page, paste, settled, viaWorker } from "./harness.mjs";

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
  for (const more of await page.$$("#groups .link")) await more.click();
  const listed = await page.$$eval("#groups .entity .name", (names) => names.map((n) => n.textContent));
  const { result } = await viaWorker(ARTICLE);
  const named = result.groups.map((g) => g.name);
  assert.deepEqual(new Set(listed), new Set(named), "every distinct entity is listed once");
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
    const tags = await page.$$eval("#highlighted *, #summary *, #keywords *, #groups *, #legend *",
      (els) => [...new Set(els.map((e) => e.localName))]);
    const own = ["mark", "li", "span", "ul", "div", "button", "section", "h4"];
    assert.ok(tags.every((t) => own.includes(t)), `only the page's own elements: ${tags}`);
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

