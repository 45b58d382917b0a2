import type { Analysis, Options } from "./pkg/article_analyzer.js";

/** Analyses `text` in a Web Worker; `signal` cancels it (the promise rejects with an AbortError). */
export declare function analyze(text: string, options?: Options, init?: { signal?: AbortSignal }): Promise<Analysis>;

/** One analysis worker of your own. */
export declare class AnalyzerWorker {
  readonly busy: boolean;
  analyze(text: string, options?: Options): Promise<Analysis>;
  /** Sends one message of the worker protocol (see worker.js) and resolves to the reply. */
  request(message: object): Promise<any>;
  /** Stops the work in flight by terminating the worker; pending promises reject with an AbortError. */
  cancel(): void;
  terminate(): void;
}
