import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GoRunner, MemoryLogger, parseModFile, type GoModule } from '@go-ci-gates/core';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { coveredByTests, listTarget } from '../src/list-target.js';
import type { Target } from '../src/targets.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

/**
 * A module whose build without tests and build with tests differ: a command,
 * a library with an in-package test and an external test, a dependency only
 * the tests import, one only the command imports, one only Windows builds import.
 */
async function module(dir: string): Promise<GoModule> {
  const write = async (rel: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  };
  await write('go.mod', 'module example.com/covered\n\ngo 1.21\n');
  await write('lib/lib.go', 'package lib\n\nimport "strings"\n\nfunc Up(s string) string { return strings.ToUpper(s) }\n');
  await write(
    'lib/lib_test.go',
    'package lib\n\nimport (\n\t"testing"\n\n\t"example.com/readonly/assert"\n)\n\nfunc TestUp(t *testing.T) { _ = assert.Name; _ = Up("x") }\n'
  );
  await write(
    'lib/x_test.go',
    'package lib_test\n\nimport (\n\t"net/http/httptest"\n\t"testing"\n\n\t"example.com/covered/lib"\n)\n\nfunc TestX(t *testing.T) { _ = httptest.NewRecorder; _ = lib.Up }\n'
  );
  await write(
    'cmd/app/main.go',
    'package main\n\nimport (\n\t"fmt"\n\t_ "net"\n\n\t"example.com/covered/lib"\n\t"example.com/readonly/common"\n)\n\nfunc main() { fmt.Println(lib.Up(common.Name())) }\n'
  );
  await write('cmd/app/win_windows.go', 'package main\n\nimport _ "example.com/readonly/wmi"\n');
  goOk(['mod', 'tidy'], dir, { ...sandbox.env, GOFLAGS: '-mod=mod' });
  const text = await fs.readFile(path.join(dir, 'go.mod'), 'utf8');
  return { path: 'example.com/covered', dir, relDir: '.', goModFile: 'go.mod', modFile: parseModFile(text, 'go.mod') };
}

const target = (goos: string, tests: boolean, cgoEnabled: '0' | '1' = '0'): Target => ({ goos, goarch: 'amd64', tags: [], tests, cgoEnabled });

test('a target without tests read from its tests run lists exactly the packages go list -deps lists', async () => {
  const mod = await module(await sandbox.emptyWorkspace());
  const go = new GoRunner('go', new MemoryLogger(), { ...process.env, ...sandbox.env });
  // With cgo, net and runtime/cgo import cgo's pseudo-package "C", which go list never lists.
  for (const [goos, cgo] of [
    ['linux', '0'],
    ['linux', '1'],
    ['windows', '0']
  ] as const) {
    for (const patterns of [['./...'], ['./cmd/...'], ['./lib']]) {
      const withTests = await listTarget(go, mod, target(goos, true, cgo), { patterns });
      const without = await listTarget(go, mod, target(goos, false, cgo), { patterns });
      expect(withTests.errors).toEqual([]);
      const covered = coveredByTests(withTests, target(goos, false, cgo), patterns, false);
      expect([goos, cgo, patterns, covered !== undefined]).toEqual([goos, cgo, patterns, true]);
      // What go list -deps lists, in any order; the tests run lists more (the tests and what only they import).
      expect([goos, cgo, patterns, [...covered!.packages.keys()].sort()]).toEqual([goos, cgo, patterns, [...without.packages.keys()].sort()]);
      expect(covered!.packageCount).toBe(without.packageCount);
      // ./cmd/... has no tests: both runs list the same packages.
      if (patterns[0] !== './cmd/...') expect(withTests.packageCount).toBeGreaterThan(without.packageCount);
      expect(covered!.args).toEqual(without.args);
      expect(covered!.coveredBy).toEqual(withTests.args);
    }
  }
});

test('a tests run with an error covers nothing: the target without tests runs on its own', async () => {
  const ws = await sandbox.emptyWorkspace();
  const mod = await module(ws);
  // The test-only dependency is no longer required: the tests run fails, the build without tests does not.
  await fs.writeFile(path.join(ws, 'go.mod'), (await fs.readFile(path.join(ws, 'go.mod'), 'utf8')).replace(/\n\s*example\.com\/readonly\/assert v[^\n]*/, ''));
  const go = new GoRunner('go', new MemoryLogger(), { ...process.env, ...sandbox.env });
  const withTests = await listTarget(go, mod, target('linux', true), { patterns: ['./...'] });
  expect(withTests.errors.length).toBeGreaterThan(0);
  expect(coveredByTests(withTests, target('linux', false), ['./...'], false)).toBeUndefined();
  expect((await listTarget(go, mod, target('linux', false), { patterns: ['./...'] })).errors).toEqual([]);
});
