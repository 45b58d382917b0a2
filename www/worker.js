// The analysis worker: an ES module worker that keeps the Wasm module off the page's main thread.
//
// Protocol (one message in, one message out, matched by `id`):
//   page -> worker  {id, text, options}     options: undefined/null for the defaults, or the object that
//                                           `new Analyzer(options)` takes
//   worker -> page  {id, result}            the Analysis (plain objects, offsets in UTF-16 code units)
//                or {id, error}             a message naming the problem, e.g. "options.keywords: ..."
//
// Messages are answered in the order they arrive. An Analyzer is built once per distinct options object
// and reused while the options stay the same.
//
// Use:  const w = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });

import init, { Analyzer } from "./pkg/article_analyzer.js";

const ready = init(); // fetches ./pkg/article_analyzer_bg.wasm, beside the module

let current = { key: null, analyzer: null };

function analyzerFor(options) {
  const key = JSON.stringify(options ?? null);
  if (current.key !== key) {
    // Validate first: a bad options object throws here and the previous analyser stays usable.
    const analyzer = new Analyzer(options ?? undefined);
    current.analyzer?.free();
    current = { key, analyzer };
  }
  return current.analyzer;
}

self.addEventListener("message", async (event) => {
  const { id, text, options } = event.data ?? {};
  try {
    await ready;
    if (typeof text !== "string") {
      throw new TypeError(`text: expected a string, got ${text === null ? "null" : typeof text}`);
    }
    const result = analyzerFor(options).analyze(text);
    self.postMessage({ id, result });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
