import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  GoRunner,
  listModuleStatus,
  listModuleStatusCached,
  MemoryLogger,
  moduleStatusWithAnswers,
  ModuleStatusAnswers,
  type ModuleStatus
} from '@go-ci-gates/core';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';

// The proxy's answers about module versions (retracted, deprecated, newer version), asked of
// go and kept between runs: the cached listing must say exactly what `go list -m -e -u
// -retracted -json all` says, and ask the proxy only about versions without a fresh answer.

const HOUR = 3600_000;

describe('ModuleStatusAnswers', () => {
  const now = Date.UTC(2026, 11, 2);
  test('fresh within the max age, stale after it, never from the future', () => {
    const a = ModuleStatusAnswers.empty();
    a.record({ Path: 'example.com/a', Version: 'v1.0.0', Retracted: ['broken'], Update: { Version: 'v1.1.0' } }, now - 2 * HOUR);
    a.record({ Path: 'example.com/b', Version: 'v1.0.0' }, now + HOUR);
    expect(a.fresh('example.com/a@v1.0.0', 3 * HOUR, now)).toEqual({ at: now - 2 * HOUR, Retracted: ['broken'], Update: { Version: 'v1.1.0' } });
    expect(a.fresh('example.com/a@v1.0.0', HOUR, now)).toBeUndefined();
    expect(a.fresh('example.com/b@v1.0.0', 3 * HOUR, now)).toBeUndefined();
    expect(a.fresh('example.com/c@v1.0.0', 3 * HOUR, now)).toBeUndefined();
  });
  test('an entry with an error is not an answer', () => {
    const a = ModuleStatusAnswers.empty();
    a.record({ Path: 'example.com/a', Version: 'v1.0.0', Error: { Err: '502 Bad Gateway' } }, now);
    expect(a.size).toBe(0);
  });
  test('round trip, dropping what is past the max age', () => {
    const a = ModuleStatusAnswers.empty();
    a.record({ Path: 'example.com/old', Version: 'v1.0.0' }, now - 30 * HOUR);
    a.record({ Path: 'example.com/new', Version: 'v1.0.0', Deprecated: 'use x' }, now - HOUR);
    const b = ModuleStatusAnswers.parse(a.serialize(24 * HOUR, now));
    expect(b.problem).toBeUndefined();
    expect(b.size).toBe(1);
    expect(b.fresh('example.com/new@v1.0.0', 24 * HOUR, now)).toEqual({ at: now - HOUR, Deprecated: 'use x' });
  });
  test('a file that is not ours is ignored with a reason; malformed entries are dropped', () => {
    expect(ModuleStatusAnswers.parse('<html>').problem).toMatch(/not JSON/);
    expect(ModuleStatusAnswers.parse('{"version":2,"answers":{}}').problem).toMatch(/not version 1/);
    const b = ModuleStatusAnswers.parse(
      JSON.stringify({ version: 1, answers: { 'x@v1': { at: 'soon' }, 'no-version': { at: 1 }, 'y@v1': { at: 1, Retracted: [3], Deprecated: 7 } } })
    );
    expect(b.size).toBe(1);
    expect(b.fresh('y@v1', Infinity, 2)).toEqual({ at: 1 });
  });
});

describe('listModuleStatusCached', () => {
  let sandbox: GoSandbox;
  beforeAll(async () => {
    sandbox = await createGoSandbox();
  });
  afterAll(() => sandbox.cleanup());

  const strip = (ms: ModuleStatus[]) =>
    ms
      .filter(m => !m.Main)
      .map(({ Path, Version, Indirect, Retracted, Deprecated, Update }) => ({ Path, Version, Indirect, Retracted, Deprecated, Update: Update?.Version }))
      .sort((a, b) => a.Path.localeCompare(b.Path));

  test('says what go list -m -u -retracted all says; a second run asks nothing; a stale answer is asked again', async () => {
    const ws = await sandbox.emptyWorkspace();
    await fs.writeFile(
      path.join(ws, 'go.mod'),
      'module example.com/m\n\ngo 1.21\n\nrequire (\n\texample.com/modverify/retracted v1.0.0\n\texample.com/modverify/deprecated v1.0.0\n\texample.com/modverify/lib v1.0.0\n)\n'
    );
    const env = { ...sandbox.env, GOFLAGS: '-modcacherw -mod=mod' };
    const go = GoRunner.locate(new MemoryLogger(), undefined, { ...process.env, ...env });
    await go.run(['mod', 'download', 'all'], { cwd: ws });
    const expected = strip((await listModuleStatus(go, ['all'], { cwd: ws, retries: 0 })).listed);
    expect(expected.find(m => m.Path.endsWith('/retracted'))?.Retracted).toEqual(['Broken: Answer returns 41.']);
    expect(expected.find(m => m.Path.endsWith('/deprecated'))?.Deprecated).toBeTruthy();
    expect(expected.find(m => m.Path.endsWith('/lib'))?.Update).toBe('v1.1.0');

    const answers = ModuleStatusAnswers.empty();
    const now = Date.now();
    const first = await listModuleStatusCached(go, { cwd: ws, retries: 0, answers, maxAgeMs: 24 * HOUR, now });
    expect(strip(first.listed)).toEqual(expected);
    expect({ asked: first.asked, reused: first.reused, unchecked: first.unchecked }).toEqual({ asked: expected.length, reused: 0, unchecked: [] });

    // The proxy switched off: every answer comes from the first run.
    const offline = GoRunner.locate(new MemoryLogger(), undefined, { ...process.env, ...env, GOPROXY: 'off' });
    const second = await listModuleStatusCached(offline, { cwd: ws, retries: 0, answers, maxAgeMs: 24 * HOUR, now: now + HOUR });
    expect(strip(second.listed)).toEqual(expected);
    expect({ asked: second.asked, reused: second.reused }).toEqual({ asked: 0, reused: expected.length });

    // A day later the answers are stale: asked again. With GOPROXY=off go knows nothing of
    // retractions and says so without an error: that is shown, and never kept as an answer.
    const stale = await listModuleStatusCached(offline, { cwd: ws, retries: 0, answers, maxAgeMs: 24 * HOUR, now: now + 25 * HOUR });
    expect(stale.asked).toBe(expected.length);
    expect(stale.listed.find(m => m.Path.endsWith('/retracted'))?.Retracted).toBeUndefined();
    expect(answers.fresh('example.com/modverify/retracted@v1.0.0', Infinity, now + 25 * HOUR)?.Retracted).toEqual(['Broken: Answer returns 41.']);

    // A proxy that fails: each version is asked again on its own, then reported unchecked, and nothing is kept.
    const failing = GoRunner.locate(new MemoryLogger(), undefined, { ...process.env, ...env, GOPROXY: 'http://127.0.0.1:9' });
    const down = await listModuleStatusCached(failing, { cwd: ws, retries: 1, answers, maxAgeMs: 24 * HOUR, now: now + 25 * HOUR });
    expect(down.unchecked.sort()).toEqual(expected.map(m => `${m.Path}@${m.Version}`).sort());
    expect(answers.fresh('example.com/modverify/lib@v1.0.0', Infinity, now + 25 * HOUR)).toEqual({ at: now, Update: { Version: 'v1.1.0' } });
  });

  test('moduleStatusWithAnswers: only the given modules, path@version queries for a few, `all` above the bound, kept answers reused', async () => {
    const ws = await sandbox.emptyWorkspace();
    await fs.writeFile(
      path.join(ws, 'go.mod'),
      'module example.com/m\n\ngo 1.21\n\nrequire (\n\texample.com/modverify/retracted v1.0.0\n\texample.com/modverify/deprecated v1.0.0\n\texample.com/modverify/lib v1.0.0\n)\n'
    );
    const env = { ...sandbox.env, GOFLAGS: '-modcacherw -mod=mod' };
    const log = new MemoryLogger();
    const go = GoRunner.locate(log, undefined, { ...process.env, ...env });
    await go.run(['mod', 'download', 'all'], { cwd: ws });
    const { values } = await go.listJson<ModuleStatus>(['list', '-m', '-json', 'all'], { cwd: ws });
    const pick = (suffix: string) => values.find(m => m.Path.endsWith(suffix))!;
    const statusCommands = () => log.lines.filter(l => l.startsWith('group: go list -m -e -u -retracted')).map(l => l.replace(/ \(.*$/, ''));
    const answers = ModuleStatusAnswers.empty();
    const now = Date.now();
    const opts = { cwd: ws, retries: 0, answers, maxAgeMs: 24 * HOUR, now };

    // Two versions, within the bound: asked as queries, and only those two come back.
    const few = await moduleStatusWithAnswers(go, [pick('/retracted'), pick('/lib')], opts);
    expect(statusCommands()).toEqual(['group: go list -m -e -u -retracted -json example.com/modverify/retracted@v1.0.0 example.com/modverify/lib@v1.0.0']);
    expect(strip(few.listed)).toEqual([
      { Path: 'example.com/modverify/lib', Version: 'v1.0.0', Indirect: undefined, Retracted: undefined, Deprecated: undefined, Update: 'v1.1.0' },
      {
        Path: 'example.com/modverify/retracted',
        Version: 'v1.0.0',
        Indirect: undefined,
        Retracted: ['Broken: Answer returns 41.'],
        Deprecated: undefined,
        Update: 'v1.1.0'
      }
    ]);
    expect({ asked: few.asked, reused: few.reused }).toEqual({ asked: 2, reused: 0 });

    // All three with a bound of one: the two answered are reused; the one left is within the bound.
    log.lines.length = 0;
    const rest = await moduleStatusWithAnswers(go, [pick('/retracted'), pick('/lib'), pick('/deprecated')], { ...opts, askAllAbove: 1 });
    expect(statusCommands()).toEqual(['group: go list -m -e -u -retracted -json example.com/modverify/deprecated@v1.0.0']);
    expect({ asked: rest.asked, reused: rest.reused }).toEqual({ asked: 1, reused: 2 });
    expect(rest.listed.find(m => m.Path.endsWith('/deprecated'))?.Deprecated).toBeTruthy();

    // Nothing kept, more versions than the bound: one listing of `all`, answers for the given modules only.
    log.lines.length = 0;
    const cold = await moduleStatusWithAnswers(go, [pick('/retracted'), pick('/deprecated')], {
      ...opts,
      answers: ModuleStatusAnswers.empty(),
      askAllAbove: 1
    });
    expect(statusCommands()).toEqual(['group: go list -m -e -u -retracted -json all']);
    expect(strip(cold.listed).map(m => m.Path)).toEqual(['example.com/modverify/deprecated', 'example.com/modverify/retracted']);
    expect(cold.listed.find(m => m.Path.endsWith('/retracted'))?.Retracted).toEqual(['Broken: Answer returns 41.']);
    expect({ asked: cold.asked, reused: cold.reused }).toEqual({ asked: 2, reused: 0 });
  });
});
