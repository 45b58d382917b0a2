// The article-analyzer page: sends the text to the analysis worker and shows what comes back.
//
// Every piece of the article is put on the page as text (Text nodes, textContent); nothing the user
// pastes or drops reaches innerHTML. Highlights are <mark data-label="…"> elements whose label tag is
// drawn by CSS, so the highlighted text's textContent is exactly the article.

const TYPING_DELAY_MS = 300;
const GROUPS_SHOWN = 12; // the most mentioned; the rest fold away

const LABEL_NAMES = {
  PERSON: "person",
  ORG: "organisation",
  PLACE: "place",
  MISC: "other name",
  DATE: "date",
  TIME: "time",
  MONEY: "money",
  PERCENT: "percentage",
  QUANTITY: "quantity",
  CARDINAL: "number",
  ORDINAL: "ordinal",
  EMAIL: "email address",
  URL: "web address",
};
const NAMED = new Set(["PERSON", "ORG", "PLACE", "MISC"]);

const $ = (id) => document.getElementById(id);
const textarea = $("article");
const dropzone = $("dropzone");
const fileInput = $("file");
const results = $("results");
const statusLine = $("status");
const errorLine = $("error");
const optKeywords = $("opt-keywords");
const optSummary = $("opt-summary");

// ---- the worker -------------------------------------------------------------------------------------

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const pending = new Map();
let nextId = 1;

worker.addEventListener("message", ({ data }) => {
  const p = pending.get(data.id);
  if (!p) return;
  pending.delete(data.id);
  if ("error" in data) p.reject(new Error(data.error));
  else p.resolve(data.result);
});
worker.addEventListener("error", (event) => {
  event.preventDefault();
  const err = new Error(`the analysis worker failed: ${event.message || "it could not start"}`);
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  showError(err.message);
});

/** Analyses `text` in the worker; resolves to the Analysis or rejects with an Error naming the problem. */
function analyzeInWorker(text, options) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text, options });
  });
}

// ---- running an analysis ----------------------------------------------------------------------------

let latest = 0; // the newest request; answers to older ones are dropped
let runs = 0;
let timer = 0;

function readOptions() {
  const options = {};
  for (const [input, field] of [[optKeywords, "keywords"], [optSummary, "summarySentences"]]) {
    const raw = input.value.trim();
    if (raw !== "") options[field] = Number(raw);
  }
  return options;
}

/** Analyses the article now; `trigger` (paste, typing, file, options, clear) is kept for the record. */
async function analyzeNow(trigger = "typing") {
  clearTimeout(timer);
  results.dataset.trigger = trigger;
  const text = textarea.value;
  const ticket = ++latest;
  runs += 1;
  results.dataset.runs = String(runs);
  results.dataset.state = "busy";
  results.setAttribute("aria-busy", "true");
  statusLine.textContent = "Analysing…";
  const started = performance.now();
  try {
    const analysis = await analyzeInWorker(text, readOptions());
    if (ticket !== latest) return;
    render(text, analysis);
    hideError();
    const ms = Math.max(1, Math.round(performance.now() - started));
    statusLine.textContent = text.trim() === ""
      ? "Nothing to analyse yet: paste or type an article."
      : `Analysed ${analysis.stats.words.toLocaleString()} words in ${ms.toLocaleString()} ms.`;
    results.dataset.state = "done";
  } catch (err) {
    if (ticket !== latest) return;
    showError(err.message);
    statusLine.textContent = "The analysis could not run.";
    results.dataset.state = "error";
  } finally {
    if (ticket === latest) results.setAttribute("aria-busy", "false");
  }
}

function analyzeSoon(trigger = "typing") {
  clearTimeout(timer);
  timer = setTimeout(() => analyzeNow(trigger), TYPING_DELAY_MS);
}

function showError(message) {
  errorLine.textContent = message;
  errorLine.hidden = false;
}

function hideError() {
  errorLine.hidden = true;
  errorLine.textContent = "";
}

// ---- rendering --------------------------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  node.append(...children); // strings become Text nodes
  return node;
}

function render(text, a) {
  const groups = a.groups;
  renderHighlights(text, a.entities, groups);
  renderLegend(a.entities);

  const summary = a.summary.map((i) => a.sentences[i]).filter(Boolean)
    .map((s) => el("li", { text: text.slice(s.start, s.end) }));
  $("summary").replaceChildren(...summary);
  $("summary-empty").hidden = summary.length > 0;

  const keywords = a.keywords.map((k) =>
    el("li", { title: `score ${k.score.toFixed(2)}` }, k.text,
      el("span", { class: "count", "aria-label": `${k.count} times` }, `×${k.count}`)));
  $("keywords").replaceChildren(...keywords);
  $("keywords-empty").hidden = keywords.length > 0;

  const named = groups.filter((g) => NAMED.has(g.label))
    .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
  const groupItem = (g) =>
    el("li", { dataset: { label: g.label } },
      el("span", { class: "tag", text: g.label }),
      el("span", { class: "name", text: g.name }),
      el("span", { class: "count", "aria-label": `${g.mentions} mentions` }, String(g.mentions)));
  $("groups").replaceChildren(...named.slice(0, GROUPS_SHOWN).map(groupItem));
  const more = named.slice(GROUPS_SHOWN);
  $("groups-more").replaceChildren(...(more.length === 0 ? [] : [
    el("details", {},
      el("summary", { text: `${more.length} more` }),
      el("ul", { class: "groups" }, ...more.map(groupItem))),
  ]));
  $("groups-empty").hidden = named.length > 0;

  const s = a.stats;
  const stat = (name, value) => { results.querySelector(`[data-stat="${name}"]`).textContent = value; };
  stat("words", s.words.toLocaleString());
  stat("sentences", s.sentences.toLocaleString());
  stat("characters", s.characters.toLocaleString());
  stat("reading", `${s.readingMinutes} min`);
  stat("mentions", a.entities.length.toLocaleString());
  stat("entities", groups.length.toLocaleString());
}

function renderHighlights(text, entities, groups) {
  const out = document.createDocumentFragment();
  let pos = 0;
  for (const e of entities) {
    if (e.start < pos || e.end <= e.start) continue; // the core never overlaps; stay safe if it did
    if (e.start > pos) out.append(text.slice(pos, e.start));
    const name = groups[e.group]?.name;
    const title = `${e.label} (${LABEL_NAMES[e.label] ?? e.label})` +
      (name && name !== e.text ? `: ${name}` : "");
    out.append(el("mark", { dataset: { label: e.label }, title }, text.slice(e.start, e.end)));
    pos = e.end;
  }
  if (pos < text.length) out.append(text.slice(pos));
  const box = $("highlighted");
  box.replaceChildren(out);
  $("text-empty").hidden = text.length > 0;
}

function renderLegend(entities) {
  const counts = new Map();
  for (const e of entities) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const order = Object.keys(LABEL_NAMES);
  const items = [...counts.keys()].sort((x, y) => order.indexOf(x) - order.indexOf(y)).map((label) =>
    el("li", { dataset: { label }, title: LABEL_NAMES[label] ?? label },
      el("span", { class: "swatch", "aria-hidden": "true" }),
      label,
      el("span", { class: "count", "aria-label": `${counts.get(label)} mentions` }, String(counts.get(label)))));
  $("legend").replaceChildren(...items);
}

// ---- input: typing, paste, drop, file picker ---------------------------------------------------------

textarea.addEventListener("input", (event) => {
  if (event.inputType === "insertFromPaste") analyzeNow("paste");
  else if (event.inputType === "insertFromDrop") analyzeNow("drop");
  else analyzeSoon("typing");
});

async function loadFile(file) {
  if (!file) return;
  if (!(file.type.startsWith("text/") || /\.(txt|text|md)$/i.test(file.name) || file.type === "")) {
    showError(`${file.name}: not a text file; drop a .txt file`);
    return;
  }
  textarea.value = await file.text();
  analyzeNow("file");
}

dropzone.addEventListener("dragover", (event) => {
  if (![...event.dataTransfer.types].includes("Files")) return; // plain text drops go to the textarea
  event.preventDefault();
  event.dataTransfer.dropEffect = "copy";
  dropzone.classList.add("dragging");
});
dropzone.addEventListener("dragleave", () => dropzone.classList.remove("dragging"));
dropzone.addEventListener("drop", (event) => {
  dropzone.classList.remove("dragging");
  const file = event.dataTransfer?.files?.[0];
  if (!file) return;
  event.preventDefault();
  loadFile(file);
});

$("open-file").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  loadFile(fileInput.files[0]);
  fileInput.value = "";
});

$("clear").addEventListener("click", () => {
  textarea.value = "";
  analyzeNow("clear");
  textarea.focus();
});

for (const input of [optKeywords, optSummary]) input.addEventListener("input", () => analyzeSoon("options"));

// A first (empty) analysis loads the module, so the page says when it is ready.
analyzeNow("start").then(() => {
  if (results.dataset.state === "done" && textarea.value === "") statusLine.textContent = "Ready.";
  document.documentElement.dataset.ready = "true";
});
