// Pictograms beside answer options and barrier domains: every one decorative (aria-hidden, not
// focusable), always next to visible words, on every option of every question; the radio's
// accessible name stays its text; axe stays clean. Also writes screenshots and a contact sheet of
// every drawing the journey met into target/e2e-shots/ for a human look.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { continueOn, progress, questionHeading, waitForQuestion } from './support/journey.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Options that make a barrier "big" (value 2) without the acute ones, so every domain card shows. */
const BIG = ['a_lot', 'no_fixed_place', 'often', 'not_arranged', 'often_not', 'no'];

/** Every pictogram on the page: its attributes and the visible text of the element around it. */
function pictos(page) {
  return page.locator('svg.app-picto').evaluateAll((svgs) => svgs.map((svg) => ({
    ariaHidden: svg.getAttribute('aria-hidden'),
    focusable: svg.getAttribute('focusable'),
    hasTitle: svg.querySelector('title') !== null,
    stroke: svg.getAttribute('stroke'),
    viewBox: svg.getAttribute('viewBox'),
    parentText: svg.parentElement.innerText.trim(),
    parentTag: svg.parentElement.tagName.toLowerCase(),
    width: svg.getBoundingClientRect().width,
    fontSize: parseFloat(getComputedStyle(svg).fontSize),
  })));
}

function checkPictos(list, where) {
  assert.ok(list.length > 0, `pictograms on ${where}`);
  for (const p of list) {
    assert.equal(p.ariaHidden, 'true', `aria-hidden on ${where}`);
    assert.equal(p.focusable, 'false', `focusable=false on ${where}`);
    assert.equal(p.hasTitle, false, `no title inside a decorative icon on ${where}`);
    assert.equal(p.stroke, 'currentColor', `drawn in the text colour on ${where}`);
    assert.equal(p.viewBox, '0 0 24 24', `24×24 grid on ${where}`);
    assert.ok(p.parentText.length > 0, `pictogram beside visible text on ${where} (in <${p.parentTag}>)`);
    assert.ok(Math.abs(p.width - 1.5 * p.fontSize) < 1, `1.5em wide on ${where}: ${p.width} vs ${p.fontSize}`);
  }
}

/** Drawing id (data-picto: scale.option or domain.x) -> svg markup and its words, for the sheet. */
const sheet = new Map();

async function collect(page) {
  const found = await page.locator('svg.app-picto').evaluateAll((svgs) => svgs.map((svg) => ({
    id: svg.dataset.picto,
    html: svg.outerHTML,
    text: svg.parentElement.innerText.trim(),
  })));
  for (const f of found) sheet.set(f.id, f);
}

/** Checks one question page (radios, or the checklist's boxes) and answers it. */
async function checkQuestionPage(page, counts) {
  await questionHeading(page).waitFor();
  const { n, total } = await progress(page);
  const where = `question ${n}`;
  const checklist = (await page.locator('main input[type=checkbox][name=roles]').count()) > 0;
  if (checklist) {
    // Tick every circumstance and "weighs heavily" under it, so every domain card shows.
    for (const box of await page.locator('main input[type=checkbox][name=roles]').all()) await box.check();
    for (const box of await page.locator('main .app-check-option__reveal input').all()) await box.check();
  }
  const qid = checklist ? 'checklist' : await page.locator('main input[type=radio]').first().getAttribute('name');
  const role = checklist ? 'checkbox' : 'radio';
  // One pictogram in every option's label, before the text.
  const rows = await page.locator('.app-radio').evaluateAll((rs) => rs.map((r) => ({
    value: r.querySelector('input').value,
    id: r.querySelector('input').id,
    pictos: r.querySelectorAll('label svg.app-picto').length,
    first: r.querySelector('label').firstElementChild?.matches('svg.app-picto') ?? false,
    text: r.querySelector('label').innerText.trim(),
  })));
  assert.ok(rows.length >= 3, `options on ${where}`);
  for (const row of rows) {
    assert.equal(row.pictos, 1, `one pictogram for ${qid}/${row.value}`);
    assert.ok(row.first, `pictogram before the text for ${qid}/${row.value}`);
    // The accessible name is the text alone: the control is found by its visible words.
    const control = page.locator(`#${row.id}`);
    const name = await control.evaluate((el) => el.labels[0].innerText.trim());
    assert.equal(name, row.text, `named "${row.text}" on ${where}`);
    assert.equal(await page.getByRole(role, { name: row.text, exact: true }).count(), 1,
      `${role} named by its words on ${where}`);
    counts.options += 1;
  }
  checkPictos(await pictos(page), where);
  assert.deepEqual(await axe(page), [], `axe on ${where}`);
  await collect(page);
  if (n === 1) await screenshot(page, 'picto-question-desktop');
  if (checklist) await screenshot(page, 'picto-checklist-desktop');
  if (!checklist) {
    const values = rows.map((r) => r.value);
    const pick = qid.startsWith('o_') ? BIG.find((v) => values.includes(v)) ?? values[0] : values[0];
    await page.locator(`input[type=radio][value="${pick}"]`).check();
  }
  counts.questions += 1;
  await continueOn(page);
  return n === total;
}

test('every option of every question has a decorative pictogram beside its text', async () => {
  const { page, context, problems } = await openPage(env, '', { viewport: VIEWPORTS.desktop });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  const counts = { questions: 0, options: 0 };
  for (;;) {
    const { n } = await progress(page);
    if (await checkQuestionPage(page, counts)) break;
    await waitForQuestion(page, n + 1);
  }

  // Result: the "sort this out first" cards carry the domain pictogram in their heading.
  await page.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' }).waitFor();
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await page.locator('.app-rules-version').waitFor();
  await page.locator('.app-sort-first .app-card__title').first().waitFor();
  const cards = page.locator('.app-sort-first .app-card__title');
  const titles = await cards.evaluateAll((hs) => hs.map((h) => ({
    pictos: h.querySelectorAll('svg.app-picto').length,
    text: h.innerText.trim(),
  })));
  assert.equal(titles.length, 14, 'a card for each of the 14 barrier domains');
  for (const t of titles) {
    assert.equal(t.pictos, 1, `a pictogram in the card heading "${t.text}"`);
    assert.equal(await page.getByRole('heading', { level: 3, name: t.text, exact: true }).count(), 1,
      `heading "${t.text}" is named by its words only`);
  }
  checkPictos(await pictos(page), 'result');
  assert.deepEqual(await axe(page), [], 'axe on result');
  await collect(page);
  await page.locator('.app-sort-first').screenshot({ path: 'target/e2e-shots/picto-cards-desktop.png' });

  // The extra questions after the result have their pictograms too.
  await page.getByRole('button', { name: 'Vertel meer' }).click();
  for (;;) {
    const { n } = await progress(page);
    if (await checkQuestionPage(page, counts)) break;
    await waitForQuestion(page, n + 1);
  }
  await page.locator('.app-rules-version').waitFor();

  assert.ok(counts.questions >= 25, `walked every page (${counts.questions})`);
  console.log(`# pictograms: ${counts.questions} pages, ${counts.options} options, ${titles.length} domain cards`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a question page at 320 px: pictograms fit, no horizontal scroll, axe clean', async () => {
  const { page, context, problems } = await openPage(env, '', { viewport: VIEWPORTS.narrow });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await questionHeading(page).waitFor();
  checkPictos(await pictos(page), 'question 1 (320 px)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false, 'no horizontal scroll at 320 px');
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'picto-question-narrow');
  assert.deepEqual(problems, []);
  await context.close();
});

test('right-to-left: ordered drawings turn round, the rest stay as drawn', async () => {
  const { page, context, problems } = await openPage(env, '?lang=ar', { viewport: VIEWPORTS.narrow });
  // The Arabic catalog may arrive after the app's first screen: wait for the page to turn round.
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.locator('main .app-button-group .app-button').first().click();
  await questionHeading(page).waitFor();
  checkPictos(await pictos(page), 'question 1 (ar)');
  const turns = await page.locator('svg.app-picto').evaluateAll((svgs) => svgs.map((svg) => ({
    id: svg.dataset.picto, transform: getComputedStyle(svg).transform,
  })));
  for (const t of turns) {
    const turned = t.transform.startsWith('matrix(-1');
    assert.equal(turned, t.id === 'dont_know', `${t.id}: ${t.transform}`);
  }
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'picto-question-rtl');
  assert.deepEqual(problems, []);
  await context.close();
});

test('contact sheet of every drawing met on the journey', async () => {
  // Rules 2027.2, core and extras: the options of the 18 scales asked one per page, "don't
  // know", "rather not", 14 domains (11 on the checklist, with "weighs heavily" and "none of
  // these"). The journey answers mood "often", so the follow-up and its options are met too.
  assert.equal(sheet.size, 109, `drawings collected: ${[...sheet.keys()].join(' ')}`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cells = [...sheet.entries()].map(([key, f]) =>
    `<figure>${f.html}${f.html.replace('app-picto', 'app-picto small')}<figcaption>${key}<br>${f.text}</figcaption></figure>`);
  await page.setContent(`<!doctype html><style>
    body{font:14px system-ui;display:grid;grid-template-columns:repeat(6,1fr);gap:8px;margin:12px}
    figure{margin:0;border:1px solid #ccc;padding:6px;text-align:center}
    svg{width:96px;height:96px;color:#1a1a1a} svg.small{width:27px;height:27px;margin-inline-start:8px}
    figcaption{font-size:12px;overflow-wrap:anywhere}</style>${cells.join('')}`);
  await screenshot(page, 'picto-contact-sheet');
  await context.close();
});
