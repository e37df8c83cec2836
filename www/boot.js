// Loads the WebAssembly app. Kept as a file (not inline) so the CSP needs no 'unsafe-inline'.
// Browsers without WebAssembly, or a failed load, get the static message in #app-fallback.
// Then registers the service worker (offline use); an update takes over only on the start page,
// so nobody's journey changes under their hands.
import init from './app.js';

function showFallback() {
  const el = document.getElementById('app-fallback');
  if (el) el.hidden = false;
}

const onStartPage = () => location.hash === '' || location.hash === '#/' || location.hash === '#';

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
  init()
    .then(() => registerServiceWorker())
    .catch((err) => {
      console.error('Werkroute could not start:', err);
      showFallback();
    });
}
