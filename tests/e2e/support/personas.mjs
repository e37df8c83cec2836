// The engine's persona fixtures and the CLI's verdict on them, so end-to-end tests check the
// page against the same engine run natively.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '../../../..');

export const personas = JSON.parse(readFileSync(join(ROOT, 'fixtures/personas.json'), 'utf8')).personas;

export function persona(name) {
  const p = personas.find((x) => x.name === name);
  if (!p) throw new Error(`no persona ${name} in fixtures/personas.json`);
  return p;
}

/**
 * `werkroute score` on the persona's answers. Uses the binary test.sh built ($WERKROUTE_BIN),
 * or builds it with cargo when a spec runs on its own.
 */
export function cliScore(answers) {
  const bin = process.env.WERKROUTE_BIN;
  const [cmd, args] = bin ? [bin, ['score', '-']] : ['cargo', ['run', '--quiet', '--bin', 'werkroute', '--', 'score', '-']];
  const out = execFileSync(cmd, args, { cwd: ROOT, input: JSON.stringify({ answers }), encoding: 'utf8' });
  return JSON.parse(out);
}

/** A text from a compiled-in catalog, to compare page text with the CLI's ids. */
export function catalogText(locale, key) {
  for (const file of ['ui.json', 'content.json']) {
    const cat = JSON.parse(readFileSync(join(ROOT, 'src/i18n/catalogs', locale, file), 'utf8'));
    if (key in cat) return cat[key];
  }
  throw new Error(`no catalog key ${key} in ${locale}`);
}
