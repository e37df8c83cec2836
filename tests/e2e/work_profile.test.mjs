// "Over mij, voor een werkgever": the person makes a page for an employer from their own result.
// Only their strengths in the "yes" band can be picked (never a low one), with their wishes and
// what they want to learn; the page never shows a route, a barrier or a score; its link carries
// the choices in the fragment and opens read-only elsewhere, in Dutch and the person's language
// side by side; a mangled link is refused; on a kiosk it prints only on request and goes with a
// wipe. No request leaves for another origin, and none carries the link's code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { answerAll, openSection } from './support/journey.mjs';
import { persona, cliScore, catalogText } from './support/personas.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const RULES = JSON.parse(readFileSync(join(ROOT, 'src/domain/rules/2027.2.json'), 'utf8'));
const STRENGTHS = ['w1_commitment', 'w2_intention', 'w3_autonomous', 'w3_sense', 'w5_activity',
  'k1_work_ability', 'k2_basic_skills', 'k3_experience', 'k4_work_habits', 'k5_job_search'];

/** The strengths the engine offers: weighted sub-scores in the "yes" band, in the page's order. */
function expectedStrengths(answers) {
  const { subscores } = cliScore(answers);
  return STRENGTHS.filter((s) => subscores.some((x) => x.sub === s && (x.weight > 0 || x.drag > 0)
    && x.score !== null && x.score >= RULES.bands.yes_from));
}

/** Every route, lead and barrier name in `locale`: none may be on the page for employers. */
function forbiddenTexts(locale) {
  const content = JSON.parse(readFileSync(join(ROOT, 'src/i18n/catalogs', locale, 'content.json'), 'utf8'));
  return Object.entries(content)
    .filter(([k]) => /^route\.[^.]+\.name$/.test(k) || /^barrier\.[^.]+\.name$/.test(k))
    .map(([, v]) => v);
}

async function toProfile(page, name) {
  const p = persona(name);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Over mij, voor een werkgever');
  await page.getByRole('link', { name: 'Maak je pagina Over mij' }).click();
  await page.getByRole('heading', { level: 1, name: 'Over mij, voor een werkgever' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  return p;
}

const sheet = (page, lang = 'nl') => page.locator(`.app-profile-sheet__column[lang=${lang}]`);
const profileLink = (page) => page.locator('.app-profile-page .app-share__link');

for (const name of ['Ahmed', 'Sanne']) {
  test(`${name}: a page for employers with only their own strengths, and a link that opens it elsewhere`, async () => {
    const { page, context, problems } = await openPage(env);
    const p = await toProfile(page, name);
    const expected = expectedStrengths(p.answers);
    const offered = await page.locator('.app-profile-page__strengths input[type=checkbox]').evaluateAll((els) => els.map((e) => e.id.replace('strength-', '')));
    assert.deepEqual(offered, expected, 'exactly the strengths in the yes band');
    // Every offered strength is on the page until the person takes it off.
    const strengthText = (s) => catalogText('nl', `profile.strength.${s}`);
    for (const s of expected) await sheet(page).getByText(strengthText(s), { exact: true }).waitFor();

    // Keyboard only: Tab from the heading reaches the first strength; Space takes it off.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), `strength-${expected[0]}`);
    await page.keyboard.press('Space');
    await sheet(page).getByText(strengthText(expected[0]), { exact: true }).waitFor({ state: 'detached' });
    await page.getByLabel('Beter Nederlands').check();
    await sheet(page).getByText('Beter Nederlands').waitFor();
    await page.getByLabel('Met mensen').check();
    await sheet(page).getByText(/Met mensen/).waitFor();

    const text = await sheet(page).innerText();
    for (const word of forbiddenTexts('nl')) assert.ok(!text.includes(word), `the page for employers says "${word}"`);
    assert.doesNotMatch(text, /\d+\s*(%|punten|van 100)/, 'no score');
    assert.match(text, /Steun voor u als werkgever/);

    const link = await profileLink(page).innerText();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/w\/[A-Za-z0-9_-]{15}$/);
    await page.locator('.app-profile-page .app-share').getByText('De link naar je pagina:').waitFor();
    assert.equal(await page.locator('.app-profile-page .app-share__qr svg').count(), 1, 'a QR code');
    assert.deepEqual(await axe(page), []);
    await screenshot(page, `profile-${name}-desktop`);
    await page.setViewportSize(VIEWPORTS.narrow);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at 320 px (${overflow} px)`);
    await screenshot(page, `profile-${name}-phone`);
    // On paper: only the page itself, on A4.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.app-profile-page h1').isVisible(), false, 'the form is not on paper');
    assert.equal(await page.locator('.app-profile-page .app-share').isVisible(), false, 'the link is not on paper');
    assert.ok(await sheet(page).isVisible());
    await screenshot(page, `profile-${name}-print-a4`);
    await page.emulateMedia({ media: 'screen' });
    await context.close();

    // The employer opens the link in a fresh browser.
    const code = link.split('#/w/')[1];
    const other = await openPage(env, `#/w/${code}`, { viewport: VIEWPORTS.narrow });
    await other.page.getByRole('heading', { level: 1, name: 'Een werkzoekende stelt zich voor' }).waitFor();
    for (const s of expected.slice(1)) await sheet(other.page).getByText(strengthText(s), { exact: true }).waitFor();
    assert.equal(await sheet(other.page).getByText(strengthText(expected[0]), { exact: true }).count(), 0);
    await sheet(other.page).getByText('Beter Nederlands').waitFor();
    assert.deepEqual(await axe(other.page), []);
    await screenshot(other.page, `profile-${name}-employer-phone`);
    for (const { url } of other.requests) assert.ok(!url.includes(code), `request carries the code: ${url}`);
    assert.deepEqual(problems.concat(other.problems), []);

    // In every language: the employer's page names itself in the page's language and is
    // axe clean; a screen reader hears the page's outline and every strength as a list item.
    for (const locale of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      await other.page.goto(new URL(`?lang=${locale}#/w/${code}`, env.url).href);
      await other.page.waitForFunction((l) => document.documentElement.lang === l, locale);
      const title = catalogText(locale, 'profile.shared.title');
      await other.page.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.deepEqual(await axe(other.page), [], locale);
    }
    const outline = await other.page.locator('main').ariaSnapshot();
    assert.match(outline, /heading "Over mij" \[level=2\]/);
    assert.match(outline, /heading "Hier ben ik goed in" \[level=3\]/);
    for (const s of expected.slice(1)) assert.ok(outline.includes(`listitem: ${strengthText(s)}`), s);

    // One changed character: refused, with what to do.
    await other.page.goto(new URL(`?lang=nl#/w/${code}`, env.url).href);
    await other.page.getByRole('heading', { level: 1, name: 'Een werkzoekende stelt zich voor' }).waitFor();
    const i = 7;
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    await other.page.goto(new URL(`#/w/${tampered}`, env.url).href);
    await other.page.getByRole('heading', { level: 1, name: 'Deze pagina kunnen we niet openen' }).waitFor();
    await other.page.getByText(catalogText('nl', 'code.error.checksum')).waitFor();
    assert.deepEqual(await axe(other.page), []);
    await other.context.close();
  });
}

test('the page is in Dutch and the person\'s language side by side, right to left for Arabic', async () => {
  const { page, context, problems } = await openPage(env);
  await toProfile(page, 'Ahmed');
  await page.locator('#app-language').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await sheet(page, 'ar').waitFor();
  assert.equal(await sheet(page, 'ar').getAttribute('dir'), 'rtl');
  assert.equal(await sheet(page, 'nl').getAttribute('dir'), 'ltr');
  await sheet(page, 'ar').getByText(catalogText('ar', 'profile.sheet.title')).waitFor();
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'profile-ar-desktop');
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const [nlBox, arBox] = [await sheet(page, 'nl').boundingBox(), await sheet(page, 'ar').boundingBox()];
  assert.ok(Math.abs(nlBox.y - arBox.y) < 2, 'on paper the two languages stand side by side');
  await screenshot(page, 'profile-ar-print-a4');
  await page.emulateMedia({ media: 'screen' });
  const link = await profileLink(page).innerText();
  await context.close();

  // An employer whose browser is in Dutch gets both columns: the Arabic texts come from our origin.
  const other = await openPage(env, `#/w/${link.split('#/w/')[1]}`);
  await sheet(other.page, 'ar').getByText(catalogText('ar', 'profile.sheet.title')).waitFor();
  assert.equal(await other.page.evaluate(() => document.documentElement.lang), 'nl');
  assert.deepEqual(await axe(other.page), []);
  assert.deepEqual(problems.concat(other.problems), []);
  await other.context.close();
});

test('kiosk: the page prints only on request, never opens from a link, and goes with the wipe', async () => {
  const { page, context, problems } = await openPage(env, '?mode=kiosk', { viewport: VIEWPORTS.kiosk });
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  const p = persona('Sanne');
  await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Over mij, voor een werkgever');
  await page.getByRole('link', { name: 'Maak je pagina Over mij' }).click();
  await page.getByRole('heading', { level: 1, name: 'Over mij, voor een werkgever' }).waitFor();
  await page.getByLabel('Een vak', { exact: true }).check();
  await sheet(page).getByText('Een vak', { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => window.__printed), 0, 'nothing prints by itself');
  const print = page.getByRole('button', { name: 'Print de pagina' });
  if (await print.count()) {
    await print.click();
    await page.waitForFunction(() => window.__printed === 1);
  }
  // 48 px targets on a kiosk.
  const small = await page.locator('.app-profile-page input, .app-profile-page button, .app-profile-page a').evaluateAll((els) =>
    els.filter((e) => e.offsetParent).map((e) => [e.id || e.textContent, (e.closest('.app-checkbox, .app-chip') ?? e).getBoundingClientRect().height])
      .filter(([, h]) => h < 48));
  assert.deepEqual(small, []);
  assert.equal(await page.getByRole('button', { name: 'Kopieer de link' }).count(), 0, 'no clipboard on a kiosk');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await screenshot(page, 'profile-kiosk');
  const link = await profileLink(page).innerText();

  // A profile link typed into a kiosk never opens someone's page.
  await page.goto(new URL(`?mode=kiosk#/w/${link.split('#/w/')[1]}`, env.url).href);
  await page.getByRole('link', { name: 'Begin met de vragen' }).waitFor();
  assert.equal(await page.locator('.app-profile-sheet').count(), 0);

  // After a wipe the page for employers is gone with the answers: Back brings nothing back.
  await page.goto(new URL('?mode=kiosk', env.url).href);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page, (q) => p.answers[q] ?? 'dont_know');
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Over mij, voor een werkgever');
  await page.getByRole('link', { name: 'Maak je pagina Over mij' }).click();
  await page.getByLabel('Een vak', { exact: true }).check();
  await page.getByRole('link', { name: 'Terug' }).click();
  await page.getByRole('button', { name: 'Klaar? Wis alles' }).click();
  await page.getByRole('link', { name: 'Begin met de vragen' }).waitFor();
  await page.goto(new URL('?mode=kiosk#/werkprofiel', env.url).href);
  await page.getByRole('link', { name: 'Begin met de vragen' }).waitFor();
  assert.equal(await page.locator('.app-profile-sheet').count(), 0, 'no page for employers without answers');
  assert.deepEqual(problems, []);
  await context.close();
});
