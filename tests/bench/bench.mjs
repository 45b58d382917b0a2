// Speed of the Wasm build in Node, side by side with npm's compromise in the same process, and the size
// of the .wasm. Prints figures; asserts nothing about time.
//
//   node tests/bench/bench.mjs      (./build.sh bench builds both modules and runs it)
//
// The corpus is tests/fixtures/news/*.txt (twelve real-length news articles written for this project), analysed whole, article by article, round after round, for about
// BENCH_SECONDS (default 2) per engine after a warm-up. Both engines do comparable work: article-analyzer
// returns sentences, entities, keywords and a summary as JS objects; compromise parses the text and lists
// its people, places, organisations and sentences.

import { readFileSync, readdirSync } from "node:fs";
import { gzipSync, constants } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import init, { Analyzer } from "../../www/pkg/article_analyzer.js";
// The same module built with its stage hooks (`./build.sh bench` makes target/bench-pkg): the shipped
// module in www/pkg has none.
import initHooks, { _benchStage } from "../../target/bench-pkg/article_analyzer.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const WASM = join(ROOT, "www", "pkg", "article_analyzer_bg.wasm");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

const fixtures = join(ROOT, "tests", "fixtures", "news");
const corpus = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => readFileSync(join(fixtures, f), "utf8"));
const corpusBytes = corpus.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);

const wasmBytes = readFileSync(WASM);
await init({ module_or_path: wasmBytes });
await initHooks({
  module_or_path: readFileSync(join(ROOT, "target", "bench-pkg", "article_analyzer_bg.wasm")),
});
const analyzer = new Analyzer();

/** Runs `fn` over the corpus for about SECONDS; returns MB/s (10^6 bytes of UTF-8 a second). */
function measure(fn) {
  for (let i = 0; i < 3; i++) for (const t of corpus) fn(t); // warm-up (JIT, caches)
  let rounds = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const t of corpus) sink += fn(t);
    rounds += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < SECONDS);
  if (sink < 0) console.log(sink); // keep the work observable
  return { mbps: (corpusBytes * rounds) / elapsed / 1e6, rounds, elapsed };
}

const wasm = measure((t) => {
  const a = analyzer.analyze(t);
  return a.entities.length + a.sentences.length + a.keywords.length + a.summary.length;
});
const comp = measure((t) => {
  const doc = nlp(t);
  return doc.people().out("array").length + doc.places().out("array").length +
    doc.organizations().out("array").length + doc.sentences().out("array").length;
});
analyzer.free();

// Single stages inside Wasm (no result crosses to JS), to set beside the native figures.
const corpusTokens = corpus.reduce((n, t) => n + _benchStage("tokens", t), 0);
const wasmSentences = measure((t) => _benchStage("sentences", t));
const wasmNames = measure((t) => _benchStage("names", t));
const wasmPos = measure((t) => _benchStage("pos", t));
const wasmCore = measure((t) => _benchStage("analyze", t));

const compromiseVersion = JSON.parse(readFileSync(join(ROOT, "node_modules", "compromise", "package.json"), "utf8")).version;
const gz = gzipSync(wasmBytes, { level: constants.Z_BEST_COMPRESSION }).length;
const fmt = (x) => x.toFixed(2).padStart(8);
console.log(`corpus: ${corpus.length} articles, ${corpusBytes} bytes (tests/fixtures/news/*.txt), ~${SECONDS}s per engine, Node ${process.versions.node}`);
console.log(`wasm article-analyzer   ${fmt(wasm.mbps)} MB/s  (${wasm.rounds} rounds in ${wasm.elapsed.toFixed(2)}s)`);
console.log(`compromise ${compromiseVersion.padEnd(12)} ${fmt(comp.mbps)} MB/s  (${comp.rounds} rounds in ${comp.elapsed.toFixed(2)}s)`);
console.log(`ratio wasm/compromise   ${fmt(wasm.mbps / comp.mbps)} x`);
console.log(`wasm sentences only      ${fmt(wasmSentences.mbps)} MB/s`);
console.log(`wasm tokens+names        ${fmt(wasmNames.mbps)} MB/s  ${Math.round(wasmNames.mbps * 1e6 / corpusBytes * corpusTokens)} tokens/s (tokenizer, sentences and tagger)`);
console.log(`wasm tokens+pos          ${fmt(wasmPos.mbps)} MB/s  ${Math.round(wasmPos.mbps * 1e6 / corpusBytes * corpusTokens)} tokens/s (tokenizer, sentences and part-of-speech tagger)`);
console.log(`wasm analysis, no JS     ${fmt(wasmCore.mbps)} MB/s  (the whole analysis without making its JS objects; with them ${fmt(wasm.mbps).trim()} MB/s, measured earlier)`);
console.log(`.wasm size              ${wasmBytes.length} bytes raw, ${gz} bytes gzipped (zlib level 9)`);
