// Lighthouse (pinned in the root package.json, 12.2.3) on three of our pages, mobile defaults:
// the Moto G Power profile, simulated slow 4G and 4x CPU (Lantern), performance category only.
// Printed beside the bench's own figures (section 6 of bench/bench.mjs); budgets in
// scripts/budgets.mjs. Its own Chromium through chrome-launcher, as Lighthouse wants one.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';

/** The pages measured: the start page, a question reached by a link, a shared result. */
export function lighthousePages(resultCode) {
  return [
    { key: 'start', label: 'start page', path: '' },
    { key: 'question', label: 'question 5 (#/vraag/5)', path: '#/vraag/5' },
    { key: 'result', label: 'shared result (#/r/...)', path: `#/r/${resultCode}` },
  ];
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/**
 * Runs Lighthouse `runs` times on each page of `base` and returns, per page key, the median
 * score (0-100) and metrics (ms; CLS unitless), plus the observed (unsimulated) FCP and LCP.
 */
export async function lighthouseFigures(base, pages, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
  });
  const out = {};
  let retried = 0;
  try {
    for (const page of pages) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) {
        // Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP): such a run is
        // retried, at most twice, and counted.
        let lhr;
        for (let attempt = 0; ; attempt += 1) {
          ({ lhr } = await lighthouse(new URL(page.path, base).href, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          }));
          if (!lhr.runtimeError) break;
          if (attempt === 2) throw new Error(`Lighthouse on ${page.label}: ${lhr.runtimeError.message}`);
          retried += 1;
        }
        const a = lhr.audits;
        const observed = a.metrics?.details?.items?.[0] ?? {};
        samples.push({
          score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
          fcp: a['first-contentful-paint'].numericValue,
          lcp: a['largest-contentful-paint'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          si: a['speed-index'].numericValue,
          tti: a.interactive.numericValue,
          observedFcp: observed.observedFirstContentfulPaint,
          observedLcp: observed.observedLargestContentfulPaint,
        });
      }
      const m = {};
      for (const k of Object.keys(samples[0])) m[k] = median(samples.map((s) => s[k]));
      m.scores = samples.map((s) => s.score);
      out[page.key] = m;
    }
  } finally {
    await chrome.kill();
  }
  out.retried = retried;
  return out;
}
