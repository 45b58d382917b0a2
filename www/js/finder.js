// Marking: all mentions of an entity, the occurrences of a keyphrase, or one summary sentence, painted
// with the CSS Custom Highlight API (::highlight(marked), ::highlight(current)) so the text's DOM is
// never changed, and stepped through with Previous / Next.

export class Finder {
  /** `view`: the TextView; `ui`: {bar, what, pos, prev, next, clear}; `onChange(finder)` after a change. */
  constructor(view, ui, onChange) {
    this.view = view;
    this.ui = ui;
    this.onChange = onChange;
    this.items = []; // [start, end] in text order
    this.index = -1;
    this.what = "";
    this.kind = "";
    this.subject = null; // what a label correction would apply to: {text, label?}
    this.supported = typeof Highlight === "function" && !!globalThis.CSS?.highlights;
    if (this.supported) {
      this.marked = new Highlight();
      this.current = new Highlight();
      this.current.priority = 1;
      CSS.highlights.set("marked", this.marked);
      CSS.highlights.set("current", this.current);
    }
    ui.prev.addEventListener("click", () => this.step(-1));
    ui.next.addEventListener("click", () => this.step(1));
    ui.clear.addEventListener("click", () => this.clear());
  }

  /** Marks `items` ([start, end] pairs in text order), described as `what`, and shows item `index`. */
  mark({ kind, what, items, index = 0, subject = null }) {
    this.kind = kind;
    this.what = what;
    this.items = items;
    this.subject = subject;
    this.index = items.length ? Math.min(Math.max(index, 0), items.length - 1) : -1;
    if (this.supported) {
      this.marked.clear();
      for (let i = 0; i < this.view.blocks.length; i++) if (this.view.blocks[i].drawn) this.blockDrawn(i);
    }
    this.#show();
  }

  /** Paints the marked items that fall in block `i` (called as blocks are drawn). */
  blockDrawn(i) {
    if (!this.supported || this.items.length === 0) return;
    const b = this.view.blocks[i];
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.items[mid][1] <= b.start) lo = mid + 1; else hi = mid; }
    for (let j = lo; j < this.items.length && this.items[j][0] < b.end; j++) {
      const [s, e] = this.items[j];
      if (s >= b.start && e <= b.end) this.marked.add(this.view.rangeFor(s, e));
    }
  }

  step(delta) {
    if (this.items.length === 0) return;
    this.index = (this.index + delta + this.items.length) % this.items.length;
    this.#show();
  }

  clear() {
    this.items = [];
    this.index = -1;
    this.what = "";
    this.kind = "";
    this.subject = null;
    if (this.supported) { this.marked.clear(); this.current.clear(); }
    this.#show();
  }

  /** The text changed: forget the marks (their offsets belong to the old text). */
  reset() { this.clear(); }

  #show() {
    const { bar, what, pos, prev, next } = this.ui;
    const n = this.items.length;
    bar.hidden = !this.what;
    bar.dataset.kind = this.kind;
    what.textContent = this.what;
    pos.textContent = n === 0 ? (this.what ? "not found in the text" : "") : `${this.index + 1} of ${n}`;
    prev.disabled = next.disabled = n < 2;
    if (this.supported) this.current.clear();
    if (n > 0) {
      const [s, e] = this.items[this.index];
      const range = this.view.reveal(s, e);
      if (this.supported) this.current.add(range);
    }
    this.onChange?.(this);
  }
}

/**
 * The occurrences of `phrase` in `text`, ignoring case, on word boundaries: [start, end] pairs. A
 * space in the phrase matches any run of whitespace (`Mexican navy` in hard-wrapped `Mexican\nnavy`).
 */
export function occurrencesOf(phrase, text, lower = text.toLowerCase()) {
  const needle = phrase.toLowerCase().trim();
  const out = [];
  if (!needle) return out;
  const escaped = needle.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(escaped.join("\\s+"), "g");
  const word = /[\p{L}\p{N}]/u;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    const at = m.index;
    const end = at + m[0].length;
    pattern.lastIndex = at + 1;
    if (at > 0 && word.test(lower[at - 1]) && word.test(needle[0])) continue;
    if (end < lower.length && word.test(lower[end]) && word.test(needle[needle.length - 1])) continue;
    out.push([at, end]);
  }
  return out;
}
