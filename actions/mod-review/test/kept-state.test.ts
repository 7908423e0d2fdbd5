import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, fixtureProxyModules, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runGateInProcess, type InProcessRun } from '../../../test/harness/run-in-process.js';
import { ActionsCacheServer } from '../../../test/servers/actions-cache.js';
import { SumdbTestServer } from '../../../test/servers/sumdb.js';
import { gate as modVerify } from '../../mod-verify/src/main.js';
import { gate } from '../src/main.js';
import type { ReviewData } from '../src/main.js';
import { appTree, commit, git, pullRequestEvent, REVIEW_PROXY_MODULES } from './fixture-repo.js';

// What mod-review keeps between runs, as on a warm runner: the module proxy's answers
// (retracted, deprecated; core's ProxyAnswersStore, shared with mod-verify) and the checksum
// database state (sumdb's session, as sum-audit keeps it), in state-dir or the Actions cache.
// Runs with GOPROXY=off have no proxy at all (go then says nothing of retractions), so a
// retraction they still report can only come from the kept answers.

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox({ extraModules: REVIEW_PROXY_MODULES });
});
afterAll(() => sandbox.cleanup());

const APP = 'example.com/app';
const retracted = (run: InProcessRun) => run.report.findings.filter(f => f.rule === 'new-retracted').map(f => `${f.file}:${f.line}`);

/** A pull request that newly requires a retracted version; RUNNER_TEMP outlives one run (a self-hosted runner). */
async function retractedPullRequest(): Promise<{ ws: string; env: Record<string, string>; line: number }> {
  const ws = await sandbox.emptyWorkspace();
  git(ws, ['init', '-q']);
  const base = await commit(ws, appTree(APP, ['example.com/greet v1.0.0'], ['example.com/greet']), {
    message: 'base',
    time: '2026-01-01T10:00:00Z',
    tidy: ['.'],
    env: sandbox.env
  });
  const head = await commit(
    ws,
    appTree(APP, ['example.com/greet v1.0.0', 'example.com/modverify/retracted v1.0.0'], ['example.com/greet', 'example.com/modverify/retracted']),
    { message: 'retracted', time: '2026-01-01T11:00:00Z', tidy: ['.'], env: sandbox.env }
  );
  const line = (await fs.readFile(path.join(ws, 'go.mod'), 'utf8')).split('\n').findIndex(l => l.includes('modverify/retracted')) + 1;
  const env = { ...sandbox.env, ...(await pullRequestEvent(ws, base, head)), RUNNER_TEMP: path.join(ws, '..', `runner-${path.basename(ws)}`) };
  await fs.mkdir(env.RUNNER_TEMP, { recursive: true });
  return { ws, env, line };
}

describe('mod-review keeps the proxy answers', () => {
  test('state-dir: the second run reuses the answer with the proxy off; answers-max-age 0 asks (and, offline, learns nothing)', async () => {
    const { ws, env, line } = await retractedPullRequest();
    const stateDir = path.join(env.RUNNER_TEMP, 'state');
    const unchanged = await guardCheckout(ws);
    const first = await runGateInProcess(gate, ws, env, { 'state-dir': stateDir });
    expect(retracted(first)).toEqual([`go.mod:${line}`]);
    expect(first.summary).toMatch(/Module proxy answers \(retracted, deprecated\): 0 reused from directory .*state \(at most 24 h old\), 1 asked\./);
    const saved = JSON.parse(await fs.readFile(path.join(stateDir, 'module-status.json'), 'utf8'));
    expect(saved.answers['example.com/modverify/retracted@v1.0.0']).toMatchObject({ Retracted: ['Broken: Answer returns 41.'], Update: { Version: 'v1.1.0' } });

    const offline = { ...env, GOPROXY: 'off' };
    const second = await runGateInProcess(gate, ws, offline, { 'state-dir': stateDir, sumdb: 'false' });
    expect(retracted(second)).toEqual([`go.mod:${line}`]);
    expect(second.report.findings.find(f => f.rule === 'new-retracted')!.message).toBe(
      'example.com/modverify/retracted@v1.0.0 is newly required but retracted by its author: Broken: Answer returns 41. Upgrade to v1.1.0.'
    );
    expect(second.summary).toMatch(/1 reused from directory .*, 0 asked\./);
    expect(second.outputs['retracted-count']).toBe('1');

    const asked = await runGateInProcess(gate, ws, offline, { 'state-dir': stateDir, sumdb: 'false', 'answers-max-age': '0' });
    expect(retracted(asked)).toEqual([]);
    expect(asked.summary).not.toMatch(/Module proxy answers/);
    await unchanged();
  });

  test('Actions cache: restores what mod-verify kept, and keeps its own under mod-review-answers-1-', async () => {
    const server = new ActionsCacheServer();
    await server.start();
    try {
      const { ws, env, line } = await retractedPullRequest();
      const withCache = { ...env, ...server.env(), GITHUB_RUN_ID: '1' };
      // mod-verify on the head: it keeps the answer for every module of the build list.
      const verify = await runGateInProcess(modVerify, ws, withCache);
      expect(verify.summary).toMatch(/0 reused from .*, \d+ asked\./);
      const offline = { ...withCache, GITHUB_RUN_ID: '2', GOPROXY: 'off' };
      const reused = await runGateInProcess(gate, ws, offline, { sumdb: 'false' });
      expect(retracted(reused)).toEqual([`go.mod:${line}`]);
      expect(reused.summary).toMatch(/Module proxy answers \(retracted, deprecated\): 1 reused from .*, 0 asked\./);
      // Nothing new was learnt: nothing saved.
      const keys = () => [...server.entries.values()].map(e => e.key);
      expect(keys().filter(k => k.startsWith('mod-review-answers-1-'))).toEqual([]);

      // A fresh cache: mod-review asks, keeps the answer under its own key, and reuses it offline.
      const own = new ActionsCacheServer();
      await own.start();
      try {
        const ownEnv = { ...env, ...own.env(), GITHUB_RUN_ID: '3' };
        const asked = await runGateInProcess(gate, ws, ownEnv);
        expect(asked.summary).toMatch(/0 reused from .*, 1 asked\./);
        expect([...own.entries.values()].map(e => e.key).filter(k => k.startsWith('mod-review-answers-1-')).length).toBe(1);
        const again = await runGateInProcess(gate, ws, { ...ownEnv, GITHUB_RUN_ID: '4', GOPROXY: 'off' }, { sumdb: 'false' });
        expect(retracted(again)).toEqual([`go.mod:${line}`]);
        expect(again.summary).toMatch(/1 reused from .*, 0 asked\./);
      } finally {
        await own.stop();
      }
    } finally {
      await server.stop();
    }
  });

  test('cache: false keeps nothing in the Actions cache', async () => {
    const server = new ActionsCacheServer();
    await server.start();
    try {
      const { ws, env } = await retractedPullRequest();
      const run = await runGateInProcess(gate, ws, { ...env, ...server.env() }, { cache: 'false' });
      expect(run.report.result).toBe('fail');
      expect(run.summary).not.toMatch(/Module proxy answers/);
      expect(server.entries.size).toBe(0);
    } finally {
      await server.stop();
    }
  });
});

describe('mod-review keeps the checksum database state', () => {
  test('in state-dir, as sum-audit does: the warm run asks the database only for its latest tree head', async () => {
    const db = new SumdbTestServer();
    db.addProxyModules([...(await fixtureProxyModules()), ...REVIEW_PROXY_MODULES]);
    await db.start();
    try {
      const { ws, env } = await retractedPullRequest();
      const stateDir = path.join(env.RUNNER_TEMP, 'state');
      const withDb = { ...env, GOSUMDB: db.gosumdb };
      const cold = await runGateInProcess(gate, ws, withDb, { 'state-dir': stateDir });
      const verdicts = () => (cold.report.data as ReviewData).units[0].sumdb;
      expect(verdicts()).toMatchObject({ verified: 2, mismatch: [], rejected: [], unverified: [] });
      // sum-audit's layout: the state of each database in its own directory beside the proxy answers.
      expect((await fs.readdir(stateDir)).sort()).toEqual(['module-status.json', 'sumdb.gcg.test']);
      const before = db.requests.length;
      const warm = await runGateInProcess(gate, ws, withDb, { 'state-dir': stateDir });
      expect((warm.report.data as ReviewData).units[0].sumdb).toMatchObject({ verified: 2, mismatch: [], rejected: [], unverified: [] });
      expect(db.requests.slice(before).map(r => r.path)).toEqual(['/latest']);
    } finally {
      await db.stop();
    }
  });
});

describe('bad inputs: one clear error, nothing changed', () => {
  test.each([
    ['answers-max-age', 'a day', async () => undefined, /answers-max-age/],
    ['answers-max-age', '-1', async () => undefined, /answers-max-age/],
    ['cache', 'sometimes', async () => undefined, /cache/],
    ['state-dir', '/etc/mod-review-state', async () => undefined, /state-dir.*it must stay inside the workspace .* or RUNNER_TEMP/],
    ['state-dir', 'state', (ws: string) => fs.symlink('/etc', path.join(ws, 'state')), /state-dir.*state is a symlink/],
    [
      'state-dir',
      'state',
      async (ws: string) => {
        await fs.mkdir(path.join(ws, 'state'));
        await fs.symlink('/etc/passwd', path.join(ws, 'state', 'module-status.json'));
      },
      /state-dir.*it holds a symlink \(module-status.json\)/
    ]
  ])('%s: %s', async (input, value, prepare, message) => {
    const { ws, env } = await retractedPullRequest();
    await prepare(ws);
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, env, { [input]: value });
    expect(run.report.result).toBe('error');
    expect(run.report.error).toMatch(message);
    expect(run.report.findings).toEqual([]);
    await unchanged();
  });

  const writePolicy = (text: string) => (ws: string) => fs.writeFile(path.join(ws, 'p.yaml'), text);
  test.each<[string, string, (ws: string) => Promise<unknown>, RegExp]>([
    [
      'a key no gate knows',
      'p.yaml',
      writePolicy('replace-allow: [a]\nreveiw:\n  max-new-shipped: 3\n'),
      /"p.yaml:2": unknown key "reveiw" \(a policy file holds allow, allowed-references, deny, exceptions, pinned, replace-allow, review, unknown, unwanted\)/
    ],
    [
      'a rule setting',
      'p.yaml',
      writePolicy('review:\n  rules:\n    new-replace: never\n'),
      /"p.yaml:1": review.rules: expected one of: error, warning, notice, off/
    ],
    ['an unknown rule', 'p.yaml', writePolicy('review:\n  rules:\n    no-such-rule: off\n'), /"p.yaml:1": review.rules: unknown rule id 'no-such-rule'/],
    ['a limit', 'p.yaml', writePolicy('review:\n  max-new-shipped: many\n'), /"p.yaml:1": review: 'max-new-shipped' must be a whole number/],
    ['a symlink', 'p.yaml', (ws: string) => fs.symlink('/etc/passwd', path.join(ws, 'p.yaml')), /policy-file.*symlink/],
    ['a missing file', 'nope.yaml', async () => undefined, /policy-file.*nope.yaml/]
  ])('policy-file: %s', async (_name, value, prepare, message) => {
    const { ws, env } = await retractedPullRequest();
    await prepare(ws);
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, env, { 'policy-file': value });
    expect(run.report.result).toBe('error');
    expect(run.report.error).toMatch(message);
    expect(run.report.findings).toEqual([]);
    await unchanged();
  });
});
