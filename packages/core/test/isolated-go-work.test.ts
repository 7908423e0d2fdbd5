import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverModules, isolatedGoWorkEnv } from '@go-ci-gates/core';
import { goOk } from '../../../test/harness/go-command.js';

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-gowork-'));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

const GO_ENV = { GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: 'off' };

/** `go work edit -json` of a go.work, with every relative path resolved against its directory. */
function resolvedJson(file: string): unknown {
  const dir = path.dirname(file);
  const json = JSON.parse(goOk(['work', 'edit', '-json', file], dir, GO_ENV));
  const abs = (p: string) => (p.startsWith('./') || p.startsWith('../') || p === '.' || p === '..' ? path.resolve(dir, p) : p);
  for (const u of json.Use ?? []) u.DiskPath = abs(u.DiskPath);
  for (const r of json.Replace ?? []) if (!r.New.Version) r.New.Path = abs(r.New.Path);
  return json;
}

test('the temp go.work is the checkout one with paths made absolute, as go reads it; go.work.sum goes beside the copy', async () => {
  const ws = path.join(root, 'ws');
  for (const d of ['work/app', 'lib', 'dir with space', 'fork']) {
    await fs.mkdir(path.join(ws, d), { recursive: true });
    await fs.writeFile(path.join(ws, d, 'go.mod'), `module example.com/${d.replace(/\W+/g, '')}\n\ngo 1.22\n`);
  }
  const text = [
    'go 1.22',
    'toolchain go1.22.1',
    'godebug (\n\tpanicnil=1\n)',
    'use (\n\t./app // the app\n\t../lib\n\t"../dir with space"\n)',
    `use ${path.join(ws, 'fork')}`,
    'replace example.com/x v1.0.0 => ../fork',
    'replace example.com/y => example.com/z v1.2.3 // a module, not a path',
    ''
  ].join('\n');
  await fs.writeFile(path.join(ws, 'work', 'go.work'), text);
  await fs.writeFile(path.join(ws, 'work', 'go.work.sum'), '');
  const discovery = await discoverModules({ workspace: ws, root: path.join(ws, 'work') });
  const temp = path.join(root, 'temp');
  const env = await isolatedGoWorkEnv(discovery, temp);
  expect(env.GOWORK).toBe(path.join(temp, 'go-work', 'go.work'));
  expect(resolvedJson(env.GOWORK!)).toEqual(resolvedJson(path.join(ws, 'work', 'go.work')));
  expect(existsSync(`${env.GOWORK}.sum`)).toBe(true);
  // go loads the same modules through the copy, from anywhere.
  const listed = goOk(['list', '-m', '-f', '{{.Dir}}'], root, { ...GO_ENV, GOWORK: env.GOWORK! })
    .trim()
    .split('\n')
    .sort();
  expect(listed).toEqual(['work/app', 'lib', 'dir with space', 'fork'].map(d => path.join(ws, d)).sort());
});

test('outside a go.work, GOWORK=off', async () => {
  const ws = path.join(root, 'solo');
  await fs.mkdir(ws, { recursive: true });
  await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/solo\n\ngo 1.22\n');
  expect(await isolatedGoWorkEnv(await discoverModules({ workspace: ws, root: ws }), path.join(root, 'temp2'))).toEqual({ GOWORK: 'off' });
});
