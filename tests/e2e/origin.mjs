// Runs last: everything the earlier tests did stayed on the page's origin, without an error.

import { test } from "node:test";
import assert from "node:assert/strict";
import { consoleErrors, dialogs, failures, outside, page, requests } from "./harness.mjs";

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
