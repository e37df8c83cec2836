// Offline: after a first visit the service worker keeps the app shell, so a whole journey works
// with the network switched off, and nothing is fetched from the server meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './support/harness.mjs';
import { answerAll } from './support/journey.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('after the first visit a full journey works offline', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await page.getByRole('button', { name: 'Begin met de vragen' }).waitFor();
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return Boolean(reg?.active) && Boolean(navigator.serviceWorker.controller);
  }, null, { timeout: 15_000 }).catch(async () => {
    await page.reload(); // first install: the next load is controlled
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  });

  await context.setOffline(true);
  const fromNetwork = [];
  page.on('requestfinished', async (r) => {
    const resp = await r.response();
    if (resp && !resp.fromServiceWorker()) fromNetwork.push(r.url());
  });
  await page.reload();
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).click();
  await page.locator('.app-route__name').waitFor();
  assert.deepEqual(fromNetwork.filter((u) => u.startsWith('http')), [], 'nothing came from the network');
  assert.deepEqual(errors, []);
  await context.close();
});
