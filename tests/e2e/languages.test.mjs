// Every language works as well as Dutch: full journeys in Arabic (right to left) and Polish,
// zero axe violations on every Arabic screen, no horizontal scroll at 320 px, glyphs that
// render, endonyms with their own lang, and a switch mid-journey that keeps every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll, continueOn, progress } from './support/journey.mjs';
import { catalogText } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function checkScreen(page, name, vp) {
  assert.deepEqual(await axe(page), [], `axe on ${name}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false, `no horizontal scroll on ${name} (${vp})`);
  await screenshot(page, `${name}-${vp}`);
}

for (const [locale, vpName] of [['ar', 'narrow'], ['ar', 'desktop'], ['pl', 'narrow']]) {
  test(`a full journey in ${locale} (${vpName})`, async () => {
    const viewport = VIEWPORTS[vpName];
    const { page, context, problems } = await openPage(env, `?lang=${locale}`, { viewport });
    const t = (key) => catalogText(locale, key);
    // The language file arrives after the app has mounted: wait for its texts, then look.
    await page.getByRole('heading', { level: 1, name: t('start.title') }).waitFor();
    await page.waitForFunction((l) => document.documentElement.lang === l, locale);
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    assert.equal(await page.getAttribute('html', 'dir'), locale === 'ar' ? 'rtl' : 'ltr');
    // What the page is, for search engines and link previews, in the page's language.
    await page.waitForFunction((d) => document.querySelector('meta[name="description"]')?.content === d, t('meta.description'));
    await checkScreen(page, `${locale}-start`, vpName);
    // Plural rules: 19 (the core's pages) is "many" in Arabic and Polish.
    const count = { ar: '19 سؤالًا', pl: '19 pytań' }[locale];
    assert.ok((await page.locator('.app-facts').innerText()).includes(count), `plural form ${count}`);
    await page.getByRole('link', { name: t('start.button') }).click();
    await page.locator('fieldset legend h1').waitFor();
    await checkScreen(page, `${locale}-question`, vpName);
    await continueOn(page);
    await page.getByRole('heading', { name: t('error.summary_title') }).waitFor();
    await checkScreen(page, `${locale}-error`, vpName);
    await answerAll(page);
    await page.getByRole('heading', { level: 1, name: t('check.title') }).waitFor();
    await checkScreen(page, `${locale}-check`, vpName);
    await page.getByRole('button', { name: t('check.show_result') }).first().click();
    await page.locator('.app-route__name').waitFor();
    await checkScreen(page, `${locale}-result`, vpName);
    await page.goto(new URL(`?lang=${locale}#/regels`, env.url).href);
    await page.getByRole('heading', { level: 1, name: t('rules.title') }).waitFor();
    await checkScreen(page, `${locale}-rules`, vpName);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('Arabic and Cyrillic text render with real glyphs (no missing-glyph boxes)', async () => {
  const { page, context } = await openPage(env, '?lang=ar');
  const ok = await page.evaluate(async () => {
    await document.fonts.ready;
    // Compare the width of real text with the width of a string of missing-glyph boxes.
    const c = document.createElement('canvas').getContext('2d');
    c.font = '20px system-ui, "Noto Sans", "Noto Sans Arabic", sans-serif';
    const tofu = c.measureText('\u{10FFFD}\u{10FFFD}\u{10FFFD}').width;
    return {
      ar: c.measureText('جاهز للعمل').width !== tofu,
      uk: c.measureText('Українська').width !== tofu,
    };
  });
  assert.deepEqual(ok, { ar: true, uk: true });
  await context.close();
});

test('the language switch shows endonyms with their own lang, and keeps every answer', async () => {
  const { page, context, problems } = await openPage(env);
  const options = await page.locator('#app-language option').evaluateAll((os) => os.map((o) => [o.value, o.lang, o.textContent]));
  assert.deepEqual(options.map(([v, l]) => [v, l]), [['nl', 'nl'], ['en', 'en'], ['ar', 'ar'], ['tr', 'tr'], ['pl', 'pl'], ['uk', 'uk']]);
  assert.ok(options.some(([, , name]) => name === 'العربية'));
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  for (let i = 0; i < 3; i++) {
    await page.locator('main input[type=radio]').nth(1).check();
    await continueOn(page);
    await page.waitForFunction((n) => location.hash === `#/vraag/${n}`, i + 2);
  }
  await page.locator('#app-language').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal((await progress(page)).n, 4, 'same question after the switch');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/vraag/3');
  assert.ok(await page.locator('main input[type=radio]').nth(1).isChecked(), 'answer kept');
  await page.locator('#app-language').selectOption('pl');
  assert.ok(await page.locator('main input[type=radio]').nth(1).isChecked(), 'answer kept after a second switch');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language whose texts cannot be fetched: the page stays in Dutch, says so, and keeps the answers', async () => {
  // No service worker: it would answer from its cache, past the missing file.
  const { page, context, problems } = await openPage(env, '', { serviceWorkers: 'block' });
  // Slow, then missing: the file is held until the test has looked at the page meanwhile.
  let answer;
  const answered = new Promise((ok) => { answer = ok; });
  let asked;
  const askedFor = new Promise((ok) => { asked = ok; });
  await context.route('**/i18n/tr.json', async (route) => {
    asked();
    await answered;
    await route.fulfill({ status: 404, body: 'not here' });
  });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('main input[type=radio]').first().check();
  await page.getByLabel('Taal').focus();
  await page.getByLabel('Taal').selectOption('tr');
  // While the texts are on their way the page stays visible, in Dutch, with focus where it was.
  await askedFor;
  assert.equal(await page.locator('.app-page--waiting').count(), 0, 'the page is not hidden while the texts are on their way');
  assert.equal(await page.getByLabel('Taal').inputValue(), 'tr', 'the switch shows the language asked for');
  answer();
  await page.getByRole('status').filter({ hasText: 'We kunnen die taal nu niet laden' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'app-language', 'focus stays on the switch');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  assert.equal(await page.getByLabel('Taal').inputValue(), 'nl', 'the switch shows the language on screen');
  assert.equal(await page.locator('main input[type=radio]:checked').count(), 1, 'the answer is kept');
  assert.deepEqual(await axe(page), []);
  // Only the browser's own note about the missing file; the app tells staff why with a warning.
  assert.deepEqual(problems.filter((p) => !p.includes('status of 404')), []);
  await context.close();
});

test('another language arrives as one small file, only when someone picks it', async () => {
  const { page, context, requests } = await openPage(env);
  assert.equal(requests.filter((r) => r.url.includes('/i18n/')).length, 0, 'no language file on a Dutch visit');
  await page.getByLabel('Taal').selectOption('en');
  await page.locator('#main h1', { hasText: 'your steps towards work' }).waitFor();
  assert.deepEqual(requests.filter((r) => r.url.includes('/i18n/')).map((r) => new URL(r.url).pathname), ['/i18n/en.json']);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
});
