// The rarely used pages (how the result is reached, fairness, the overview for policy, the work
// profile) are split off the main wasm into chunks (ui::pages::chunks, scripts/build.sh). A
// journey never fetches one; such a page fetches its chunk when it first opens, takes focus to
// its heading as every new screen does, and a chunk that cannot be fetched gives a clear message
// in the person's language, with their answers still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe } from './support/harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const chunkName = (url) => new URL(url).pathname.match(/\/((?:split|chunk)_[a-z0-9_]+)\.wasm$/)?.[1];
const chunksFetched = (requests) => requests.map((r) => chunkName(r.url)).filter(Boolean);

test('the start page and a question fetch no chunk; the rules page fetches its own, once, and takes focus to its heading', async () => {
  const { page, context, problems, requests } = await openPage(env);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('fieldset legend h1').waitFor();
  assert.deepEqual(chunksFetched(requests), [], 'no chunk for the journey');

  await page.getByRole('link', { name: 'Hoe komen we tot de uitkomst?' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Hoe komen we tot de uitkomst?' });
  await heading.waitFor();
  assert.ok(chunksFetched(requests).includes('split_docs'), `the rules page fetched its chunk: ${chunksFetched(requests)}`);
  await page.waitForFunction(() => document.activeElement?.matches('#main h1'));

  // Fairness lives in the same chunk: already here, so nothing more is fetched.
  const before = chunksFetched(requests).length;
  await page.evaluate(() => { location.hash = '#/eerlijkheid'; });
  await page.getByRole('heading', { level: 1, name: /Eerlijkheid/ }).waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('#main h1'));
  assert.equal(chunksFetched(requests).length, before, 'the fairness page came from the chunk already fetched');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chunk that cannot be fetched: a clear message in the person\'s language, and the answers are still there', async () => {
  const refuse = [/\/(split|chunk)_[a-z0-9_]+\.wasm$/, (route) => route.abort('internetdisconnected')];
  for (const [path, title] of [['', 'Deze pagina kunnen we nu niet laden'], ['?lang=en', 'We cannot load this page right now']]) {
    const { page, context } = await openPage(env, path, { routes: [refuse] });
    if (path) await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('main a.app-button, main .app-button').first().click();
    await page.locator('fieldset legend h1').waitFor();
    const first = page.locator('main fieldset input[type=radio]').first();
    await first.check();
    const value = await first.getAttribute('value');

    await page.evaluate(() => { location.hash = '#/regels'; });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 1, `${path || 'nl'}: the message is announced`);
    assert.deepEqual(await axe(page), []);

    // Back to the question: the answer given before is still chosen.
    await page.goBack();
    await page.locator('fieldset legend h1').waitFor();
    await page.waitForFunction((v) => document.querySelector(`main input[value="${v}"]`)?.checked, value);
    await context.close();
  }
});
