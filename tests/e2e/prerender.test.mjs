// The prerendered first screen (issues 8 and 17): dist/index.html shows the start page before any
// script runs; the app replaces it without an empty frame, a layout shift or a larger paint (LCP =
// FCP), a click on the start link or the focus of a keyboard user before the wasm has arrived is
// not lost, and a browser without script or WebAssembly still sees the start page with a message.
// The wasm is held back by a gate the test opens itself, never by a fixed delay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, axe, DIST } from './support/harness.mjs';
import { securityHeaders } from '../../scripts/serve.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/**
 * Opens `path` in a fresh context (with `init` as an init script) while every request for the
 * wasm is held until `release()` is called.
 */
async function openHeld(path = '', { init } = {}) {
  const context = await env.browser.newContext();
  if (init) await context.addInitScript(init);
  const release = await holdWasm(context);
  const page = await context.newPage();
  await page.goto(new URL(path, env.url).href);
  return { context, page, release };
}

/** Holds every request for the wasm until the returned function is called. */
async function holdWasm(context) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await context.route('**/app_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

// Counts, on every frame until the app has mounted and a while after, frames in which #app has no
// h1 (an empty or half-built screen), and sums the layout shifts the browser reports.
const PROBE = `(() => {
  const probe = (window.__probe = { frames: 0, empty: 0, shift: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) probe.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  (function frame() {
    if (document.body) {
      probe.frames += 1;
      if (!document.querySelector('#app h1')) probe.empty += 1;
    }
    if (probe.frames < 600) requestAnimationFrame(frame);
  })();
})();`;

test('without script the start page is there, with the message that the app needs JavaScript', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  assert.equal(await page.locator('#main h1').innerText(), 'Werkroute: jouw stappen naar werk');
  assert.equal(await page.title(), 'Werkroute: jouw stappen naar werk – Werkroute');
  assert.match(await page.locator('body').innerText(), /Werkroute heeft JavaScript nodig/);
  assert.equal(await page.getByRole('link', { name: 'Begin met de vragen' }).getAttribute('href'), '#/vraag/1');
  await context.close();
});

test('without WebAssembly the start page stays, with the message that this browser cannot run it', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.locator('#app-fallback').waitFor({ state: 'visible' });
  assert.ok(await page.getByText('Werkroute werkt niet in deze browser.').isVisible());
  assert.ok(await page.locator('#main h1').isVisible(), 'the prerendered start page is still shown');
  await context.close();
});

test('the app takes over the prerendered page without an empty frame or a layout shift', async () => {
  const { context, page, release } = await openHeld('', { init: PROBE });
  assert.ok(await page.locator('.app-prerendered #main h1').isVisible(), 'the prerendered page paints first');
  await page.waitForFunction(() => window.__probe.frames > 5);
  release();
  await page.waitForFunction(() => performance.getEntriesByName('werkroute:interactive').length > 0);
  await page.waitForFunction(() => window.__probe.frames > 30);
  const probe = await page.evaluate(() => window.__probe);
  assert.equal(await page.locator('.app-prerendered').count(), 0, 'the app replaced the prerendered page');
  assert.equal(probe.empty, 0, `frames without a heading: ${probe.empty} of ${probe.frames}`);
  assert.ok(probe.shift < 0.01, `cumulative layout shift ${probe.shift}`);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('a click on the start link before the app has loaded is not lost', async () => {
  const { context, page, release } = await openHeld();
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  assert.equal(await page.locator('.app-prerendered').count(), 1, 'clicked while the app was still loading');
  release();
  await page.locator('fieldset legend h1').waitFor();
  assert.match(await page.locator('.app-progress').innerText(), /^Vraag 1 van \d+/);
  await context.close();
});

test('a visit that starts elsewhere does not flash the prerendered start page', async () => {
  for (const path of ['#/vraag/3', '?lang=en', '?mode=kiosk', 'saved answers']) {
    const context = await env.browser.newContext();
    if (path === 'saved answers') {
      // Something stored on this device: the app opens with its offer (here: a notice, it is not valid).
      await context.addInitScript(() => localStorage.setItem('werkroute.saved', '{}'));
    }
    const release = await holdWasm(context);
    const page = await context.newPage();
    await page.goto(new URL(path === 'saved answers' ? '' : path, env.url).href);
    // Not painted, and not even laid out: no box at all.
    const hidden = await page.evaluate(() => {
      const pre = document.querySelector('.app-prerendered');
      return pre !== null && pre.getClientRects().length === 0 && !pre.checkVisibility();
    });
    assert.ok(hidden, `${path}: the prerendered start page is hidden, without a layout, while the app loads`);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('werkroute:interactive').length > 0);
    // The app's own first screen may still wait for its language file after the mark (?lang=en):
    // wait until it is shown, in the language asked for, rather than looking once.
    await page.locator('#main h1').waitFor({ state: 'visible' });
    if (path === '?lang=en') {
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.waitForFunction(() => !/Werkroute: jouw/.test(document.querySelector('#main h1')?.textContent ?? ''));
    }
    assert.equal(await page.locator('.app-prerendered').count(), 0, `${path}: the app replaced the prerendered page`);
    await context.close();
  }
});

// Records the paint and largest-contentful-paint entries as the browser reports them.
const PAINTS = `(() => {
  const seen = (window.__paints = { fcp: null, lcp: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      seen.lcp.push({ t: e.startTime, size: e.size, probe: e.element?.id === 'lcp-probe', text: (e.element?.textContent ?? '').slice(0, 40) });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

/**
 * The LCP entries of everything painted so far (PAINTS must be installed), and FCP: puts a larger
 * element on the page and waits for its entry. The browser reports LCP entries in paint order,
 * after the paint, so once the probe's is in, every earlier paint's is too.
 */
async function paintedSoFar(page) {
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.id = 'lcp-probe';
    probe.textContent = 'probe '.repeat(400);
    probe.style.fontSize = '40px';
    probe.style.position = 'fixed';
    probe.style.insetBlockStart = '0';
    probe.style.margin = '0';
    document.body.append(probe);
  });
  await page.waitForFunction(() => window.__paints.lcp.some((e) => e.probe));
  const { fcp, lcp } = await page.evaluate(() => window.__paints);
  return { fcp, before: lcp.slice(0, lcp.findIndex((e) => e.probe)) };
}

test('the app takes over without a larger paint: the largest contentful paint is the first (LCP = FCP)', async () => {
  // No throttle and no gate: the wasm arrives as fast as this machine can serve it.
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(PAINTS);
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForFunction(() => performance.getEntriesByName('werkroute:interactive').length > 0);
  await page.waitForFunction(() => !document.querySelector('.app-prerendered'));
  const { fcp, before } = await paintedSoFar(page);
  assert.ok(fcp !== null && before.length > 0, `paint entries: FCP ${fcp}, LCP before the probe ${JSON.stringify(before)}`);
  for (const e of before) assert.equal(e.t, fcp, `an LCP entry after the first contentful paint (${fcp} ms): ${JSON.stringify(e)}`);
  await context.close();
});

test('a keyboard user who tabbed to the start link before the app loaded keeps their place', async () => {
  const { context, page, release } = await openHeld();
  const onStartLink = () => document.activeElement?.textContent?.trim() === 'Begin met de vragen';
  for (let i = 0; i < 20 && !(await page.evaluate(onStartLink)); i += 1) await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(onStartLink), 'Tab reaches the start link on the prerendered page');
  assert.equal(await page.locator('.app-prerendered').count(), 1, 'still the prerendered page');
  release();
  await page.waitForFunction(() => !document.querySelector('.app-prerendered') && performance.getEntriesByName('werkroute:interactive').length > 0);
  assert.ok(await page.evaluate(onStartLink), 'focus is on the start link of the app\'s own page');
  assert.ok(await page.evaluate(() => document.activeElement.isConnected && document.getElementById('app').contains(document.activeElement)));
  await page.keyboard.press('Enter');
  await page.locator('fieldset legend h1').waitFor();
  assert.match(await page.locator('.app-progress').innerText(), /^Vraag 1 van \d+/);
  await context.close();
});

test('the inline script that runs before the first paint is allowed by its hash in every CSP, and by nothing looser', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(inline.length, 1, 'one inline script');
  const hash = `'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`;
  const root = join(DIST, '..');
  const policies = {
    'index.html (meta)': html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1],
    'scripts/serve.mjs': securityHeaders()['Content-Security-Policy'],
    'deploy/nginx/werkroute.conf': readFileSync(join(root, 'deploy/nginx/werkroute.conf'), 'utf8').match(/Content-Security-Policy "([^"]+)"/)[1],
    'deploy/apache/werkroute.conf': readFileSync(join(root, 'deploy/apache/werkroute.conf'), 'utf8').match(/Content-Security-Policy "([^"]+)"/)[1],
    'docs/gemeenten.md': readFileSync(join(root, 'docs/gemeenten.md'), 'utf8').match(/^Content-Security-Policy: (.+)$/m)[1],
  };
  for (const [where, csp] of Object.entries(policies)) {
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')).split(/\s+/).slice(1);
    assert.deepEqual(scriptSrc, ["'self'", "'wasm-unsafe-eval'", hash], `${where}: script-src`);
  }
});

test('a shared result link never paints the prerendered start page, not even for a frame', async () => {
  const { context, page, release } = await openHeld('#/r/AgJBEBRERURERCIkNEMzERERERPVcQ', { init: PAINTS });
  const { before } = await paintedSoFar(page);
  assert.deepEqual(before, [], 'nothing of the prerendered start page was painted');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.app-prerendered')).display), 'none', 'not laid out either');
  release();
  await page.waitForFunction(() => !document.querySelector('.app-prerendered') && document.querySelector('.app-route__name'));
  await context.close();
});
