// Whole journeys for one persona of each route, a grey-zone persona and acute personas: the
// result page must show what the CLI computes for the same answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll } from './support/journey.mjs';
import { persona, cliScore, catalogText } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CASES = [
  ['Sanne', 'route A'],
  ['Ahmed', 'route B'],
  ['Dewi', 'route C'],
  ['Marco', 'route D with barriers'],
  ['Yusuf', 'grey zone'],
  ['Tom', 'acute'],
  ['Lisa', 'acute, many questions open'],
];

for (const [name, what] of CASES) {
  test(`${name} (${what}): the page shows the CLI's result`, async () => {
    const p = persona(name);
    const expected = cliScore(p.answers);
    assert.equal(expected.route, p.expect.route, 'fixture and CLI agree');

    const { page, context, problems } = await openPage(env, '', { viewport: VIEWPORTS.desktop });
    await page.getByRole('link', { name: 'Begin met de vragen' }).click();
    await answerAll(page, (qid) => p.answers[qid] ?? 'dont_know');
    await page.getByRole('button', { name: 'Toon mijn uitkomst' }).click();

    const routeName = catalogText('nl', `route.${expected.route}.name`);
    await page.getByRole('heading', { level: 2, name: routeName, exact: true }).waitFor();
    const here = page.locator('.app-quadrant [aria-current="true"]');
    assert.match(await here.innerText(), new RegExp(`${routeName}[\\s\\S]*Jij bent hier`));

    const grey = page.getByRole('heading', { name: catalogText('nl', 'route.grey.name') });
    assert.equal(await grey.count(), expected.grey_zone ? 1 : 0, 'grey zone said out loud');
    for (const r of expected.neighbour_routes) {
      assert.ok((await page.locator('.app-route').innerText()).includes(catalogText('nl', `route.${r}.name`)));
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
    assert.match(await page.locator('.app-route').innerText(), new RegExp(`${expected.confidence} procent`));
    assert.match(await page.locator('.app-rules-version').innerText(), new RegExp(expected.rules_version.replace('.', '\\.')));

    assert.deepEqual(await axe(page), [], `axe on the result of ${name}`);
    await screenshot(page, `result-${name}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
