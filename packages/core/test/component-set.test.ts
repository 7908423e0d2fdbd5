import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { discoverModules, GoRunner, loadComponentSet, MemoryLogger, type ComponentSetOptions, type ProxyModule } from '@go-ci-gates/core';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';

// core's component set with less go work: app mode without test packages when the caller only
// wants what ships (listTests: false), a library listed once (auto mode's app attempt is reused
// for module mode), and a build list the caller already has not listed again. Each against the
// full answer: the members must not change.

const MODULES: ProxyModule[] = [
  { path: 'example.com/cs/run', version: 'v1.0.0', files: { 'go.mod': 'module example.com/cs/run\n\ngo 1.21\n', 'run.go': 'package run\n' } },
  { path: 'example.com/cs/testonly', version: 'v1.0.0', files: { 'go.mod': 'module example.com/cs/testonly\n\ngo 1.21\n', 't.go': 'package testonly\n' } }
];
const GO_MOD = (mod: string) => `module ${mod}\n\ngo 1.21\n\nrequire (\n\texample.com/cs/run v1.0.0\n\texample.com/cs/testonly v1.0.0\n)\n`;

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox({ extraModules: MODULES });
});
afterAll(() => sandbox.cleanup());

async function project(main: boolean): Promise<{ go: GoRunner; log: MemoryLogger; opts: ComponentSetOptions }> {
  const ws = await sandbox.emptyWorkspace();
  const mod = main ? 'example.com/csapp' : 'example.com/cslib';
  await fs.writeFile(path.join(ws, 'go.mod'), GO_MOD(mod));
  await fs.writeFile(path.join(ws, 'a.go'), `package ${main ? 'main' : 'cslib'}\n\nimport _ "example.com/cs/run"\n${main ? '\nfunc main() {}\n' : ''}`);
  await fs.writeFile(path.join(ws, 'a_test.go'), `package ${main ? 'main' : 'cslib'}\n\nimport _ "example.com/cs/testonly"\n`);
  const env = { ...sandbox.env, GOFLAGS: '-modcacherw -mod=mod' };
  const log = new MemoryLogger();
  const go = GoRunner.locate(log, undefined, { ...process.env, ...env });
  await go.run(['mod', 'tidy'], { cwd: ws });
  const d = await discoverModules({ workspace: ws, root: ws });
  const m = d.modules[0];
  const opts: ComponentSetOptions = {
    mod: m,
    env: { GOWORK: 'off' },
    goEnv: await go.goEnv(),
    workspace: ws,
    mode: 'auto',
    patterns: ['./...'],
    targets: [],
    tags: [],
    excludeTestOnly: true,
    workspaceModules: new Map([[m.path, m]])
  };
  log.lines.length = 0;
  return { go, log, opts };
}

const goCommands = (log: MemoryLogger) => log.lines.filter(l => l.startsWith('group: go ')).map(l => l.replace(/^group: (go list \S+ \S+ \S+).*$/, '$1'));
const members = (set: Awaited<ReturnType<typeof loadComponentSet>>) => set.members.map(m => `${m.path}@${m.version}`).sort();

describe('loadComponentSet with less go work', () => {
  test('an app: listTests false lists no test packages, and ships the same members', async () => {
    const { go, log, opts } = await project(true);
    const full = await loadComponentSet(go, opts);
    expect(full.mode).toBe('app');
    expect(members(full)).toEqual(['example.com/cs/run@v1.0.0']);
    expect(full.leftOut.map(l => `${l.path} ${l.reason}`)).toEqual(['example.com/cs/testonly test-only (test-dependencies: exclude)']);
    expect(log.lines.some(l => /^group: go list -e -deps -test /.test(l))).toBe(true);

    log.lines.length = 0;
    const shipped = await loadComponentSet(go, { ...opts, listTests: false });
    expect(members(shipped)).toEqual(members(full));
    expect(shipped.leftOut).toEqual([]);
    expect(goCommands(log)).toEqual(['go list -e -deps -json=ImportPath,Name,Standard,DepOnly,ForTest,Imports,Module,Error,DepsErrors']);
  });

  test('a library in auto mode: its packages listed once, and a build list given is not listed again', async () => {
    const { go, log, opts } = await project(false);
    const set = await loadComponentSet(go, opts);
    expect(set.mode).toBe('module');
    // The whole build list (tidied) but the module only tests reach.
    expect(members(set)).toEqual(['example.com/cs/run@v1.0.0']);
    expect(set.leftOut.map(l => l.path)).toEqual(['example.com/cs/testonly']);
    // One package listing (with tests) serves the app attempt and module mode; then the build list.
    expect(log.lines.filter(l => l.startsWith('group: go list -e -deps -test ')).length).toBe(1);
    expect(log.lines.filter(l => l.startsWith('group: go list -m ')).length).toBe(1);

    const { values } = await go.listJson<{ Path: string; Version?: string; Main?: boolean }>(['list', '-m', '-json', 'all'], {
      cwd: opts.mod.dir,
      env: opts.env
    });
    log.lines.length = 0;
    const given = await loadComponentSet(go, { ...opts, listTests: false, buildList: values.filter(m => !m.Main) });
    expect(members(given)).toEqual(members(set));
    // listTests false does not apply to module mode: tests decide what is left out there.
    expect(given.leftOut.map(l => l.path)).toEqual(['example.com/cs/testonly']);
    expect(log.lines.filter(l => l.startsWith('group: go list -m ')).length).toBe(0);
  });
});
