// Reading an opened or dropped file as plain text: .txt as it is, .md with its markup stripped, .html
// reduced to its visible text with DOMParser. A parsed document is inert: its scripts never run, its
// images never load, and nothing from it is put into the page.

const BLOCKS = new Set(["address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
  "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
  "pre", "section", "table", "tr", "ul"]);
const SKIP = new Set(["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "canvas"]);

/** The visible text of an HTML document, with blank lines between blocks. */
export function htmlToText(html) {
  // The parsed document inherits the page's CSP, which reports every <style> and style="" in it as a
  // refused inline style; neither is wanted for the text, so both go before parsing.
  const quiet = html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, "")
    .replace(/(<[^>]*?)\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "$1");
  const doc = new DOMParser().parseFromString(quiet, "text/html");
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.data.replace(/\s+/g, " "));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.localName;
        if (SKIP.has(tag)) continue;
        if (tag === "br") { parts.push("\n"); continue; }
        const block = BLOCKS.has(tag);
        if (block) parts.push("\n\n");
        walk(child);
        if (block) parts.push("\n\n");
        else if (tag === "td" || tag === "th") parts.push(" ");
      }
    }
  };
  const title = doc.querySelector("head > title")?.textContent.trim();
  if (title && !doc.querySelector("h1")) parts.push(title, "\n\n");
  walk(doc.body ?? doc.documentElement);
  return parts.join("")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Markdown as the prose it renders to: no heading marks, emphasis, link targets or code fences. */
export function markdownToText(md) {
  return md
    .replace(/^```.*$/gm, "")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}

const HTML = /\.(html?|xhtml)$/i;
const MARKDOWN = /\.(md|markdown)$/i;
const TEXT = /\.(txt|text)$/i;

/** Whether the page can read `file`. */
export function readable(file) {
  return HTML.test(file.name) || MARKDOWN.test(file.name) || TEXT.test(file.name) ||
    file.type.startsWith("text/") || file.type === "";
}

/** The text of `file` (a File or Blob with a name). */
export async function fileToText(file) {
  const raw = await file.text();
  if (HTML.test(file.name) || file.type === "text/html") return htmlToText(raw);
  if (MARKDOWN.test(file.name) || file.type === "text/markdown") return markdownToText(raw);
  return raw;
}
