// Published NL Design System theme packages, installed unchanged from npm (styles/nlds.json),
// each named by a municipality configuration (theme_package) and checked on every screen: the
// theme's primary button, body text, font and focus ring visibly apply (computed styles equal
// what the theme file's own tokens give, and differ from our default look), axe (contrast
// included) passes, and a screenshot of each screen is kept to look at. Without a theme package
// the default look stays ours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, openPage, axe, screenshot } from './support/harness.mjs';
import { answerAll, openSection } from './support/journey.mjs';
import { persona } from './support/personas.mjs';
import { themed, resolve } from './support/tokens.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const NLDS = JSON.parse(readFileSync(join(ROOT, 'styles/nlds.json'), 'utf8'));
const BASE = JSON.parse(readFileSync(join(ROOT, 'www/gemeenten/default.json'), 'utf8'));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const stylesheetOf = (t) => `themes/${t.id}/${t.file.split('/').pop()}`;

/** A context whose `gemeenten/<id>.json` is a configuration naming theme `t` (never a file). */
async function openThemed(t, path = '', options = {}) {
  const id = `nlds-${t.id}`;
  const config = (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ...BASE, id, name: `Thema ${t.id}`, theme_package: { class: t.class, stylesheet: stylesheetOf(t) } }),
  });
  const opened = await openPage(env, `?gemeente=${id}${path}`, { ...options, routes: [[`**/gemeenten/${id}.json`, config]] });
  await opened.page.waitForFunction(([cls, href]) => document.documentElement.classList.contains(cls)
    && [...document.styleSheets].some((s) => s.href?.endsWith(href)), [t.class, stylesheetOf(t)]);
  return opened;
}

/** A CSS value as the browser computes it for `property` (normalises colours and fonts). */
async function computed(page, property, value) {
  return page.evaluate(([p, v]) => {
    const probe = document.createElement('span');
    probe.style.setProperty(p, v);
    document.body.append(probe);
    const out = getComputedStyle(probe).getPropertyValue(p);
    probe.remove();
    return out;
  }, [property, value]);
}

/** What the theme file says the button, text, font and focus ring are. */
function expectedFrom(t) {
  const tokens = themed(join(ROOT, 'styles/tokens.css'), t && join(ROOT, 'node_modules', t.package, t.file), t?.class);
  // The same fallbacks as the component CSS (@utrecht/*-css) and our base.css.
  const v = (value) => resolve(tokens, value);
  return {
    button: v('var(--utrecht-button-primary-action-background-color)'),
    text: v('var(--utrecht-paragraph-color, var(--utrecht-document-color))'),
    font: v('var(--utrecht-document-font-family)'),
    focus: v('var(--utrecht-focus-outline-color)'),
  };
}

/** The looks actually on the page: the first primary button, body text, font, keyboard focus. */
async function looks(page) {
  // Not hovered: the pointer rests in a corner.
  await page.mouse.move(0, 0);
  const button = page.locator('main .utrecht-button--primary-action').first();
  const style = (loc, p) => loc.evaluate((e, prop) => getComputedStyle(e).getPropertyValue(prop), p);
  const out = {
    text: await style(page.locator('main p[class="utrecht-paragraph"]').first(), 'color'),
    font: await style(page.locator('.utrecht-document'), 'font-family'),
  };
  // A screen without a primary button (nothing to do yet) has only text to check.
  if (!(await button.count())) return out;
  Object.assign(out, {
    button: await style(button, 'background-color'),
  });
  await button.focus();
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  out.focus = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
  return out;
}

let ours;
test('without a theme package the look is our own', async () => {
  const { page, context } = await openPage(env);
  await page.locator('main .utrecht-button--primary-action, main a.app-button').first().waitFor();
  const want = expectedFrom(null);
  const got = {
    button: await page.locator('main .app-button').first().evaluate((e) => getComputedStyle(e).backgroundColor),
    text: await page.locator('main p[class="utrecht-paragraph"]').first().evaluate((e) => getComputedStyle(e).color),
  };
  assert.equal(got.button, await computed(page, 'background-color', want.button));
  assert.equal(got.text, await computed(page, 'color', want.text));
  ours = got;
  await context.close();
});

for (const t of NLDS.themes) {
  test(`theme package ${t.package}: its colours, font and focus ring on every screen, axe clean`, async () => {
    const { page, context, problems } = await openThemed(t);
    const want = expectedFrom(t);
    const check = async (screen, on = page) => {
      const got = await looks(on);
      for (const [key, property] of [['button', 'background-color'], ['text', 'color'], ['font', 'font-family'], ['focus', 'outline-color']]) {
        if (!(key in got)) continue;
        assert.equal(got[key], await computed(on, property, want[key]), `${screen}: ${key}`);
      }
      assert.deepEqual(await axe(on), [], `${screen}: axe`);
      await screenshot(on, `theme-${t.id}-${screen}`);
      return got;
    };
    // Start.
    await page.getByRole('link', { name: 'Begin met de vragen' }).waitFor();
    const start = await check('start');
    assert.notEqual(start.button, ours?.button, 'the primary button is the theme\'s, not ours');
    // A question, with its error.
    await page.getByRole('link', { name: 'Begin met de vragen' }).click();
    await page.locator('main input[type=radio]').first().waitFor();
    await check('question');
    await page.locator('form button[type=submit]').click();
    await page.locator('.app-error-summary').waitFor();
    assert.deepEqual(await axe(page), [], 'question with error: axe');
    await screenshot(page, `theme-${t.id}-error`);
    // Every question, the check page, the result and its sections.
    const p = persona('Marco');
    await page.locator('main input[type=radio]').first().check();
    await page.locator('form button[type=submit]').click();
    await page.waitForFunction(() => location.hash === '#/vraag/2');
    await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
    await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
    await check('check');
    await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Jouw uitkomst' }).waitFor();
    for (const name of ['Waarom deze uitkomst?', 'Je volgende stappen', 'Klopt dit? En wat wil jij zelf?', 'Bewaren, delen of printen']) {
      await openSection(page, name);
    }
    await check('result');
    const link = await page.locator('.app-share__link').innerText();
    await openSection(page, 'Over mij, voor een werkgever');
    await page.getByRole('link', { name: 'Maak je pagina Over mij' }).click();
    await page.getByRole('heading', { level: 1, name: 'Over mij, voor een werkgever' }).waitFor();
    await check('profile');
    // The pages linked from every screen.
    for (const [hash, heading, screen] of [['#/regels', 'Hoe komen we tot de uitkomst?', 'rules'], ['#/privacy', 'Wat gebeurt er met je antwoorden?', 'privacy'],
      ['#/hulp', 'Direct hulp', 'help'], ['#/eerlijkheid', null, 'fairness'], ['#/overzicht', null, 'overview']]) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForFunction((h) => location.hash === h, hash);
      await page.locator('main h1').first().waitFor();
      if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await check(screen);
    }
    await context.close();

    // A brought-along result, as the klantmanager opens it, under the same theme.
    const shared = await openThemed(t, `#/r/${link.split('#/r/')[1]}`);
    await shared.page.locator('.app-staff-banner').waitFor();
    await check('shared', shared.page);
    assert.deepEqual(problems.concat(shared.problems), []);
    await shared.context.close();
  });
}
