// The question bank of the current rules as the CLI prints it (`werkroute questions`), so a
// journey can turn a checklist tick into the option the app records, and back.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '../../../..');
let cache;

function bank() {
  if (!cache) {
    const bin = process.env.WERKROUTE_BIN;
    const [cmd, args] = bin ? [bin, ['questions']] : ['cargo', ['run', '--quiet', '--bin', 'werkroute', '--', 'questions']];
    const list = JSON.parse(execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }));
    cache = Object.fromEntries(list.map((q) => [q.id, q.options]));
  }
  return cache;
}

/** The item value of `optionId` on question `qid` (null for "I don't know" / "rather not"). */
export function valueOf(qid, optionId) {
  return bank()[qid]?.find((o) => o.id === optionId)?.value ?? null;
}

/** The option id of question `qid` with item value `value`. */
export function optionWithValue(qid, value) {
  return bank()[qid]?.find((o) => o.value === value)?.id;
}
