// A tiny DOM builder. Children that are strings become Text nodes: nothing here parses HTML.

export const $ = (id) => document.getElementById(id);

/** `el("li", {class: "x", dataset: {label}, text: "…"}, child, …)` */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null) continue;
    if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "text") node.textContent = v;
    else if (k === "onclick") node.addEventListener("click", v);
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** Yields to the event loop so input, scrolling and painting can happen between slices of work. */
export function yieldToPage() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** "5.0 MB", "12 KB", "300 characters" for a text length in UTF-16 units (roughly bytes for English). */
export function sizeOf(length) {
  if (length >= 1e6) return `${(length / 1e6).toFixed(1)} MB`;
  if (length >= 1e4) return `${Math.round(length / 1e3)} KB`;
  return `${length.toLocaleString()} characters`;
}

/** "840 ms" or "2.4 s". */
export function duration(ms) {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}
