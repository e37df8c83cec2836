// NL Design System from npm, as styles/nlds.json lists it:
//   node scripts/nlds.mjs components        prints the component CSS, unchanged, in list order
//   node scripts/nlds.mjs themes <out-dir>   copies each theme file unchanged to <out-dir>/<id>/
// A missing package is an error naming it (run scripts/install.sh).
import { readFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const list = JSON.parse(readFileSync(join(ROOT, 'styles/nlds.json'), 'utf8'));
const need = (path, pkg) => {
  if (!existsSync(path)) {
    console.error(`nlds: ${pkg} is not installed (${path}); run scripts/install.sh`);
    process.exit(1);
  }
  return path;
};
const [what, out] = process.argv.slice(2);
if (what === 'components') {
  for (const pkg of list.components) {
    const path = need(join(ROOT, 'node_modules', pkg, 'dist/index.css'), pkg);
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    process.stdout.write(`/* ${pkg} ${version} (EUPL-1.2), unchanged */\n${readFileSync(path, 'utf8')}\n`);
  }
} else if (what === 'themes' && out) {
  for (const t of list.themes) {
    const path = need(join(ROOT, 'node_modules', t.package, t.file), t.package);
    mkdirSync(join(out, t.id), { recursive: true });
    copyFileSync(path, join(out, t.id, basename(t.file)));
  }
} else {
  console.error('usage: node scripts/nlds.mjs components | themes <out-dir>');
  process.exit(2);
}
