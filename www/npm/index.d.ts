export * from "./pkg/article_analyzer.js";
export { default } from "./pkg/article_analyzer.js";
