import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gate as modVerify } from '../src/main.js';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runGateInProcess } from '../../../test/harness/run-in-process.js';
import { ActionsCacheServer } from '../../../test/servers/actions-cache.js';

// Issue 20 item 4: the module proxy's answers (retracted, deprecated, newer version) are kept
// between runs, in a state directory or the Actions cache, and reused while younger than
// answers-max-age. The second run here has no proxy at all (GOPROXY=off, where go itself says
// nothing of retractions), so the retraction it still reports can only come from the kept answers.

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

async function retractedWorkspace(): Promise<{ ws: string; env: Record<string, string> }> {
  const ws = await sandbox.workspace('mod-verify/retracted');
  // state-dir must be in the workspace or RUNNER_TEMP: a RUNNER_TEMP that outlives one run, as on a self-hosted runner.
  const env = {
    ...sandbox.env,
    GOMODCACHE: path.join(ws, '..', `modcache-${path.basename(ws)}`),
    RUNNER_TEMP: path.join(ws, '..', `runner-${path.basename(ws)}`)
  };
  await fs.mkdir(env.GOMODCACHE, { recursive: true });
  await fs.mkdir(env.RUNNER_TEMP, { recursive: true });
  return { ws, env };
}

const retracted = (r: Awaited<ReturnType<typeof runGateInProcess>>) => r.report.findings.filter(f => f.rule === 'retracted').map(f => `${f.file}:${f.line}`);

describe('answers kept between runs', () => {
  test('state-dir: the second run reuses the answer with the proxy off; answers-max-age 0 asks (and, offline, learns nothing)', async () => {
    const { ws, env } = await retractedWorkspace();
    const stateDir = path.join(env.RUNNER_TEMP, 'answers');
    const unchanged = await guardCheckout(ws);
    const first = await runGateInProcess(modVerify, ws, env, { 'state-dir': stateDir });
    expect(retracted(first)).toEqual(['go.mod:5']);
    expect(first.summary).toMatch(/Module proxy answers \(retracted, deprecated, newer version\): 0 reused from directory .*, 1 asked\./);
    const saved = JSON.parse(await fs.readFile(path.join(stateDir, 'module-status.json'), 'utf8'));
    expect(saved.answers['example.com/modverify/retracted@v1.0.0']).toMatchObject({ Retracted: ['Broken: Answer returns 41.'], Update: { Version: 'v1.1.0' } });

    const offline = { ...env, GOPROXY: 'off' };
    const second = await runGateInProcess(modVerify, ws, offline, { 'state-dir': stateDir });
    expect(retracted(second)).toEqual(['go.mod:5']);
    expect(second.summary).toMatch(/1 reused from directory .*, 0 asked\./);

    const asked = await runGateInProcess(modVerify, ws, offline, { 'state-dir': stateDir, 'answers-max-age': '0' });
    expect(retracted(asked)).toEqual([]);
    expect(asked.summary).not.toMatch(/Module proxy answers/);
    await unchanged();
  });

  test('Actions cache: saved by one run, restored by the next', async () => {
    const server = new ActionsCacheServer();
    await server.start();
    try {
      const { ws, env } = await retractedWorkspace();
      const withCache = { ...env, ...server.env(), GITHUB_RUN_ID: '1' };
      const first = await runGateInProcess(modVerify, ws, withCache);
      expect(first.summary).toMatch(/0 reused from .*, 1 asked\./);
      const second = await runGateInProcess(modVerify, ws, { ...withCache, GITHUB_RUN_ID: '2', GOPROXY: 'off' });
      expect(retracted(second)).toEqual(['go.mod:5']);
      expect(second.summary).toMatch(/1 reused from .*, 0 asked\./);
    } finally {
      await server.stop();
    }
  });

  test('saved answers that are not ours are ignored with a warning, and replaced', async () => {
    const { ws, env } = await retractedWorkspace();
    const stateDir = path.join(env.RUNNER_TEMP, 'answers');
    await fs.mkdir(stateDir, { recursive: true });
    await fs.writeFile(path.join(stateDir, 'module-status.json'), '<html>proxy error page</html>');
    const run = await runGateInProcess(modVerify, ws, env, { 'state-dir': stateDir });
    expect(retracted(run)).toEqual(['go.mod:5']);
    expect(run.log.lines.join('\n')).toMatch(/the saved answers are not JSON; asking the proxy again/);
    expect(JSON.parse(await fs.readFile(path.join(stateDir, 'module-status.json'), 'utf8')).version).toBe(1);
  });

  test('a bad answers-max-age is one clear input error', async () => {
    const { ws, env } = await retractedWorkspace();
    const run = await runGateInProcess(modVerify, ws, env, { 'answers-max-age': 'a day' });
    expect(run.report.result).toBe('error');
    expect(run.report.error).toMatch(/answers-max-age/);
  });
});
