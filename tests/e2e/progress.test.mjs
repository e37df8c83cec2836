// Progress over time without a server: save the result as a small file, take the check again,
// load the earlier file and see what moved per sub-score. A file without a result is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, openPage, axe, screenshot } from './support/harness.mjs';
import { answerAll, openSection } from './support/journey.mjs';
import { persona } from './support/personas.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function journey(page, answers) {
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(page, (q) => answers[q] ?? 'dont_know');
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await openSection(page, 'Bewaren, delen of printen');
  await page.getByRole('heading', { name: 'Later vergelijken' }).waitFor();
}

test('an earlier result file shows what moved, and a wrong file is refused', async () => {
  const { page, context, problems } = await openPage(env);
  const before = persona('Ahmed').answers;
  await journey(page, before);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Bewaar als bestand' }).click(),
  ]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  assert.match(text, /#\/r\/[A-Za-z0-9_-]+/, 'the file holds the link');

  // Months later: reading and numbers got easier.
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  const later = { ...before, k2_reading_own: 'easy', k2_numbers: 'easy', k2_digital_use: 'easy' };
  await journey(page, later);
  await page.getByLabel('Vergelijk met een eerdere uitkomst (kies het bestand)').setInputFiles(path);
  const changed = page.getByRole('heading', { name: 'Wat is er veranderd sinds de vorige keer?' });
  await changed.waitFor();
  const section = await page.locator('.app-progress-compare').innerText();
  assert.match(section, /Lezen, rekenen en computer: eerst ‘[^’]+’, nu ‘Gaat goed’/);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'progress-compare');

  await page.getByLabel('Vergelijk met een eerdere uitkomst (kies het bestand)').setInputFiles({
    name: 'boodschappen.txt', mimeType: 'text/plain', buffer: Buffer.from('melk, brood, kaas'),
  });
  await page.getByRole('status').filter({ hasText: 'In dit bestand staat geen uitkomst' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
