import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';
import { appTree, commit, git, pullRequestEvent, REVIEW_PROXY_MODULES } from './fixture-repo.js';

// The bundle as the runner runs it: a pull_request event on a repository with history.

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox({ extraModules: REVIEW_PROXY_MODULES });
});
afterAll(() => sandbox.cleanup());

describe('mod-review bundle', () => {
  test('a pull request that upgrades a dependency: review table, outputs, annotation at the require line', async () => {
    const ws = await sandbox.emptyWorkspace();
    git(ws, ['init', '-q']);
    const base = await commit(ws, appTree('example.com/app', ['example.com/review/base v1.0.0'], ['example.com/review/base']), {
      message: 'base',
      time: '2026-01-01T10:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    const head = await commit(ws, appTree('example.com/app', ['example.com/review/base v1.1.0'], ['example.com/review/base']), {
      message: 'bump',
      time: '2026-01-01T11:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'mod-review', workspace: ws, env: { ...sandbox.env, ...(await pullRequestEvent(ws, base, head)) } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', 'change-count': '2', 'upgraded-count': '1', 'added-count': '1', 'base-sha': base });
    expect(run.summary).toContain('## ✅ mod-review');
    expect(run.summary).toMatch(
      /\| <code>example.com\/app<\/code> \| <code>example.com\/review\/extra<\/code> \| added \| {2}\| <code>v1.0.0<\/code> \| shipped \|/
    );
    const notices = run.annotations.filter(a => a.kind === 'notice' && a.props.file === 'go.mod');
    expect(notices.map(a => `${a.props.line} ${a.message}`)).toEqual([
      '5 example.com/review/base upgraded v1.0.0 → v1.1.0 (shipped).',
      '7 example.com/review/extra v1.0.0 added (shipped).'
    ]);
    expect(run.report.data.units[0].changes).toHaveLength(2);
    await unchanged();
  });
});
