// Werkroute benchmark (not a test): bytes, first contentful paint, time to an interactive first
// screen and memory, for our app (dist/) against two peers served the same way from 127.0.0.1:
//   ours      bench/out/ours/      a snapshot of dist/ taken by bench/prepare.mjs
//   floor     bench/out/floor/     a hand-written static copy of our start screen, no script
//   SurveyJS  bench/out/surveyjs/  the same questions built with survey-core + survey-js-ui
// Run through ./scripts/bench.sh, which builds dist/ if missing and runs bench/prepare.mjs first.
// The budgets of issue 8 (scripts/budgets.mjs) are checked at the end, one line each with PASS or
// FAIL; a FAIL does not change the exit code (this is a benchmark; the byte budget is also a test,
// tests/e2e/budget.test.mjs).
// Section 5 runs Lighthouse 12 (bench/lighthouse.mjs, mobile defaults) on the start page, a
// question and a shared result of ours, BENCH_LIGHTHOUSE_RUNS times each (default 3; median).
// Env: BENCH_RUNS (cold loads per site and throttle setting, default 9, at least 9 for the record),
//      CHROMIUM (browser binary, default /usr/bin/chromium).
//
// Definitions (the same rule for all three: the first screen is on the page AND a click on its start
// button would be handled):
//   FCP          the browser's `first-contentful-paint` paint entry (ms since navigation start).
//   interactive  ours:     the app's own performance.mark('werkroute:interactive') if it ever sets one;
//                          otherwise the moment (MutationObserver, injected by this bench only) at
//                          which `.app-page #main h1` and the start control `.app-page #main
//                          .app-button` are in the DOM after the wasm module was instantiated.
//                          Yew attaches its (delegated) listeners before it renders, so a click works then.
//                          dist/index.html's own static content is only a hidden fallback message.
//                floor:    domContentLoadedEventStart (native HTML is usable once parsed).
//                SurveyJS: onAfterRenderSurvey (bench/surveyjs/main.js marks it and checks the start button).
//   cold load    a fresh browser context per load (empty HTTP cache, new renderer), one Chromium.
//   memory       after the first screen is interactive (no throttle): CDP HeapProfiler.collectGarbage,
//                then Performance.getMetrics JSHeapUsedSize; wasm = byteLength of every
//                WebAssembly.Memory the page's instantiate/instantiateStreaming returned (hook injected
//                by this bench with addInitScript; nothing of it ships).
//   first screen the document and its render-blocking files (the prerendered start page paints and
//                its start link works with these alone), brotli -q 11; beside it, without a budget,
//                everything fetched before the app is interactive (the app taking over)
//                (scripts/budgets.mjs; taken from the no-throttle cold loads).
//   journey      ours only, no throttle, a fresh context per journey: the start control, then the
//                first option (radio or checkbox) in `main` and the form's submit button on every question, the check
//                page's "Toon mijn uitkomst", until the result (`.app-route__name`) is on the page.
//                Playwright's mouse makes the clicks (trusted input events), the page measures
//                itself (JOURNEY_PROBE, installed after interactive), so automation overhead is not in
//                the figures; no Playwright helper script enters the page (see clickOn):
//     click to next question painted  the browser's Event Timing (PerformanceEventTiming), the budget
//                figure: a PerformanceObserver ({ type: 'event', durationThreshold: 16, buffered: true }
//                and 'first-input'), installed with the probe before the start click, keeps the
//                entries; a continue click's figure is the duration of its 'click' entry (the entry
//                whose startTime is the click event's timeStamp): from the click's timeStamp to the
//                next paint after its handlers ran (Yew's DOM update included), rounded to 8 ms. The
//                app's deferred after-paint work (address, title, speech stop: rAF -> setTimeout 0)
//                is not in it. Chromium reports only events of at least durationThreshold (16 ms,
//                the minimum), so a click without an entry took under 16 ms; the median is over all
//                continue clicks with those counted as "< 16 ms" (nearest rank: "< 16 ms" when at
//                least half have none). Also shown, for the reported clicks: input delay
//                (processingStart - startTime), handler time (processingEnd - processingStart) and
//                the whole interaction (the longest entry of the click's interactionId: pointerdown,
//                pointerup, click). After the last continue click the bench waits for its entry (at
//                most 500 ms; the entries arrive asynchronously after the paint).
//                Estimate, printed beside it (this bench's own probe): t0 = the click event's timeStamp
//                (a capture listener on document); then a MutationObserver sees the heading (`main h1`)
//                or progress (`.app-progress`) text change; t1 = a MessageChannel message posted from
//                the first requestAnimationFrame callback after that change is delivered. rAF runs
//                just before the frame's style/layout/paint, and the message task runs after that
//                rendering task: the usual "next paint" approximation. It can run after tasks the app
//                queued for after the paint (its rAF -> setTimeout 0 work), which then count in it.
//                Only steps that land on a question count; the last step (to the check page) is shown
//                apart. (Yew updates the DOM in a microtask right after its submit listener, within
//                the click's task.)
//     memory       after the result page: as above (forced GC, JS heap used + wasm memory).
import { launchChromium } from '../scripts/chromium.mjs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { SECURITY_HEADERS } from '../scripts/serve.mjs';
import { lighthouseFigures, lighthousePages } from './lighthouse.mjs';
import {
  BUDGETS,
  COMPRESSED_BY,
  INTERACTIVE_MARK,
  MIN_COLD_LOADS,
  describeFirstScreen,
  fileForUrl,
  firstScreenFromUrls,
  firstScreenUrlsInPage,
  paintUrls,
  PRERENDERED_MARKER,
  sizes,
} from '../scripts/budgets.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const RATES = [1, 4];
const VIEWPORT = { width: 1280, height: 900 };
const TIMEOUT = 30_000;
const JOURNEYS = 3; // full journeys (ours, no throttle); about 5-10 s each
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
// A shared result for Lighthouse: a golden code of the rules 2027.1 (a persona with a mixed picture).
const RESULT_PERSONA = 'persona Marco';
const START_CONTROL = 'Begin met de vragen'; // the start page's button (or link)
const RESULT_CONTROL = 'Toon mijn uitkomst'; // the check page's button to the result
// Event Timing's durationThreshold: its minimum; shorter events are not reported (see the header).
const EVENT_THRESHOLD_MS = 16;
const EVENT_WAIT_MS = 500; // how long to wait for the last click's Event Timing entry

// SurveyJS writes style attributes; under our CSP (style-src 'self') they are blocked and it logs
// errors, so its server (and its page's meta CSP) also allow 'unsafe-inline' styles. Nothing else differs.
const SURVEYJS_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': SECURITY_HEADERS['Content-Security-Policy'].replace(
    "style-src 'self'",
    "style-src 'self' 'unsafe-inline'",
  ),
};

// Injected into our app's page only (before any of its scripts): wasm memory capture + mount detection.
const OURS_INIT = `(() => {
  const mems = (window.__benchWasm = []);
  let instantiated = false;
  const keep = (r) => {
    const inst = r instanceof WebAssembly.Instance ? r : r && r.instance;
    const m = inst && inst.exports && Object.values(inst.exports).find((v) => v instanceof WebAssembly.Memory);
    if (m && !mems.includes(m)) mems.push(m);
    if (!instantiated) { instantiated = true; performance.mark('bench:wasm-instantiated'); check(); }
    return r;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (typeof orig !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then(keep);
    };
  }
  let marked = false;
  const ready = () =>
    document.querySelector('.app-page #main h1') && document.querySelector('.app-page #main .app-button');
  function check() {
    if (marked || !instantiated || !ready()) return;
    marked = true;
    performance.mark('bench:interactive');
    obs.disconnect();
  }
  const obs = new MutationObserver(check);
  obs.observe(document, { childList: true, subtree: true });
})();`;

// ---------------------------------------------------------------------------------------------
// Sizes

async function filesOf(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(join(e.parentPath ?? e.path, e.name));
  }
  return out.sort();
}

// Sizes per file: raw, gzip -9, brotli -q 11 (scripts/budgets.mjs counts them the same way for the budget).
async function siteBytes(dir) {
  const files = [];
  for (const f of await filesOf(dir)) files.push({ name: relative(dir, f), ...sizes(await readFile(f)) });
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0, gzip: 0, brotli: 0,
  });
  return { files, total };
}

// ---------------------------------------------------------------------------------------------
// One cold load

/** A fresh context and page for `site`, watching for errors and requests to other origins. */
async function openContext(browser, site) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const origin = new URL(site.url).origin;
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) problems.push(`request elsewhere: ${r.url()}`);
  });
  if (site.init) await page.addInitScript(site.init);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, origin, problems };
}

/** Evaluates `expression` in the page's main world over bare CDP; returns its value (awaited). */
async function inPage(cdp, expression, what = 'bench') {
  const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(`${what}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value;
}

/** Polls `check` (a function, run in the page by its source) every 20 ms until it returns true. */
function waitInPage(cdp, check, what) {
  return inPage(
    cdp,
    `new Promise((ok, fail) => {
      const t0 = Date.now();
      (function poll() {
        if ((${check})()) return ok(true);
        if (Date.now() - t0 > ${TIMEOUT}) return fail(new Error(${JSON.stringify(`bench: ${what} not in time`)}));
        setTimeout(poll, 20);
      })();
    })`,
    what,
  );
}

/** Loads the site and waits until its first screen is interactive (site.ready). */
async function loadUntilReady(page, cdp, site) {
  await page.goto(site.url, { waitUntil: 'load', timeout: TIMEOUT });
  // The values read afterwards are timestamps the page recorded itself; polling only decides when
  // to read them. Poll with a bare CDP Runtime.evaluate, not page.waitForFunction: Playwright would
  // first inject its large helper script into the page's main world (~25 ms of main thread, ~100 ms
  // at 4x), which lands in the middle of our wasm start-up (the load event fires before the wasm
  // has run).
  await waitInPage(cdp, site.ready, `${site.label} first screen`);
}

/** JS heap used after a forced GC, wasm linear memory (OURS_INIT's list) and DOM nodes, unthrottled. */
async function measureMemory(page, cdp) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.waitForTimeout(250); // let post-mount effects and idle tasks settle
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() =>
    (window.__benchWasm ?? []).reduce((s, mem) => s + mem.buffer.byteLength, 0),
  );
  return { heap: m.JSHeapUsedSize, wasm, nodes: m.Nodes };
}

async function coldLoad(browser, site, rate, { memory }) {
  const { context, page, cdp, problems } = await openContext(browser, site);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await loadUntilReady(page, cdp, site);
    const t = await page.evaluate(site.times);
    // What the first screen fetched (ours, no throttle): URLs that started before the interactive
    // mark, the app's own or else this bench's (scripts/budgets.mjs).
    let firstScreen = null;
    if (site.firstScreen && rate === 1) {
      firstScreen = await page.evaluate(firstScreenUrlsInPage, INTERACTIVE_MARK);
      if (!firstScreen.marked) firstScreen = await page.evaluate(firstScreenUrlsInPage, 'bench:interactive');
    }
    const mem = memory ? await measureMemory(page, cdp) : null;
    return { ...t, mem, firstScreen, problems };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// One full journey (ours only, no throttle)

// Installed in our page after it is interactive (bare CDP, like everything in the journey), before
// the start control is clicked: measures each continue click to the next screen painted, see the
// header. Samples go to window.__benchSteps as { t0, listener, dom, frame, painted, to } (ms on the
// page's clock); Event Timing entries (>= threshold ms) to window.__benchEvents. window.__benchTarget(kind) finds what the journey clicks next and returns the
// viewport point to click, or null.
const JOURNEY_PROBE = ({ start, result, threshold }) => {
  const steps = (window.__benchSteps = []);
  const key = () =>
    `${document.querySelector('main h1')?.textContent ?? ''}|${document.querySelector('.app-progress')?.textContent ?? ''}`;
  // A question asks with radios (one answer) or checkboxes ("choose all that apply").
  const onQuestion = () =>
    Boolean(document.querySelector('main fieldset legend h1') && document.querySelector('main input[type=radio], main input[type=checkbox]'));
  // Event Timing (see the header): the browser's own click-to-next-paint. Only events whose
  // duration is at least durationThreshold are reported; copies of the entries go to
  // window.__benchEvents, the start click's first-input entry to window.__benchFirstInput.
  const events = (window.__benchEvents = []);
  const copy = (e) => ({
    name: e.name,
    entryType: e.entryType,
    startTime: e.startTime,
    duration: e.duration,
    processingStart: e.processingStart,
    processingEnd: e.processingEnd,
    interactionId: e.interactionId ?? 0,
  });
  const timing = (window.__benchTiming = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.entryType === 'first-input') window.__benchFirstInput = copy(e);
      else events.push(copy(e));
    }
  }));
  window.__benchTimingSupported = PerformanceObserver.supportedEntryTypes.includes('event');
  timing.observe({ type: 'event', durationThreshold: threshold, buffered: true });
  timing.observe({ type: 'first-input', buffered: true });

  let pending = null;
  new MutationObserver(() => {
    if (!pending || key() === pending.before) return;
    const step = pending;
    pending = null;
    step.dom = performance.now();
    step.to = onQuestion() ? 'question' : 'other';
    requestAnimationFrame(() => {
      step.frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        step.painted = performance.now();
        delete step.before;
        steps.push(step);
      };
      channel.port2.postMessage(null);
    });
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  document.addEventListener(
    'click',
    (e) => {
      if (!(e.target instanceof Element) || !e.target.closest('form button[type=submit]') || !onQuestion()) return;
      // e.timeStamp: when the input event happened (same clock as performance.now()).
      pending = { t0: e.timeStamp, listener: performance.now(), before: key() };
    },
    true,
  );

  // The start control is a button today and may become a link (to #/vraag/1); either, by its name.
  const named = (name) =>
    [...document.querySelectorAll('main button, main a[href]')].find((e) => e.textContent.trim() === name);
  const find = {
    start: () => named(start) ?? document.querySelector('main .app-button'),
    // The first option, radio or checkbox (the header has radios too).
    radio: () => document.querySelector('main input[type=radio], main input[type=checkbox]'),
    submit: () => document.querySelector('main form button[type=submit]') ?? document.querySelector('form button[type=submit]'),
    result: () => named(result),
  };
  window.__benchTarget = (kind) => {
    const el = find[kind]();
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    // A radio may be drawn by its label; then the label takes the click, as it would for a person.
    for (const target of [el, ...(el.labels ?? [])]) {
      const r = target.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (r.width > 0 && r.height > 0 && hit && target.contains(hit)) return { x, y };
    }
    return null;
  };
};

// The journey is driven without Playwright's locators or waitForFunction: those inject Playwright's
// helper scripts into the page (about 1.2 MB of JS heap together, measured with this bench's
// method), which would land in "memory after a full journey". Clicks are Playwright's page.mouse
// (trusted CDP input events at the element's centre); queries and waits are bare CDP.
async function clickOn(page, cdp, kind) {
  const at = await inPage(cdp, `window.__benchTarget(${JSON.stringify(kind)})`, `journey: find ${kind}`);
  if (!at) throw new Error(`bench journey: nothing to click for '${kind}' at ${await inPage(cdp, 'location.href')}`);
  await page.mouse.click(at.x, at.y);
}

/**
 * Gives each step its Event Timing figures (ms), in place: step.et = { duration, delay, handler,
 * interactionId, interaction } from the 'click' entry whose startTime is the click's timeStamp
 * (nearest within 1 ms), or step.et = null when the click has none (its duration was under the
 * threshold). `interaction` is the longest duration among the entries of the same interactionId
 * (pointerdown, pointerup, mousedown, mouseup, click).
 */
function matchEventTiming(steps, events) {
  const clicks = events.filter((e) => e.name === 'click');
  for (const step of steps) {
    let best = null;
    for (const e of clicks) {
      const d = Math.abs(e.startTime - step.t0);
      if (d < 1 && (!best || d < Math.abs(best.startTime - step.t0))) best = e;
    }
    step.et = best && {
      duration: best.duration,
      delay: best.processingStart - best.startTime,
      handler: best.processingEnd - best.processingStart,
      interactionId: best.interactionId,
      interaction: best.interactionId
        ? Math.max(...events.filter((e) => e.interactionId === best.interactionId).map((e) => e.duration))
        : best.duration,
    };
  }
}

async function journey(browser, site, { memory = true } = {}) {
  const { context, page, cdp, problems } = await openContext(browser, site);
  try {
    await loadUntilReady(page, cdp, site);
    await inPage(cdp, `(${JOURNEY_PROBE})(${JSON.stringify({ start: START_CONTROL, result: RESULT_CONTROL, threshold: EVENT_THRESHOLD_MS })})`);
    await clickOn(page, cdp, 'start');
    await waitInPage(cdp, () => Boolean(document.querySelector('main fieldset legend h1')), 'journey: the first question');
    for (let n = 1; ; n++) {
      await clickOn(page, cdp, 'radio');
      await waitInPage(cdp, () => document.querySelector('main input[type=radio], main input[type=checkbox]')?.checked === true, `journey: answer ${n} chosen`);
      await clickOn(page, cdp, 'submit');
      // Wait for the page to have recorded this step (its next frame painted) before the next click.
      await waitInPage(cdp, `() => window.__benchSteps.length >= ${n}`, `journey: step ${n} painted`);
      if ((await inPage(cdp, 'window.__benchSteps.at(-1).to')) !== 'question') break;
    }
    // Event Timing entries are delivered asynchronously after the paint: wait until the last
    // continue click's entry is in, or EVENT_WAIT_MS (a click under the threshold has none).
    await inPage(
      cdp,
      `new Promise((ok) => {
        const t0 = window.__benchSteps.at(-1).t0;
        const until = performance.now() + ${EVENT_WAIT_MS};
        (function poll() {
          if (window.__benchEvents.some((e) => e.name === 'click' && Math.abs(e.startTime - t0) < 1) || performance.now() > until) return ok(true);
          setTimeout(poll, 20);
        })();
      })`,
      'journey: Event Timing entries',
    );
    await clickOn(page, cdp, 'result');
    await waitInPage(cdp, () => Boolean(document.querySelector('.app-route__name')), 'journey: the result');
    const steps = await inPage(cdp, 'window.__benchSteps');
    const timing = await inPage(
      cdp,
      `(() => {
        window.__benchTiming.disconnect();
        const r = { supported: window.__benchTimingSupported, events: window.__benchEvents, firstInput: window.__benchFirstInput ?? null };
        delete window.__benchEvents; delete window.__benchFirstInput; delete window.__benchTiming;
        return r;
      })()`,
      'journey: Event Timing entries',
    );
    matchEventTiming(steps, timing.events);
    const mem = memory ? await measureMemory(page, cdp) : null;
    return { steps, timing, mem, problems };
  } finally {
    await context.close();
  }
}

// Page-side readiness checks and time readers (run inside the page by CDP Runtime.evaluate / page.evaluate).
const SITES = {
  ours: {
    label: 'ours (Yew/wasm)',
    init: OURS_INIT,
    firstScreen: true,
    ready: () =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      (performance.getEntriesByName('werkroute:interactive').length > 0 ||
        performance.getEntriesByName('bench:interactive').length > 0),
    times: () => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const res = (suffix) =>
        performance.getEntriesByType('resource').find((r) => r.name.endsWith(suffix));
      return {
        fcp: at('first-contentful-paint'),
        interactive: at('werkroute:interactive') ?? at('bench:interactive'),
        source: at('werkroute:interactive') != null ? 'app mark' : 'DOM',
        // Where the time goes (ms since navigation start).
        html: performance.getEntriesByType('navigation')[0].responseEnd,
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
        bootLoaded: res('/boot.js')?.responseEnd,
        jsLoaded: res('/app.js')?.responseEnd,
        wasmRequested: res('/app_bg.wasm')?.startTime,
        wasmLoaded: res('/app_bg.wasm')?.responseEnd,
        wasmReady: at('bench:wasm-instantiated'),
      };
    },
  },
  floor: {
    label: 'floor (static)',
    ready: () =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart > 0,
    times: () => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      interactive: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
    }),
  },
  surveyjs: {
    label: 'SurveyJS',
    ready: () =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      performance.getEntriesByName('bench:interactive').length > 0,
    times: () => {
      const m = performance.getEntriesByName('bench:interactive')[0];
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        interactive: m.startTime,
        button: m.detail?.button === true,
      };
    },
  },
};

// The floor for click-to-next-question (bench/floor/journey.html), journeys only.
const FLOOR_JOURNEY = {
  label: 'floor journey (plain script)',
  ready: () =>
    performance.getEntriesByName('first-contentful-paint').length > 0 &&
    document.readyState === 'complete' &&
    Boolean(window.WERKROUTE_FLOOR_QUESTIONS),
};

// ---------------------------------------------------------------------------------------------
// Formatting

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};
const n0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');

/**
 * The Event Timing median over ALL continue clicks to a question (steps with step.et from
 * matchEventTiming): a click without an entry was under the threshold. The nearest-rank 50th
 * percentile with those counted as the shortest, so it is "under the threshold" when at least
 * half of the clicks have no entry.
 */
function eventTimingMedian(toQuestion) {
  const durations = toQuestion.filter((x) => x.et).map((x) => x.et.duration);
  const under = toQuestion.length - durations.length;
  if (!toQuestion.length) return { under: false, value: NaN };
  const rank = Math.ceil(toQuestion.length / 2); // 1-based
  if (rank <= under) return { under: true, value: NaN };
  return { under: false, value: [...durations].sort((a, b) => a - b)[rank - under - 1] };
}
const mb = (x) => (Number.isFinite(x) ? `${(x / 1048576).toFixed(2)} MB` : '–');
/** Nearest-rank percentile (0-100). */
const percentile = (xs, p) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : NaN;
};
const n1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '–');
const pad = (s, w, left = false) => (left ? String(s).padEnd(w) : String(s).padStart(w));
const row = (cells, widths) => cells.map((c, i) => pad(c, widths[i], i === 0)).join('  ');

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const dirs = {
    ours: join(BENCH, 'out/ours'),
    floor: join(BENCH, 'out/floor'),
    surveyjs: join(BENCH, 'out/surveyjs'),
  };
  for (const d of Object.values(dirs)) await stat(join(d, 'index.html'));

  // The servers run in a child process (scripts/serve.mjs, port 0 each), so that serving is not
  // delayed by this process's own CDP traffic.
  const child = fork(join(BENCH, 'servers.mjs'), [
    JSON.stringify([
      { name: 'ours', dir: dirs.ours },
      { name: 'floor', dir: dirs.floor },
      { name: 'surveyjs', dir: dirs.surveyjs, headers: SURVEYJS_HEADERS },
      { name: 'floorJourney', dir: join(BENCH, 'out/floor-journey') },
    ]),
  ]);
  const urls = await new Promise((ok, fail) => {
    child.once('message', (m) => ok(m.urls));
    child.once('exit', (code) => fail(new Error(`bench servers exited (${code})`)));
  });
  const stopServers = () =>
    new Promise((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', ok);
      child.send('stop');
    });
  const servers = urls;
  for (const k of Object.keys(SITES)) SITES[k].url = servers[k];
  FLOOR_JOURNEY.url = servers.floorJourney;

  const browser = await launchChromium();

  const results = {};
  const problems = new Set();
  try {
    const bytes = {};
    for (const k of Object.keys(dirs)) bytes[k] = await siteBytes(dirs[k]);

    const distStat = await stat(join(dirs.ours, 'app_bg.wasm'));
    const cpu = cpus();
    console.log('Werkroute bench');
    console.log(
      `Environment: Chromium ${browser.version()} (headless, playwright-core) · ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? '?'}) · ` +
        `load avg ${loadavg()[0].toFixed(2)} · node ${process.version} · ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} · dist/ built ${distStat.mtime.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    );

    // 1. Bytes
    console.log('');
    console.log(`1. Bytes per file: raw, gzip -9 (${COMPRESSED_BY.gzip}), brotli -q 11 (${COMPRESSED_BY.brotli})`);
    const bw = [34, 11, 11, 11];
    console.log(row(['file', 'raw', 'gzip -9', 'brotli -q11'], bw));
    for (const f of bytes.ours.files) console.log(row([`dist/${f.name}`, n0(f.raw), n0(f.gzip), n0(f.brotli)], bw));
    const tot = (label, t) => console.log(row([label, n0(t.raw), n0(t.gzip), n0(t.brotli)], bw));
    tot('dist/ total (ours)', bytes.ours.total);
    tot(`floor total (${bytes.floor.files.length} files)`, bytes.floor.total);
    tot(`SurveyJS total (${bytes.surveyjs.files.length} files)`, bytes.surveyjs.total);
    const big = [...bytes.surveyjs.files].sort((a, b) => b.brotli - a.brotli).slice(0, 3);
    console.log(`  SurveyJS's largest (brotli): ${big.map((f) => `${f.name} ${n0(f.brotli)}`).join(', ')}`);

    // 2. Timings: warm-up (discarded), then RUNS rounds; within a round both throttle settings and all
    //    sites, the site order rotated per round so drift does not favour one site.
    process.stderr.write(`bench: ${RUNS} cold loads x ${RATES.length} throttle settings x 3 sites (+3 warm-up)\n`);
    for (const k of Object.keys(SITES)) await coldLoad(browser, SITES[k], 1, { memory: false });
    const keys = Object.keys(SITES);
    for (const k of keys) for (const r of RATES) results[`${k}@${r}`] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const rate of RATES) {
        for (let j = 0; j < keys.length; j++) {
          const k = keys[(i + j) % keys.length];
          const res = await coldLoad(browser, SITES[k], rate, { memory: rate === 1 });
          for (const p of res.problems) problems.add(`${k}: ${p}`);
          results[`${k}@${rate}`].push(res);
        }
      }
      process.stderr.write(`bench: round ${i + 1}/${RUNS} done\n`);
    }

    // Full journeys (ours, no throttle), each in a fresh context.
    const journeys = [];
    for (let i = 0; i < JOURNEYS; i++) {
      const t0 = Date.now();
      const res = await journey(browser, SITES.ours);
      for (const p of res.problems) problems.add(`ours journey: ${p}`);
      journeys.push(res);
      process.stderr.write(`bench: journey ${i + 1}/${JOURNEYS} done (${res.steps.length} continue clicks, ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    }

    // The same journeys on the floor page (plain script), for the floor of that click.
    const floorJourneys = [];
    for (let i = 0; i < JOURNEYS; i++) {
      const res = await journey(browser, FLOOR_JOURNEY, { memory: false });
      for (const p of res.problems) problems.add(`floor journey: ${p}`);
      floorJourneys.push(res);
    }
    process.stderr.write(`bench: ${JOURNEYS} floor journeys done\n`);

    // The first screen's files: the union of what the no-throttle cold loads of ours fetched
    // before interactive (they should all agree; a difference is reported below).
    const oursLoads = results['ours@1'];
    const listKey = (fs) =>
      [...new Set(fs.urls.filter((u) => new URL(u.url).origin === new URL(SITES.ours.url).origin).map((u) => fileForUrl(u.url)))]
        .sort()
        .join(' ');
    const keysSeen = new Set(oursLoads.map((r) => listKey(r.firstScreen)));
    if (keysSeen.size > 1) problems.add(`ours: the first screen's files differ between cold loads: ${[...keysSeen].join(' | ')}`);
    const brotliByFile = new Map(bytes.ours.files.map((f) => [f.name, f.brotli]));
    const allFetched = { at: null, urls: oursLoads.flatMap((r) => r.firstScreen.urls) };
    const fileOpts = { origin: new URL(SITES.ours.url).origin, dir: dirs.ours, brotliOf: (f) => brotliByFile.get(f) };
    const takeover = firstScreenFromUrls(allFetched, fileOpts);
    // Only a page that carries its start page can paint it from the render-blocking files alone;
    // an empty index.html (the app before prerendering) needs everything up to interactive.
    const prerendered = (await readFile(join(dirs.ours, 'index.html'), 'utf8')).includes(PRERENDERED_MARKER);
    const firstScreen = prerendered ? firstScreenFromUrls(paintUrls(allFetched), fileOpts) : takeover;
    for (const u of takeover.foreign) problems.add(`ours: first screen fetched from another origin: ${u}`);
    const marks = new Set(oursLoads.map((r) => r.source));

    const med = (k, rate, f) => median(results[`${k}@${rate}`].map(f));
    const span = (k, rate, f) => {
      const xs = results[`${k}@${rate}`].map(f).filter(Number.isFinite);
      return xs.length ? `${n0(Math.min(...xs))}–${n0(Math.max(...xs))}` : '–';
    };
    const cell = (k, rate, f) => `${n0(med(k, rate, f))} (${span(k, rate, f)})`;

    console.log('');
    console.log(`2. Times in ms since navigation start: median (min–max) of ${RUNS} cold loads each, localhost, served as scripts/serve.mjs serves (precompressed)`);
    const tw = [26, 21, 21, 21];
    console.log(row(['', SITES.ours.label, SITES.floor.label, SITES.surveyjs.label], tw));
    for (const rate of RATES) {
      const t = rate === 1 ? 'no throttle' : `${rate}x CPU`;
      console.log(row([`FCP, ${t}`, ...keys.map((k) => cell(k, rate, (r) => r.fcp))], tw));
      console.log(row([`interactive, ${t}`, ...keys.map((k) => cell(k, rate, (r) => r.interactive))], tw));
    }
    console.log('  interactive = ours: app h1 + start button rendered by the wasm app; floor: DOMContentLoaded;');
    console.log('                SurveyJS: onAfterRenderSurvey (start button present)');
    const src = new Set(RATES.flatMap((r) => results[`ours@${r}`].map((x) => x.source)));
    const sjButton = RATES.every((r) => results[`surveyjs@${r}`].every((x) => x.button));
    console.log(`  ours detected by: ${[...src].join(', ')}; SurveyJS start button present at its mark: ${sjButton ? 'yes' : 'NO'}`);

    console.log('');
    console.log('   Where our time goes (median ms since navigation start)');
    const ww = [26, 13, 13];
    console.log(row(['', 'no throttle', ...RATES.slice(1).map((r) => `${r}x CPU`)], ww));
    const stage = (label, f) => console.log(row([label, ...RATES.map((r) => n0(med('ours', r, f)))], ww));
    stage('index.html received', (r) => r.html);
    stage('boot.js received', (r) => r.bootLoaded);
    stage('app.js received', (r) => r.jsLoaded);
    stage('app_bg.wasm requested', (r) => r.wasmRequested);
    stage('app_bg.wasm received', (r) => r.wasmLoaded);
    stage('DOMContentLoaded', (r) => r.dcl);
    stage('wasm instantiated', (r) => r.wasmReady);
    stage('first screen rendered', (r) => r.interactive);
    stage('FCP', (r) => r.fcp);

    // Journey steps: question -> question (the budget) and the last one, question -> check page.
    const allSteps = journeys.flatMap((j) => j.steps);
    const toQuestion = allSteps.filter((x) => x.to === 'question');
    const toCheck = allSteps.filter((x) => x.to !== 'question');
    const nextQuestionMedian = median(toQuestion.map((x) => x.painted - x.t0)); // the estimate
    // Event Timing over ALL continue clicks to a question: a click without an entry was under the
    // threshold. Median = the nearest-rank 50th percentile with those counted as the shortest, so it
    // is "under the threshold" when at least half of the clicks have no entry.
    const reported = toQuestion.filter((x) => x.et);
    const etDurations = reported.map((x) => x.et.duration);
    const under = toQuestion.length - reported.length;
    const etAllMedian = eventTimingMedian(toQuestion);
    const floorToQuestion = floorJourneys.flatMap((j) => j.steps).filter((x) => x.to === 'question');
    const floorEtMedian = eventTimingMedian(floorToQuestion);
    const etText = (m) => (m.under ? `< ${EVENT_THRESHOLD_MS} ms` : `${n1(m.value)} ms`);
    const timingSupported = journeys.every((j) => j.timing.supported);
    console.log('');
    console.log(
      `   Click on continue to the next question painted (ours, no throttle, ${journeys.length} full journeys, ` +
        `${toQuestion.length} steps); ms from the click event's timeStamp`,
    );
    console.log(
      `   Event Timing, the browser's own measure ('click' PerformanceEventTiming: startTime to the next paint after its handlers;` +
        ` reported only when >= ${EVENT_THRESHOLD_MS} ms, rounded to 8 ms)${timingSupported ? '' : ' — NOT SUPPORTED by this browser'}`,
    );
    console.log(`  continue clicks to a next question: ${toQuestion.length}; reported (>= ${EVENT_THRESHOLD_MS} ms): ${reported.length}; under ${EVENT_THRESHOLD_MS} ms: ${under}`);
    const jw = [34, 8, 8, 8];
    const jrow = (label, xs) =>
      console.log(row([label, n1(median(xs)), n1(percentile(xs, 90)), xs.length ? n1(Math.max(...xs)) : '–'], jw));
    console.log(row(['', 'median', 'p90', 'max'], jw));
    jrow('duration, reported clicks', etDurations);
    jrow('input delay, reported clicks', reported.map((x) => x.et.delay));
    jrow('handler time, reported clicks', reported.map((x) => x.et.handler));
    jrow('whole interaction, reported', reported.map((x) => x.et.interaction));
    console.log(`  duration, all ${toQuestion.length} clicks (unreported = under ${EVENT_THRESHOLD_MS} ms): median ${etText(etAllMedian)}`);
    console.log(
      `  the floor (bench/floor/journey.html: plain script swaps the question, same probe), all ${floorToQuestion.length} clicks: ` +
        `median ${etText(floorEtMedian)}; reported ${floorToQuestion.filter((x) => x.et).length}, durations ${floorToQuestion.filter((x) => x.et).map((x) => x.et.duration).join(',') || '–'}`,
    );
    console.log('  input delay = processingStart - startTime; handler time = processingEnd - processingStart (all listeners of the click,');
    console.log('  the submit and the microtasks after them); whole interaction = the longest entry of the same interactionId');
    const ids = reported.map((x) => x.et.interactionId);
    const fi = journeys.map((j) => j.timing.firstInput).filter(Boolean);
    console.log(
      `  interactionId of the reported clicks: ${ids.length ? `${ids.filter((v) => v > 0).length} of ${ids.length} non-zero, ${new Set(ids).size} distinct` : '–'}; ` +
        `entries seen per journey: ${journeys.map((j) => j.timing.events.length).join(', ')}; ` +
        `first-input (the start click): ${fi.length ? fi.map((e) => `${e.name} delay ${n1(e.processingStart - e.startTime)} ms`).join(', ') : 'none'}`,
    );
    const byName = new Map();
    for (const e of journeys.flatMap((j) => j.timing.events)) byName.set(e.name, (byName.get(e.name) ?? 0) + 1);
    console.log(
      `  entries by event (all journeys; every mouse move/over/enter per element is one): ` +
        [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', '),
    );
    console.log(
      `  per journey, reported / clicks: ${journeys.map((j) => { const q = j.steps.filter((x) => x.to === 'question'); return `${q.filter((x) => x.et).length}/${q.length}`; }).join(', ')}`,
    );
    console.log('');
    console.log(
      '   Estimate (rAF + MessageChannel, this bench\'s own probe: may include tasks the app runs after the paint,' +
        ' e.g. its deferred address, title and speech work)',
    );
    console.log(row(['', 'median', 'p90', 'max'], jw));
    jrow('first listener runs (input delay)', toQuestion.map((x) => x.listener - x.t0));
    jrow('heading/progress changed in DOM', toQuestion.map((x) => x.dom - x.t0));
    jrow('next frame starts (rAF)', toQuestion.map((x) => x.frame - x.t0));
    jrow('next question painted (estimate)', toQuestion.map((x) => x.painted - x.t0));
    const overEstimate = toQuestion.filter((x) => !x.et && x.painted - x.t0 >= EVENT_THRESHOLD_MS).length;
    console.log(`  estimate >= ${EVENT_THRESHOLD_MS} ms where Event Timing says under ${EVENT_THRESHOLD_MS} ms: ${overEstimate} of ${toQuestion.length} clicks`);
    const diff = reported.map((x) => x.et.duration - (x.painted - x.t0));
    console.log(
      `  Event Timing duration minus estimate, reported clicks: median ${n1(median(diff))} ms, min ${diff.length ? n1(Math.min(...diff)) : '–'}, ` +
        `max ${diff.length ? n1(Math.max(...diff)) : '–'} (Event Timing ends at the frame's presentation; durations rounded to 8 ms)`,
    );
    console.log(`  per journey, median painted (estimate): ${journeys.map((j) => n1(median(j.steps.filter((x) => x.to === 'question').map((x) => x.painted - x.t0)))).join(', ')} ms`);
    const checkSteps = toCheck.map((x) => x.et ? `${n1(x.et.duration)} ms` : `< ${EVENT_THRESHOLD_MS} ms`);
    console.log(
      `  last question to the check page (not in the budget, ${toCheck.length} steps): Event Timing ${checkSteps.join(', ') || '–'}; ` +
        `estimate median ${n1(median(toCheck.map((x) => x.painted - x.t0)))} ms`,
    );

    // 3. Memory
    console.log('');
    console.log(`3. Memory after the first screen is interactive (no throttle, after a forced GC), median of ${RUNS}`);
    const mw = [26, 21, 21, 21];
    console.log(row(['', SITES.ours.label, SITES.floor.label, SITES.surveyjs.label], mw));
    const memRow = (label, f, fmt) => console.log(row([label, ...keys.map((k) => fmt(med(k, 1, (r) => f(r.mem))))], mw));
    memRow('JS heap used', (m) => m.heap, mb);
    memRow('wasm linear memory', (m) => m.wasm, (x) => (x > 0 ? mb(x) : '–'));
    memRow('JS heap + wasm', (m) => m.heap + m.wasm, mb);
    memRow('DOM nodes', (m) => m.nodes, n0);
    console.log('');
    console.log(`   After a full journey, on the result page (ours, no throttle, after a forced GC), median of ${journeys.length}`);
    const jmed = (f) => median(journeys.map((j) => f(j.mem)));
    console.log(row(['JS heap used', mb(jmed((m) => m.heap))], mw));
    console.log(row(['wasm linear memory', mb(jmed((m) => m.wasm))], mw));
    console.log(row(['JS heap + wasm', mb(jmed((m) => m.heap + m.wasm))], mw));
    console.log(row(['DOM nodes', n0(jmed((m) => m.nodes))], mw));
    const memoryAfterJourney = jmed((m) => m.heap + m.wasm);

    // 4. Ratios
    console.log('');
    console.log('4. Ratios (lower is better for us)');
    const rw = [16, 10, 16, 10, 16, 14];
    console.log(row(['', 'FCP', 'interactive', 'FCP 4x', 'interactive 4x', 'bytes brotli'], rw));
    for (const peer of ['floor', 'surveyjs']) {
      console.log(
        row(
          [
            `ours/${peer === 'floor' ? 'floor' : 'SurveyJS'}`,
            ratio(med('ours', 1, (r) => r.fcp), med(peer, 1, (r) => r.fcp)),
            ratio(med('ours', 1, (r) => r.interactive), med(peer, 1, (r) => r.interactive)),
            ratio(med('ours', 4, (r) => r.fcp), med(peer, 4, (r) => r.fcp)),
            ratio(med('ours', 4, (r) => r.interactive), med(peer, 4, (r) => r.interactive)),
            ratio(bytes.ours.total.brotli, bytes[peer].total.brotli),
          ],
          rw,
        ),
      );
    }
    if (problems.size) {
      console.log('');
      console.log('Problems seen during the loads (the figures above may be off):');
      for (const p of [...problems].slice(0, 20)) console.log(`  ${p}`);
    }
    const busy = loadavg()[0];
    if (busy > cpu.length) {
      console.log('');
      console.log(`Note: the 1-minute load average is ${busy.toFixed(2)} on ${cpu.length} CPUs (other work on the machine); times are inflated and noisy.`);
    }

    // 5. Lighthouse, beside our own figures (bench/lighthouse.mjs).
    const golden = JSON.parse(await readFile(join(ROOT, 'fixtures/codes/v2-2027.1.json'), 'utf8'));
    const resultCode = golden.vectors.find((v) => v.name === RESULT_PERSONA)?.code;
    const lhPages = lighthousePages(resultCode);
    const lh = await lighthouseFigures(SITES.ours.url, lhPages, LIGHTHOUSE_RUNS);
    console.log('');
    console.log(`5. Lighthouse 12 (mobile defaults: simulated slow 4G, 4x CPU), performance, median of ${LIGHTHOUSE_RUNS} runs`);
    const lw = [26, 14, 8, 8, 8, 8, 6, 8, 18];
    console.log(row(['', 'score (runs)', 'FCP', 'LCP', 'SI', 'TTI', 'TBT', 'CLS', 'observed FCP/LCP'], lw));
    const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');
    for (const p of lhPages) {
      const f = lh[p.key];
      console.log(row([p.label, `${f.score} (${f.scores.join(',')})`, sec(f.fcp), sec(f.lcp), sec(f.si), sec(f.tti),
        `${n0(f.tbt)}`, f.cls.toFixed(3), `${n0(f.observedFcp)} / ${n0(f.observedLcp)} ms`], lw));
    }
    console.log('  score, FCP, LCP, SI, TTI: simulated (Lantern) from a load on loopback; TBT in ms; observed = that load itself');
    if (lh.retried) console.log(`  runs retried because Lighthouse recorded no usable trace: ${lh.retried}`);

    // 6. Budgets (issues 8 and 17; scripts/budgets.mjs). A FAIL is reported, not an error exit.
    console.log('');
    console.log('6. Budgets (issues 8 and 17, scripts/budgets.mjs)');
    const fcpRatio = med('ours', 4, (r) => r.fcp) / med('floor', 4, (r) => r.fcp);
    const ttiRatio = med('ours', 4, (r) => r.interactive) / med('surveyjs', 4, (r) => r.interactive);
    const x2 = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '–');
    const checks = [
      ['everything the first screen needs, brotli', `${n0(BUDGETS.firstScreenBrotli)} B`, `${n0(firstScreen.total)} B`,
        firstScreen.files.length > 0 && firstScreen.files.every((f) => f.exists) && firstScreen.total <= BUDGETS.firstScreenBrotli],
      ['FCP at 4x CPU, ours/floor', x2(BUDGETS.fcpVsFloor4x), x2(fcpRatio), fcpRatio <= BUDGETS.fcpVsFloor4x],
      ['interactive at 4x CPU, ours/SurveyJS', x2(BUDGETS.interactiveVsSurveyJs4x), x2(ttiRatio), ttiRatio <= BUDGETS.interactiveVsSurveyJs4x],
      // Event Timing over all continue clicks (section 2); the bench's estimate is printed beneath.
      ['continue to next question painted, median', `${BUDGETS.nextQuestionMs} ms`, etText(etAllMedian),
        timingSupported && toQuestion.length > 0 && (etAllMedian.under ? EVENT_THRESHOLD_MS <= BUDGETS.nextQuestionMs : etAllMedian.value <= BUDGETS.nextQuestionMs),
        `  estimate (rAF + MessageChannel; may include tasks the app runs after the paint): median ${n1(nextQuestionMedian)} ms, not the budget figure`],
      ['JS heap + wasm after a full journey', mb(BUDGETS.memoryAfterJourneyBytes), mb(memoryAfterJourney),
        memoryAfterJourney <= BUDGETS.memoryAfterJourneyBytes],
      ...lhPages.map((p) => [`Lighthouse performance, ${p.label}`, `>= ${BUDGETS.lighthouseScore[p.key]}`,
        `${lh[p.key].score}`, lh[p.key].score >= BUDGETS.lighthouseScore[p.key]]),
      ['Lighthouse LCP, start page', sec(BUDGETS.lighthouseStartLcpMs), sec(lh.start.lcp), lh.start.lcp <= BUDGETS.lighthouseStartLcpMs],
    ];
    const kw = [52, 12, 12, 5];
    console.log(row(['budget', 'at most', 'measured', ''], kw));
    for (const [name, limit, measured, ok, note] of checks) {
      console.log(row([name, limit, measured, ok ? 'PASS' : 'FAIL'], kw));
      if (note) console.log(note);
    }
    console.log(
      prerendered
        ? '  first screen = the prerendered document and its render-blocking files on a cold load of / (no throttle), brotli -q 11:'
        : '  first screen = everything up to interactive (index.html holds no prerendered start page), brotli -q 11:',
    );
    console.log(describeFirstScreen(firstScreen).replace(/^/gm, '  '));
    console.log(`  the app taking over = everything fetched before the ${[...marks].includes('app mark') ? `app's '${INTERACTIVE_MARK}'` : "bench's 'bench:interactive'"} mark (no budget of its own):`);
    console.log(describeFirstScreen(takeover, { budget: false }).replace(/^/gm, '  '));
    if (RUNS < MIN_COLD_LOADS) {
      console.log(`  Note: the time budgets ask for the median of at least ${MIN_COLD_LOADS} cold loads; this run had ${RUNS} (BENCH_RUNS).`);
    }
    console.log(`Budgets: ${checks.filter((c) => c[3]).length} of ${checks.length} PASS`);

    console.log('');
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s (${RUNS * RATES.length * 3 + 3} page loads, ${journeys.length} full journeys).`);
  } finally {
    await browser.close();
    await stopServers();
  }
}

await main();
