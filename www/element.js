// <article-analyzer>: a custom element that highlights the entities of a text.
//
//   <script type="module" src="element.js"></script>        (or: import "article-analyzer/element")
//   <article-analyzer>Marco Rubio flew to Mexico City.</article-analyzer>
//   <textarea id="draft"></textarea> <article-analyzer for="draft"></article-analyzer>
//
// It analyses its own text content, or the text box named by its `for` attribute as the reader types,
// off the main thread (worker-client.js; on the main thread if no worker can start), and shows the
// text in an open shadow root with every mention a <mark data-label="…">, plus a legend. Attributes:
// `for`, `labels` ("PERSON ORG"), `keywords`, `summary-sentences`. Colours come from the same CSS custom
// properties as the page (--ent-person, --ent-org, …), which pass into the shadow root, so the host
// page themes it; ::part(text), ::part(legend) and ::part(status) style the rest. The element fires
// `analyzed` (detail: the Analysis) after each analysis and keeps it in `.result`.

import { AnalyzerWorker } from "./worker-client.js";

const LABELS = ["PERSON", "ORG", "PLACE", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
  "CARDINAL", "ORDINAL", "EMAIL", "URL"];
const DEFAULTS = {
  PERSON: "#aa9cfc", ORG: "#7aecec", PLACE: "#feca74", MISC: "#c887fb", DATE: "#bfe1d9", TIME: "#bfe1d9",
  MONEY: "#e4e7d2", PERCENT: "#e4e7d2", QUANTITY: "#e4e7d2", CARDINAL: "#e4e7d2", ORDINAL: "#e4e7d2",
  EMAIL: "#c3e0ff", URL: "#c3e0ff",
};

const CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; margin: 0 0 .6rem; padding: 0; font-size: .8em; }
.legend:empty { display: none; }
.legend li { display: inline-flex; align-items: center; gap: .3rem; padding: .1rem .5rem .1rem .25rem;
  border: 1px solid color-mix(in srgb, currentColor 25%, transparent); border-radius: 999px; font-weight: 600; }
.swatch { width: .8rem; height: .8rem; border-radius: 50%; background: var(--ent, var(--ent-default, #ddd)); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; }
mark { background: var(--ent, var(--ent-default, #ddd)); color: var(--ent-ink, #1c1c22);
  padding: .1em .25em; margin: 0 .05em; border-radius: .3em; }
mark::after { content: attr(data-label); font: 700 .6em/1 system-ui, sans-serif; letter-spacing: .04em;
  vertical-align: middle; margin-left: .4em; padding: .15em .3em; border-radius: .3em; background: rgb(255 255 255 / 55%); }
.status { margin: .4rem 0 0; font-size: .8em; opacity: .75; }
.status:empty { display: none; }
${LABELS.map((l) => `[data-label="${l}"] { --ent: var(--ent-${l.toLowerCase()}, ${DEFAULTS[l]}); }`).join("\n")}
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

let worker = null;
let inline = null;

/** Analyses off the main thread; falls back to the main thread when no worker can start. */
async function analyzeText(text, options) {
  if (worker !== false) {
    try {
      worker ??= new AnalyzerWorker();
      return await worker.analyze(text, options);
    } catch (err) {
      if (!/worker failed/.test(err.message)) throw err;
      worker = false;
    }
  }
  inline ??= import("./pkg/article_analyzer.js").then(async (m) => { await m.default(); return m; });
  return (await inline).analyze(text, options);
}

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export class ArticleAnalyzerElement extends HTMLElement {
  static observedAttributes = ["for", "labels", "keywords", "summary-sentences"];

  #legend = el("ul", { className: "legend" });
  #text = el("div", { className: "text" });
  #status = el("p", { className: "status" });
  #result = null;
  #ticket = 0;
  #timer = 0;
  #source = null;
  #observer = null;
  #onInput = () => this.#schedule();

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styles()];
    this.#legend.setAttribute("part", "legend");
    this.#legend.setAttribute("aria-label", "Labels present");
    this.#text.setAttribute("part", "text");
    this.#status.setAttribute("part", "status");
    this.#status.setAttribute("role", "status");
    root.append(this.#legend, this.#text, this.#status);
  }

  connectedCallback() {
    this.#bind();
    this.refresh();
  }

  disconnectedCallback() { this.#unbind(); }

  attributeChangedCallback() {
    if (!this.isConnected) return;
    this.#bind();
    this.refresh();
  }

  /** The last Analysis (offsets in UTF-16 code units into `.text`), or null. */
  get result() { return this.#result; }

  /** The text analysed: the `for` element's value, or the element's own text content. */
  get text() {
    const source = this.#source;
    if (source) return "value" in source ? source.value : source.textContent;
    return this.textContent.trim();
  }

  get options() {
    const options = {};
    const labels = this.getAttribute("labels");
    if (labels) options.labels = labels.split(/[\s,]+/).filter(Boolean);
    for (const [attr, field] of [["keywords", "keywords"], ["summary-sentences", "summarySentences"]]) {
      if (this.hasAttribute(attr)) options[field] = Number(this.getAttribute(attr));
    }
    return options;
  }

  #bind() {
    this.#unbind();
    const id = this.getAttribute("for");
    if (id) {
      this.#source = document.getElementById(id);
      this.#source?.addEventListener("input", this.#onInput);
    } else {
      this.#observer = new MutationObserver(() => this.#schedule());
      this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    }
  }

  #unbind() {
    this.#source?.removeEventListener("input", this.#onInput);
    this.#source = null;
    this.#observer?.disconnect();
    this.#observer = null;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.refresh(), 250);
  }

  /** Analyses the text now and redraws; resolves to the Analysis. */
  async refresh() {
    const ticket = ++this.#ticket;
    const text = this.text;
    try {
      const result = await analyzeText(text, this.options);
      if (ticket !== this.#ticket) return this.#result;
      this.#result = result;
      this.#status.textContent = "";
      this.#render(text, result);
      this.dispatchEvent(new CustomEvent("analyzed", { detail: result }));
      return result;
    } catch (err) {
      if (ticket === this.#ticket) this.#status.textContent = `Could not analyse the text: ${err.message}`;
      throw err;
    }
  }

  #render(text, result) {
    const out = document.createDocumentFragment();
    const counts = new Map();
    let pos = 0;
    for (const e of result.entities) {
      if (e.start < pos || e.end <= e.start) continue;
      if (e.start > pos) out.append(text.slice(pos, e.start));
      const mark = el("mark", { title: e.label }, text.slice(e.start, e.end));
      mark.dataset.label = e.label;
      out.append(mark);
      counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
      pos = e.end;
    }
    if (pos < text.length) out.append(text.slice(pos));
    this.#text.replaceChildren(out);
    this.#legend.replaceChildren(...LABELS.filter((l) => counts.has(l)).map((l) => {
      const li = el("li", {}, el("span", { className: "swatch" }), `${l} ${counts.get(l)}`);
      li.dataset.label = l;
      return li;
    }));
  }
}

if (!customElements.get("article-analyzer")) customElements.define("article-analyzer", ArticleAnalyzerElement);
