//! Werkroute's performance budgets (issue 8), in one place: the numbers, how bytes are counted
//! (brotli -q 11 of each file as it is in dist/) and which files "the first screen needs".
//! Used by bench/bench.mjs (prints every budget with PASS or FAIL; times are noisy, so that is a
//! benchmark) and by tests/e2e/budget.test.mjs (the byte budget; bytes are stable, so that is a test).
//! Node built-ins only.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';

/** The budgets, verbatim from issue 8. */
export const BUDGETS = {
  /** Everything the first screen needs (see firstScreenFiles), brotli -q 11, summed. */
  firstScreenBrotli: 120 * 1024,
  /** First contentful paint at 4x CPU throttling, ours / the static floor page. */
  fcpVsFloor4x: 1.25,
  /** Time to interactive at 4x CPU throttling, ours / SurveyJS. */
  interactiveVsSurveyJs4x: 0.5,
  /** Click on an answer's continue button to the next question painted, median over a full journey, no throttling. */
  nextQuestionMs: 16,
  /** JS heap used (after a forced GC) + wasm linear memory, after a full journey. */
  memoryAfterJourneyBytes: 4 * 1024 * 1024,
  /** Lighthouse performance score (mobile defaults, median of the bench's runs), per page. */
  lighthouseScore: { start: 95, question: 90, result: 90 },
  /** Lighthouse largest contentful paint on the start page (simulated), ms. */
  lighthouseStartLcpMs: 2000,
};

/** The time budgets are medians of at least this many cold loads. */
export const MIN_COLD_LOADS = 9;

/** What src/docs/page.rs wraps the prerendered start page in, inside dist/index.html. */
export const PRERENDERED_MARKER = '<div class="app-prerendered">';

/** The app's own performance mark (src/ui/app.rs): the first screen is rendered and listening. */
export const INTERACTIVE_MARK = 'werkroute:interactive';

// ---------------------------------------------------------------------------------------------
// Bytes: gzip -9 and brotli -q 11 through the command-line tools when present (scripts/install.sh
// brings brotli), so the figures match what one gets by hand; otherwise node's zlib, same settings.

const hasCli = (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const CLI = { gzip: hasCli('gzip'), brotli: hasCli('brotli') };

/** How each size is computed, for a report header: { gzip: 'gzip CLI' | 'node zlib', brotli: ... }. */
export const COMPRESSED_BY = {
  gzip: CLI.gzip ? 'gzip CLI' : 'node zlib',
  brotli: CLI.brotli ? 'brotli CLI' : 'node zlib',
};

function cliSize(cmd, args, buf) {
  const r = spawnSync(cmd, args, { input: buf, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout.length;
}

/** Bytes of `buf` after `brotli -q 11`. */
export function brotliSize(buf) {
  if (CLI.brotli) return cliSize('brotli', ['-q', '11', '-c'], buf);
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

/** Bytes of `buf` after `gzip -9`. */
export function gzipSize(buf) {
  return CLI.gzip ? cliSize('gzip', ['-9', '-n', '-c'], buf) : gzipSync(buf, { level: 9 }).length;
}

/** { raw, gzip, brotli } bytes of `buf`. */
export function sizes(buf) {
  return { raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
}

// ---------------------------------------------------------------------------------------------
// What the first screen needs.
//
// The start page is prerendered into dist/index.html (src/bin/prerender.rs): it paints without
// script and its start control is a link that works before the app has loaded. So the first screen
// needs the document plus what the browser must have before it may paint it: the resources Resource
// Timing marks `renderBlockingStatus: 'blocking'` (the stylesheet). That set carries the 120 KB
// budget (scope 'paint').
//
// Reported beside it, without a budget of its own (scope 'takeover'): everything a cold load of `/`
// fetches before the app's INTERACTIVE_MARK, i.e. the JS glue and the wasm that replace the
// prerendered page and run every later screen; requests still in flight at the mark count too.
//
// In both scopes each same-origin URL maps to its file under dist/ (`/` -> index.html); whatever is
// fetched later (a municipality file, ...) or not at all is not counted, whatever dist/ holds.
// Cross-origin URLs are listed apart (there must be none). data: URLs cost no request.
//
// Excluded by name: sw.js. The service worker is registered by boot.js only after the app has
// started and is needed for offline use, not for the first screen; the browser fetches it outside
// the page, but if a resource entry for it ever appears before the mark it still does not count.
const NOT_FIRST_SCREEN = new Set(['sw.js']);

/**
 * Runs in the page (page.evaluate / CDP Runtime.evaluate; no closures): the URLs fetched before
 * the performance mark `mark`, in fetch order. `marked` is false when the page has no such mark
 * (then `urls` is empty).
 */
export function firstScreenUrlsInPage(mark) {
  const at = performance.getEntriesByName(mark)[0]?.startTime;
  if (at === undefined) return { marked: false, at: null, urls: [] };
  const nav = performance.getEntriesByType('navigation')[0];
  // served: the body's bytes as they came over the wire (Resource Timing encodedBodySize), so
  // compressed when the server sent a compressed copy.
  const urls = [{ url: nav ? nav.name : location.href, startTime: 0, type: 'navigation', blocking: true, served: nav?.encodedBodySize }];
  for (const r of performance.getEntriesByType('resource')) {
    if (r.startTime < at) {
      urls.push({ url: r.name, startTime: r.startTime, type: r.initiatorType, blocking: r.renderBlockingStatus === 'blocking', served: r.encodedBodySize });
    }
  }
  return { marked: true, at, urls };
}

/** Only the document and its render-blocking resources of an in-page URL list (scope 'paint'). */
export function paintUrls(list) {
  return { ...list, urls: list.urls.filter((u) => u.blocking) };
}

/** The path (relative to the served directory) a same-origin URL is served from (scripts/serve.mjs rules), or null. */
export function fileForUrl(url) {
  let path = decodeURIComponent(new URL(url).pathname);
  if (path.endsWith('/')) path += 'index.html';
  const rel = normalize(path.replace(/^\/+/, ''));
  if (rel === '..' || rel.startsWith(`..${sep}`)) return null;
  return rel;
}

/**
 * Maps the in-page URL list (firstScreenUrlsInPage's result) to files under `dir` (the served
 * copy of dist/), with their brotli bytes (`brotliOf(file)` when the caller has them already).
 * Returns { at, files: [{ file, url, exists, brotli, served }], total, served, foreign: [url],
 * excluded: [file] }, files in fetch order, each once; `total` is the brotli sum of the files
 * that exist, `served` the sum of the bytes as served (NaN when the list has none).
 */
export function firstScreenFromUrls(list, { origin, dir, brotliOf }) {
  const files = [];
  const foreign = [];
  const excluded = [];
  const seen = new Set();
  for (const { url, served } of list.urls) {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
    if (u.origin !== origin) {
      if (!foreign.includes(url)) foreign.push(url);
      continue;
    }
    const file = fileForUrl(url);
    if (file === null) {
      foreign.push(url);
      continue;
    }
    if (seen.has(file)) continue; // e.g. app_bg.wasm: the <link rel=preload> and the fetch that uses it
    seen.add(file);
    if (NOT_FIRST_SCREEN.has(file)) {
      excluded.push(file);
      continue;
    }
    const abs = join(dir, file);
    const exists = existsSync(abs);
    const brotli = exists ? (brotliOf?.(file) ?? brotliSize(readFileSync(abs))) : NaN;
    files.push({ file, url, exists, brotli, served });
  }
  const total = files.reduce((s, f) => s + (f.exists ? f.brotli : 0), 0);
  const served = files.reduce((s, f) => s + f.served, 0);
  return { at: list.at, files, total, served, foreign, excluded };
}

/**
 * The first screen of a Playwright `page` that has cold-loaded `/` and reached `mark`: the files
 * under `dir` it needs in `scope` ('paint': document + render-blocking; 'takeover': all fetched
 * before the mark), their brotli bytes and their sum (see above).
 */
export async function firstScreenFiles(page, { origin, dir, mark = INTERACTIVE_MARK, scope = 'paint' }) {
  const list = await page.evaluate(firstScreenUrlsInPage, mark);
  if (!list.marked) throw new Error(`first screen: the page has no performance mark '${mark}'`);
  return firstScreenFromUrls(scope === 'paint' ? paintUrls(list) : list, { origin, dir });
}

/** One line per file and the sum, for reports and assertion messages. */
export function describeFirstScreen(fs, { budget = true } = {}) {
  const w = Math.max(...fs.files.map((f) => f.file.length), 5);
  const asServed = (n) => (Number.isFinite(n) ? `  ${n.toLocaleString('en-US').padStart(9)} B as served` : '');
  const lines = fs.files.map(
    (f) => `  ${f.file.padEnd(w)}  ${f.exists ? `${f.brotli.toLocaleString('en-US').padStart(9)} B brotli${asServed(f.served)}` : 'MISSING from dist/'}`,
  );
  lines.push(`  ${'total'.padEnd(w)}  ${fs.total.toLocaleString('en-US').padStart(9)} B brotli${asServed(fs.served)}${budget ? ` (budget ${BUDGETS.firstScreenBrotli.toLocaleString('en-US')} B)` : ''}`);
  if (fs.excluded.length) lines.push(`  not counted: ${fs.excluded.join(', ')} (not needed for the first screen)`);
  return lines.join('\n');
}
