// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text file and the
// wasm in DIR, for servers that send a precompressed file as it is (scripts/serve.mjs; nginx
// gzip_static; Apache with a rewrite). Prints what they save.   node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.webmanifest']);
const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}

function files(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]);
}

let raw = 0;
let br = 0;
let gz = 0;
for (const file of files(dir).filter((f) => TEXT.has(extname(f)))) {
  const body = readFileSync(file);
  const b = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const g = gzipSync(body, { level: 9 });
  writeFileSync(`${file}.br`, b);
  writeFileSync(`${file}.gz`, g);
  raw += statSync(file).size;
  br += b.length;
  gz += g.length;
}
console.log(`precompressed: ${raw.toLocaleString('en-US')} B -> ${br.toLocaleString('en-US')} B brotli, ${gz.toLocaleString('en-US')} B gzip`);
