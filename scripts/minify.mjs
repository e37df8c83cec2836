// Minifies the built stylesheet (Lightning CSS) and the page's scripts, app.js and boot.js
// (Terser), in DIR, in place, and prints what it saved. sw.js stays as written: the build writes
// its file list in, and people and tests read it. Run by scripts/build.sh before the
// service worker's version is computed, so the worker keeps the minified files.
//   node scripts/minify.mjs DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/minify.mjs DIR');
  process.exit(2);
}
let before = 0;
let after = 0;
const css = join(dir, 'app.css');
const source = readFileSync(css);
// Chromium 109 and later (the kiosks' Debian Chromium and every phone we support): Lightning CSS
// keeps what those read and drops only whitespace, comments and redundancy.
const { code } = transform({ filename: 'app.css', code: source, minify: true, targets: { chrome: 109 << 16 } });
writeFileSync(css, code);
before += source.length;
after += code.length;
for (const name of ['app.js', 'boot.js']) {
  const file = join(dir, name);
  const js = readFileSync(file, 'utf8');
  const out = await minify(js, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, out.code);
  before += Buffer.byteLength(js);
  after += Buffer.byteLength(out.code);
}
console.log(`minified: ${before.toLocaleString('en-US')} B -> ${after.toLocaleString('en-US')} B (CSS and JS)`);
