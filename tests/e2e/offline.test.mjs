// Offline: after a first visit the service worker keeps the app shell, so a whole journey works
// with the network switched off, and nothing is fetched from the server meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, appReady } from './support/harness.mjs';
import { answerAll } from './support/journey.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('after the first visit the next one paints from the cache and a full journey works offline', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await appReady(page); // the service worker is registered once the app runs
  // Installed (every file cached) and active; `clients.claim()` then makes it control this page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 15_000 });

  await context.setOffline(true);
  const fromNetwork = [];
  page.on('requestfinished', async (r) => {
    const resp = await r.response();
    if (resp && !resp.fromServiceWorker()) fromNetwork.push(r.url());
  });
  await page.reload();
  // The second visit paints from the cache: the prerendered start page, no network needed.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  assert.equal(await page.locator('#main h1').first().innerText(), 'Werkroute: jouw stappen naar werk');
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await page.locator('.app-route__name').waitFor();
  assert.deepEqual(fromNetwork.filter((u) => u.startsWith('http')), [], 'nothing came from the network');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the service worker keeps only the languages that were used, and those work offline', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.url);
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 15_000 });
  const cached = () => page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('werkroute-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname).filter((p) => p.includes('/i18n/'));
  });
  assert.deepEqual(await cached(), [], 'no other language is downloaded up front');
  await page.getByLabel('Taal').selectOption('en');
  await page.locator('#main h1', { hasText: 'your steps towards work' }).waitFor();
  assert.deepEqual(await cached(), ['/i18n/en.json']);

  await context.setOffline(true);
  await page.goto(new URL('?lang=en', env.url).href);
  await page.locator('#main h1', { hasText: 'your steps towards work' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
});
