// Loads the WebAssembly app. Kept as a file (not inline) so the CSP needs no 'unsafe-inline'.
// dist/index.html already shows the start page (prerendered at build time); the app replaces it
// on mount. When this visit will not start on that default page (a link to another screen,
// another language, a kiosk, a municipality, answers saved on this device), the prerendered page
// is hidden first so it does not flash by. This runs before app.js is loaded (dynamic import).
// Browsers without WebAssembly, or a failed load, get the static message in #app-fallback.
// Then registers the service worker (offline use); an update takes over only on the start page,
// so nobody's journey changes under their hands.

const onStartPage = () => location.hash === '' || location.hash === '#/' || location.hash === '#';

function startsElsewhere() {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  let saved = false;
  try {
    // Only whether it exists; the key is app::saved::STORAGE_KEY (a test keeps them equal).
    saved = localStorage.getItem('werkroute.saved') !== null;
  } catch {
    // storage blocked: nothing saved to offer
  }
  return !onStartPage() || (lang !== null && lang !== 'nl') || params.has('mode') || params.has('gemeente') || saved;
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
  if (startsElsewhere()) document.documentElement.classList.add('app-boot-elsewhere');
  import('./app.js')
    .then(({ default: init }) => init())
    .then(() => registerServiceWorker())
    .catch((err) => {
      console.error('Werkroute could not start:', err);
      showFallback();
    });
}
