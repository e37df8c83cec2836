// Taking the result along: the result page shows a link (data in the fragment), a QR code and a
// typeable code; opening the link elsewhere shows the same result read-only, says a code is no
// evidence, and a mistyped code is refused with a clear message. No request ever carries the code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot } from './support/harness.mjs';
import { answerAll, openSection } from './support/journey.mjs';
import { persona, cliScore, catalogText, headingOf } from './support/personas.mjs';

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
  const link = await page.locator('.app-share__link a').getAttribute('href');
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
  await page.getByText('Deze uitkomst is gemaakt met de regels van 2026.1').waitFor();
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
