// The analysis worker: an ES module worker that keeps the Wasm module off the page's main thread.
//
// Protocol (one message in, one message out, matched by `id`):
//   page -> worker  {id, text, options}     options: undefined/null for the defaults, or the object that
//                                           `new Analyzer(options)` takes
//   worker -> page  {id, result, ms}        the Analysis (plain objects, offsets in UTF-16 code units);
//                                           ms: the time spent analysing, in this worker
//                or {id, error}             a message naming the problem, e.g. "options.keywords: ..."
//   page -> worker  {id, text, options, packed: true}
//                                           as above, but `result.entities` is {start, end, label, group,
//                                           sentence} typed arrays (label indexes `result.labels`) and
//                                           `result.sentences` an Int32Array [start0, end0, start1, ...],
//                                           transferred, so a result with 100k mentions costs the page
//                                           no long task to receive
//   page -> worker  {id, json: true}        -> {id, json}: the last result as JSON text
//
// Messages are answered in the order they arrive. An Analyzer is built once per distinct options object
// and reused while the options stay the same. A long analysis cannot be interrupted: terminate the
// worker to cancel it (worker-client.js does).
//
// Use:  const w = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });

import init, { Analyzer } from "./pkg/article_analyzer.js";

const ready = init(); // fetches ./pkg/article_analyzer_bg.wasm, beside the module

let current = { key: null, analyzer: null };
let last = null;

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

/** The compact form of a result: typed arrays in place of one object per mention and sentence. */
function pack(result) {
  const ents = result.entities;
  const n = ents.length;
  const labels = [];
  const labelIndex = new Map();
  const start = new Int32Array(n), end = new Int32Array(n), group = new Int32Array(n);
  const sentence = new Int32Array(n), label = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const e = ents[i];
    let l = labelIndex.get(e.label);
    if (l === undefined) { l = labels.length; labels.push(e.label); labelIndex.set(e.label, l); }
    start[i] = e.start; end[i] = e.end; group[i] = e.group; sentence[i] = e.sentence; label[i] = l;
  }
  const sentences = new Int32Array(result.sentences.length * 2);
  result.sentences.forEach((s, i) => { sentences[2 * i] = s.start; sentences[2 * i + 1] = s.end; });
  const packed = { ...result, labels, entities: { start, end, label, group, sentence }, sentences };
  const transfer = [start, end, group, sentence, label, sentences].map((a) => a.buffer);
  return { packed, transfer };
}

self.addEventListener("message", async (event) => {
  const { id, text, options, packed, json } = event.data ?? {};
  try {
    if (json) {
      self.postMessage({ id, json: last === null ? "null" : JSON.stringify(last, null, 2) });
      return;
    }
    await ready;
    if (typeof text !== "string") {
      throw new TypeError(`text: expected a string, got ${text === null ? "null" : typeof text}`);
    }
    const started = performance.now();
    const result = analyzerFor(options).analyze(text);
    const ms = performance.now() - started;
    last = result;
    if (packed) {
      const p = pack(result);
      self.postMessage({ id, result: p.packed, ms }, p.transfer);
    } else {
      self.postMessage({ id, result, ms });
    }
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
