// The outcomes of rules 2027.1 on every screen size and in right-to-left: "no route yet", "sort
// this out first, then further" and quiet help lines, opened from their golden codes as a
// klantmanager would. Each shows the heading the engine decided, fits at 320 px without
// sideways scrolling, and is axe clean, in Dutch and in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { catalogText, headingOf } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const golden = JSON.parse(readFileSync(new URL('../../fixtures/codes/v2-2027.1.json', import.meta.url), 'utf8'));
const vector = (name) => golden.vectors.find((v) => v.name === name);

const CASES = [
  ['nothing answered', 'no-route'],
  ['persona Jonge vader zonder opvang', 'sort-out-first'],
  ['persona Twijfel thuis', 'quiet-help'],
  ['persona Lisa', 'acute-no-route'],
];

for (const [name, shot] of CASES) {
  for (const [size, locale] of [['narrow', 'nl'], ['kiosk', 'nl'], ['narrow', 'ar'], ['desktop', 'ar']]) {
    test(`${name}: ${size}, ${locale}`, async () => {
      const v = vector(name);
      const query = locale === 'nl' ? '' : `?lang=${locale}`;
      const { page, context, problems } = await openPage(env, `${query}#/r/${v.code}`, { viewport: VIEWPORTS[size] });
      const heading = catalogText(locale, `route.${headingOf(v.expect)}.name`);
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dir), locale === 'ar' ? 'rtl' : 'ltr');
      if (v.expect.outcome === 'no_route_yet') {
        assert.equal(await page.locator('.app-routes-overview li').count(), 4, 'the four routes, side by side');
        assert.equal(await page.locator('.app-quadrant').count(), 0, 'no picture with a dot');
      }
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(sideways <= 0, `no sideways scrolling (${sideways} px)`);
      assert.deepEqual(await axe(page), []);
      await screenshot(page, `outcome-${shot}-${size}-${locale}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
