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
    window.__asked = 0;
    synth.getVoices = () => {
      window.__asked += 1;
      return list.map((v) => ({ ...v, name: v.lang, default: false, voiceURI: v.lang }));
    };
    synth.speak = (u) => calls.push({ op: 'speak', text: u.text, lang: u.lang, voice: u.voice?.lang ?? null, local: u.voice?.localService ?? null });
    synth.cancel = () => { calls.push({ op: 'cancel' }); window.__speaking = false; };
    // Whether it is speaking is the test's to say (window.__speaking).
    Object.defineProperty(synth, 'speaking', { get: () => window.__speaking === true });
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
  // Speech is stopped after the next paint (adapters::frame): wait for the call, then count it.
  await page.waitForFunction((n) => window.__speech.filter((c) => c.op === 'cancel').length > n, cancelsBefore);
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
  // The app asks for voices after its first paint: wait until it has, and one frame more.
  await none.page.waitForFunction(() => window.__asked > 0);
  await none.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok))));
  assert.equal(await none.page.getByRole('button', { name: 'Lees voor' }).count(), 0, 'no Dutch voice: no button');
  await none.context.close();

  const online = await openWithVoices([{ lang: 'nl-NL', localService: false }]);
  await online.page.getByRole('button', { name: 'Lees voor' }).waitFor();
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

async function openKioskWithVoices(voices, { clock = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1080, height: 1920 } });
  if (clock) await context.clock.install();
  await context.addInitScript(mockSpeech(), [voices]);
  const page = await context.newPage();
  await page.goto(new URL('?mode=kiosk', env.url).href);
  await page.locator('#main h1').waitFor();
  return { page, context, calls: () => page.evaluate(() => window.__speech) };
}

test('kiosk read-aloud: always there, says so without a voice, on-device voices only', async () => {
  const none = await openKioskWithVoices([]);
  await none.page.getByText('Voorlezen werkt niet op dit apparaat. Vraag een medewerker om hulp.').waitFor();
  assert.equal(await none.page.getByRole('button', { name: 'Lees voor', exact: true }).count(), 0);
  assert.deepEqual(await axe(none.page), []);
  await none.context.close();
  // An online voice only: a kiosk never sends text to it, so it says the same.
  const online = await openKioskWithVoices([{ lang: 'nl-NL', localService: false }]);
  await online.page.getByText('Voorlezen werkt niet op dit apparaat.', { exact: false }).waitFor();
  await online.context.close();
});

test('kiosk read-aloud: a speaker button apart from "Terug" reads the question and each option, not the controls, and can stop', async () => {
  const { page, context, calls } = await openKioskWithVoices([{ lang: 'nl-NL', localService: false }, { lang: 'nl-NL', localService: true }]);
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('fieldset legend h1').waitFor();
  const button = page.getByRole('button', { name: 'Lees voor', exact: true });
  await button.waitFor();
  assert.equal(await button.locator('svg[data-picto="speaker"]').count(), 1, 'a speaker pictogram');
  // Apart from the back link: at least 16 px between them, never touching.
  const gap = await page.evaluate(() => {
    const b = document.querySelector('.app-read-aloud__button').getBoundingClientRect();
    const t = document.querySelector('.app-back-link').getBoundingClientRect();
    return Math.max(t.top - b.bottom, b.top - t.bottom);
  });
  assert.ok(gap >= 16, `read-aloud and "Terug" ${gap} px apart`);
  // Each option can be read on its own.
  const labels = (await page.locator('label.app-radio__label').allInnerTexts()).map((l) => l.trim());
  assert.equal(await page.locator('.app-radio__speak').count(), labels.length, 'a speaker beside every option');
  await page.getByRole('button', { name: `Lees voor: ${labels[1]}` }).click();
  const one = (await calls()).filter((c) => c.op === 'speak').at(-1);
  assert.equal(one.text, labels[1], 'just that option');
  assert.equal(one.local, true);
  await button.click();
  await page.evaluate(() => { window.__speaking = true; });
  const spoken = (await calls()).filter((c) => c.op === 'speak').at(-1);
  assert.equal(spoken.local, true, 'an on-device voice on a kiosk');
  const question = await page.locator('fieldset legend h1').innerText();
  assert.ok(spoken.text.includes(question), 'the question');
  for (const label of await page.locator('label.app-radio__label').allInnerTexts()) {
    assert.ok(spoken.text.includes(label.trim()), `the option "${label.trim()}"`);
  }
  for (const control of ['Terug', 'Lees voor', 'Naar vraag 2']) {
    assert.ok(!spoken.text.includes(control), `not the control "${control}"`);
  }
  const stop = page.getByRole('button', { name: 'Stop met voorlezen' });
  await stop.waitFor();
  assert.equal(await stop.getAttribute('aria-pressed'), 'true');
  await stop.click();
  await page.getByRole('button', { name: 'Lees voor', exact: true }).waitFor();
  assert.ok((await calls()).some((c) => c.op === 'cancel'), 'stopped');
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'kiosk-read-aloud');
  await context.close();
});

test('kiosk read-aloud: listening counts as activity for the idle clock, and the warning is spoken', async () => {
  const { page, context, calls } = await openKioskWithVoices([{ lang: 'nl-NL', localService: true }], { clock: true });
  await page.getByRole('link', { name: 'Begin met de vragen' }).click();
  await page.locator('fieldset legend h1').waitFor();
  // The voices are asked after the first paint: let the faked clock run that far.
  await page.clock.runFor(1_000);
  await page.getByRole('button', { name: 'Lees voor', exact: true }).click();
  // The engine speaks from here on (speak() first stops anything already speaking).
  await page.evaluate(() => { window.__speaking = true; });
  // Three minutes of listening, no touch: no warning, nothing wiped.
  for (let i = 0; i < 18; i++) await page.clock.runFor(10_000);
  assert.equal(await page.getByRole('alertdialog').count(), 0, 'no idle warning while reading aloud');
  assert.equal(await page.locator('fieldset legend h1').count(), 1, 'still on the question');
  // Reading ends: the idle clock runs again and the warning comes.
  await page.evaluate(() => { window.__speaking = false; });
  for (let i = 0; i < 13; i++) await page.clock.runFor(10_000);
  await page.getByRole('alertdialog').waitFor();
  // The warning is spoken too, with an on-device voice, and stays until answered.
  await page.waitForFunction(() => window.__speech.some((c) => c.op === 'speak' && c.text.includes('Ben je er nog?')));
  assert.equal((await calls()).filter((c) => c.op === 'speak').at(-1).local, true);
  await page.evaluate(() => { window.__speaking = true; });
  await page.clock.runFor(5_000);
  assert.equal(await page.getByRole('alertdialog').count(), 1, 'speaking the warning does not dismiss it');
  await context.close();
});
