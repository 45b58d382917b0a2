// Applies the reader's chosen theme before the first paint (a classic script, so it runs at once).
try {
  const theme = localStorage.getItem("article-analyzer.theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch { /* storage blocked: follow the system */ }
