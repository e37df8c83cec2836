// Whole journeys for one persona of each route, "sort this out first", "no route yet", a
// grey-zone persona and acute personas: the result page must show what the CLI computes for the
// same answers (the answers given on the page, follow-ups included).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll, openSection } from './support/journey.mjs';
import { persona, cliScore, catalogText, headingOf } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CASES = [
  ['Sanne', 'route A'],
  ['Ahmed', 'route B'],
  ['Dewi', 'route C'],
  ['Marco', 'route D, sort this out first'],
  ['Jonge vader zonder opvang', 'sort this out first, not "no priority"'],
  ['Yusuf', 'grey zone'],
  ['Tom', 'acute'],
  ['Lisa', 'acute, no route yet'],
  ['Liever niet', 'no route yet'],
  ['Alles een beetje', 'every barrier a little'],
];

for (const [name, what] of CASES) {
  test(`${name} (${what}): the page shows the CLI's result`, async () => {
    const p = persona(name);
    assert.equal(cliScore(p.answers).outcome, p.expect.outcome, 'fixture and CLI agree');

    const { page, context, problems } = await openPage(env, '', { viewport: VIEWPORTS.desktop });
    await page.getByRole('link', { name: 'Begin met de vragen' }).click();
    const given = await answerAll(page, (qid) => p.answers[qid] ?? 'dont_know');
    await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
    const expected = cliScore(given);
    assert.equal(expected.outcome, p.expect.outcome, 'the answers given on the page give the same outcome');

    const heading = catalogText('nl', `route.${headingOf(expected)}.name`);
    await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    // The picture behind the route and every step are one tap away, under their own headings.
    await openSection(page, 'Waarom deze uitkomst?');
    await openSection(page, 'Je volgende stappen');
    if (expected.route) {
      const routeName = catalogText('nl', `route.${expected.route}.name`);
      const here = page.locator('.app-quadrant [aria-current="true"]');
      assert.match(await here.innerText(), new RegExp(`${routeName}[\\s\\S]*Jij bent hier`));
    } else {
      // No route yet: no picture with a dot, the four routes side by side, none marked.
      assert.equal(await page.locator('.app-quadrant').count(), 0);
      assert.equal(await page.locator('.app-routes-overview li').count(), 4);
      assert.equal(await page.locator('[aria-current="true"]').count(), 0);
      assert.ok((await page.locator('#steps-body').innerText()).includes(catalogText('nl', 'step.step_talk_it_through.title')));
    }
    if (expected.lead === 'sort_out_first') {
      assert.ok(!(await page.locator('main').innerText()).includes(catalogText('nl', 'step.step_rights_duties.title')), 'no rights and duties');
    }
    for (const b of expected.barriers.filter((b) => b.level === 'some')) {
      assert.ok((await page.locator('.app-some-barriers').innerText()).includes(catalogText('nl', `barrier.${b.domain}.name`)), `${b.domain} a little`);
    }

    const grey = page.getByRole('heading', { name: catalogText('nl', 'route.grey.name') });
    assert.equal(await grey.count(), expected.grey_zone ? 1 : 0, 'grey zone said out loud');
    for (const r of expected.neighbour_routes) {
      assert.ok((await page.locator('.app-route').innerText()).includes(catalogText('nl', `route.${r}.name`)), 'the neighbour route on the first screen');
    }
    const acute = page.getByRole('region', { name: catalogText('nl', 'result.acute_title') });
    assert.equal(await acute.count(), expected.acute ? 1 : 0, 'acute banner');
    if (expected.acute) {
      // Immediate help comes before the route.
      const order = await page.evaluate(() => {
        const a = document.querySelector('.app-acute');
        const r = document.querySelector('.app-route');
        return a.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      assert.ok(order, 'acute banner above the route');
    }
    const big = expected.barriers.filter((b) => b.level !== 'some').map((b) => b.domain);
    for (const d of big) {
      await page.locator('.app-sort-first').getByRole('heading', { name: catalogText('nl', `barrier.${d}.name`) }).waitFor();
    }
    assert.match(await page.locator('.app-route-detail').innerText(), new RegExp(`${expected.confidence} procent`));
    // The steps on the page are the engine's, in its order.
    const titles = await page.locator('#steps-body .app-steps__title').allInnerTexts();
    const wanted = expected.steps.filter((s) => !s.startsWith('acute_') && !s.startsWith('barrier_'))
      .map((s) => catalogText('nl', `step.${s}.title`));
    assert.deepEqual(titles, wanted, 'the steps the engine chose');
    assert.match(await page.locator('.app-rules-version').innerText(), new RegExp(expected.rules_version.replace('.', '\\.')));

    assert.deepEqual(await axe(page), [], `axe on the result of ${name}`);
    await screenshot(page, `result-${name}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
