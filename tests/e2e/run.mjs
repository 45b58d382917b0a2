// End-to-end tests of the page (www/) in Debian's headless Chromium, driven by playwright-core.
//
//   node tests/e2e/run.mjs          (after ./build.sh build; ./build.sh test runs it)
//
// One browser and one page for all of them (harness.mjs): the basics (highlights, typing, files, markup
// as text, offsets, options), then what a reader does with the results (page.mjs), the embed example,
// offline use and a 5 MB paste (large.mjs), and last the check that nothing left the page's origin.
// The npm package has its own test: tests/e2e/package.mjs. E2E_ONLY=basics,page runs some files only.

import "./harness.mjs";

const only = process.env.E2E_ONLY?.split(",");
for (const file of ["basics", "page", "large", "origin"]) {
  if (!only || only.includes(file)) await import(`./${file}.mjs`); // in this order
}
