// The highlighted text, drawn so that no paste is too large.
//
// The article is split into blocks of a few thousand characters (at line ends where it can, never
// inside a mention). Every block starts as an empty placeholder of its estimated height; the blocks
// near what the reader sees are drawn first (an IntersectionObserver), the rest in slices of a few
// milliseconds between which the page stays responsive. Drawn blocks use `content-visibility: auto`, so
// the browser lays out only those on screen. A mention is a `<mark data-label data-i>` built as DOM
// nodes; text is only ever a Text node.

import { LABEL_NAMES } from "./labels.js";
import { yieldToPage } from "./dom.js";

const BLOCK = 3000; // characters a block aims for
const SLICE_MS = 8; // drawing time between yields

/** Splits `text` into blocks [{start, end, e0, e1}] (e0..e1: the mentions inside) of about BLOCK. */
function split(text, E) {
  const blocks = [];
  const n = text.length;
  const count = E.start.length;
  let pos = 0;
  let k = 0;
  while (pos < n) {
    let cut = n;
    if (n - pos > BLOCK * 1.5) {
      const limit = pos + BLOCK;
      const before = text.lastIndexOf("\n", limit);
      const after = text.indexOf("\n", limit);
      if (before >= pos + BLOCK / 3) cut = before + 1;
      else if (after !== -1 && after < pos + BLOCK * 3) cut = after + 1;
      else {
        const space = text.lastIndexOf(" ", limit);
        cut = space > pos + BLOCK / 3 ? space + 1 : limit;
      }
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut += 1; // never between the halves of a surrogate pair
    }
    let e1 = k;
    while (e1 < count && E.start[e1] < cut) e1++;
    if (e1 > k && E.end[e1 - 1] > cut) cut = E.end[e1 - 1]; // never inside a mention
    blocks.push({ start: pos, end: cut, e0: k, e1, drawn: false, el: null });
    pos = cut;
    k = e1;
  }
  return blocks;
}

/** The text node and offset inside a drawn block's element for a text offset. */
function locate(block, offset) {
  let pos = block.start;
  for (const child of block.el.childNodes) {
    const len = child.textContent.length;
    if (offset <= pos + len) return [child.nodeType === Node.TEXT_NODE ? child : child.firstChild, offset - pos];
    pos += len;
  }
  return [block.el, block.el.childNodes.length];
}

export class TextView {
  /** `onBlockDrawn(i)` after a block is drawn; `onProgress(drawn, total)` between slices. */
  constructor(box, { onBlockDrawn, onProgress } = {}) {
    this.box = box;
    this.onBlockDrawn = onBlockDrawn;
    this.onProgress = onProgress;
    this.blocks = [];
    this.text = "";
    this.analysis = null;
    this.generation = 0;
    this.drawn = 0;
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) this.draw(Number(entry.target.dataset.block));
    }, { root: box, rootMargin: "1200px 0px" });
  }

  /** Shows `text` with the mentions of the packed analysis `a`; resolves to true once every block is
   * drawn, or false if stop() or another show() came first. */
  show(text, a) {
    const generation = ++this.generation;
    this.observer.disconnect();
    this.text = text;
    this.analysis = a;
    this.blocks = split(text, a.entities);
    this.drawn = 0;
    const estimate = this.#estimator();
    const nodes = this.blocks.map((b, i) => {
      const div = document.createElement("div");
      div.className = "block";
      div.dataset.block = String(i);
      div.style.containIntrinsicSize = `auto ${estimate(b)}px`;
      b.el = div;
      return div;
    });
    this.box.replaceChildren(...nodes);
    this.box.dataset.drawn = "false";
    // The first screen now, so highlights appear with the results.
    let height = 0;
    const started = performance.now();
    for (let i = 0; i < this.blocks.length && height < this.box.clientHeight + 400 &&
      performance.now() - started < SLICE_MS * 4; i++) {
      this.draw(i);
      height += this.blocks[i].el.offsetHeight;
    }
    for (const b of this.blocks) if (!b.drawn) this.observer.observe(b.el);
    return this.#drawRest(generation);
  }

  /** Stops drawing in the background (blocks the reader scrolls to are still drawn). */
  stop() { this.generation += 1; }

  get complete() { return this.drawn === this.blocks.length; }

  async #drawRest(generation) {
    const n = this.blocks.length;
    let i = 0;
    while (i < n) {
      const started = performance.now();
      while (i < n && performance.now() - started < SLICE_MS) this.draw(i++);
      this.onProgress?.(this.drawn, n);
      if (i < n) {
        await yieldToPage();
        if (generation !== this.generation) return false;
      }
    }
    this.box.dataset.drawn = "true";
    return true;
  }

  /** Height estimates from the box's width and line height (each block then remembers its real size). */
  #estimator() {
    const style = getComputedStyle(this.box);
    const fontSize = parseFloat(style.fontSize) || 16;
    const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.9;
    const perLine = Math.max(10, Math.floor((this.box.clientWidth || 600) / (fontSize * 0.47)));
    const text = this.text;
    return (b) => {
      let lines = 0;
      for (let p = b.start; p < b.end;) {
        let nl = text.indexOf("\n", p);
        if (nl === -1 || nl >= b.end) nl = b.end;
        lines += Math.max(1, Math.ceil((nl - p) / perLine));
        p = nl + 1;
      }
      return Math.round(lines * lineHeight);
    };
  }

  /** Draws block `i` if it is not drawn yet. */
  draw(i) {
    const b = this.blocks[i];
    if (!b || b.drawn) return;
    b.drawn = true;
    this.drawn += 1;
    const { text } = this;
    const { entities: E, labels, groups } = this.analysis;
    const out = document.createDocumentFragment();
    let pos = b.start;
    for (let k = b.e0; k < b.e1; k++) {
      const s = E.start[k];
      const e = E.end[k];
      if (s < pos || e <= s) continue; // the core never overlaps; stay safe if it did
      if (s > pos) out.append(text.slice(pos, s));
      const label = labels[E.label[k]];
      const mention = text.slice(s, e);
      const name = groups[E.group[k]]?.name;
      const mark = document.createElement("mark");
      mark.dataset.label = label;
      mark.dataset.i = String(k);
      mark.title = `${label} (${LABEL_NAMES[label] ?? label})` + (name && name !== mention ? `: ${name}` : "");
      mark.textContent = mention;
      out.append(mark);
      pos = e;
    }
    if (pos < b.end) out.append(text.slice(pos, b.end));
    b.el.replaceChildren(out);
    b.el.classList.add("drawn");
    this.observer.unobserve(b.el);
    this.onBlockDrawn?.(i);
  }

  /** The index of the block holding text offset `offset`. */
  blockAt(offset) {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A Range over the text offsets [start, end), drawing the blocks it touches. */
  rangeFor(start, end) {
    const i = this.blockAt(start);
    const j = this.blockAt(Math.max(start, end - 1));
    this.draw(i);
    this.draw(j);
    const range = document.createRange();
    range.setStart(...locate(this.blocks[i], start));
    range.setEnd(...locate(this.blocks[j], end));
    return range;
  }

  /** The <mark> of mention `k`, drawing its block. */
  markOf(k) {
    const i = this.blockAt(this.analysis.entities.start[k]);
    this.draw(i);
    return this.blocks[i].el.querySelector(`mark[data-i="${k}"]`);
  }

  /** Scrolls the box (and the page, if needed) so that [start, end) is in the middle of the box. */
  reveal(start, end) {
    const range = this.rangeFor(start, end);
    const box = this.box;
    const boxTop = () => box.getBoundingClientRect().top;
    const block = this.blocks[this.blockAt(start)].el;
    box.scrollTop += block.getBoundingClientRect().top - boxTop(); // lay the block out first
    const rect = range.getBoundingClientRect();
    box.scrollTop += rect.top - boxTop() - box.clientHeight / 2 + rect.height / 2;
    const outer = box.getBoundingClientRect();
    if (outer.top < 0 || outer.bottom > innerHeight) box.scrollIntoView({ block: "nearest" });
    return range;
  }
}
