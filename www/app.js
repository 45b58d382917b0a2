// The article-analyzer page: wires the text box, the analysis worker and the result panels together.
//
// Every piece of the article is put on the page as text (Text nodes, textContent); nothing the user
// pastes or drops reaches innerHTML. The analysis runs in a worker (worker-client.js) and can be
// cancelled; the highlights are drawn by js/textview.js a screenful at a time, so the page stays
// responsive whatever the size of the paste.

import { AnalyzerWorker } from "./worker-client.js";
import { $, duration, sizeOf, yieldToPage } from "./js/dom.js";
import { TextView } from "./js/textview.js";
import { Finder, occurrencesOf } from "./js/finder.js";
import { labelCounts, markerLength, renderCorrections, renderGroups, renderKeywords, renderLegend, renderStats, renderSummary } from "./js/panels.js";
import { loadGazetteer, loadText, loadTheme, saveGazetteer, saveText, saveTheme } from "./js/store.js";
import { fileToText, readable } from "./js/files.js";
import { SAMPLE } from "./js/sample.js";

const textarea = $("article");
const results = $("results");
const statusLine = $("status");
const errorLine = $("error");
const progress = $("progress");
const cancelButton = $("cancel");
const analyzeButton = $("analyze");
const box = $("highlighted");

const analyzer = new AnalyzerWorker();
const view = new TextView(box, {
  onBlockDrawn: (i) => finder.blockDrawn(i),
  onProgress: (drawn, total) => {
    if (results.dataset.state !== "drawing") return;
    progress.max = total;
    progress.value = drawn;
    statusLine.textContent = `${lead} Drawing highlights: ${Math.floor((100 * drawn) / total)}%`;
  },
});
const finder = new Finder(view, {
  bar: $("finder"), what: $("finder-what"), pos: $("finder-pos"),
  prev: $("finder-prev"), next: $("finder-next"), clear: $("finder-clear"),
}, () => {
  $("relabel-box").hidden = !finder.subject;
  if (finder.subject?.label) $("relabel").value = finder.subject.label;
});

let gazetteer = loadGazetteer();
const hiddenLabels = new Set();
let shown = null; // {text, a, lower}: what the panels show now
let lead = ""; // the first part of the status line while drawing

// ---- running an analysis ----------------------------------------------------------------------------

let latest = 0; // the newest request; answers to older ones are dropped
let runs = 0;
let timer = 0;
let ticker = 0;

function readOptions() {
  const options = {};
  for (const [input, field] of [[$("opt-keywords"), "keywords"], [$("opt-summary"), "summarySentences"]]) {
    const raw = input.value.trim();
    if (raw !== "") options[field] = Number(raw);
  }
  if (gazetteer.length) options.gazetteer = gazetteer;
  return options;
}

function setState(state) {
  results.dataset.state = state;
  const busy = state === "busy" || state === "drawing";
  results.setAttribute("aria-busy", String(busy));
  cancelButton.hidden = !busy;
  progress.hidden = !busy;
  analyzeButton.hidden = state !== "cancelled";
  if (!busy) clearInterval(ticker);
}

/** Analyses the article now; `trigger` (paste, typing, file, options, clear, …) is kept for the record. */
async function analyzeNow(trigger = "typing") {
  clearTimeout(timer);
  results.dataset.trigger = trigger;
  const text = textarea.value;
  textLength = text.length;
  const ticket = ++latest;
  runs += 1;
  results.dataset.runs = String(runs);
  analyzer.cancel(); // a newer text makes the one in flight useless
  view.stop();
  setState("busy");
  progress.removeAttribute("value");
  const started = performance.now();
  const size = sizeOf(text.length);
  statusLine.textContent = `Analysing ${size}…`;
  clearInterval(ticker);
  if (text.length > 200_000) {
    ticker = setInterval(() => {
      statusLine.textContent = `Analysing ${size}… ${duration(performance.now() - started)}`;
    }, 1000);
  }
  try {
    const reply = await analyzer.request({ text, options: readOptions(), packed: true });
    if (ticket !== latest) return;
    clearInterval(ticker);
    const a = reply.result;
    hideError();
    const words = a.stats.words.toLocaleString();
    lead = `Analysed ${words} words in ${duration(reply.ms)}.`;
    setState("drawing");
    const drawn = await show(text, a);
    if (ticket !== latest) return;
    performance.mark("first-highlights");
    results.dataset.firstHighlightsMs = String(Math.round(performance.now() - started));
    const complete = await drawn.drawn;
    if (ticket !== latest) return;
    const total = duration(performance.now() - started);
    statusLine.textContent = text.trim() === ""
      ? "Nothing to analyse yet: paste or type an article."
      : complete ? `${lead} All shown ${total} after the ${trigger}.`
        : `${lead} Drawing stopped; the rest is drawn as you scroll to it.`;
    setState("done");
  } catch (err) {
    if (ticket !== latest) return;
    if (err.name === "AbortError") {
      statusLine.textContent = `Cancelled after ${duration(performance.now() - started)}. The results below are of an earlier text.`;
      setState("cancelled");
      return;
    }
    showError(err.message);
    statusLine.textContent = "The analysis could not run.";
    setState("error");
  }
}

function analyzeSoon(trigger = "typing") {
  clearTimeout(timer);
  // A longer text takes longer to analyse: wait a little longer for the typist to pause.
  const delay = 300 + Math.min(1200, textLength / 5000);
  timer = setTimeout(() => analyzeNow(trigger), delay);
}

function cancel() {
  clearTimeout(timer);
  if (results.dataset.state === "busy") analyzer.cancel();
  else if (results.dataset.state === "drawing") view.stop();
}

function showError(message) {
  errorLine.textContent = message;
  errorLine.hidden = false;
}

function hideError() {
  errorLine.hidden = true;
  errorLine.textContent = "";
}

// ---- showing a result -------------------------------------------------------------------------------

/** Fills the panels, then (in a later task, so neither is long) starts drawing the text; resolves to
 * {drawn}: the TextView's drawing promise. */
async function show(text, a) {
  shown = { text, a, lower: null };
  finder.reset();
  const counts = labelCounts(a);
  for (const l of [...hiddenLabels]) if (!counts.has(l)) hiddenLabels.delete(l);
  box.dataset.off = [...hiddenLabels].join(" ");
  renderLegend(counts, hiddenLabels, toggleLabel);
  renderGroups(a, counts, markGroup);
  renderKeywords(a.keywords, markKeyword);
  renderSummary(text, a, markSentence);
  renderStats(a);
  $("text-empty").hidden = text.length > 0;
  await yieldToPage();
  return { drawn: view.show(text, a) };
}

function toggleLabel(label) {
  if (hiddenLabels.has(label)) hiddenLabels.delete(label);
  else hiddenLabels.add(label);
  box.dataset.off = [...hiddenLabels].join(" ");
  for (const button of document.querySelectorAll("#legend li")) {
    const on = !hiddenLabels.has(button.dataset.label);
    button.firstChild.setAttribute("aria-pressed", String(on));
  }
}

/** Marks every mention of group `g`, showing mention `k` (or the first). */
function markGroup(g, k = -1) {
  if (!shown) return;
  const E = shown.a.entities;
  const items = [];
  let index = 0;
  for (let i = 0; i < E.group.length; i++) {
    if (E.group[i] !== g) continue;
    if (i === k) index = items.length;
    items.push([E.start[i], E.end[i]]);
  }
  const group = shown.a.groups[g];
  const first = k >= 0 ? k : E.group.indexOf(g);
  const mention = first >= 0 ? shown.text.slice(E.start[first], E.end[first]) : group.name;
  finder.mark({
    kind: "entity", what: `${group.name} (${group.label})`, items, index,
    subject: { text: mention, label: group.label },
  });
}

function markKeyword(phrase) {
  if (!shown) return;
  if (shown.lower === null) {
    const lower = shown.text.toLowerCase();
    shown.lower = lower.length === shown.text.length ? lower : shown.text; // offsets must not move
  }
  finder.mark({ kind: "keyword", what: `“${phrase}”`, items: occurrencesOf(phrase, shown.text, shown.lower) });
}

function markSentence(i) {
  if (!shown) return;
  const s = shown.a.sentences;
  const start = s[2 * i] + markerLength(shown.text.slice(s[2 * i], s[2 * i + 1]));
  finder.mark({ kind: "sentence", what: `Summary sentence ${shown.a.summary.indexOf(i) + 1}`, items: [[start, s[2 * i + 1]]] });
}

box.addEventListener("click", (event) => {
  const mark = event.target.closest?.("mark[data-i]");
  if (!mark || !shown || !getSelection().isCollapsed) return;
  const k = Number(mark.dataset.i);
  markGroup(shown.a.entities.group[k], k);
});

// Selecting words in the text offers to label them.
document.addEventListener("selectionchange", () => {
  const sel = getSelection();
  if (sel.isCollapsed || !box.contains(sel.anchorNode) || !box.contains(sel.focusNode)) return;
  const text = sel.toString().replace(/\s+/g, " ").trim();
  if (!text || text.length > 100) return;
  finder.mark({ kind: "selection", what: `Selected: “${text}”`, items: [], subject: { text } });
});

// ---- label corrections (the user gazetteer) ---------------------------------------------------------

function setGazetteer(list) {
  gazetteer = list;
  saveGazetteer(list);
  renderCorrections(gazetteer, removeCorrection);
}

function removeCorrection(i) {
  setGazetteer(gazetteer.filter((_, j) => j !== i));
  analyzeNow("correction");
}

$("relabel-save").addEventListener("click", () => {
  const text = finder.subject?.text;
  if (!text) return;
  const label = $("relabel").value;
  setGazetteer([...gazetteer.filter((g) => g.text !== text), { text, label }]);
  analyzeNow("correction");
});

// ---- export -----------------------------------------------------------------------------------------

async function resultJson() {
  const { json } = await analyzer.request({ json: true });
  if (json === "null") throw new Error("nothing to export yet: analyse an article first");
  return json;
}

function report(message) { statusLine.textContent = message; }

$("copy-json").addEventListener("click", async () => {
  try {
    const json = await resultJson();
    await navigator.clipboard.writeText(json);
    report(`Copied the result as JSON (${sizeOf(json.length)}).`);
  } catch (err) { showError(`Copy failed: ${err.message}`); }
});

$("download-json").addEventListener("click", async () => {
  try {
    const json = await resultJson();
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "article-analysis.json";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    report("Downloaded the result as article-analysis.json.");
  } catch (err) { showError(`Download failed: ${err.message}`); }
});

$("copy-summary").addEventListener("click", async () => {
  const text = [...document.querySelectorAll("#summary li")].map((li) => li.textContent).join("\n");
  try {
    await navigator.clipboard.writeText(text);
    report("Copied the summary.");
  } catch (err) { showError(`Copy failed: ${err.message}`); }
});

// ---- input: typing, paste, drop, file picker, sample, clear -------------------------------------------

let textLength = 0; // of the last text analysed (reading a large box's value on every key costs time)

textarea.addEventListener("input", (event) => {
  saveText(() => textarea.value);
  if (event.inputType === "insertFromPaste") analyzeNow("paste");
  else if (event.inputType === "insertFromDrop") analyzeNow("drop");
  else analyzeSoon("typing");
});

function setText(text, trigger) {
  textarea.value = text;
  saveText(() => text);
  analyzeNow(trigger);
}

async function loadFile(file) {
  if (!file) return;
  if (!readable(file)) {
    showError(`${file.name}: not a text file; open a .txt, .md or .html file`);
    return;
  }
  setText(await fileToText(file), "file");
}

const dropzone = $("dropzone");
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

const fileInput = $("file");
$("open-file").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  loadFile(fileInput.files[0]);
  fileInput.value = "";
});

$("sample").addEventListener("click", () => setText(SAMPLE, "sample"));
$("clear").addEventListener("click", () => {
  setText("", "clear");
  textarea.focus();
});
cancelButton.addEventListener("click", cancel);
analyzeButton.addEventListener("click", () => analyzeNow("retry"));
for (const input of [$("opt-keywords"), $("opt-summary")]) input.addEventListener("input", () => analyzeSoon("options"));

// ---- theme ------------------------------------------------------------------------------------------

const themeSelect = $("theme");
themeSelect.value = loadTheme();
themeSelect.addEventListener("change", () => {
  const theme = themeSelect.value;
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  saveTheme(theme);
});

// ---- start ------------------------------------------------------------------------------------------

renderCorrections(gazetteer, removeCorrection);
const saved = await loadText();
if (textarea.value === "") textarea.value = saved ?? SAMPLE;
await analyzeNow("start");
if (results.dataset.state === "done" && textarea.value === "") statusLine.textContent = "Ready.";
document.documentElement.dataset.ready = "true";
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch((err) => console.warn(`offline use unavailable: ${err.message}`));
}
