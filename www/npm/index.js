// article-analyzer for browsers and bundlers: `import init, { analyze } from "article-analyzer";
// await init();` (init() with no argument fetches the .wasm beside pkg/article_analyzer.js).
export * from "./pkg/article_analyzer.js";
export { default } from "./pkg/article_analyzer.js";
