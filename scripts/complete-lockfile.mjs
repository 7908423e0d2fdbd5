#!/usr/bin/env node
// The npm registry reachable here serves only some platform builds of native
// optional dependencies (e.g. @unrs/resolver-binding-darwin-arm64 is a 404).
// `npm install` then leaves those entries out of package-lock.json, and
// `npm ci` refuses the lock as out of sync. This adds each missing optional
// platform package as an os/cpu-gated entry, exactly as a lock written against
// the full registry has it; npm skips such entries on other platforms and
// never fetches them. Run after `npm install`: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd', 'openbsd'];
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    if (lock.packages[at] || lock.packages[`${key}/${at}`]) continue;
    const parts = dep.split('/').pop().split('-');
    const osIndex = parts.findIndex(p => OS.includes(p));
    if (osIndex < 0) continue;
    const stub = { version, dev: entry.dev, optional: true, os: [parts[osIndex]], cpu: [parts[osIndex + 1]] };
    const abi = parts[osIndex + 2] ?? '';
    if (parts[osIndex] === 'linux') stub.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
    if (!stub.dev) delete stub.dev;
    lock.packages[at] = stub;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: added ${added} platform-gated optional entries`);
