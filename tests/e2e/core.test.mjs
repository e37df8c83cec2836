// The ten-minute core (rules 2027.2): the checklist of circumstances, a result whose first screen
// fits a phone with the rest in sections under their own headings, "tell more" after the result,
// and the person's own say beside the computed picture. Screenshots at 320 px, 390 px, a
// 1080x1920 kiosk and in Arabic (right to left).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll, continueOn, onChecklist, openSection, progress, waitForQuestion } from './support/journey.mjs';
import { catalogText } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const PHONE = { width: 390, height: 844 };

/** Answers pages with their first option until the checklist shows. */
async function toChecklist(page) {
  for (;;) {
    await page.locator('main input[type=radio], main input[type=checkbox][name=roles]').first().waitFor();
    if (await onChecklist(page)) return;
    const { n } = await progress(page);
    await page.locator('main input[type=radio]').first().check();
    await continueOn(page);
    await waitForQuestion(page, n + 1);
  }
}

for (const [name, path, viewport] of [
  ['narrow', '', VIEWPORTS.narrow],
  ['phone', '', PHONE],
  ['kiosk', '?mode=kiosk', VIEWPORTS.kiosk],
  ['ar', '?lang=ar', VIEWPORTS.narrow],
]) {
  test(`the checklist: one page, "weighs heavily" only under what is ticked (${name})`, async () => {
    const locale = name === 'ar' ? 'ar' : 'nl';
    const t = (key) => catalogText(locale, key);
    const { page, context, problems } = await openPage(env, path, { viewport });
    await page.getByRole('link', { name: t('start.button') }).click();
    await toChecklist(page);
    await page.getByRole('heading', { level: 1, name: t('screener.roles.text') }).waitFor();
    assert.ok(await page.evaluate(() => document.activeElement?.matches('legend h1')), 'focus on the heading');
    // Nothing chosen: the error says what to do, nothing is assumed.
    const { n } = await progress(page);
    await continueOn(page);
    await page.getByRole('heading', { name: t('error.summary_title') }).waitFor();
    assert.equal((await progress(page)).n, n, 'stays on the checklist');
    // "Weighs heavily" appears under a box only once it is ticked.
    assert.equal(await page.locator('#heavy-o_money').count(), 0);
    await page.getByRole('checkbox', { name: t('screener.opt.o_money'), exact: true }).check();
    await page.locator('#heavy-o_money').waitFor();
    await page.locator('#heavy-o_money').check();
    await page.getByRole('checkbox', { name: t('screener.opt.o_transport'), exact: true }).check();
    assert.equal(await page.locator('.app-check-option__reveal').count(), 2);
    // The exclusive choices clear the boxes.
    assert.equal(await page.locator('#roles-none').isChecked(), false);
    assert.deepEqual(await axe(page), [], `axe on the checklist (${name})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(overflow, false, 'no horizontal scroll');
    if (name === 'ar') assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await screenshot(page, `checklist-${name}`);
    // Targets: each row is at least 44 px high (48 on a kiosk).
    const heights = await page.locator('.app-radio__label').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
    assert.ok(heights.every((h) => h >= (name === 'kiosk' ? 48 : 44)), `row heights ${heights}`);
    await continueOn(page);
    await waitForQuestion(page, n + 1);
    // Back on the check page the checklist is one row, heavy said out loud.
    await answerAll(page);
    await page.getByRole('heading', { level: 1, name: t('check.title') }).waitFor();
    const row = page.locator('.app-summary__row', { hasText: t('screener.roles.text') });
    const value = await row.locator('.app-summary__value').innerText();
    assert.ok(value.includes(t('screener.opt.o_transport')), value);
    assert.ok(value.includes(t('check.heavy').replace('{topic}', t('screener.opt.o_money'))), value);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the core is at most 20 pages and the start page promises the measured minutes', async () => {
  const { page, context } = await openPage(env);
  const facts = await page.locator('.app-facts').innerText();
  assert.match(facts, /19 vragen/);
  assert.match(facts, /ongeveer 10 minuten/);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  const given = await answerAll(page);
  assert.ok(Object.keys(given).length >= 19, 'the checklist answers its questions');
  assert.ok(!('k5_has_cv' in given) && !('w_holds_back' in given), 'extras wait until after the result');
  await context.close();
});

for (const [name, viewport] of [['narrow', VIEWPORTS.narrow], ['phone', PHONE], ['kiosk', VIEWPORTS.kiosk]]) {
  test(`the result: its first screen, then sections under their own headings (${name})`, async () => {
    const path = name === 'kiosk' ? '?mode=kiosk' : '';
    const { page, context, problems } = await openPage(env, path, { viewport });
    await page.getByRole('link', { name: 'Begin met de vragen' }).click();
    await answerAll(page, (q) => (q === 'o_money' ? 'a_lot' : undefined));
    await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
    await page.locator('.app-route__name').waitFor();
    // First screen: the route, what to sort out first, the step to begin with.
    await page.getByRole('heading', { level: 2, name: 'Begin hiermee' }).waitFor();
    await page.locator('.app-sort-first').getByRole('heading', { name: catalogText('nl', 'barrier.money.name') }).waitFor();
    // Everything else in sections: h2 headings with a button, closed until opened.
    const sections = ['Waarom deze uitkomst?', 'Je volgende stappen', 'Klopt dit? En wat wil jij zelf?', 'Wat als er iets verandert?'];
    for (const s of sections) {
      const b = page.getByRole('heading', { level: 2, name: s }).getByRole('button');
      assert.equal(await b.getAttribute('aria-expanded'), 'false', `${s} starts closed`);
    }
    assert.equal(await page.locator('.app-quadrant').isVisible(), false, 'the picture waits in its section');
    await screenshot(page, `result-first-${name}`);
    // Keyboard: Enter on a section's button opens it.
    await page.getByRole('heading', { level: 2, name: 'Waarom deze uitkomst?' }).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.locator('.app-quadrant').waitFor();
    for (const s of sections) await openSection(page, s);
    assert.deepEqual(await axe(page), [], `axe with every section open (${name})`);
    await screenshot(page, `result-open-${name}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the person\'s own say stands beside the picture, and the chosen step comes first', async () => {
  const { page, context, problems } = await openPage(env, '', { viewport: PHONE });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  const route = await page.locator('.app-route__name').innerText();
  await openSection(page, 'Klopt dit? En wat wil jij zelf?');
  await page.getByRole('radio', { name: 'Nee, niet helemaal' }).check();
  await page.getByRole('radio', { name: 'Ik kan meer dan hier staat' }).check();
  await page.getByRole('checkbox', { name: 'Met mensen' }).check();
  await page.getByRole('checkbox', { name: 'Deeltijd' }).check();
  const said = page.locator('.app-own-say');
  await said.filter({ hasText: 'Ik kan meer dan hier staat' }).waitFor();
  assert.match(await said.innerText(), /Je zoekt werk: Met mensen, Deeltijd/);
  assert.equal(await page.locator('.app-route__name').innerText(), route, 'the computed route is not overwritten');
  // The order on the page: the route, then what the person said.
  const order = await page.evaluate(() => !!(document.querySelector('.app-route').compareDocumentPosition(document.querySelector('.app-own-say')) & Node.DOCUMENT_POSITION_FOLLOWING));
  assert.ok(order);
  // Choose where to start: it moves to the first screen.
  await openSection(page, 'Je volgende stappen');
  const options = page.locator('.app-start-with input[type=radio]');
  const last = (await options.count()) - 2; // the last step (the final radio is "later")
  const label = await page.locator('.app-start-with label').nth(last).innerText();
  await options.nth(last).check();
  const first = page.locator('.app-first-step');
  await first.getByRole('heading', { level: 2, name: 'Hiermee wil je beginnen' }).waitFor();
  assert.equal(await first.locator('.app-card__title').innerText(), label);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'result-own-say-phone');
  // On paper: every section open, the person's choices as sentences, not as forms.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#what-if-body').isVisible(), 'a closed section is on paper');
  assert.ok(await said.isVisible(), 'what the person said is on paper');
  assert.equal(await page.locator('.app-fit').isVisible(), false, 'the form is not');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"tell more": the extra questions after the result, and the result follows them', async () => {
  const { page, context, problems } = await openPage(env);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Waarom deze uitkomst?');
  const before = await page.locator('.app-route-detail').innerText();
  const box = page.getByRole('region', { name: 'Wil je meer vertellen?' });
  assert.match(await box.innerText(), /6 vragen/);
  await box.getByRole('button', { name: 'Vertel meer' }).click();
  await page.locator('fieldset legend h1').waitFor();
  const { n, total } = await progress(page);
  assert.equal(n, 20, 'the first extra question follows the core');
  assert.equal(total, 25);
  assert.deepEqual(await axe(page), []);
  await answerAll(page);
  // Straight back to the result, with a message; the completeness figure now counts more.
  await page.getByRole('status').filter({ hasText: catalogText('nl', 'notice.result_updated') }).waitFor();
  await page.locator('.app-route__name').waitFor();
  assert.equal(await page.getByRole('region', { name: 'Wil je meer vertellen?' }).count(), 0, 'nothing more to tell');
  await openSection(page, 'Waarom deze uitkomst?');
  const after = await page.locator('.app-route-detail').innerText();
  const pct = (s) => Number(s.match(/(\d+) procent/)[1]);
  assert.ok(pct(after) > pct(before), `completeness ${pct(before)} -> ${pct(after)}`);
  assert.deepEqual(problems, []);
  await context.close();
});
