// Each municipality makes it its own: name, theme, je/u, modules and local services come from
// www/gemeenten/<id>.json; a missing configuration leaves a working default app; the app works
// inside an iframe on another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { start, openPage, axe, screenshot, DIST, VIEWPORTS } from './support/harness.mjs';
import { answerAll } from './support/journey.mjs';
import { persona } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const config = (id) => JSON.parse(readFileSync(join(DIST, 'gemeenten', `${id}.json`), 'utf8'));

for (const id of ['rivierstad', 'duinwijk']) {
  test(`${id}: its name, theme, form of address, modules and local services`, async () => {
    const c = config(id);
    const { page, context, problems, requests } = await openPage(env, `?gemeente=${id}`);
    await page.locator('.app-header__name').filter({ hasText: c.name }).waitFor();
    // The formal Dutch texts are a file of their own, fetched only with a configuration that says "u".
    const overlay = requests.filter((r) => r.url.includes('/i18n/')).map((r) => new URL(r.url).pathname);
    assert.deepEqual(overlay, c.formality === 'u' ? ['/i18n/nl-u.json'] : [], `${id}: language files fetched`);
    assert.ok(await page.evaluate((cls) => document.documentElement.classList.contains(cls), `app-theme-${c.theme}`));
    const lead = await page.locator('.app-lead').innerText();
    if (c.formality === 'u') assert.match(lead, /\bu\b/, 'formal: u');
    else assert.match(lead, /\bje\b/, 'informal: je');
    const offered = await page.locator('#app-language option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(offered, c.languages);
    assert.deepEqual(await axe(page), [], `axe on the start page in the ${id} theme`);
    await screenshot(page, `start-${id}`);

    await page.getByRole('link', { name: /Begin/ }).click();
    const total = Number((await page.locator('.app-progress').innerText()).match(/\d+/g)[1]);
    assert.equal(total, 19, 'the core');
    const alcoholOn = c.modules?.alcohol_drugs?.web ?? true;
    const p = persona('Marco');
    const given = await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
    assert.equal('o_alcohol_drugs' in given, alcoholOn, 'a module switched off takes its box off the checklist');
    await page.locator('.app-button').filter({ hasText: /uitkomst/ }).first().click();
    await page.locator('.app-route__name').waitFor();
    const services = await page.locator('.app-service__name').allInnerTexts();
    assert.ok(services.length > 0, 'local services on the result page');
    const configured = Object.values(c.services).flat().map((s) => s.name);
    for (const s of services) assert.ok(configured.includes(s), `${s} comes from the configuration`);
    assert.deepEqual(await axe(page), [], `axe on the result in the ${id} theme`);
    await screenshot(page, `result-${id}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a missing configuration: staff get a console message, the person a working default app', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (m) => (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const warned = page.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes("configuration 'bestaat-niet'"));
  await page.goto(new URL('?gemeente=bestaat-niet', env.url).href);
  await page.getByRole('link', { name: 'Begin met de vragen' }).waitFor();
  await warned;
  assert.ok(warnings.some((w) => w.includes("configuration 'bestaat-niet'")), warnings.join('\n'));
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), [], 'only the 404 of the missing file');
  await context.close();
});

test('when the formal texts cannot be fetched, staff are told and the person gets the usual texts', async () => {
  const context = await env.browser.newContext();
  await context.route('**/i18n/nl-u.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const warned = page.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes('i18n/nl-u.json'));
  await page.goto(new URL('?gemeente=rivierstad', env.url).href);
  await warned;
  // The configuration still takes effect, with the usual (je) texts.
  await page.locator('.app-header__name').filter({ hasText: config('rivierstad').name }).waitFor();
  assert.match(await page.locator('.app-lead').innerText(), /\bje\b/);
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), [], 'only the 404 of the missing file');
  await context.close();
});

test('embedded in an iframe on another origin, a whole journey works', async () => {
  const snippet = readFileSync(join(DIST, '..', 'docs', 'gemeenten.md'), 'utf8').match(/sandbox="([^"]+)"/)[1];
  const host = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="nl"><head><title>Gemeente</title></head><body><main><h1>Werk vinden</h1>
      <iframe src="${env.url}?gemeente=duinwijk" title="Werkroute" sandbox="${snippet}" width="800" height="900"></iframe></main></body></html>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const context = await env.browser.newContext({ viewport: VIEWPORTS.desktop });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  const frame = page.frameLocator('iframe[title="Werkroute"]');
  await frame.getByRole('link', { name: 'Begin met de vragen' }).click();
  for (;;) {
    await frame.locator('main input[type=radio], #roles-none').first().waitFor();
    const before = await frame.locator('.app-progress').innerText();
    if (await frame.locator('#roles-none').count()) await frame.locator('#roles-none').check();
    else await frame.locator('main input[type=radio]').first().check();
    await frame.locator('form button[type=submit]').click();
    const [n, total] = before.match(/\d+/g).map(Number);
    if (n === total) break;
    await frame.locator('.app-progress').filter({ hasText: new RegExp(`\\b${n + 1}\\b`) }).waitFor();
  }
  await frame.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await frame.locator('.app-route__name').waitFor();
  await context.close();
  await new Promise((ok) => host.close(ok));
});
