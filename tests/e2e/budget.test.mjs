// The byte budget of issue 8 (scripts/budgets.mjs): everything the first screen needs, at most
// 120 KB brotli. The start page is prerendered, so it needs the document and its render-blocking
// files only (see firstScreenFiles); sizes are brotli -q 11 of the files in dist/. The time and
// memory budgets are in ./scripts/bench.sh (times are not stable enough for a test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, openPage, DIST } from './support/harness.mjs';
import { BUDGETS, INTERACTIVE_MARK, describeFirstScreen, firstScreenFiles } from '../../scripts/budgets.mjs';

let env;
let firstScreen;
let takeover;
let problems;
before(async () => {
  env = await start();
  // One cold load (a fresh context: empty cache, no service worker) shared by the tests below.
  const opened = await openPage(env);
  await opened.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK);
  firstScreen = await firstScreenFiles(opened.page, { origin: new URL(env.url).origin, dir: DIST, scope: 'paint' });
  takeover = await firstScreenFiles(opened.page, { origin: new URL(env.url).origin, dir: DIST, scope: 'takeover' });
  problems = opened.problems;
  await opened.context.close();
});
after(async () => { await env?.close(); });

test('the first screen fetches only files of our own origin, all from dist/', () => {
  assert.deepEqual(takeover.foreign, [], 'first-screen requests to another origin');
  assert.deepEqual(problems, [], 'console errors or outside requests during the cold load');
  const missing = takeover.files.filter((f) => !f.exists).map((f) => f.url);
  assert.deepEqual(missing, [], `first-screen URLs with no file in dist/:\n${describeFirstScreen(takeover)}`);
  assert.ok(firstScreen.files.some((f) => f.file === 'index.html'), 'the document itself is counted');
});

test('the first paint waits for no script: only the document and its stylesheet block rendering', () => {
  const blocking = firstScreen.files.map((f) => f.file).sort();
  assert.deepEqual(blocking, ['app.css', 'index.html'], describeFirstScreen(firstScreen));
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<div id="app"><div class="app-prerendered">.*<h1[^>]*>Werkroute: jouw stappen naar werk<\/h1>/s, 'the start page is prerendered into index.html');
  assert.match(html, /<a href="#\/vraag\/1" class="[^"]*\bapp-button\b[^"]*">Begin met de vragen<\/a>/, 'its start control is a link that works without script');
});

test(`everything the first screen needs is at most ${BUDGETS.firstScreenBrotli / 1024} KB brotli`, () => {
  assert.ok(
    firstScreen.total <= BUDGETS.firstScreenBrotli,
    `the first screen is ${firstScreen.total.toLocaleString('en-US')} B brotli, ` +
      `${(firstScreen.total - BUDGETS.firstScreenBrotli).toLocaleString('en-US')} B over the budget:\n` +
      describeFirstScreen(firstScreen),
  );
});
