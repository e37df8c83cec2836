// Writes the catalogs the browser fetches: one `<code>.json` per language except Dutch (compiled
// into the wasm), the locale's ui.json, content.json and plural.json merged into one flat object.
// A key defined twice is an error. Also the formal Dutch overlay, nl/u.json as `nl-u.json`: only a
// municipality that says "u" fetches it. Usage: node scripts/catalogs.mjs SRC_DIR OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: node scripts/catalogs.mjs SRC_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const code of readdirSync(src).sort()) {
  if (code === 'nl') continue;
  const merged = {};
  for (const part of ['ui', 'content', 'plural']) {
    const file = join(src, code, `${part}.json`);
    for (const [key, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
      if (key in merged) {
        console.error(`catalogs: ${code}: key '${key}' is defined twice (${file})`);
        process.exit(1);
      }
      merged[key] = text;
    }
  }
  writeFileSync(join(out, `${code}.json`), JSON.stringify(merged));
}
// The overlay as it is (compact): src/i18n/catalog.rs checks its keys when it is installed.
const overlay = JSON.parse(readFileSync(join(src, 'nl', 'u.json'), 'utf8'));
writeFileSync(join(out, 'nl-u.json'), JSON.stringify(overlay));
