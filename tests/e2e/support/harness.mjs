// Shared end-to-end harness: serves dist/ on a free loopback port, launches Debian's Chromium
// through playwright-core, and watches every page for console errors and outside requests.
import { launchChromium } from '../../../scripts/chromium.mjs';
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { securityHeaders, serve } from '../../../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'target/e2e-shots');

export const VIEWPORTS = {
  narrow: { width: 320, height: 640 },
  desktop: { width: 1280, height: 900 },
  kiosk: { width: 1080, height: 1920 },
};

/** Starts the server and the browser once per test file. */
export async function start() {
  // The iframe test embeds the app from another loopback port: that origin may frame it.
  const { server, url } = await serve(DIST, 0, { headers: securityHeaders({ frameAncestors: 'http://127.0.0.1:*' }) });
  const browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Opens a page in a fresh context and records what must never happen: console errors, page
 * errors, and requests to anything but our own origin. `problems()` lists them. `routes` are
 * [pattern, handler] pairs for `context.route`, set before the page loads.
 */
export async function openPage(env, path = '', { viewport = VIEWPORTS.desktop, routes = [], ...ctxOptions } = {}) {
  const context = await env.browser.newContext({ viewport, ...ctxOptions });
  // Files a test serves itself (a configuration it made), answered before the page asks.
  for (const [pattern, handler] of routes) await context.route(pattern, handler);
  const page = await context.newPage();
  const origin = new URL(env.url).origin;
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    requests.push({ method: r.method(), url: r.url(), body: r.postData(), nav: r.isNavigationRequest() });
    const u = new URL(r.url());
    if (u.protocol === 'data:') return;
    if (u.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  await page.goto(new URL(path, env.url).href);
  await appReady(page);
  return { page, context, problems, requests };
}

/** Waits until the app has replaced the prerendered start page and shows its first screen. */
export async function appReady(page) {
  await page.waitForFunction(() => !document.querySelector('.app-prerendered') && document.querySelector('#main h1'));
}

/** Runs axe with the WCAG 2.2 AA tag set; returns the violations (empty when clean). */
export async function axe(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
