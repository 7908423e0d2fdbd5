import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';

/*
 * Patch coverage on a pull request checked out as actions/checkout does by
 * default: a depth-1 clone of the merge commit, which holds neither the base
 * nor the head commit. The "remote" is a bare repository on disk reached by a
 * file:// URL (a plain path would make git clone ignore --depth).
 */

let sandbox: GoSandbox;
let remote: string;
let baseSha: string;
let headSha: string;
let mergeSha: string;

const git = (args: string[], cwd: string) => {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

beforeAll(async () => {
  sandbox = await createGoSandbox();
  remote = path.join(sandbox.root, 'origin.git');
  git(['init', '-q', '--bare', remote], sandbox.root);
  const author = await sandbox.workspace('coverage-gate/alpha');
  git(['init', '-q', '-b', 'main'], author);
  git(['add', '-A'], author);
  git(['commit', '-qm', 'base'], author);
  baseSha = git(['rev-parse', 'HEAD'], author);
  // The pull request adds an untested function; GitHub's merge commit joins it to the base.
  git(['checkout', '-q', '-b', 'feature'], author);
  await fs.appendFile(path.join(author, 'calc', 'calc.go'), '\nfunc Later(x int) int {\n\tif x > 0 {\n\t\treturn x\n\t}\n\treturn -x\n}\n');
  git(['commit', '-qam', 'head'], author);
  headSha = git(['rev-parse', 'HEAD'], author);
  git(['checkout', '-q', 'main'], author);
  git(['merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature'], author);
  mergeSha = git(['rev-parse', 'HEAD'], author);
  git(['reset', '-q', '--hard', baseSha], author);
  git(['push', '-q', remote, 'main', 'feature', `${mergeSha}:refs/heads/pull-1-merge`], author);
}, 120_000);
afterAll(() => sandbox.cleanup());

/** A depth-1 clone of the merge commit (actions/checkout's default for pull_request), with a profile measured in it. */
async function shallowCheckout(name: string): Promise<{ ws: string; profile: string }> {
  const ws = path.join(sandbox.root, name);
  git(['clone', '-q', '--depth', '1', '--branch', 'pull-1-merge', `file://${remote}`, ws], sandbox.root);
  expect(git(['rev-parse', 'HEAD'], ws)).toBe(mergeSha);
  expect(git(['rev-parse', '--is-shallow-repository'], ws)).toBe('true');
  expect(spawnSync('git', ['cat-file', '-e', `${baseSha}^{commit}`], { cwd: ws }).status).not.toBe(0);
  const profile = path.join(sandbox.root, `${name}.out`);
  goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${profile}`, './...'], ws, sandbox.env);
  return { ws, profile };
}

/** Everything of the clone a gate must leave alone: refs, HEAD, index and working tree, config, FETCH_HEAD. */
function gitState(ws: string): string {
  return [
    git(['for-each-ref', '--format=%(refname) %(objectname)'], ws),
    git(['rev-parse', 'HEAD'], ws),
    git(['symbolic-ref', '-q', 'HEAD'], ws),
    git(['status', '--porcelain', '--untracked-files=all'], ws),
    git(['config', '--local', '--list'], ws),
    String(existsSync(path.join(ws, '.git', 'FETCH_HEAD')))
  ].join('\n');
}

const prEvent = () => ({
  pull_request: {
    number: 1,
    base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/demo' } },
    head: { sha: headSha, ref: 'feature', repo: { full_name: 'octo/demo' } }
  }
});
const gate = (ws: string, inputs: Record<string, string>) =>
  runAction({
    gate: 'coverage-gate',
    workspace: ws,
    env: { ...sandbox.env, RUNNER_TEMP: sandbox.root, GITHUB_SHA: mergeSha, GITHUB_REF: 'refs/pull/1/merge' },
    eventName: 'pull_request',
    event: prEvent(),
    inputs: { baseline: 'none', ...inputs }
  });

describe('a pull request in a default (depth 1) checkout', () => {
  let checkout: { ws: string; profile: string };
  beforeAll(async () => {
    checkout = await shallowCheckout('clone');
  }, 120_000);

  test('the base is fetched into a temporary ref and the diff is exactly the pull request; nothing of the checkout changes', async () => {
    const before = gitState(checkout.ws);
    const unchanged = await guardCheckout(checkout.ws);
    const run = await gate(checkout.ws, { profile: checkout.profile, 'threshold-total': '20' });
    expect(run.stderr).toBe('');
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['patch-coverage']).toBe('0.00');
    expect(run.report.data.patch).toEqual({ covered: 0, total: 3 });
    expect(run.report.data.patchBasis).toMatch(/^git diff [0-9a-f]{12} [0-9a-f]{12}: the checkout is the merge of the pull request into its base/);
    const notices = run.annotations.filter(a => a.kind === 'notice' && a.props.file === 'calc/calc.go');
    expect(notices.map(a => [a.props.line, a.props.endLine])).toEqual([['58', '62']]);
    expect(run.summary).toContain('| Patch (changed lines) | 0 | 3 | 0.00% | no threshold |');
    expect(gitState(checkout.ws)).toBe(before);
    expect(git(['for-each-ref', 'refs/go-ci-gates/'], checkout.ws)).toBe('');
    await unchanged();
  });

  test('threshold-patch is judged on the same diff', async () => {
    const run = await gate(checkout.ws, { profile: checkout.profile, 'threshold-patch': '80', 'patch-min-statements': '1' });
    expect(run.outputs.result).toBe('fail');
    expect(run.report.findings.find((f: any) => f.rule === 'patch-coverage').message).toBe(
      'Patch coverage is 0.00% (0/3 changed statements), below the minimum of 80%.'
    );
  });
});

describe('the base cannot be fetched (origin unreachable)', () => {
  let checkout: { ws: string; profile: string };
  beforeAll(async () => {
    checkout = await shallowCheckout('offline');
    git(['remote', 'set-url', 'origin', `file://${path.join(sandbox.root, 'gone.git')}`], checkout.ws);
  }, 120_000);

  test('without threshold-patch: a notice says why, and everything else is judged', async () => {
    const before = gitState(checkout.ws);
    const run = await gate(checkout.ws, { profile: checkout.profile, 'threshold-total': '99' });
    expect(run.outputs.result).toBe('fail');
    expect(run.report.findings.map((f: any) => `${f.rule}:${f.severity}`).sort()).toEqual(['coverage-total:error', 'patch-coverage-unavailable:notice']);
    const notice = run.report.findings.find((f: any) => f.rule === 'patch-coverage-unavailable');
    expect(notice.message).toMatch(
      new RegExp(
        `^Patch coverage is unavailable: the base ${baseSha.slice(0, 12)} is not in the checkout \\(a shallow clone\\) and could not be fetched from origin: ".+"\\. Everything else is judged\\.$`
      )
    );
    expect(run.outputs['patch-coverage']).toBe('');
    expect(run.summary).toContain('| Patch (changed lines) |  |  | n/a | unavailable |');
    const passing = await gate(checkout.ws, { profile: checkout.profile, 'threshold-total': '20' });
    expect(passing.outputs.result).toBe('pass');
    expect(gitState(checkout.ws)).toBe(before);
  });

  test('with threshold-patch: the gate fails (not errors) because the asked-for threshold cannot be judged', async () => {
    const run = await gate(checkout.ws, { profile: checkout.profile, 'threshold-patch': '80', 'threshold-total': '20' });
    expect(run.outputs.result).toBe('fail');
    expect(run.report.findings.map((f: any) => `${f.rule}:${f.severity}`)).toEqual(['patch-coverage-unavailable:error']);
    expect(run.report.findings[0].message).toMatch(/could not be fetched from origin: .*\. threshold-patch \(80%\) cannot be judged\.$/);
    expect(run.summary).toContain('fail (cannot be judged against 80%)');
  });
});
