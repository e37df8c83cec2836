// Page object for the journey: every step goes by role and accessible name, as a person would.

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

/**
 * Answers every question from the current one to the end. `pick(qid)` returns the option id to
 * choose for a question id, or undefined for the first option. Returns the answers given
 * (question id -> option id), follow-ups included when they were asked.
 */
export async function answerAll(page, pick = () => undefined) {
  const given = {};
  for (;;) {
    const radios = page.locator('main input[type=radio]');
    await radios.first().waitFor();
    const qid = await radios.first().getAttribute('name');
    const optionId = pick(qid) ?? (await radios.first().getAttribute('value'));
    await choose(page, { optionId });
    given[qid] = optionId;
    const { n, total } = await progress(page);
    await continueOn(page);
    if (n === total) break;
    await waitForQuestion(page, n + 1);
  }
  return given;
}
