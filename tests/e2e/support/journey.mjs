// Page object for the journey: every step goes by role and accessible name, as a person would.
import { optionWithValue, valueOf } from './bank.mjs';

/** The question heading on the current page (the h1 inside the legend). */
export function questionHeading(page) {
  return page.locator('fieldset legend h1');
}

/** "Vraag 3 van 28" / "Question 3 of 28" as numbers. */
export async function progress(page) {
  const text = await page.locator('.app-progress').innerText();
  const [n, total] = text.match(/\d+/g).map(Number);
  return { n, total };
}

/** Chooses the radio whose label is `label` (exact), or the option with value `optionId`. */
export async function choose(page, { label, optionId }) {
  if (label) await page.getByRole('radio', { name: label, exact: true }).check();
  else await page.locator(`main input[type=radio][value="${optionId}"]`).check();
}

/** Presses the continue button (its name says where it goes). */
export async function continueOn(page) {
  await page.locator('form button[type=submit]').click();
}

/** Waits until the progress line says question `n`. */
export async function waitForQuestion(page, n) {
  await page.waitForFunction(
    (next) => Number(document.querySelector('.app-progress')?.textContent.match(/\d+/)?.[0]) === next,
    n,
  );
}

/** The checklist page "what plays a role right now?" is shown. */
export async function onChecklist(page) {
  return (await page.locator('main input[type=checkbox][name=roles]').count()) > 0;
}

/**
 * Answers the checklist: `levels` maps a question id to 1 (ticked) or 2 (ticked and "weighs
 * heavily"); anything else stays unticked. With nothing ticked it chooses "None of these";
 * `levels === 'rather_not'` chooses "I'd rather not say". Returns the question ids on the list.
 */
export async function answerChecklist(page, levels = {}) {
  const boxes = page.locator('main input[type=checkbox][name=roles]');
  await boxes.first().waitFor();
  const ids = await boxes.evaluateAll((els) => els.map((e) => e.value));
  if (levels === 'rather_not') {
    await page.locator('#roles-rather-not').check();
  } else if (!ids.some((q) => levels[q] >= 1)) {
    await page.locator('#roles-none').check();
  } else {
    for (const q of ids) {
      if (levels[q] >= 1) await page.locator(`#roles-${q}`).check();
      if (levels[q] === 2) await page.locator(`#heavy-${q}`).check();
    }
  }
  return ids;
}

/**
 * Answers every page from the current one to the end. `pick(qid)` returns the option id to
 * choose for a question id, or undefined for the first option; on the checklist, `pick` is asked
 * for each question on it and the option's value decides (1 ticked, 2 heavy; "I'd rather not
 * say" when it is that for every one). Returns the answers as the app records them (question id
 * -> option id), follow-ups included when they were asked.
 */
export async function answerAll(page, pick = () => undefined) {
  const given = {};
  for (;;) {
    await page.locator('main input[type=radio], main input[type=checkbox][name=roles]').first().waitFor();
    if (await onChecklist(page)) {
      const ids = await page.locator('main input[type=checkbox][name=roles]').evaluateAll((els) => els.map((e) => e.value));
      const picked = Object.fromEntries(ids.map((q) => [q, pick(q)]));
      const rather = ids.length > 0 && ids.every((q) => picked[q] === 'rather_not');
      const levels = rather ? 'rather_not' : Object.fromEntries(ids.map((q) => [q, picked[q] ? valueOf(q, picked[q]) ?? 0 : 0]));
      await answerChecklist(page, levels);
      for (const q of ids) given[q] = rather ? 'rather_not' : optionWithValue(q, levels[q]);
    } else {
      const radios = page.locator('main input[type=radio]');
      const qid = await radios.first().getAttribute('name');
      const optionId = pick(qid) ?? (await radios.first().getAttribute('value'));
      await choose(page, { optionId });
      given[qid] = optionId;
    }
    const { n, total } = await progress(page);
    await continueOn(page);
    if (n === total) break;
    await waitForQuestion(page, n + 1);
  }
  return given;
}

/** Opens the result's section whose heading is `name` (a no-op when it is open already). */
export async function openSection(page, name) {
  const button = page.getByRole('heading', { level: 2, name }).getByRole('button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.waitForFunction((b) => b.getAttribute('aria-expanded') === 'true', await button.elementHandle());
}

/** Answers the next `count` question pages with their first option, waiting for each next page. */
export async function answerFirst(page, count) {
  for (let i = 0; i < count; i++) {
    const { n } = await progress(page);
    await page.locator('main input[type=radio]').first().check();
    await page.locator('form button[type=submit]').click();
    await page.waitForFunction((next) => location.hash === `#/vraag/${next}`, n + 1);
  }
}
