import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { goSumKey, hashDir, hashGoMod, hashZipFile, parseGoSum } from '@go-ci-gates/core';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, FIXTURES, type GoSandbox } from '../../../test/harness/go-sandbox.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

test('h1 of zip, extracted dir and go.mod reproduce the go command byte for byte', async () => {
  const ws = await sandbox.workspace('modules/clean');
  goOk(['mod', 'download'], ws, sandbox.env);
  const sums = new Map(parseGoSum(await fs.readFile(path.join(FIXTURES, 'modules/clean/go.sum'), 'utf8')).lines.map(l => [goSumKey(l), l.hash]));
  const dl = path.join(sandbox.env.GOMODCACHE, 'cache', 'download', 'example.com', 'greet', '@v');
  expect(await hashZipFile(path.join(dl, 'v1.1.0.zip'))).toBe(sums.get('example.com/greet v1.1.0'));
  expect((await fs.readFile(path.join(dl, 'v1.1.0.ziphash'), 'utf8')).trim()).toBe(sums.get('example.com/greet v1.1.0'));
  expect(await hashDir(path.join(sandbox.env.GOMODCACHE, 'example.com', 'greet@v1.1.0'), 'example.com/greet@v1.1.0')).toBe(
    sums.get('example.com/greet v1.1.0')
  );
  expect(hashGoMod(await fs.readFile(path.join(dl, 'v1.1.0.mod')))).toBe(sums.get('example.com/greet v1.1.0/go.mod'));
});
