// Taking the result along: the person chooses what goes along (willen and kunnen by default, a
// circumstance only when ticked, an acute answer never) and what they want to talk about; the
// result page shows a link (data in the fragment) as text to copy, a QR code and a typeable code;
// opening the link elsewhere shows the same result read-only, what the person wants to talk about
// first, what was left out, and says a code is no evidence; a mistyped code is refused with a
// clear message. No request ever carries the code, and the person's own tab never opens it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot } from './support/harness.mjs';
import { answerAll, openSection } from './support/journey.mjs';
import { persona, cliScore, cliDecode, catalogText, headingOf } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('a brought-along link shows the same result read-only, and never reaches a server', async () => {
  const p = persona('Ahmed');
  const expected = cliScore(p.answers);
  const { page, context, problems } = await openPage(env);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Bewaren, delen of printen');
  await page.getByRole('heading', { name: 'Neem je uitkomst mee' }).waitFor();
  assert.equal(await page.locator('.app-share__qr svg').count(), 1, 'a QR code');
  const link = await page.locator('.app-share__link').innerText();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/r\/[A-Za-z0-9_-]+$/);
  const code = link.split('#/r/')[1];
  assert.match(await page.locator('.app-share__code').innerText(), /^[0-9A-Z]{1,5}(-[0-9A-Z]{1,5})+$/);
  await context.close();

  // The klantmanager opens it in a fresh browser.
  const other = await openPage(env, `#/r/${code}`);
  await other.page.getByText('Meegenomen uitkomst').waitFor();
  // Honest about what a code proves: anyone can make one; never "made on the person's device".
  const intro = await other.page.locator('main').innerText();
  assert.match(intro, /Iedereen kan zo'n code maken/);
  assert.match(intro, /geen bewijs/);
  assert.doesNotMatch(intro, /apparaat van de persoon/);
  const routeName = catalogText('nl', `route.${headingOf(expected)}.name`);
  await other.page.getByRole('heading', { level: 2, name: routeName, exact: true }).waitFor();
  await other.page.getByRole('heading', { name: 'Vragen voor het gesprek' }).waitFor();
  assert.equal(await other.page.locator('#plan-title').count(), 0, 'read-only: no plan editor');
  assert.equal(await other.page.getByRole('button', { name: 'Bewaar op dit apparaat' }).count(), 0);
  assert.deepEqual(await axe(other.page), []);
  await screenshot(other.page, 'shared-result');
  for (const { url } of other.requests) assert.ok(!url.includes(code), `request carries the code: ${url}`);
  assert.deepEqual(problems.concat(other.problems), []);

  // One changed character: refused, clearly.
  const i = Math.floor(code.length / 2);
  const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
  await other.page.goto(new URL(`#/r/${tampered}`, env.url).href);
  await other.page.getByRole('heading', { level: 1, name: 'Deze code werkt niet' }).waitFor();
  assert.deepEqual(await axe(other.page), []);
  await other.context.close();
});

test('share only what you choose: circumstances only when ticked, topics to talk about shown first', async () => {
  const p = persona('Marco');
  assert.equal(p.answers.o_money, 'a_lot');
  const { page, context, problems } = await openPage(env);
  await context.grantPermissions(['clipboard-write'], { origin: new URL(env.url).origin });
  // The page may write the clipboard, never read it (Permissions-Policy): note what it writes.
  await page.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => write(text).then(() => { window.__copied = text; });
  });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Bewaren, delen of printen');
  const choose = page.getByRole('group', { name: 'Wat gaat er mee?' });
  await choose.waitFor();
  assert.equal(await page.locator('#share-willen').isChecked(), true);
  assert.equal(await page.locator('#share-kunnen').isChecked(), true);
  assert.equal(await page.locator('#share-money').isChecked(), false, 'a circumstance only when ticked');
  // The person's own tab never follows the link: it is text to copy, scan or save.
  assert.equal(await page.locator('a[href*="#/r/"]').count(), 0);
  const linkText = () => page.locator('.app-share__link').innerText();
  const first = await linkText();
  let held = cliDecode(first.split('#/r/')[1]);
  assert.ok(Object.keys(held.code.answers).length > 0);
  assert.ok(Object.keys(held.code.answers).every((q) => !q.startsWith('o_') && q !== 'w_holds_back'), 'no circumstance by default');
  assert.ok(held.code.shared.withheld.includes('o_money'));
  assert.equal(held.outcome, cliScore(p.answers).outcome, 'the route the person was given');
  const summary = await page.locator('#share-summary').innerText();
  assert.match(summary, /Niet in deze code[\s\S]*Geld en schulden/);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'share-choice');

  // Money goes along, and is a topic to talk about; the code changes with the choice.
  await page.locator('#share-money').check();
  await page.locator('#talk-money').check();
  await page.waitForFunction((before) => document.querySelector('.app-share__link')?.innerText !== before, first);
  await page.waitForFunction(() => /Waar je over wilt praten/.test(document.querySelector('#share-summary')?.innerText ?? ''));
  const link = await linkText();
  held = cliDecode(link.split('#/r/')[1]);
  assert.equal(held.code.answers.o_money, 'a_lot');
  assert.deepEqual(held.code.shared.talk, ['money']);
  // Copy puts the link on the clipboard, and says so.
  await page.getByRole('button', { name: 'Kopieer de link' }).click();
  await page.locator('.app-share__copied').filter({ hasText: /./ }).waitFor();
  assert.match(await page.locator('.app-share__copied').innerText(), /De link is gekopieerd/);
  assert.equal(await page.evaluate(() => window.__copied), link);
  await context.close();

  const other = await openPage(env, `#/r/${link.split('#/r/')[1]}`);
  const talk = other.page.getByRole('heading', { level: 2, name: 'Hier wil de persoon over praten' });
  await talk.waitFor();
  const main = await other.page.locator('main').innerText();
  assert.ok(main.indexOf('Hier wil de persoon over praten') < main.indexOf(catalogText('nl', `route.${headingOf(cliScore(p.answers))}.name`)), 'talk topics come first');
  assert.match(main, /Hier wil de persoon over praten\s+Geld en schulden/);
  assert.match(main, /Gemaakt in \S+ \d{4}, met de regels van 2027\.2\./);
  assert.match(main, /De persoon koos zelf wat er mee ging\. Niet gedeeld: /);
  assert.deepEqual(await axe(other.page), []);
  await screenshot(other.page, 'shared-chosen');
  assert.deepEqual(problems.concat(other.problems), []);
  await other.context.close();
});

test('a share code whose route its own answers contradict is refused', async () => {
  const p = persona('Sanne');
  const enc = JSON.parse((await import('node:child_process')).execFileSync(process.env.WERKROUTE_BIN ?? 'target/debug/werkroute',
    ['share', '--month', '2026-12', '-'], { input: JSON.stringify({ answers: p.answers }), encoding: 'utf8' }));
  // Byte 4 holds the route: change it to another and reseal the checksum, as a forger would.
  const bytes = Buffer.from(enc.code, 'base64url');
  bytes[4] = (bytes[4] & 0xf0) | ((bytes[4] & 0x0f) % 4 + 1);
  let crc = 0xffff;
  for (const b of bytes.subarray(0, bytes.length - 2)) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  bytes.writeUInt16BE(crc, bytes.length - 2);
  const { page, context, problems } = await openPage(env, `#/r/${bytes.toString('base64url')}`);
  await page.getByRole('heading', { level: 1, name: 'Deze code werkt niet' }).waitFor();
  await page.getByText(catalogText('nl', 'code.error.inconsistent')).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a code made under rules 2026.1 opens with the outcome it had then, and says newer rules exist', async () => {
  const { readFileSync } = await import('node:fs');
  const vectors = JSON.parse(readFileSync(new URL('../../fixtures/codes/v1-2026.1.json', import.meta.url), 'utf8'));
  const outcomes = JSON.parse(readFileSync(new URL('../../fixtures/codes/outcomes-v1-2026.1.json', import.meta.url), 'utf8'));
  // Nothing answered: under 2026.1 that gave route A (under 2027.1 it gives no route).
  const v = vectors.vectors.find((x) => x.name === 'nothing answered');
  const then = outcomes.outcomes[v.name];
  const { page, context, problems } = await openPage(env, `#/r/${v.code}`);
  await page.getByText('Meegenomen uitkomst').waitFor();
  await page.getByRole('heading', { level: 2, name: catalogText('nl', `route.${then.route}.name`), exact: true }).waitFor();
  await page.getByText(catalogText('nl', 'shared.older_rules').split(' Zo ')[0].replace('{version}', '2026.1')).waitFor();
  assert.match(await page.locator('.app-rules-version').innerText(), /2026\.1/);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'shared-result-2026-1');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a code can be typed on the start page, forgiving of case, spaces, dashes and look-alikes; a wrong one says why', async () => {
  const { readFileSync } = await import('node:fs');
  const golden = JSON.parse(readFileSync(new URL('../../fixtures/codes/v2-2027.1.json', import.meta.url), 'utf8'));
  const v = golden.vectors.find((x) => x.name === 'persona Sanne');
  const { page, context, problems } = await openPage(env);
  const field = page.getByLabel('Code van de uitkomst');
  // A wrong code first: the reason next to the field, the field marked, nothing opened.
  await field.fill(v.typeable.slice(0, -3));
  await page.getByRole('button', { name: 'Open de uitkomst' }).click();
  await page.locator('#code-entry-error').waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await field.getAttribute('aria-describedby'), /code-entry-error/);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'code-entry-error');
  // Typed as a person would: lower case, spaces for dashes, O for 0.
  const typed = v.typeable.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
  await field.fill(typed);
  await page.getByRole('button', { name: 'Open de uitkomst' }).click();
  await page.getByText('Meegenomen uitkomst').waitFor();
  await page.waitForFunction((code) => location.hash === `#/r/${code}`, v.code);
  await page.getByRole('heading', { level: 2, name: catalogText('nl', `route.${headingOf(v.expect)}.name`), exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
