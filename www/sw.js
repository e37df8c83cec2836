// Werkroute's service worker: keeps the app shell so a later visit, and a whole journey, work
// without network; a language other than Dutch is kept once it has been used (not on a kiosk,
// whose requests say `cache: no-store`). Same-origin GET only; nothing is ever sent anywhere.
// The build writes the version (a hash of the files) and the file list below.
const VERSION = '__VERSION__';
const CACHE = `werkroute-${VERSION}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  // A new version waits; the page asks it to take over only on the start page (see boot.js).
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('werkroute-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The app's own page (whatever its fragment or query) is the shell; any other page of ours
    // (the quick exit's neutral page) is itself.
    const scope = new URL(self.registration.scope).pathname;
    const shell = url.pathname === scope || url.pathname === `${scope}index.html`;
    const file = shell ? './index.html' : request;
    event.respondWith(caches.match(file, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
    return;
  }
  const json = url.pathname.includes('/i18n/') || url.pathname.includes('/data/');
  if (json || url.pathname.includes('/themes/')) {
    // A language's texts, a rarely used screen's data, or a municipality's theme package: kept
    // when first used (not at install: nobody downloads what they do not use), then served from
    // the cache.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(request, { ignoreSearch: true }).then(
          (hit) =>
            hit ||
            fetch(request).then((response) => {
              // Only a real language, data or theme file is kept (not a redirect to a login page, not a host's
              // HTML fallback), and never what a kiosk asked not to keep.
              const type = response.headers.get('content-type') ?? '';
              const right = json ? type.includes('json') : type.includes('css');
              if (response.ok && !response.redirected && right && request.cache !== 'no-store') {
                cache.put(request, response.clone());
              }
              return response;
            }),
        ),
      ),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
