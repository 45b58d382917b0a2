// What the page keeps in this browser: the last text (IndexedDB, which takes megabytes without a
// blocking write), the reader's label corrections and the theme (localStorage). Nothing leaves the tab.

const DB = "article-analyzer";
const STORE = "kv";
const GAZETTEER_KEY = "article-analyzer.gazetteer";
const THEME_KEY = "article-analyzer.theme";

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let db = null;
async function tx(mode, fn) {
  db ??= await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const req = fn(t.objectStore(STORE));
    t.oncomplete = () => resolve(req.result);
    t.onerror = () => reject(t.error);
  });
}

/** The text kept from the last visit, or undefined if there is none. */
export async function loadText() {
  try { return await tx("readonly", (s) => s.get("text")); } catch { return undefined; }
}

let saveTimer = 0;
let writer = null;
/** Keeps the text for the next visit, written off the main thread once typing pauses. `read` gives the
 * text (reading a large text box's value costs time, so it is read once, when the write happens). */
export function saveText(read) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    writer ??= new Worker(new URL("./store-worker.js", import.meta.url), { type: "module" });
    writer.postMessage(read());
  }, 400);
}

/** The reader's corrections: [{text, label}], the core's gazetteer option. */
export function loadGazetteer() {
  try {
    const list = JSON.parse(localStorage.getItem(GAZETTEER_KEY) ?? "[]");
    return Array.isArray(list) ? list.filter((g) => typeof g?.text === "string" && typeof g?.label === "string") : [];
  } catch {
    return [];
  }
}

export function saveGazetteer(list) {
  localStorage.setItem(GAZETTEER_KEY, JSON.stringify(list));
}

export function loadTheme() {
  try { return localStorage.getItem(THEME_KEY) ?? "auto"; } catch { return "auto"; }
}

export function saveTheme(theme) {
  try { localStorage.setItem(THEME_KEY, theme); } catch { /* private mode: not kept */ }
}
