// The first slice end to end: start -> questions -> check answers -> result, by role and label,
// with zero axe violations, zero console errors and no request to another origin on each screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll, continueOn, questionHeading } from './support/journey.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

for (const [vpName, viewport] of Object.entries({ narrow: VIEWPORTS.narrow, desktop: VIEWPORTS.desktop })) {
  test(`start -> question -> result, accessible and private (${vpName})`, async () => {
    const { page, context, problems } = await openPage(env, '', { viewport });
    const checked = [];
    const check = async (name) => {
      assert.deepEqual(await axe(page), [], `axe on ${name} (${vpName})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      assert.equal(overflow, false, `no horizontal scroll on ${name} (${vpName})`);
      await screenshot(page, `${name}-${vpName}`);
      checked.push(name);
    };

    // Start page.
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    await page.getByRole('heading', { level: 1, name: /Werkroute/ }).waitFor();
    await check('start');
    await page.getByRole('link', { name: 'Begin met de vragen' }).click();

    // Question 1: the legend holds the h1, focus is on it, the title counts.
    await questionHeading(page).waitFor();
    assert.equal(await page.locator('legend h1').count(), 1);
    assert.ok(await page.evaluate(() => document.activeElement?.matches('legend h1')), 'focus on the question heading');
    // The title and the address follow right after the new page has painted.
    await page.waitForFunction(() => /^Vraag 1 van \d+ – /.test(document.title));
    assert.match(await page.locator('form button[type=submit]').innerText(), /^Naar vraag 2 van \d+$/);
    await check('question');

    // Error state: continue without a choice.
    await continueOn(page);
    await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
    assert.ok(await page.evaluate(() => document.activeElement?.id === 'error-summary'), 'error summary has focus');
    await page.waitForFunction(() => document.title.startsWith('Fout: '));
    await check('error');

    // Back button of the browser goes back a screen.
    await answerAll(page);
    await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
    await check('check');
    await page.goBack();
    await questionHeading(page).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();

    await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
    await page.locator('.app-rules-version').waitFor();
    await page.waitForFunction(() => location.hash === '#/uitkomst');
    await check('result');

    assert.deepEqual(problems, [], 'no console errors, no outside requests');
    assert.deepEqual(checked, ['start', 'question', 'error', 'check', 'result']);
    await context.close();
  });
}

test('the rules and privacy pages are reachable and accessible', async () => {
  const { page, context, problems } = await openPage(env, '#/regels');
  await page.getByRole('heading', { level: 1, name: 'Hoe komen we tot de uitkomst?' }).waitFor();
  assert.match(await page.locator('main').innerText(), /\d{4}\.\d+/, 'the rules version is shown');
  assert.deepEqual(await axe(page), []);
  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wat gebeurt er met je antwoorden?' }).waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('index.html carries a strict CSP, a data: favicon and a noscript message', async () => {
  const res = await fetch(env.url);
  const html = await res.text();
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  assert.ok(scriptSrc.includes("'wasm-unsafe-eval'"), scriptSrc);
  assert.ok(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), scriptSrc);
  assert.ok(/connect-src 'self'/.test(csp), 'connect-src self');
  assert.ok(!/https?:\/\//.test(csp), 'no third-party origins in the CSP');
  assert.match(html, /<link rel="icon" href="data:,">/);
  assert.match(html, /<noscript>[\s\S]*lang="nl"[\s\S]*lang="en"[\s\S]*<\/noscript>/);
});

test('without JavaScript the page still says what to do', async () => {
  const { page, context } = await (async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.url);
    return { page, context };
  })();
  assert.match(await page.locator('body').innerText(), /Werkroute heeft JavaScript nodig/);
  await context.close();
});
