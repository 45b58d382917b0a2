import type { Analysis, Options } from "./pkg/article_analyzer.js";

/** `<article-analyzer for="textarea-id" labels="PERSON ORG" keywords="5">`: highlights in an open shadow root. */
export declare class ArticleAnalyzerElement extends HTMLElement {
  /** The last Analysis (UTF-16 offsets into `text`), or null before the first one. */
  readonly result: Analysis | null;
  /** The text analysed: the `for` element's value, or the element's own text content. */
  readonly text: string;
  /** The options read from the attributes. */
  readonly options: Options;
  /** Analyses the text now and redraws. */
  refresh(): Promise<Analysis>;
}

declare global {
  interface HTMLElementTagNameMap { "article-analyzer": ArticleAnalyzerElement; }
  interface HTMLElementEventMap { analyzed: CustomEvent<Analysis>; }
}
