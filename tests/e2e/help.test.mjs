// Help at once (issue 21, point 1): the moment a crisis answer is chosen, that same question page
// shows who to call, with call links (plain numbers on a kiosk), before and without blocking
// "continue"; a "Direct hulp" link on every screen leads to the same contacts and back to where
// the person was; on the result, help comes first and the route is "later". Web and kiosk, Dutch
// and Arabic, axe clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll, choose, continueOn, progress, questionHeading, waitForQuestion } from './support/journey.mjs';
import { catalogText } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** From question 1, answers with the first option (or `picks[qid]`) until question `qid` shows. */
async function goTo(page, qid, picks = {}) {
  await page.goto(new URL('#/vraag/1', page.url()).href);
  for (;;) {
    await questionHeading(page).waitFor();
    const name = await page.locator('main input[type=radio]').first().getAttribute('name');
    if (name === qid) return;
    const { n } = await progress(page);
    const optionId = picks[name] ?? (await page.locator('main input[type=radio]').first().getAttribute('value'));
    await choose(page, { optionId });
    await continueOn(page);
    await waitForQuestion(page, n + 1);
  }
}

const CRISES = [
  ['o_housing', 'nowhere_tonight', {}, ['acute_shelter']],
  ['o_dark_thoughts', 'yes', { o_mood: 'often' }, ['acute_113', 'acute_112']],
  ['o_safety_home', 'unsafe_now', {}, ['acute_112', 'acute_veilig_thuis']],
];
const PHONES = { acute_113: '113', acute_112: '112', acute_veilig_thuis: '0800-2000' };

for (const [qid, option, picks, steps] of CRISES) {
  for (const [mode, locale, size] of [['web', 'nl', 'narrow'], ['kiosk', 'nl', 'kiosk'], ['web', 'ar', 'narrow']]) {
    test(`${qid} = ${option}: help on the same page (${mode}, ${locale})`, async () => {
      const query = [mode === 'kiosk' ? 'mode=kiosk' : '', locale === 'nl' ? '' : `lang=${locale}`].filter(Boolean).join('&');
      const { page, context, problems } = await openPage(env, query ? `?${query}` : '', { viewport: VIEWPORTS[size] });
      await goTo(page, qid, picks);
      const title = catalogText(locale, 'question.acute_title');
      assert.equal(await page.getByRole('heading', { name: title }).count(), 0, 'no help before the answer');
      const { n } = await progress(page);
      await choose(page, { optionId: option });
      const help = page.getByRole('region', { name: title });
      await help.waitFor();
      for (const s of steps) {
        assert.ok((await help.innerText()).includes(catalogText(locale, `step.${s}.title`)), `${s} shown`);
        const phone = PHONES[s];
        if (!phone) continue;
        const link = help.locator(`a[href="tel:${phone.replace('-', '')}"]`);
        // A kiosk cannot call: the number is there, as text.
        assert.equal(await link.count(), mode === 'kiosk' ? 0 : 1, `call link for ${phone}`);
        assert.ok((await help.innerText()).includes(phone), `${phone} readable`);
        const dir = await help.locator('bdi', { hasText: phone }).first().getAttribute('dir');
        assert.equal(dir, 'ltr', 'the number keeps its order in right-to-left text');
      }
      // The help comes before "continue" and does not block it.
      const before = await page.evaluate(() => {
        const h = document.querySelector('#acute-now');
        const b = document.querySelector('form button[type=submit]');
        return !!h && !!(h.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(before, 'help above the continue button');
      assert.deepEqual(await axe(page), []);
      await screenshot(page, `help-at-once-${qid}-${mode}-${locale}`);
      await continueOn(page);
      await waitForQuestion(page, n + 1);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('"Direct hulp" is on every screen, shows every crisis contact, and goes back to where you were', async () => {
  const { page, context, problems } = await openPage(env);
  const link = page.getByRole('link', { name: 'Direct hulp' });
  assert.equal(await link.count(), 1, 'on the start page');
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await questionHeading(page).waitFor();
  await choose(page, { optionId: await page.locator('main input[type=radio]').first().getAttribute('value') });
  await continueOn(page);
  await waitForQuestion(page, 2);
  await page.getByRole('link', { name: 'Direct hulp' }).click();
  await page.getByRole('heading', { level: 1, name: 'Direct hulp' }).waitFor();
  const text = await page.locator('main').innerText();
  for (const s of ['acute_113', 'acute_veilig_thuis', 'acute_112', 'acute_shelter']) {
    assert.ok(text.includes(catalogText('nl', `step.${s}.title`)), s);
  }
  for (const phone of ['113', '112', '08002000']) {
    assert.equal(await page.locator(`main a[href="tel:${phone}"]`).count(), 1, `call ${phone}`);
  }
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'help-page');
  await page.getByRole('link', { name: 'Terug' }).click();
  await waitForQuestion(page, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a result with crisis help, the help comes first and the route is "later"', async () => {
  const { page, context, problems } = await openPage(env);
  await goTo(page, 'o_housing');
  await choose(page, { optionId: 'nowhere_tonight' });
  const { n } = await progress(page);
  await continueOn(page);
  await waitForQuestion(page, n + 1);
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await page.locator('.app-route').waitFor();
  assert.match(await page.locator('.app-route__label').innerText(), /Later: jouw route/);
  const order = await page.evaluate(() => !!(document.querySelector('.app-acute').compareDocumentPosition(document.querySelector('.app-route')) & Node.DOCUMENT_POSITION_FOLLOWING));
  assert.ok(order, 'help above the route');
  assert.deepEqual(problems, []);
  await context.close();
});
