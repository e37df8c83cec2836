// The klantmanager opens a brought-along code: a staff banner first (the person's own account,
// no basis for a benefit decision, a measure or a language requirement, the route not for the
// client file) with the month the code was made; the topics the person flagged; their own
// "klopt dit?" and where they want to start beside what the rules computed; the formal Dutch
// name under every step; what they left out; and a conversation sheet that prints alone, with
// room for the agreed next step. In Dutch and right to left in Arabic; axe clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { openSection } from './support/journey.mjs';
import { persona, cliDecode, catalogText, headingOf } from './support/personas.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** `werkroute share`: the code the person's app makes for these answers and choices. */
function shareCode(name, args) {
  const dir = mkdtempSync(join(tmpdir(), 'werkroute-'));
  const file = join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify({ answers: persona(name).answers }));
  const bin = process.env.WERKROUTE_BIN;
  const [cmd, pre] = bin ? [bin, []] : ['cargo', ['run', '--quiet', '--bin', 'werkroute', '--']];
  return JSON.parse(execFileSync(cmd, [...pre, 'share', file, ...args], { cwd: ROOT, encoding: 'utf8' })).code;
}

const nl = (key) => catalogText('nl', key);
const fill = (text, args) => Object.entries(args).reduce((t, [k, v]) => t.replace(`{${k}}`, v), text);

const cases = [
  {
    name: 'Marco',
    args: ['--include', 'willen,kunnen,money', '--talk', 'money,housing', '--month', '2026-11',
      '--own-say', JSON.stringify({ fit: { fits: 'no', reason: 'can_more' }, start_with: 'step_day_rhythm', wishes: ['outdoors'] })],
    said: () => [fill(nl('shared.said_not_quite_because'), { reason: nl('own.reason.can_more') }),
      fill(nl('shared.said_start'), { step: nl('step.step_day_rhythm.title') })],
    talk: ['barrier.money.name', 'barrier.housing.name'],
  },
  {
    name: 'Ahmed',
    args: ['--month', '2026-10', '--own-say', JSON.stringify({ fit: { fits: 'yes' } })],
    said: () => [nl('shared.said_fits')],
    talk: [],
  },
];

for (const c of cases) {
  test(`${c.name}: the conversation view puts the banner, the person's own say and the formal names first`, async () => {
    const code = shareCode(c.name, c.args);
    // What the reader shows: the answers that went along, with the route the person's app gave.
    const expected = cliDecode(code);
    const { page, context, problems } = await openPage(env, `#/r/${code}`, { viewport: VIEWPORTS.narrow });
    const banner = page.locator('.app-staff-banner');
    await banner.getByRole('heading', { level: 2, name: 'Voor de klantmanager' }).waitFor();
    for (const key of ['staff.own_account', 'staff.not_for', 'staff.no_copy']) await banner.getByText(nl(key)).waitFor();
    const month = c.args[c.args.indexOf('--month') + 1] === '2026-11' ? 'november 2026' : 'oktober 2026';
    await banner.getByText(new RegExp(`Gemaakt in ${month}`)).waitFor();
    const route = page.locator('.app-route').first();
    assert.ok((await banner.boundingBox()).y < (await route.boundingBox()).y, 'the banner comes before the route');

    for (const key of c.talk) await page.locator('.app-talk').getByText(nl(key)).waitFor();
    const beside = page.locator('.app-beside');
    for (const line of c.said()) await beside.getByText(line, { exact: true }).waitFor();
    const routeName = nl(`route.${headingOf(expected)}.name`);
    await beside.getByText(fill(nl('staff.computed_route'), { route: routeName }), { exact: true }).waitFor();

    // Every step with its formal name, in Dutch: what to sort out first, then the steps.
    await openSection(page, nl('result.steps_title'));
    const formal = await page.locator('.app-steps__formal bdi').evaluateAll((els) => els.map((e) => [e.lang, e.textContent]));
    const steps = expected.steps.filter((s) => !s.startsWith('acute_'));
    const sorted = (list) => list.map(([lang, t]) => `${lang}:${t}`).sort();
    assert.deepEqual(sorted(formal), sorted(steps.map((s) => ['nl', nl(`step.${s}.formal`)])));
    assert.deepEqual(await axe(page), []);
    await screenshot(page, `conversation-${c.name}-phone`);
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, `conversation-${c.name}-desktop`);

    // "Print het gespreksblad": only the sheet goes on paper, while the dialog is open.
    await page.evaluate(() => { window.print = () => { window.__printedWith = document.documentElement.className; }; });
    await page.getByRole('button', { name: 'Print het gespreksblad' }).click();
    await page.waitForFunction(() => window.__printedWith !== undefined);
    assert.match(await page.evaluate(() => window.__printedWith), /app-print-sheet/);
    assert.doesNotMatch(await page.evaluate(() => document.documentElement.className), /app-print-sheet/);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.evaluate(() => document.documentElement.classList.add('app-print-sheet'));
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.app-conversation-sheet');
    assert.ok(await sheet.isVisible());
    assert.equal(await route.isVisible(), false, 'on the sheet, not the whole result');
    assert.equal(await banner.isVisible(), false);
    const text = await sheet.innerText();
    for (const line of [...c.said(), nl('staff.not_for'), nl('staff.sheet_agreed'), nl('staff.sheet_next'), nl(`step.${steps[0]}.formal`)]) {
      assert.ok(text.includes(line), `the sheet says "${line}"`);
    }
    for (const key of c.talk) assert.ok(text.includes(nl(key)));
    assert.ok((await sheet.locator('.app-sheet-lines span').count()) >= 3, 'room to write the agreed step');
    await screenshot(page, `conversation-${c.name}-sheet-a4`);
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the conversation view in Arabic reads right to left; a code without a date says so', async () => {
  const code = shareCode('Marco', cases[0].args);
  const { page, context, problems } = await openPage(env, `?lang=ar#/r/${code}`);
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.locator('.app-staff-banner').getByRole('heading', { name: catalogText('ar', 'staff.title') }).waitFor();
  await page.locator('.app-beside').getByText(catalogText('ar', 'staff.computed_title')).waitFor();
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'conversation-ar');
  await context.close();

  // A code that carries every answer (format 2) has no month: the banner says so.
  const bin = process.env.WERKROUTE_BIN;
  const [cmd, pre] = bin ? [bin, []] : ['cargo', ['run', '--quiet', '--bin', 'werkroute', '--']];
  const full = JSON.parse(execFileSync(cmd, [...pre, 'encode', '-'], {
    cwd: ROOT, encoding: 'utf8', input: JSON.stringify({ answers: persona('Ahmed').answers }),
  })).code;
  const other = await openPage(env, `#/r/${full}`);
  await other.page.locator('.app-staff-banner').getByText(fill(nl('staff.made_unknown'), { version: '2027.2' })).waitFor();
  await other.page.locator('.app-beside').getByText(nl('staff.said_nothing')).waitFor();
  assert.deepEqual(await axe(other.page), []);
  assert.deepEqual(problems.concat(other.problems), []);
  await other.context.close();
});
