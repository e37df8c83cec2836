// Read-aloud with a mocked speech engine (Debian's Chromium has no voices), and the in-app text
// size and contrast controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, axe, screenshot } from './support/harness.mjs';
import { answerAll } from './support/journey.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A fake speechSynthesis with the given voices that records speak() and cancel() calls. */
function mockSpeech(voices) {
  return ([list]) => {
    const calls = [];
    window.__speech = calls;
    const synth = new EventTarget();
    synth.getVoices = () => list.map((v) => ({ ...v, name: v.lang, default: false, voiceURI: v.lang }));
    synth.speak = (u) => calls.push({ op: 'speak', text: u.text, lang: u.lang, voice: u.voice?.lang ?? null, local: u.voice?.localService ?? null });
    synth.cancel = () => calls.push({ op: 'cancel' });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; } };
    window.SpeechSynthesisVoice = Object;
  };
}

async function openWithVoices(voices) {
  const context = await env.browser.newContext();
  await context.addInitScript(mockSpeech(), [voices]);
  const page = await context.newPage();
  await page.goto(env.url);
  await page.locator('#main h1').waitFor();
  return { page, context, calls: () => page.evaluate(() => window.__speech) };
}

test('read aloud: starts only on a click, stops on navigation, uses only on-device voices for the result', async () => {
  const { page, context, calls } = await openWithVoices([{ lang: 'nl-NL', localService: false }, { lang: 'nl-BE', localService: true }]);
  assert.deepEqual((await calls()).filter((c) => c.op === 'speak'), [], 'nothing speaks before the person asks');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const spoken = (await calls()).filter((c) => c.op === 'speak');
  assert.equal(spoken.length, 1);
  assert.match(spoken[0].text, /Werkroute: jouw stappen naar werk/);
  assert.equal(spoken[0].lang, 'nl');
  const cancelsBefore = (await calls()).filter((c) => c.op === 'cancel').length;
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('fieldset legend h1').waitFor();
  assert.ok((await calls()).filter((c) => c.op === 'cancel').length > cancelsBefore, 'speech stops on navigation');
  await answerAll(page);
  await page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await page.locator('.app-route__name').waitFor();
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const last = (await calls()).filter((c) => c.op === 'speak').at(-1);
  assert.equal(last.local, true, 'the personal result is read with an on-device voice');
  await context.close();
});

test('read aloud: hidden without a suitable voice, and online-only voices never read the result', async () => {
  const none = await openWithVoices([{ lang: 'en-GB', localService: true }]);
  assert.equal(await none.page.getByRole('button', { name: 'Lees voor' }).count(), 0, 'no Dutch voice: no button');
  await none.context.close();

  const online = await openWithVoices([{ lang: 'nl-NL', localService: false }]);
  assert.equal(await online.page.getByRole('button', { name: 'Lees voor' }).count(), 1, 'generic text: any voice');
  await online.page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await answerAll(online.page);
  await online.page.getByRole('button', { name: 'Toon mijn uitkomst' }).first().click();
  await online.page.locator('.app-route__name').waitFor();
  assert.equal(await online.page.getByRole('button', { name: 'Lees voor' }).count(), 0, 'result: no online voice');
  assert.deepEqual((await online.calls()).filter((c) => c.op === 'speak'), []);
  await online.context.close();
});

test('text size and high contrast: three sizes, a contrast look, still accessible', async () => {
  const { page, context, problems } = await openPage(env);
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#main h1')).fontSize));
  const normal = await size();
  await page.getByText('Grotere letters').click();
  await page.getByLabel('Groter').check();
  assert.ok((await size()) >= normal * 1.4, 'larger text');
  // The panel closes after a choice, so it does not push every question down.
  await page.waitForFunction(() => !document.querySelector('details.app-display').open);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY', 'focus back on the panel\'s summary');
  await page.getByText('Grotere letters').click();
  await page.getByLabel('Hoog contrast').check();
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('app-contrast-high')));
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('fieldset legend h1').waitFor();
  assert.ok((await size()) >= normal * 1.4, 'the size stays while using the app');
  assert.deepEqual(await axe(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false);
  await screenshot(page, 'question-larger-contrast');
  assert.deepEqual(problems, []);
  await context.close();
});
