// Werkroute benchmark (not a test): bytes, first contentful paint, time to an interactive first
// screen and memory, for our app (dist/) against two peers served the same way from 127.0.0.1:
//   ours      bench/out/ours/      a snapshot of dist/ taken by bench/prepare.mjs
//   floor     bench/out/floor/     a hand-written static copy of our start screen, no script
//   SurveyJS  bench/out/surveyjs/  the same questions built with survey-core + survey-js-ui
// Run through ./scripts/bench.sh, which builds dist/ if missing and runs bench/prepare.mjs first.
// Env: BENCH_RUNS (cold loads per site and throttle setting, default 9, at least 9 for the record),
//      CHROMIUM (browser binary, default /usr/bin/chromium).
//
// Definitions (the same rule for all three: the first screen is on the page AND a click on its start
// button would be handled):
//   FCP          the browser's `first-contentful-paint` paint entry (ms since navigation start).
//   interactive  ours:     the app's own performance.mark('werkroute:interactive') if it ever sets one;
//                          otherwise the moment (MutationObserver, injected by this bench only) at
//                          which `.app-page #main h1` and the start button `.app-page #main
//                          button.app-button` are in the DOM after the wasm module was instantiated.
//                          Yew attaches its (delegated) listeners before it renders, so a click works then.
//                          dist/index.html's own static content is only a hidden fallback message.
//                floor:    domContentLoadedEventStart (native HTML is usable once parsed).
//                SurveyJS: onAfterRenderSurvey (bench/surveyjs/main.js marks it and checks the start button).
//   cold load    a fresh browser context per load (empty HTTP cache, new renderer), one Chromium.
//   memory       after the first screen is interactive (no throttle): CDP HeapProfiler.collectGarbage,
//                then Performance.getMetrics JSHeapUsedSize; wasm = byteLength of every
//                WebAssembly.Memory the page's instantiate/instantiateStreaming returned (hook injected
//                by this bench with addInitScript; nothing of it ships).
import { launchChromium } from '../scripts/chromium.mjs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { SECURITY_HEADERS } from '../scripts/serve.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const RATES = [1, 4];
const VIEWPORT = { width: 1280, height: 900 };
const TIMEOUT = 30_000;

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
    document.querySelector('.app-page #main h1') && document.querySelector('.app-page #main button.app-button');
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

// gzip -9 and brotli -q 11 through the command-line tools when present (install.sh brings brotli), so
// the figures match what one gets by hand; otherwise node's zlib with the same settings.
const hasCli = (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
const CLI = { gzip: hasCli('gzip'), brotli: hasCli('brotli') };
const cliSize = (cmd, args, buf) => {
  const r = spawnSync(cmd, args, { input: buf, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout.length;
};
function sizes(buf) {
  return {
    raw: buf.length,
    gzip: CLI.gzip ? cliSize('gzip', ['-9', '-n', '-c'], buf) : gzipSync(buf, { level: 9 }).length,
    brotli: CLI.brotli
      ? cliSize('brotli', ['-q', '11', '-c'], buf)
      : brotliCompressSync(buf, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_LGWIN]: 24,
            [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
          },
        }).length,
  };
}

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

async function coldLoad(browser, site, rate, { memory }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
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
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });

    await page.goto(site.url, { waitUntil: 'load', timeout: TIMEOUT });
    // The values below are timestamps the page recorded itself; polling only decides when to read
    // them. Poll with a bare CDP Runtime.evaluate, not page.waitForFunction: Playwright would first
    // inject its large helper script into the page's main world (~25 ms of main thread, ~100 ms at 4x),
    // which lands in the middle of our wasm start-up (the load event fires before the wasm has run).
    const waited = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((ok, fail) => {
        const t0 = Date.now();
        (function poll() {
          if ((${site.ready})()) return ok(true);
          if (Date.now() - t0 > ${TIMEOUT}) return fail(new Error('bench: page not ready in time'));
          setTimeout(poll, 20);
        })();
      })`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (waited.exceptionDetails) throw new Error(`${site.label}: ${waited.exceptionDetails.exception?.description}`);
    const t = await page.evaluate(site.times);

    let mem = null;
    if (memory) {
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
      mem = { heap: m.JSHeapUsedSize, wasm, nodes: m.Nodes };
    }
    return { ...t, mem, problems };
  } finally {
    await context.close();
  }
}

// Page-side readiness checks and time readers (run inside the page by CDP Runtime.evaluate / page.evaluate).
const SITES = {
  ours: {
    label: 'ours (Yew/wasm)',
    init: OURS_INIT,
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

// ---------------------------------------------------------------------------------------------
// Formatting

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};
const n0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const mb = (x) => (Number.isFinite(x) ? `${(x / 1048576).toFixed(2)} MB` : '–');
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
    const via = (c) => (CLI[c] ? `${c} CLI` : 'node zlib');
    console.log(`1. Bytes per file: raw, gzip -9 (${via('gzip')}), brotli -q 11 (${via('brotli')})`);
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

    const med = (k, rate, f) => median(results[`${k}@${rate}`].map(f));
    const span = (k, rate, f) => {
      const xs = results[`${k}@${rate}`].map(f).filter(Number.isFinite);
      return xs.length ? `${n0(Math.min(...xs))}–${n0(Math.max(...xs))}` : '–';
    };
    const cell = (k, rate, f) => `${n0(med(k, rate, f))} (${span(k, rate, f)})`;

    console.log('');
    console.log(`2. Times in ms since navigation start: median (min–max) of ${RUNS} cold loads each, localhost, no compression`);
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
    console.log('');
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s (${RUNS * RATES.length * 3 + 3} page loads).`);
  } finally {
    await browser.close();
    await stopServers();
  }
}

await main();
