// Lighthouse (pinned, 12.2.3) on the start page (issue 18, point 7): every scored audit of its
// SEO and best-practices categories passes, in Dutch and in Arabic (a meta description in every
// language). A client we did not write, reading the page as a search engine and a browser would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { DIST } from './support/harness.mjs';

let server;
let url;
let chrome;
before(async () => {
  ({ server, url } = await serve(DIST, 0));
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
});
after(async () => {
  await chrome?.kill();
  await new Promise((ok) => server?.close(ok));
});

/** The scored audits of `categories` that did not pass, as "id: title". */
function failing(lhr, categories) {
  const out = [];
  for (const id of categories) {
    for (const ref of lhr.categories[id].auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.scoreDisplayMode !== 'notApplicable' && a.score !== null && a.score < 1) {
        out.push(`${id}/${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
  }
  return out;
}

for (const [path, lang] of [['', 'nl'], ['?lang=ar', 'ar']]) {
  test(`Lighthouse SEO and best practices pass on the start page (${lang})`, async () => {
    const result = await lighthouse(new URL(path, url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['seo', 'best-practices'],
      // The page is served from loopback: no throttled network to wait for.
      throttlingMethod: 'provided',
    });
    const lhr = result.lhr;
    assert.equal(lhr.runtimeError, undefined, JSON.stringify(lhr.runtimeError));
    assert.deepEqual(failing(lhr, ['seo', 'best-practices']), [], `${lang}: audits that fail`);
    assert.equal(lhr.categories.seo.score, 1, `${lang}: SEO ${lhr.categories.seo.score}`);
    assert.equal(lhr.categories['best-practices'].score, 1, `${lang}: best practices`);
  });
}
