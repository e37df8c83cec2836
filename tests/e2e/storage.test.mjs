// Web mode keeps answers in memory; it stores them only after "Save on this device", offers to
// carry on next time, wipes in one step, and survives damaged stored data with a clear message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe } from './support/harness.mjs';
import { answerFirst, progress } from './support/journey.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const KEY = 'werkroute.saved';
const stored = (page) => page.evaluate((k) => ({ ...localStorage, _k: localStorage.getItem(k) }), KEY);

test('nothing is stored until the person asks; then it is offered back and wiped in one step', async () => {
  const { page, context, problems } = await openPage(env);
  await page.evaluate(() => localStorage.setItem('someone-else', 'keep me'));
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerFirst(page, 3);
  assert.equal((await stored(page))._k, null, 'nothing stored before the person asks');
  assert.deepEqual(await context.cookies(), []);

  await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click();
  await page.getByRole('status').filter({ hasText: 'bewaard op dit apparaat' }).waitFor();
  const saved = JSON.parse((await stored(page))._k);
  assert.equal(saved.schema, 3);
  assert.equal(saved.rules_version, '2027.2', 'stored with the rules version the answers were given under');
  assert.equal(Object.keys(saved.answers).length, 3);
  assert.ok(saved.expires_at - saved.saved_at >= 29 * 864e5, 'kept for 30 days');
  // Later answers follow into storage.
  await answerFirst(page, 1);
  await page.waitForFunction((k) => Object.keys(JSON.parse(localStorage.getItem(k)).answers).length === 4, KEY);

  // A new visit offers to carry on.
  const again = await context.newPage();
  await again.goto(env.url);
  await again.getByRole('heading', { name: 'Verder waar je was?' }).waitFor();
  assert.deepEqual(await axe(again), []);
  await again.getByRole('button', { name: 'Ga verder met mijn antwoorden' }).click();
  await again.locator('fieldset legend h1').waitFor();
  assert.equal((await progress(again)).n, 5, 'resumes at the first open question');

  // Wipe: one step, a status message, our key gone, other data untouched.
  await again.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await again.getByRole('status').filter({ hasText: 'Je antwoorden zijn gewist' }).waitFor();
  const after = await stored(again);
  assert.equal(after._k, null);
  assert.equal(after['someone-else'], 'keep me', 'other data is never touched');
  assert.equal(await again.evaluate(() => location.hash), '', 'a clean URL after the wipe');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [what, value, message] of [
  ['corrupt', '{"schema":3,"answers":', 'We konden je bewaarde antwoorden niet lezen'],
  ['older schema', '{"schema":0}', 'uit een oudere versie'],
  // Saved under rules 2026.1 (schema 1): never read as answers to today's questions.
  ['from rules 2026.1', JSON.stringify({ schema: 1, saved_at: Date.now(), expires_at: Date.now() + 864e5, locale: 'nl', answers: { w1_work_matters: 'agree' }, cards: [] }), 'uit een oudere versie'],
  // Saved under rules 2027.1 (schema 2): the same questions, but another version's answers.
  ['from rules 2027.1', JSON.stringify({ schema: 2, saved_at: Date.now(), expires_at: Date.now() + 864e5, locale: 'nl', rules_version: '2027.1', answers: { w1_work_importance: 'very' }, cards: [] }), 'uit een oudere versie'],
  ['expired', JSON.stringify({ schema: 3, saved_at: 0, expires_at: 1, locale: 'nl', rules_version: '2027.2', answers: {}, cards: [] }), 'ouder dan 30 dagen'],
]) {
  test(`stored data that is ${what} gives a clear message and a safe start`, async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [KEY, value]);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url);
    await page.getByRole('status').filter({ hasText: message }).waitFor();
    assert.match(await page.getByRole('status').innerText(), /We hebben ze gewist/);
    // Erased at once: what the app can no longer use does not stay on the device.
    await page.waitForFunction((k) => localStorage.getItem(k) === null, KEY);
    await page.getByRole('link', { name: 'Begin met de vragen' }).click();
    await page.locator('fieldset legend h1').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
}
