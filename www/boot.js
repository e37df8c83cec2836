// Loads the WebAssembly app. Kept as a file (not inline) so the CSP needs no 'unsafe-inline'.
// dist/index.html already shows the start page (prerendered at build time); the app replaces it
// on mount. When this visit will not start on that default page (a link to another screen,
// another language, a kiosk, a municipality, answers saved on this device), the small inline
// script in index.html's head has already hidden it (class app-boot-elsewhere on <html>, before
// the first paint, so it never flashes by) and started fetching the wasm without cookies
// (window.werkrouteWasm). It is inline so that it runs before anything is painted, and allowed
// by its sha256 in every Content-Security-Policy (meta, scripts/serve.mjs, deploy/, docs/;
// tests/e2e/prerender.test.mjs keeps them equal). Editing it means a new hash in all of them.
// On the start page the wasm is fetched, and the app mounts, only after the page's first
// contentful paint: the first screen's files have the line to themselves, and the app's own page
// is laid out the same, so nothing larger is painted after it (LCP = FCP), however fast the wasm
// arrives. (So index.html preloads app.js, the small glue, but not the wasm.)
// Browsers without WebAssembly, or a failed load, get the static message in #app-fallback.
// Then registers the service worker (offline use); an update takes over only on the start page,
// so nobody's journey changes under their hands.

const onStartPage = () => location.hash === '' || location.hash === '#/' || location.hash === '#';

// Resolves once the browser has painted the prerendered page (its first-contentful-paint entry).
// At once when nothing is painted now (a tab in the background); after the next frame where paint
// timing is missing; after 3 s at most, whatever happens.
function prerenderedPainted() {
  if (document.visibilityState !== 'visible') return Promise.resolve();
  if (!(window.PerformanceObserver?.supportedEntryTypes ?? []).includes('paint')) {
    return new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  }
  return new Promise((ok) => {
    let observer;
    let limit;
    const done = () => {
      observer?.disconnect();
      clearTimeout(limit);
      document.removeEventListener('visibilitychange', done);
      ok();
    };
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    limit = setTimeout(done, 3000);
    document.addEventListener('visibilitychange', done);
    observer.observe({ type: 'paint', buffered: true });
  });
}

function showFallback() {
  document.documentElement.classList.remove('app-boot-elsewhere');
  const el = document.getElementById('app-fallback');
  if (el) el.hidden = false;
}

function offerUpdate(registration) {
  if (registration.waiting && onStartPage()) registration.waiting.postMessage('activate-update');
}

async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('./sw.js');
    const hadController = Boolean(navigator.serviceWorker.controller);
    registration.addEventListener('updatefound', () => {
      registration.installing?.addEventListener('statechange', () => offerUpdate(registration));
    });
    window.addEventListener('hashchange', () => offerUpdate(registration));
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (hadController && onStartPage()) location.reload();
    });
    offerUpdate(registration);
  } catch (err) {
    console.warn('Werkroute works, but not offline:', err);
  }
}

if (typeof WebAssembly !== 'object') {
  showFallback();
} else {
  // The wasm without cookies: a cookie a parent site set on this domain has no business here.
  // A visit that starts elsewhere has it on its way already (the inline script); the start page
  // asks for it once it has painted.
  const wasm = window.werkrouteWasm ??
    prerenderedPainted().then(() => fetch('./app_bg.wasm', { credentials: 'omit' }));
  Promise.all([import('./app.js'), wasm])
    .then(([{ default: init }, response]) => init({ module_or_path: response }))
    .then(() => registerServiceWorker())
    .catch((err) => {
      console.error('Werkroute could not start:', err);
      showFallback();
    });
}
