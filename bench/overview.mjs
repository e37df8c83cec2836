// Benchmark (not a test) of the overview page: how long #/overzicht takes to count a file of
// codes, from the moment the file is chosen to the figures on screen (the page's
// 'werkroute:overview' mark), and the JS heap after. Usage: node bench/overview.mjs FILE [RUNS]
import { launchChromium } from '../scripts/chromium.mjs';
import { serve, securityHeaders } from '../scripts/serve.mjs';
import { statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const { server, url } = await serve(join(ROOT, 'dist'), 0, { headers: securityHeaders({}) });
const browser = await launchChromium();
const times = [];
let heap = 0;
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('#/overzicht', url).href);
  await page.waitForFunction(() => !document.querySelector('.app-prerendered') && document.querySelector('#main h1'));
  await page.evaluate(() => {
    document.querySelector('#overview-file').addEventListener('change', () => performance.mark('bench:chosen'), { capture: true });
  });
  await page.locator('#overview-file').setInputFiles(file);
  await page.waitForFunction(() => performance.getEntriesByName('werkroute:overview').length > 0, null, { timeout: 120000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('werkroute:overview')[0].startTime - performance.getEntriesByName('bench:chosen')[0].startTime);
  times.push(ms);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  heap = Math.max(heap, usedSize);
  await context.close();
}
times.sort((a, b) => a - b);
const mb = (statSync(file).size / 1e6).toFixed(1);
console.log(`page  ${file} (${mb} MB): median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s over ${runs} runs (${times.map((t) => (t / 1000).toFixed(2)).join(', ')}); JS heap after ${(heap / 1e6).toFixed(1)} MB`);
await browser.close();
server.close();
