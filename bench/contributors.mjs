// What the wasm is made of, grouped: reads `twiggy top --format csv` of a wasm that kept its
// function names and prints each group's bytes, biggest first, and the largest single items.
// Run through ./scripts/wasm-contributors.sh. Usage: node bench/contributors.mjs TOP.csv
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/contributors.mjs TOP.csv');
  process.exit(2);
}

/** Splits one CSV line (twiggy quotes names that hold commas or quotes). */
function cells(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i += 1; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The group of one item, by the path at the start of its name. */
function group(name) {
  if (name.includes('subsection') || name.startsWith('custom section')) return null;
  if (name.startsWith('data segment')) return 'data (.rodata: texts, rules, tables)';
  const head = name.slice(0, 140);
  const ours = !head.startsWith('<yew') && !head.startsWith('yew');
  const page = head.match(/werkroute::ui::pages::(\w+)/);
  if (page && ours) return `our view: pages::${page[1]}`;
  if (head.includes('werkroute::ui') && ours) return 'our view: components and the rest';
  if (head.startsWith('<yew::html::component::lifecycle::CompStateInner')) return "yew: per-component view/render (our html! inlined)";
  const layer = head.match(/werkroute::(domain|app|i18n|adapters|docs)/);
  if (layer && ours) return `our ${layer[1]}`;
  if (head.includes('yew')) return 'yew (generic)';
  if (head.includes('serde')) return 'serde / serde_json';
  if (/wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen/.test(head)) return 'wasm-bindgen / js-sys / web-sys';
  if (/core::fmt|alloc::fmt|flt2dec|num::fmt/.test(head)) return 'core::fmt (formatting)';
  if (head.includes('slice::sort')) return 'core::slice::sort';
  if (/btree|BTree/.test(head)) return 'alloc::collections::btree';
  if (head.includes('hashbrown')) return 'hashbrown';
  if (head.includes('qrcode')) return 'qrcode';
  if (head.includes('dlmalloc')) return 'dlmalloc';
  return 'other std/core';
}

const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1).map(cells);
const groups = new Map();
const items = [];
for (const [name, size] of rows) {
  const g = group(name);
  if (!g) continue;
  const bytes = Number(size);
  const entry = groups.get(g) ?? { bytes: 0, count: 0 };
  entry.bytes += bytes;
  entry.count += 1;
  groups.set(g, entry);
  items.push([bytes, name]);
}
const total = [...groups.values()].reduce((t, g) => t + g.bytes, 0);
const n0 = (x) => x.toLocaleString('en-US');
console.log(`What the wasm is made of (wasm-opt -Oz, names kept; ${n0(total)} B without the name section)`);
for (const [g, { bytes, count }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`${n0(bytes).padStart(10)} B ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${String(count).padStart(5)} items  ${g}`);
}
console.log('');
console.log('The 15 largest items');
for (const [bytes, name] of items.sort((a, b) => b[0] - a[0]).slice(0, 15)) {
  console.log(`${n0(bytes).padStart(10)} B  ${name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 130)}`);
}
