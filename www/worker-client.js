// Analysis off the main thread: a promise-based client of worker.js (the package's
// `article-analyzer/worker`).
//
//   import { analyze } from "article-analyzer/worker";
//   const result = await analyze(text, { keywords: 5 });        // the same Analysis as analyze()
//   const controller = new AbortController();
//   analyze(hugeText, {}, { signal: controller.signal });       // controller.abort() cancels it
//
// `AnalyzerWorker` is one worker of your own; `cancel()` stops whatever it is doing by terminating the
// worker (Wasm cannot be interrupted) and starts a fresh one on the next request.

const WORKER_URL = new URL("./worker.js", import.meta.url);

export class AnalyzerWorker {
  #worker = null;
  #pending = new Map();
  #next = 1;

  #spawn() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(WORKER_URL, { type: "module" });
    worker.addEventListener("message", ({ data }) => {
      const p = this.#pending.get(data.id);
      if (!p) return;
      this.#pending.delete(data.id);
      if ("error" in data) p.reject(new Error(data.error));
      else p.resolve(data);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.#fail(new Error(`the analysis worker failed: ${event.message || "it could not start"}`));
    });
    this.#worker = worker;
    return worker;
  }

  #fail(err) {
    this.#worker?.terminate();
    this.#worker = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(err);
  }

  /** Whether a request is in flight. */
  get busy() { return this.#pending.size > 0; }

  /** Sends one protocol message (see worker.js) and resolves to the whole reply. */
  request(message) {
    const worker = this.#spawn();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  }

  /** Analyses `text` in the worker; resolves to the Analysis. */
  async analyze(text, options) {
    return (await this.request({ text, options })).result;
  }

  /** Stops the work in flight: its promises reject with an AbortError. */
  cancel() {
    if (this.#worker) this.#fail(new DOMException("the analysis was cancelled", "AbortError"));
  }

  /** Ends the worker for good (a later request starts another). */
  terminate() { this.cancel(); }
}

let shared = null;

/** Analyses `text` off the main thread; `signal` (an AbortSignal) cancels it. */
export function analyze(text, options, { signal } = {}) {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = signal ? new AnalyzerWorker() : (shared ??= new AnalyzerWorker());
  const done = worker.analyze(text, options);
  if (!signal) return done;
  const stop = () => worker.cancel();
  signal.addEventListener("abort", stop, { once: true });
  return done.finally(() => { signal.removeEventListener("abort", stop); worker.terminate(); });
}
