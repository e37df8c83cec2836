// The engine's persona fixtures and the CLI's verdict on them, so end-to-end tests check the
// page against the same engine run natively.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '../../../..');

/** The scenarios of the current rules (the app makes every new check with them). */
export const PERSONAS_FILE = 'fixtures/personas/2027.2.json';
export const personas = JSON.parse(readFileSync(join(ROOT, PERSONAS_FILE), 'utf8')).personas;

export function persona(name) {
  const p = personas.find((x) => x.name === name);
  if (!p) throw new Error(`no persona ${name} in ${PERSONAS_FILE}`);
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

/** `werkroute decode CODE`: what a code holds and the result it gives, as the CLI reads it. */
export function cliDecode(code) {
  const bin = process.env.WERKROUTE_BIN;
  const [cmd, args] = bin ? [bin, ['decode', code]] : ['cargo', ['run', '--quiet', '--bin', 'werkroute', '--', 'decode', code]];
  return JSON.parse(execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }));
}

/** The catalog id of the heading the result leads with: the route, or what comes first. */
export function headingOf(result) {
  return result.lead === 'route' ? result.outcome : result.lead;
}

/** A text from a compiled-in catalog, to compare page text with the CLI's ids. */
export function catalogText(locale, key) {
  for (const file of ['ui.json', 'content.json']) {
    const cat = JSON.parse(readFileSync(join(ROOT, 'src/i18n/catalogs', locale, file), 'utf8'));
    if (key in cat) return cat[key];
  }
  throw new Error(`no catalog key ${key} in ${locale}`);
}
