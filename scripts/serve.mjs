// A small static file server for dist/ (local runs, end-to-end tests, benchmarks).
// Sends the security headers a real deployment should send (see docs) on every response, 404
// included; binds to loopback only.
// Usage: node scripts/serve.mjs DIR [PORT]   (PORT 0 picks a free port; the URL is printed)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The files a precompressed copy may stand in for. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.webmanifest']);

/**
 * The security headers a deployment sends on every response (docs/gemeenten.md lists them).
 * `frameAncestors`: who may show the app in an iframe ('none' when nobody embeds it).
 */
export function securityHeaders({ frameAncestors = "'none'" } = {}) {
  return {
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-7nmZnRmsB+ODEcemayZLYRy5OBQBj3rl+ccMXON7nmE='; style-src 'self'; img-src 'self' data:; " +
      "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; " +
      `form-action 'none'; object-src 'none'; frame-ancestors ${frameAncestors}`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // Deny every powerful feature: the app needs none of them.
    'Permissions-Policy': [
      'camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'display-capture',
      'fullscreen', 'clipboard-read', 'bluetooth', 'hid', 'serial', 'idle-detection',
      'local-fonts', 'screen-wake-lock', 'publickey-credentials-get', 'xr-spatial-tracking',
    ].map((f) => `${f}=()`).concat(
      // "Kopieer de link": writing our own share link to the clipboard, never reading it.
      'clipboard-write=(self)',
    ).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Origin-Agent-Cluster': '?1',
    // The help lists link to 113.nl and veiligthuis.nl: no speculative connections to them.
    'X-DNS-Prefetch-Control': 'off',
  };
}

export const SECURITY_HEADERS = securityHeaders();

/** Starts a server for `dir` on 127.0.0.1:`port`; resolves to { server, url }. */
export function serve(dir, port = 0, { headers = SECURITY_HEADERS } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // A precompressed copy beside the file (scripts/precompress.mjs) when the browser takes it.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compressible = COMPRESSIBLE.has(extname(file));
      let encoding = null;
      for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!encoding && compressible && new RegExp(`\\b${name}\\b`).test(accepts) && (await stat(file + ext).catch(() => null))) {
          encoding = { name, ext };
        }
      }
      const body = await readFile(encoding ? file + encoding.ext : file);
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
        ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      // The same headers on an error as on a file: a 404 page is a page too.
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
      res.end('Not found');
    }
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Serving ${dir} at ${url} (Ctrl+C stops)`);
}
