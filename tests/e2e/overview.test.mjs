// The overview for policy (#/overzicht, issue 20): a file of shared codes opened on this device
// gives the same figures as `werkroute overview`, counts only, every small count suppressed; bad
// files get a clear message; a second file compares; nothing leaves the device or is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, openPage, axe, screenshot, VIEWPORTS } from './support/harness.mjs';
import { catalogText } from './support/personas.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = mkdtempSync(join(tmpdir(), 'werkroute-overview-'));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

function cli(args) {
  const bin = process.env.WERKROUTE_BIN;
  const [cmd, all] = bin ? [bin, args] : ['cargo', ['run', '--quiet', '--bin', 'werkroute', '--', ...args]];
  return execFileSync(cmd, all, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
}

function sampleFile(name, n, seed, extra = '') {
  const path = join(DIR, name);
  writeFileSync(path, cli(['sample', String(n), '--seed', String(seed)]) + extra);
  return path;
}

/** The CLI's CSV as { "section/item": [counts...] }. */
function cliFigures(files) {
  const out = {};
  for (const line of cli(['overview', ...files, '--format', 'csv']).trim().split('\n').slice(1)) {
    const [section, item] = line.split(',', 2);
    const cells = line.split(',');
    out[`${item}`] = cells.slice(files.length === 2 ? -3 : -1);
  }
  return out;
}

/** The page's tables as { item: [cells...] }. */
async function pageFigures(page) {
  return page.$$eval('main tr[data-row]', (rows) => Object.fromEntries(rows.map((r) => [
    r.dataset.row, [...r.querySelectorAll('td')].map((td) => td.textContent.trim()),
  ])));
}

async function openFile(page, selector, path) {
  await page.locator(selector).setInputFiles(path);
}

test('a file of codes gives the same figures on the page as on the command line, and nothing leaves', async () => {
  const file = sampleFile('one.txt', 300, 41, 'geen code\n\n' + 'x'.repeat(3000) + '\n');
  const { page, context, problems, requests } = await openPage(env, '#/overzicht', { viewport: VIEWPORTS.narrow });
  await page.getByRole('heading', { level: 1, name: catalogText('nl', 'overview.title') }).waitFor();
  const before = requests.length;
  await openFile(page, '#overview-file', file);
  await page.locator('tr[data-row="route.A"]').waitFor();
  const onPage = await pageFigures(page);
  const fromCli = cliFigures([file]);
  assert.deepEqual(onPage, fromCli, 'the same figures, row by row');
  assert.equal(onPage['codes'][0], '300');
  assert.equal(onPage['skipped.not_a_code'][0], '< 10');
  // Counts only: no code from the file is on the page.
  const text = await page.locator('main').innerText();
  const first = cli(['sample', '3', '--seed', '41']).trim().split('\n');
  for (const code of first) assert.ok(!text.includes(code), 'no code is shown');
  for (const key of ['overview.not_sample', 'overview.no_decision', 'overview.device']) {
    assert.ok(text.includes(catalogText('nl', key)), key);
  }
  // The chart is an image with a name, its numbers are in the table.
  assert.equal(await page.getByRole('img', { name: catalogText('nl', 'overview.chart_title') }).count(), 1);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'overview-narrow');
  assert.equal(requests.length, before, 'reading the file made no request');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'nothing stored');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two files side by side, with the differences only where both counts are shown', async () => {
  const a = sampleFile('a.txt', 200, 51);
  const b = sampleFile('b.txt', 260, 52);
  const { page, context, problems } = await openPage(env, '#/overzicht', { viewport: VIEWPORTS.desktop });
  await page.getByRole('heading', { level: 1, name: catalogText('nl', 'overview.title') }).waitFor();
  await openFile(page, '#overview-file', a);
  await page.locator('tr[data-row="codes"] td').first().filter({ hasText: '200' }).waitFor();
  await openFile(page, '#overview-file-2', b);
  await page.locator('tr[data-row="codes"] td').nth(2).filter({ hasText: '+60' }).waitFor();
  assert.deepEqual(await pageFigures(page), cliFigures([a, b]));
  assert.equal(await page.getByRole('columnheader', { name: catalogText('nl', 'overview.col.difference') }).count() > 0, true);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'overview-compare-desktop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an empty, binary or codeless file gets a clear message and shows no figures', async () => {
  const empty = join(DIR, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(DIR, 'binary.bin');
  writeFileSync(binary, Buffer.from(Array.from({ length: 50000 }, (_, i) => (i * 37) % 256)));
  const { page, context, problems } = await openPage(env, '?lang=en#/overzicht');
  await page.getByRole('heading', { level: 1, name: catalogText('en', 'overview.title') }).waitFor();
  for (const path of [empty, binary]) {
    await openFile(page, '#overview-file', path);
    await page.getByRole('status').filter({ hasText: catalogText('en', 'overview.error.empty') }).waitFor();
    assert.equal(await page.locator('tr[data-row]').count(), 0);
  }
  // Fewer than ten codes: the message, no figures beyond what the file held.
  await openFile(page, '#overview-file', sampleFile('few.txt', 6, 3));
  await page.getByText(catalogText('en', 'overview.too_few')).waitFor();
  assert.equal(await page.locator('tr[data-row="route.A"]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Arabic and by keyboard: the file button is reachable and the page reads right to left', async () => {
  const file = sampleFile('ar.txt', 120, 61);
  const { page, context, problems } = await openPage(env, '?lang=ar#/overzicht', { viewport: VIEWPORTS.narrow });
  await page.getByRole('heading', { level: 1, name: catalogText('ar', 'overview.title') }).waitFor();
  // Tab reaches the (visually hidden) file input, whose label is the visible button.
  let reached = false;
  for (let i = 0; i < 25 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.id === 'overview-file');
  }
  assert.ok(reached, 'the file input is in the tab order');
  await openFile(page, '#overview-file', file);
  await page.locator('tr[data-row="route.A"]').waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false, 'no horizontal scroll at 320 px');
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'overview-ar-narrow');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file of 10,000 codes (the screenshot for the note)', async () => {
  const file = sampleFile('ten-thousand.txt', 10000, 2027);
  const { page, context, problems } = await openPage(env, '#/overzicht', { viewport: VIEWPORTS.desktop });
  await page.getByRole('heading', { level: 1, name: catalogText('nl', 'overview.title') }).waitFor();
  await openFile(page, '#overview-file', file);
  await page.locator('tr[data-row="codes"] td').first().filter({ hasText: '10000' }).waitFor({ timeout: 60000 });
  await screenshot(page, 'overview-10000');
  assert.deepEqual(problems, []);
  await context.close();
});
