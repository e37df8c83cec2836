// The prerendered first screen (issue 8): dist/index.html shows the start page before any script
// runs; the app replaces it without an empty frame or a layout shift, a click on the start link
// before the wasm has arrived is not lost, and a browser without script or WebAssembly still sees
// the start page with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, axe } from './support/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Holds every request for the wasm for `ms`, so the prerendered page is on screen that long. */
async function slowWasm(context, ms) {
  await context.route('**/app_bg.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, ms));
    await route.continue();
  });
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
  const context = await env.browser.newContext();
  await context.addInitScript(PROBE);
  await slowWasm(context, 800);
  const page = await context.newPage();
  await page.goto(env.url);
  assert.ok(await page.locator('.app-prerendered #main h1').isVisible(), 'the prerendered page paints first');
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
  const context = await env.browser.newContext();
  await slowWasm(context, 1500);
  const page = await context.newPage();
  await page.goto(env.url);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  assert.equal(await page.locator('.app-prerendered').count(), 1, 'clicked while the app was still loading');
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
    await slowWasm(context, 800);
    const page = await context.newPage();
    await page.goto(new URL(path === 'saved answers' ? '' : path, env.url).href);
    const hidden = await page.evaluate(() => {
      const pre = document.querySelector('.app-prerendered');
      return pre !== null && getComputedStyle(pre).visibility === 'hidden';
    });
    assert.ok(hidden, `${path}: the prerendered start page is hidden while the app loads`);
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
