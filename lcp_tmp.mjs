import { launchChromium } from './scripts/chromium.mjs';
import { serve } from './scripts/serve.mjs';
const { server, url } = await serve('dist', 0);
const b = await launchChromium();
for (const vp of [{width:412,height:823}]) {
const ctx = await b.newContext({ viewport: vp });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6/8, uploadThroughput: 750e3/8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  window.__lcp = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + '.' + e.element.className + ' ' + (e.element.textContent||'').slice(0,50) : null, connected: e.element?.isConnected }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ paint: e.name, t: Math.round(e.startTime) }); }).observe({ type: 'paint', buffered: true });
});
await page.goto(url);
await page.waitForFunction(() => !document.querySelector('.app-prerendered') && document.querySelector('#main h1'), null, {timeout: 60000});
await page.waitForTimeout(1000);
console.log(vp.width, JSON.stringify(await page.evaluate(() => window.__lcp), null, 1));
await ctx.close();
}
await b.close(); server.close();
