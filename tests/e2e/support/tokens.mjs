// Custom properties as the cascade would give them on <html>: our tokens.css (`:root`), then a
// theme file's block under its root class (loaded later, so it wins), with var() resolved. Lets
// a test say what a published theme should make a button, text or focus ring look like,
// independently of the page it then checks.
import { readFileSync } from 'node:fs';

/** `--name: value` pairs from the blocks of `css` whose selector is exactly `selector`. */
export function declarations(css, selector) {
  const out = {};
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (let m; (m = re.exec(text));) {
    if (!m[1].split(',').map((s) => s.trim()).includes(selector)) continue;
    for (const d of m[2].split(';')) {
      const i = d.indexOf(':');
      const name = d.slice(0, i).trim();
      if (name.startsWith('--')) out[name] = d.slice(i + 1).trim();
    }
  }
  return out;
}

/** Resolves `var(--x, fallback)` in `value` against `tokens`, recursively. */
export function resolve(tokens, value, depth = 0) {
  if (depth > 40) throw new Error(`var() loop at ${value}`);
  let out = '';
  for (let i = 0; i < value.length;) {
    const at = value.indexOf('var(', i);
    if (at < 0) { out += value.slice(i); break; }
    out += value.slice(i, at);
    let j = at + 4; let level = 1;
    while (j < value.length && level > 0) { if (value[j] === '(') level++; if (value[j] === ')') level--; j++; }
    const inner = value.slice(at + 4, j - 1);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    const got = tokens[name] ?? fallback;
    if (got === undefined) throw new Error(`no value for ${name}`);
    out += resolve(tokens, got, depth + 1);
    i = j;
  }
  return out.trim();
}

/** Our defaults with a theme file's tokens over them. */
export function themed(tokensCssPath, themeCssPath, themeClass) {
  const ours = declarations(readFileSync(tokensCssPath, 'utf8'), ':root');
  const theirs = themeCssPath ? declarations(readFileSync(themeCssPath, 'utf8'), `.${themeClass}`) : {};
  return { ...ours, ...theirs };
}
