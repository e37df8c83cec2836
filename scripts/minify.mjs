// Minifies the built stylesheet (Lightning CSS) and the page's scripts, app.js, boot.js and
// __wasm_split.js (Terser), in DIR, in place, and prints what it saved. Rules of the NL Design
// System component CSS for classes the view never uses (a danger button, a house-number textbox...) are dropped:
// a rule goes when every selector of it names a `utrecht-*` class that appears nowhere in src/,
// www/ or the built page. Our own rules are never touched (some of their classes are made at run
// time, e.g. `app-theme-<id>`). sw.js stays as written: the build writes
// its file list in, and people and tests read it. Run by scripts/build.sh before the
// service worker's version is computed, so the worker keeps the minified files.
//   node scripts/minify.mjs DIR
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/minify.mjs DIR');
  process.exit(2);
}
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every `utrecht-*` class name written anywhere in `paths` (files or folders, recursively). */
function usedClasses(paths) {
  const used = new Set();
  const read = (path) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) read(join(path, name));
    } else if (/\.(rs|html|js|mjs)$/.test(path)) {
      for (const m of readFileSync(path, 'utf8').matchAll(/utrecht-[a-z0-9_-]+/g)) used.add(m[0]);
    }
  };
  paths.forEach(read);
  return used;
}
const used = usedClasses([join(ROOT, 'src'), join(ROOT, 'www'), join(dir, 'index.html')]);
let dropped = 0;
const unused = (selector) => selector.some((c) => c.type === 'class' && c.name.startsWith('utrecht-') && !used.has(c.name));

let before = 0;
let after = 0;
const css = join(dir, 'app.css');
const source = readFileSync(css);
// Chromium 109 and later (the kiosks' Debian Chromium and every phone we support): Lightning CSS
// keeps what those read and drops only whitespace, comments and redundancy.
const { code } = transform({
  filename: 'app.css',
  code: source,
  minify: true,
  targets: { chrome: 109 << 16 },
  visitor: {
    Rule: {
      style(rule) {
        const kept = rule.value.selectors.filter((s) => !unused(s));
        dropped += rule.value.selectors.length - kept.length;
        if (kept.length === 0) return [];
        rule.value.selectors = kept;
        return rule;
      },
    },
  },
});
writeFileSync(css, code);
before += source.length;
after += code.length;
for (const name of ['app.js', 'boot.js', '__wasm_split.js']) {
  const file = join(dir, name);
  const js = readFileSync(file, 'utf8');
  const out = await minify(js, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, out.code);
  before += Buffer.byteLength(js);
  after += Buffer.byteLength(out.code);
}
console.log(`minified: ${before.toLocaleString('en-US')} B -> ${after.toLocaleString('en-US')} B (CSS and JS; ${dropped} unused component selectors dropped)`);
