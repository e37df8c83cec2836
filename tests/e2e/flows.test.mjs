// Flows beyond the happy path: keyboard only, changing an answer from the check page, the rules
// page at both widths, forced colours with reduced motion, and what goes on paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll, openSection, progress, waitForQuestion } from './support/journey.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Presses Tab until `predicate` holds for the focused element; fails after `max` presses. */
async function tabTo(page, predicate, what, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

test('keyboard only: start to result without a mouse', async () => {
  const { page, context, problems } = await openPage(env);
  await tabTo(page, () => document.activeElement?.textContent === 'Begin met de vragen', 'the start button');
  await page.keyboard.press('Enter');
  for (;;) {
    await page.locator('fieldset legend h1').waitFor();
    assert.ok(await page.evaluate(() => document.activeElement?.matches('legend h1')), 'focus on the heading');
    const { n, total } = await progress(page);
    if (await page.locator('main input[type=checkbox][name=roles]').count()) {
      // The checklist: Tab through the boxes to "None of these" and tick it with Space.
      await tabTo(page, () => document.activeElement?.id === 'roles-none', '"None of these"', 20);
      await page.keyboard.press('Space');
      assert.ok(await page.locator('#roles-none').isChecked(), `"None of these" ticked on ${n}`);
    } else {
      // Into the radio group (past "Why?" when the hint waits behind it).
      await tabTo(page, () => document.activeElement?.type === 'radio', `a radio on question ${n}`, 3);
      if (n % 2 === 0) await page.keyboard.press('ArrowDown'); // arrows move and choose
      else await page.keyboard.press('Space');
      assert.equal(await page.locator('main input[type=radio]:checked').count(), 1, `an answer is chosen on ${n}`);
    }
    await tabTo(page, () => document.activeElement?.type === 'submit', 'the continue button', 5);
    await page.keyboard.press('Enter');
    if (n === total) break;
    await waitForQuestion(page, n + 1);
  }
  await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
  await tabTo(page, () => document.activeElement?.textContent === 'Toon mijn uitkomst', 'show my result');
  await page.keyboard.press('Enter');
  await page.locator('.app-route__name').waitFor();
  assert.ok(await page.evaluate(() => document.activeElement?.matches('h1')), 'focus on the result heading');
  // Focus is always visible: the focused element has an outline or a focus style.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'visible focus');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a change link returns to the question with the answer chosen, then back to check', async () => {
  const { page, context, problems } = await openPage(env);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page);
  await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
  // The rows are grouped by part; the change link of question 1 is in the first group.
  const third = page.locator('.app-summary__row', { has: page.locator('#check-change-1') });
  const questionText = await third.locator('dt').innerText();
  const escaped = questionText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await third.getByRole('link', { name: new RegExp(`^Wijzig\\s*:\\s*${escaped}$`) }).click();
  await page.getByRole('heading', { level: 1, name: questionText }).waitFor();
  assert.equal((await progress(page)).n, 1);
  const radios = page.locator('main input[type=radio]');
  assert.ok(await radios.first().isChecked(), 'the earlier answer is selected');
  const secondLabel = await page.locator('label.app-radio__label').nth(1).innerText();
  await radios.nth(1).check();
  await page.getByRole('button', { name: 'Terug naar je antwoorden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
  assert.equal(await third.locator('.app-summary__value').innerText(), secondLabel);
  // Back at the row that changed, not at the top of the page.
  await page.waitForFunction(() => document.activeElement?.id === 'check-change-1');
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Zin in werk en plannen' }).count(), 1, 'grouped by part');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [vpName, viewport] of [['narrow', VIEWPORTS.narrow], ['desktop', VIEWPORTS.desktop]]) {
  test(`the rules page shows the published rules (${vpName})`, async () => {
    const { page, context, problems } = await openPage(env, '#/regels', { viewport });
    await page.getByRole('heading', { level: 1, name: 'Hoe komen we tot de uitkomst?' }).waitFor();
    assert.match(await page.locator('main').innerText(), /versie \d{4}\.\d+/);
    assert.equal(await page.locator('table.app-table').count(), 2, 'a table per axis');
    assert.deepEqual(await axe(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(overflow, false);
    await screenshot(page, `rules-${vpName}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('forced colours and reduced motion: still accessible, still usable', async () => {
  const { page, context, problems } = await openPage(env, '', { forcedColors: 'active', reducedMotion: 'reduce' });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await page.locator('.app-route__name').waitFor();
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'result-forced-colors');
  assert.deepEqual(problems, []);
  await context.close();
});

test('print: the result and steps go on paper, the answers only when asked', async () => {
  const { page, context } = await openPage(env);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await page.locator('.app-route__name').waitFor();
  await page.emulateMedia({ media: 'print' });
  const visible = (sel) => page.locator(sel).first().isVisible();
  assert.ok(await visible('.app-route__name'), 'route on paper');
  assert.ok(await visible('.app-steps'), 'steps on paper');
  assert.equal(await visible('.app-why'), false, 'answers stay off paper by default');
  assert.equal(await visible('.app-header'), false, 'no header on paper');
  // Sections that are closed on screen are open on paper.
  assert.ok(await visible('#why-body .app-subscores, #why-body .app-route-detail'), 'the why section on paper');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await visible('.app-steps'), false, 'closed on screen');
  await openSection(page, 'Bewaren, delen of printen');
  await page.getByRole('checkbox', { name: 'Ook mijn antwoorden printen' }).check();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await visible('.app-why'), 'answers on paper when asked');
  // The link, QR code and code carry every answer: not on paper, not even with the answers,
  // unless asked for on their own.
  assert.equal(await visible('.app-share'), false, 'no QR code or code on paper by default');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: 'Ook de link en de QR-code printen' }).check();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await visible('.app-share__qr'), 'the QR code on paper when asked for');
  await context.close();
});

test('a reload says the answers are gone and starts at question 1; back and forward keep the screen', async () => {
  const { page, context, problems } = await openPage(env);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('main input[type=radio]').first().check();
  await page.locator('form button[type=submit]').click();
  await page.waitForFunction(() => location.hash === '#/vraag/2');
  await page.reload();
  // The answers lived in memory only: the page says so at once, never "question 2" as if
  // nothing happened.
  await page.getByRole('status').filter({ hasText: 'Je antwoorden zijn daardoor weg' }).waitFor();
  await page.locator('fieldset legend h1').waitFor();
  assert.equal((await progress(page)).n, 1, 'after a reload the person starts at question 1');
  assert.deepEqual(await axe(page), []);
  await page.locator('main input[type=radio]').first().check();
  await page.locator('form button[type=submit]').click();
  await page.waitForFunction(() => location.hash === '#/vraag/2');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/vraag/1');
  assert.equal((await progress(page)).n, 1);
  await page.goto(new URL('#/vraag/999', env.url).href);
  await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
  await page.goto(new URL('#/onzin/%%', env.url).href);
  await page.getByRole('heading', { level: 1, name: /Werkroute/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the fairness self-test runs every shipped persona through the engine in the browser', async () => {
  const { personas, catalogText } = await import('./support/personas.mjs');
  const { page, context, problems } = await openPage(env, '#/regels');
  await page.getByRole('link', { name: 'Bekijk hoe de regels uitpakken voor voorbeeldpersonen' }).click();
  await page.getByRole('heading', { level: 1, name: /Eerlijkheid/ }).waitFor();
  // The personas arrive from our own origin when the page opens: the tables come with them.
  await page.getByRole('table', { name: 'Uitkomst per voorbeeldpersoon' }).waitFor();
  const rows = page.getByRole('table', { name: 'Uitkomst per voorbeeldpersoon' }).locator('tbody tr');
  assert.equal(await rows.count(), personas.length);
  for (const [i, p] of personas.entries()) {
    const cells = await rows.nth(i).locator('th, td').allInnerTexts();
    assert.equal(cells[0], p.name);
    assert.ok(cells[1].startsWith(catalogText('nl', `route.${p.expect.outcome}.name`)), `${p.name}: ${cells[1]}`);
  }
  // The paired proxy personas: each pair differs only in a trait that must not count.
  const pairs = page.getByRole('table', { name: 'Route per paar' }).locator('tbody tr');
  const pairNames = new Set(personas.filter((p) => p.pair).map((p) => p.pair));
  assert.equal(await pairs.count(), pairNames.size);
  for (let i = 0; i < pairNames.size; i += 1) {
    const cells = await pairs.nth(i).locator('th, td').allInnerTexts();
    assert.equal(cells[3], 'Ja', `same route for the pair ${cells[0]}`);
  }
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'fairness');
  assert.deepEqual(problems, []);
  await context.close();

  // When the personas cannot be fetched, the page says so instead of showing empty tables.
  const broken = await openPage(env, '#/eerlijkheid', {
    routes: [['**/data/personas-2027.2.json', (route) => route.fulfill({ status: 404, body: 'nope' })]],
  });
  await broken.page.getByText(catalogText('nl', 'fairness.error')).waitFor();
  assert.equal(await broken.page.getByRole('table').count(), 0);
  assert.deepEqual(await axe(broken.page), []);
  await broken.context.close();
});
