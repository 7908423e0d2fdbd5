#!/usr/bin/env node
// `prepare` step of the clone's `npm ci`: installs the Node 24 binary the
// end-to-end tests run the bundled gates with (what action.yml declares) into
// test/node24. It exists for linux-x64 only, so elsewhere this says so and
// succeeds: the CLI and the demo run on the machine's Node. npm never runs
// `prepare` when the published package is installed, so users never get it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prefix = path.join(root, 'test', 'node24');

// `npm pack` and `npm publish` run prepare too; they need no test binary.
if (['pack', 'publish'].includes(process.env.npm_command ?? '')) process.exit(0);
if (!existsSync(path.join(prefix, 'package.json'))) process.exit(0);
if (`${process.platform}-${process.arch}` !== 'linux-x64') {
  console.log(`test/node24: no Node 24 test binary for ${process.platform}-${process.arch}; the end-to-end tests that run bundles on Node 24 need linux-x64.`);
  process.exit(0);
}
const npm = process.env.npm_execpath;
const [cmd, args] = npm ? [process.execPath, [npm]] : ['npm', []];
const r = spawnSync(cmd, [...args, 'ci', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: 'inherit',
  shell: !npm && process.platform === 'win32'
});
process.exit(r.status ?? 1);
