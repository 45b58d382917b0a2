// The result panels beside the text: legend, entities by label, keyphrases, summary, counts and the
// reader's label corrections. Every item that does something is a <button>, so it is reachable by
// keyboard; every piece of article text is set with textContent.

import { $, el } from "./dom.js";
import { LABEL_NAMES, byLabelOrder } from "./labels.js";

const NAMES_SHOWN = 8; // per label; the rest behind "Show all"

/** Mentions per label, from the packed entities. */
export function labelCounts(a) {
  const perIndex = new Array(a.labels.length).fill(0);
  for (const l of a.entities.label) perIndex[l] += 1;
  return new Map(a.labels.map((label, i) => [label, perIndex[i]]).filter(([, n]) => n > 0));
}

/** The legend: one toggle button per label present; `hidden` is the set of labels switched off. */
export function renderLegend(counts, hidden, onToggle) {
  const items = [...counts.keys()].sort(byLabelOrder).map((label) => {
    const on = !hidden.has(label);
    return el("li", { dataset: { label } },
      el("button", {
        type: "button", class: "chip", "aria-pressed": String(on),
        title: `${LABEL_NAMES[label] ?? label}: ${on ? "hide" : "show"} these highlights`,
        onclick: () => onToggle(label),
      },
      el("span", { class: "swatch", "aria-hidden": "true" }),
      label,
      el("span", { class: "count" }, el("span", { class: "visually-hidden", text: ", " }),
        counts.get(label).toLocaleString(), el("span", { class: "visually-hidden", text: " mentions" }))));
  });
  $("legend").replaceChildren(...items);
}

/** The distinct entities, grouped by label with counts; `onPick(groupId)` marks one. */
export function renderGroups(a, counts, onPick) {
  const byLabel = new Map();
  a.groups.forEach((g) => {
    if (!byLabel.has(g.label)) byLabel.set(g.label, []);
    byLabel.get(g.label).push(g);
  });
  const button = (g) => el("li", { dataset: { label: g.label } },
    el("button", { type: "button", class: "entity", dataset: { group: String(g.id) }, onclick: () => onPick(g.id) },
      el("span", { class: "name", text: g.name }),
      el("span", { class: "count" }, el("span", { class: "visually-hidden", text: ", mentions: " }),
        String(g.mentions))));
  const sections = [...byLabel.keys()].sort(byLabelOrder).map((label) => {
    const groups = byLabel.get(label).sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
    const list = el("ul", { class: "entities" }, ...groups.slice(0, NAMES_SHOWN).map(button));
    const section = el("section", { class: "label-group", dataset: { label } },
      el("h4", {},
        el("span", { class: "tag", text: label }),
        ` ${LABEL_NAMES[label] ?? label}`,
        el("span", { class: "count", text: `${groups.length.toLocaleString()} · ${(counts.get(label) ?? 0).toLocaleString()} mentions` })),
      list);
    if (groups.length > NAMES_SHOWN) {
      const more = el("button", { type: "button", class: "link", text: `Show all ${groups.length.toLocaleString()}` });
      more.addEventListener("click", () => {
        list.append(...groups.slice(NAMES_SHOWN).map(button));
        more.remove();
      });
      section.append(more);
    }
    return section;
  });
  $("groups").replaceChildren(...sections);
  $("groups-empty").hidden = sections.length > 0;
}

export function renderKeywords(keywords, onPick) {
  const items = keywords.map((k) => el("li", {},
    el("button", { type: "button", class: "keyword", title: `score ${k.score.toFixed(2)}`, onclick: () => onPick(k.text) },
      k.text,
      el("span", { class: "count" }, el("span", { class: "visually-hidden", text: ", in sentences: " }), `×${k.count}`))));
  $("keywords").replaceChildren(...items);
  $("keywords-empty").hidden = items.length > 0;
}

/** A list marker at the start of a sentence ("- ", "• ", "2. ", "b) "): the summary shows the sentence
 *  without it. */
const LIST_MARKER = /^(?:[-*\u2022\u2023\u25E6\u25AA\u2013\u2014]|\d{1,3}[.)]|[a-z][.)])\s+/;

/** The length of the list marker (and the space after it) at the start of `sentence`; 0 when none. */
export function markerLength(sentence) {
  return LIST_MARKER.exec(sentence)?.[0].length ?? 0;
}

/** `sentence` without a leading list marker. */
export function withoutMarker(sentence) {
  return sentence.slice(markerLength(sentence));
}

/** Summary sentences as buttons that take the reader to their place in the text. */
export function renderSummary(text, a, onPick) {
  const items = a.summary.filter((i) => 2 * i + 1 < a.sentences.length).map((i) => {
    const s = a.sentences[2 * i];
    const e = a.sentences[2 * i + 1];
    return el("li", {}, el("button", { type: "button", class: "sentence", title: "Show in the text", onclick: () => onPick(i) },
      withoutMarker(text.slice(s, e))));
  });
  $("summary").replaceChildren(...items);
  $("summary-empty").hidden = items.length > 0;
}

export function renderStats(a) {
  const s = a.stats;
  const stat = (name, value) => { document.querySelector(`[data-stat="${name}"]`).textContent = value; };
  stat("words", s.words.toLocaleString());
  stat("sentences", s.sentences.toLocaleString());
  stat("characters", s.characters.toLocaleString());
  stat("reading", `${s.readingMinutes.toLocaleString()} min`);
  stat("mentions", a.entities.start.length.toLocaleString());
  stat("entities", a.groups.length.toLocaleString());
}

/** The reader's corrections, each with a Remove button. */
export function renderCorrections(list, onRemove) {
  const items = list.map((g, i) => el("li", { dataset: { label: g.label } },
    el("span", { class: "name", text: g.text }),
    el("span", { class: "tag", text: g.label }),
    el("button", { type: "button", class: "button button-quiet button-small", "aria-label": `Remove ${g.text} (${g.label})`, onclick: () => onRemove(i) }, "Remove")));
  $("corrections").replaceChildren(...items);
  $("corrections-empty").hidden = items.length > 0;
}
