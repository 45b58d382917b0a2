// Peak memory of one analysis of a large text in the Wasm build, in Node: MB (default 50, or argv[2])
// of news text (tests/fixtures/*.txt repeated) through `analyze`. Prints the WebAssembly memory's size
// (it only grows, so its size after the call is the module's peak) and the process's resident set
// against the input's UTF-8 size. Prints figures; asserts nothing.
//
//   node tests/bench/memory.mjs [MB]      (after ./build.sh build; ./build.sh bench runs it)

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import init, { analyze } from "../../www/pkg/article_analyzer.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MB = Number(process.argv[2] ?? 50);

const fixtures = join(ROOT, "tests", "fixtures");
const texts = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(fixtures, f), "utf8"));
const parts = [];
let bytes = 0;
for (let k = 0; bytes < MB * 1e6; k++) {
  const t = texts[k % texts.length] + "\n\n";
  parts.push(t);
  bytes += Buffer.byteLength(t, "utf8");
}
const text = parts.join("");

const wasm = await init({ module_or_path: readFileSync(join(ROOT, "www", "pkg", "article_analyzer_bg.wasm")) });
const memBefore = wasm.memory.buffer.byteLength;
let peakRss = process.memoryUsage().rss;
const rssBefore = peakRss;
const timer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 20);
const start = process.hrtime.bigint();
const result = analyze(text);
const secs = Number(process.hrtime.bigint() - start) / 1e9;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
clearInterval(timer);
const memAfter = wasm.memory.buffer.byteLength;
const mb = (n) => (n / 1e6).toFixed(0);
console.log(`wasm ${(bytes / 1e6).toFixed(1)} MB: ${secs.toFixed(1)} s (${(bytes / 1e6 / secs).toFixed(2)} MB/s), ` +
  `${result.sentences.length} sentences, ${result.entities.length} entities`);
console.log(`wasm memory: ${mb(memBefore)} MB before, ${mb(memAfter)} MB after (${(memAfter / bytes).toFixed(2)}x input); ` +
  `node RSS ${mb(rssBefore)} MB before, peak ${mb(peakRss)} MB sampled (${(peakRss / bytes).toFixed(2)}x input, ` +
  `with the JS string and the JS result objects)`);
