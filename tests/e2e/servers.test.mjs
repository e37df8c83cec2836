// The deployment files are the tested files (issue 18): Debian's nginx and Apache httpd serve
// dist/ with deploy/nginx/werkroute.conf and deploy/apache/werkroute.conf included unchanged; every
// file arrives with its right type, every response (a 404 too) with the full security header set,
// text and wasm compressed, and a whole journey works through each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { securityHeaders } from '../../scripts/serve.mjs';
import { DIST } from './support/harness.mjs';
import { startNginx, startApache } from './support/servers.mjs';
import { answerAll } from './support/journey.mjs';
import { catalogText } from './support/personas.mjs';

let browser;
const servers = {};
before(async () => {
  browser = await launchChromium();
  servers.nginx = await startNginx(DIST);
  servers.apache = await startApache(DIST);
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

const municipality = readdirSync(`${DIST}/gemeenten`).find((f) => f.endsWith('.json'));
const FILES = [
  ['', /^text\/html; charset=utf-8$/i],
  ['index.html', /^text\/html; charset=utf-8$/i],
  ['app.js', /^(text|application)\/javascript; charset=utf-8$/i],
  ['boot.js', /^(text|application)\/javascript; charset=utf-8$/i],
  ['sw.js', /^(text|application)\/javascript; charset=utf-8$/i],
  ['app.css', /^text\/css; charset=utf-8$/i],
  ['app_bg.wasm', /^application\/wasm$/],
  ['i18n/en.json', /^application\/json(; charset=utf-8)?$/i],
  [`gemeenten/${municipality}`, /^application\/json(; charset=utf-8)?$/i],
  ['neutral.html', /^text\/html; charset=utf-8$/i],
];

for (const name of ['nginx', 'apache']) {
  test(`${name}: every file has its type, and every response the full security header set`, async () => {
    const server = servers[name];
    const want = { ...securityHeaders(), 'Cache-Control': 'no-cache' };
    for (const [path, type] of [...FILES, ['no-such-file.js', null]]) {
      const res = await fetch(new URL(path, server.url));
      if (type) {
        assert.equal(res.status, 200, `${name} /${path}`);
        assert.match(res.headers.get('content-type') ?? '', type, `${name} /${path}: type`);
      } else {
        assert.equal(res.status, 404, `${name}: a missing file is a 404`);
      }
      for (const [header, value] of Object.entries(want)) {
        assert.equal(res.headers.get(header), value, `${name} /${path}: ${header}`);
      }
      assert.equal(res.headers.get('set-cookie'), null, `${name} /${path}: no cookie`);
      await res.arrayBuffer();
    }
  });

  test(`${name}: text and the wasm go compressed when the browser asks`, async () => {
    const server = servers[name];
    for (const path of ['app_bg.wasm', 'app.js', 'app.css', 'i18n/en.json']) {
      const res = await fetch(new URL(path, server.url), { headers: { 'Accept-Encoding': 'gzip' } });
      assert.equal(res.headers.get('content-encoding'), 'gzip', `${name} /${path}`);
      assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/i, `${name} /${path}: Vary`);
      await res.arrayBuffer();
    }
  });

  test(`${name}: a whole journey, with no error and no request to another origin`, async () => {
    const server = servers[name];
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    const origin = new URL(server.url).origin;
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.origin !== origin) problems.push(`request: ${r.url()}`);
    });
    await page.goto(server.url);
    await page.getByRole('link', { name: catalogText('nl', 'start.button') }).click();
    await answerAll(page);
    await page.getByRole('button', { name: catalogText('nl', 'check.show_result') }).first().click();
    await page.locator('.app-route__name').waitFor();
    // The service worker installs from this server too (loopback counts as a secure origin).
    assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null)), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the header list in docs/gemeenten.md is the set the servers send', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync(new URL('../../docs/gemeenten.md', import.meta.url), 'utf8');
  const block = doc.split('Stuur deze **beveiligingsheaders** mee')[1].split('```')[1];
  const listed = Object.fromEntries(block.trim().split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
  const want = securityHeaders({ frameAncestors: 'https://www.<jouw-gemeente>.nl' });
  for (const [header, value] of Object.entries(want)) assert.equal(listed[header], value, header);
  assert.deepEqual(Object.keys(listed).sort(), [...Object.keys(want), 'Strict-Transport-Security'].sort());
});

test('scripts/serve.mjs sends the precompressed copies the build writes, with Content-Encoding and Vary', async () => {
  const { readFileSync, existsSync } = await import('node:fs');
  const { serve } = await import('../../scripts/serve.mjs');
  const { request } = await import('node:http');
  const { server, url } = await serve(DIST, 0);
  // node:http, not fetch: the raw bytes as sent, to compare with the copy on disk.
  const raw = (path, encoding) => new Promise((ok, fail) => {
    request(new URL(path, url), { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
  try {
    for (const file of ['app_bg.wasm', 'app.js', 'app.css', 'index.html', 'i18n/ar.json']) {
      for (const [accept, encoding, ext] of [['br, gzip', 'br', '.br'], ['gzip', 'gzip', '.gz']]) {
        assert.ok(existsSync(`${DIST}/${file}${ext}`), `the build wrote ${file}${ext}`);
        const res = await raw(file, accept);
        assert.equal(res.headers['content-encoding'], encoding, `${file} (${accept})`);
        assert.equal(res.headers.vary, 'Accept-Encoding');
        assert.ok(res.body.equals(readFileSync(`${DIST}/${file}${ext}`)), `${file}: the copy as written`);
      }
      const plain = await raw(file, null);
      assert.equal(plain.headers['content-encoding'], undefined, `${file}: no encoding asked, none sent`);
      assert.ok(plain.body.equals(readFileSync(`${DIST}/${file}`)));
    }
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});
