// Run after any `npm install`: `node scripts/fix-lock.mjs`.
// Adds lock entries for optional platform packages the local registry mirror does not carry, so
// `npm ci` accepts the lock; npm skips them on this platform by their os/cpu/libc fields.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pk = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(pk)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pk[key] || pk[`${path}/${key}`]) continue;
    const base = name.split('/').pop();
    const parts = base.replace(/^(cli|rollup)-/, '').split('-');
    const os = parts[0];
    const cpu = parts[1] === 'arm' ? 'arm' : parts[1];
    const entry = {
      version,
      cpu: [cpu],
      dev: meta.dev || undefined,
      license: 'MIT',
      optional: true,
      os: [os],
    };
    const abi = parts.slice(2).join('-');
    if (/musl/.test(abi)) entry.libc = ['musl'];
    else if (/gnu/.test(abi) && os === 'linux') entry.libc = ['glibc'];
    if (!entry.dev) delete entry.dev;
    pk[key] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} entries`);
