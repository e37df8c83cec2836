// "Snel weg" (GOV.UK's exit-this-page): on every screen, and three presses of Shift. On the web
// it wipes what was stored, replaces the current history entry with a neutral page and leaves
// nothing to come back to; on a kiosk it wipes and shows the start page. Explained once on the
// start page and on the safety-at-home question.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerFirst } from './support/journey.mjs';
import { catalogText } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const KEY = 'werkroute.saved';

test('web: Snel weg wipes what was stored, leaves for the neutral page, and Back shows no answer', async () => {
  const { page, context, problems } = await openPage(env, '', { viewport: VIEWPORTS.narrow });
  await page.getByText(catalogText('nl', 'exit.explain')).waitFor();
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'quick-exit-start-narrow');
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerFirst(page, 2);
  await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click();
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY);
  const before = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Snel weg' }).click();
  await page.waitForURL(/\/neutral\.html$/);
  await page.getByRole('heading', { level: 1, name: 'Pannenkoeken bakken' }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'the stored answers are gone');
  assert.equal(await page.evaluate(() => history.length), before, 'the screen left was replaced, not added to');
  assert.deepEqual(await axe(page), []);
  // Back: the question before, in a fresh app with nothing in it.
  await page.goBack();
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('main input[type=radio]') !== null
    || document.querySelector('.app-offer') === null);
  assert.equal(await page.locator('main input[type=radio]:checked').count(), 0, 'no answer comes back');
  assert.equal(await page.locator('.app-offer').count(), 0, 'no offer to carry on');
  assert.deepEqual(problems, []);
  await context.close();
});

test('web: three presses of Shift leave too, from any screen', async () => {
  const { page, context } = await openPage(env);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerFirst(page, 1);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(/\/neutral\.html$/);
  await context.close();
});

test('the safety-at-home question says how to leave at once', async () => {
  const { page, context, problems } = await openPage(env, '', { viewport: VIEWPORTS.narrow });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  const safety = catalogText('nl', 'q.o_safety_home.text');
  for (let i = 0; i < 8; i++) {
    if (await page.getByRole('heading', { level: 1, name: safety }).count()) break;
    await answerFirst(page, 1);
  }
  await page.getByRole('heading', { level: 1, name: safety }).waitFor();
  await page.getByText(catalogText('nl', 'exit.explain')).waitFor();
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'quick-exit-safety-narrow');
  assert.deepEqual(problems, []);
  await context.close();
});

test('kiosk: Snel weg wipes and shows the start page, without leaving the app', async () => {
  const { page, context, problems } = await openPage(env, '?mode=kiosk', { viewport: VIEWPORTS.kiosk });
  await page.getByText(catalogText('nl', 'exit.explain_kiosk')).waitFor();
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerFirst(page, 2);
  await page.getByRole('link', { name: 'Snel weg' }).click();
  await page.getByRole('heading', { level: 1, name: catalogText('nl', 'start.title') }).waitFor();
  assert.match(page.url(), /\/\?mode=kiosk(#\/?)?$/);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('main input[type=radio]').first().waitFor();
  assert.equal(await page.locator('main input[type=radio]:checked').count(), 0, 'the answers are gone');
  await screenshot(page, 'quick-exit-kiosk');
  assert.deepEqual(problems, []);
  await context.close();
});
