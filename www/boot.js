// Loads the WebAssembly app. Kept as a file (not inline) so the CSP needs no 'unsafe-inline'.
// Browsers without WebAssembly, or a failed load, get the static message in #app-fallback.
import init from './app.js';

function showFallback() {
  const el = document.getElementById('app-fallback');
  if (el) el.hidden = false;
}

if (typeof WebAssembly !== 'object') {
  showFallback();
} else {
  init().catch((err) => {
    console.error('Werkroute could not start:', err);
    showFallback();
  });
}
