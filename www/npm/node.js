// article-analyzer for Node (ESM): the module is ready on import, no init call needed.
//   import { analyze } from "article-analyzer";
import { readFileSync } from "node:fs";
import { initSync } from "./pkg/article_analyzer.js";

initSync({ module: readFileSync(new URL("./pkg/article_analyzer_bg.wasm", import.meta.url)) });

export * from "./pkg/article_analyzer.js";

/** Already initialised in Node; kept so that code written for browsers (`await init()`) runs as is. */
export default async function init() {}
