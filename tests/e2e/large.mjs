// A 5 MB paste: typing still reaches the text box while it is analysed, and Cancel stops it.
// (How long anything takes is measured by tests/bench/page.mjs; tests assert no times.)

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, page, paste } from "./harness.mjs";

/** About `bytes` of article text: the fixtures, repeated. */
export async function bigText(bytes) {
  const dir = join(ROOT, "tests", "fixtures");
  const parts = [];
  for (const f of (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort()) parts.push(await readFile(join(dir, f), "utf8"));
  const one = parts.join("\n\n") + "\n\n";
  return one.repeat(Math.ceil(bytes / one.length)).slice(0, bytes);
}

test("during a 5 MB paste typing reaches the text box, and Cancel stops the analysis", async () => {
  const text = await bigText(5_000_000);
  const box = page.locator("#article");
  await box.fill("");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box.focus();
  await page.keyboard.press("Control+V");
  await page.waitForFunction(() => document.getElementById("results").dataset.state === "busy" &&
    document.getElementById("results").dataset.trigger === "paste");
  assert.equal(await page.isVisible("#cancel"), true, "a Cancel button while analysing");
  assert.equal(await page.isVisible("#progress"), true, "a progress indication");
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" XYZ");
  const value = await page.evaluate(() => document.getElementById("article").value.slice(-4));
  assert.equal(value, " XYZ", "typing reached the text box");
  await page.click("#cancel");
  await page.waitForFunction(() => document.getElementById("results").dataset.state === "cancelled");
  assert.match(await page.textContent("#status"), /Cancelled/);
  assert.equal(await page.isVisible("#analyze"), true, "an Analyse button to start again");
  assert.equal(await page.isHidden("#cancel"), true);
  // The page is usable at once: a short text is analysed as usual.
  await paste("Marco Rubio met Claudia Sheinbaum in Mexico City.");
});
