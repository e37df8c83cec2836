// What leaves the browser: over full journeys in web and kiosk mode, every request is a GET for
// one of our own static files, with no query and no body; the QR code on the result page decodes
// (with an independent QR reader) to the same link the page shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { start, openPage, DIST } from './support/harness.mjs';
import { answerAll, openSection } from './support/journey.mjs';
import { persona } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

function staticFiles(dir = DIST) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? staticFiles(join(dir, e.name)) : ['/' + relative(DIST, join(dir, e.name))]);
}

for (const mode of ['web', 'kiosk']) {
  test(`${mode} mode: a full journey requests only our own static files, carrying no answers`, async () => {
    const files = new Set(['/', ...staticFiles()]);
    const path = mode === 'kiosk' ? '?mode=kiosk' : '';
    const { page, context, problems, requests: log } = await openPage(env, path);
    const p = persona('Marco');
    await page.getByRole('link', { name: 'Begin met de vragen' }).click();
    await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
    await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
    await page.locator('.app-route__name').waitFor();
    const link = await page.locator('.app-share__link').innerText();
    const code = link.split('#/r/')[1];
    for (const r of log) {
      const u = new URL(r.url);
      assert.equal(u.origin, new URL(env.url).origin, `same origin: ${r.url}`);
      assert.equal(r.method, 'GET', `only GET: ${r.url}`);
      assert.equal(r.body, null, `no body: ${r.url}`);
      if (!r.nav) assert.equal(u.search, '', `no query on ${r.url}`);
      assert.ok(files.has(u.pathname), `a static file of ours: ${u.pathname}`);
      assert.ok(!r.url.includes(code), 'the answers code never travels');
    }
    if (process.env.PRINT_REQUEST_LOG) console.log(mode, log.map((r) => `${r.method} ${new URL(r.url).pathname}`));
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the QR code on the result page reads back as the link it shows', async () => {
  const { page, context } = await openPage(env);
  const p = persona('Fatima');
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Bewaren, delen of printen');
  const qr = page.locator('.app-share__qr svg');
  await qr.waitFor();
  const png = PNG.sync.read(await qr.screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(read, 'an independent reader finds a QR code');
  assert.equal(read.data, await page.locator('.app-share__link').innerText());
  assert.ok(read.version <= 6, `QR version ${read.version} ≤ 6`);
  // And the link opens the same route.
  const route = await page.locator('.app-route__name').innerText();
  await page.goto(read.data);
  await page.getByText('Meegenomen uitkomst').waitFor();
  assert.equal(await page.locator('.app-route__name').innerText(), route);
  await context.close();
});

test('every response carries the security headers, a 404 too', async () => {
  for (const path of ['', 'app.js', 'i18n/en.json', 'no-such-file']) {
    const res = await fetch(new URL(path, env.url));
    const h = (name) => res.headers.get(name) ?? '';
    assert.match(h('content-security-policy'), /frame-ancestors /, `${path}: frame-ancestors`);
    assert.match(h('content-security-policy'), /default-src 'none'/, path);
    for (const f of ['camera', 'browsing-topics', 'clipboard-read', 'fullscreen']) {
      assert.ok(h('permissions-policy').includes(`${f}=()`), `${path}: ${f} denied`);
    }
    assert.equal(h('cross-origin-resource-policy'), 'same-origin', path);
    assert.equal(h('origin-agent-cluster'), '?1', path);
    assert.equal(h('x-content-type-options'), 'nosniff', path);
    assert.equal(h('referrer-policy'), 'no-referrer', path);
  }
});

test('cookies on our domain never travel with the app\'s own fetches', async () => {
  const context = await env.browser.newContext();
  const { hostname } = new URL(env.url);
  // As a parent site's cookie would on a municipal subdomain.
  await context.addCookies([{ name: 'tracker', value: 'id-123', domain: hostname, path: '/' }]);
  const page = await context.newPage();
  const fetched = [];
  page.on('request', async (r) => {
    if (r.resourceType() === 'fetch') fetched.push({ url: r.url(), headers: await r.allHeaders() });
  });
  await page.goto(new URL('?lang=en', env.url).href);
  await page.getByRole('heading', { level: 1, name: /Werkroute/ }).waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok(fetched.some((f) => f.url.includes('/i18n/en.json')), 'the language file was fetched');
  // A page whose code is a chunk of its own fetches it the same way.
  await page.evaluate(() => { location.hash = '#/regels'; });
  await page.getByRole('heading', { level: 1, name: 'How we work out your result' }).waitFor();
  assert.ok(fetched.some((f) => /\/split_docs\.wasm$/.test(f.url)), 'the rules page\'s chunk was fetched');
  for (const f of fetched) assert.equal(f.headers.cookie, undefined, `no cookie on ${f.url}`);
  await context.close();
});
