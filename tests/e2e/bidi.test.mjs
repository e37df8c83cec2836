// Numbers and addresses keep their order in right-to-left text (issue 16). Under the Unicode
// Bidi Algorithm `0800-0113` after Arabic letters shows as `0113-0800` and `113.nl` as `nl.113`;
// the catalog of a right-to-left locale isolates them (src/i18n/bidi.rs). These tests look at
// where each character lands on screen: within a number or address, every next character on
// the same line must sit to the right of the one before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, openPage, screenshot, VIEWPORTS } from './support/harness.mjs';
import { catalogText } from './support/personas.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Phone numbers in groups and web addresses, as a reader would call them facts. */
const FACT = /\d{2,4}[- ]\d{3,4}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|org|com|eu)(?:\/[^\s\u2069]*)?/g;

/** `werkroute texts --lang L`: the catalog as the app shows it. */
function shownTexts(locale) {
  const bin = process.env.WERKROUTE_BIN;
  const args = ['texts', '--lang', locale];
  const [cmd, all] = bin ? [bin, args] : ['cargo', ['run', '--quiet', '--bin', 'werkroute', '--', ...args]];
  return JSON.parse(execFileSync(cmd, all, { cwd: ROOT, encoding: 'utf8' }));
}

/**
 * In the page: for every text node under `selector`, each fact found by `pattern` and whether it
 * shows in reading order (left to right). Returns [{ fact, inOrder }].
 */
function factsInOrder(page, selector) {
  return page.evaluate(({ selector, source }) => {
    const out = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(new RegExp(source, 'g'))) {
          const boxes = [...m[0]].map((_, i) => {
            const r = document.createRange();
            r.setStart(node, m.index + i);
            r.setEnd(node, m.index + i + 1);
            return r.getBoundingClientRect();
          });
          let inOrder = true;
          for (let i = 1; i < boxes.length; i++) {
            const sameLine = Math.abs(boxes[i].top - boxes[i - 1].top) < 2;
            if (sameLine && boxes[i].left < boxes[i - 1].left) inOrder = false;
          }
          out.push({ fact: m[0], inOrder });
        }
      }
    }
    return out;
  }, { selector, source: FACT.source });
}

test('every Arabic catalog text with a number or address shows it in reading order', async () => {
  const texts = Object.entries(shownTexts('ar')).filter(([, t]) => t.match(FACT));
  assert.ok(texts.length >= 5, `only ${texts.length} texts hold a number or address`);
  const page = await env.browser.newPage();
  // One paragraph per text, right to left, on one line so a wrap cannot hide an order.
  const raw = catalogText('ar', 'step.acute_113.text');
  const paragraphs = texts.map(([k, t]) => ({ k, t })).concat([{ k: 'control (not isolated)', t: raw }]);
  await page.setContent('<!doctype html><html lang="ar" dir="rtl"><body style="white-space:nowrap;font:16px sans-serif"></body></html>');
  await page.evaluate((ps) => {
    for (const { k, t } of ps) {
      const p = document.createElement('p');
      p.dataset.key = k;
      p.textContent = t;
      document.body.append(p);
    }
  }, paragraphs);
  for (const { k } of paragraphs) {
    const facts = await factsInOrder(page, `p[data-key="${k}"]`);
    assert.ok(facts.length > 0, `${k}: a fact is found`);
    if (k.startsWith('control')) {
      // The same sentence without isolates: the check sees the reordering it guards against.
      assert.ok(facts.some((f) => !f.inOrder), `the check detects ${raw} shown out of order`);
    } else {
      for (const f of facts) assert.ok(f.inOrder, `${k}: ${f.fact} shows in reading order`);
    }
  }
  await page.close();
});

test('the help page in Arabic shows every number and address in reading order, in ltr islands', async () => {
  for (const [locale, name] of [['ar', 'ar'], ['nl', 'nl']]) {
    const { page, context, problems } = await openPage(env, `?lang=${locale}#/hulp`, { viewport: VIEWPORTS.narrow });
    await page.waitForFunction((l) => document.documentElement.lang === l, locale);
    await page.getByRole('heading', { level: 1, name: catalogText(locale, 'help.title') }).waitFor();
    const facts = await factsInOrder(page, 'main');
    assert.ok(facts.some((f) => f.fact === '0800-0113'), `${locale}: 0800-0113 is on the help page`);
    assert.ok(facts.some((f) => f.fact === '113.nl'), `${locale}: 113.nl is on the help page`);
    for (const f of facts) assert.ok(f.inOrder, `${locale}: ${f.fact} shows in reading order`);
    // The call links' numbers are their own left-to-right elements.
    const directions = await page.$$eval('main bdi', (els) => els.map((e) => getComputedStyle(e).direction));
    assert.ok(directions.length >= 3, `${locale}: numbers in bdi`);
    assert.ok(directions.every((d) => d === 'ltr'), `${locale}: every bdi is ltr`);
    await page.locator('.app-acute').first().screenshot({ path: join(ROOT, `target/e2e-shots/acute-card-${name}-320.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the rules and privacy pages in Arabic keep their numbers and addresses in order', async () => {
  const { page, context, problems } = await openPage(env, '?lang=ar#/privacy', { viewport: VIEWPORTS.narrow });
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await page.getByRole('heading', { level: 1, name: catalogText('ar', 'privacy.title') }).waitFor();
  for (const f of await factsInOrder(page, 'main')) assert.ok(f.inOrder, `privacy: ${f.fact}`);
  await screenshot(page, 'ar-privacy-320');
  await page.goto(new URL('?lang=ar#/regels', env.url).href);
  await page.getByRole('heading', { level: 1, name: catalogText('ar', 'rules.title') }).waitFor();
  for (const f of await factsInOrder(page, 'main')) assert.ok(f.inOrder, `rules: ${f.fact}`);
  assert.deepEqual(problems, []);
  await context.close();
});
