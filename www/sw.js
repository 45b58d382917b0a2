// The service worker: keeps the page usable offline once it has been loaded.
//
// Network first (so a new build is picked up at once when online), the cache when the network fails.
// Only same-origin GET requests are handled; the page makes no other kind.

const CACHE = "article-analyzer-v1";
const SHELL = [
  "./", "index.html", "style.css", "theme.js", "app.js", "favicon.svg", "embed.html", "element.js",
  "worker.js", "worker-client.js",
  "js/dom.js", "js/files.js", "js/finder.js", "js/labels.js", "js/panels.js", "js/sample.js",
  "js/store.js", "js/store-worker.js", "js/textview.js",
  "pkg/article_analyzer.js", "pkg/article_analyzer_bg.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
      }
      return response;
    } catch (err) {
      const cached = await caches.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw err;
    }
  })());
});
