import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs, readlinkSync } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runGateInProcess, type InProcessRun } from '../../../test/harness/run-in-process.js';
import { fixtureProxyModules } from '../../../test/harness/go-sandbox.js';
import { FakeGitHubComments } from '../../../test/servers/github-comments.js';
import { SumdbTestServer } from '../../../test/servers/sumdb.js';
import { gate } from '../src/main.js';
import type { ReviewData } from '../src/main.js';
import { appTree, commit, git, pullRequestEvent, pushEvent, REVIEW_PROXY_MODULES } from './fixture-repo.js';

// mod-review's source in this process, on repositories with real git history and the real go:
// every change kind and policy rule, go.work, shallow clones and a missing base.

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox({ extraModules: REVIEW_PROXY_MODULES });
});
afterAll(() => sandbox.cleanup());

const found = (run: InProcessRun) => run.report.findings.map(f => `${f.rule}@${f.file ?? ''}:${f.line ?? ''}`).sort();
const data = (run: InProcessRun) => run.report.data as ReviewData;

const APP = 'example.com/app';

/** A repository whose first commit is `base`; returns the workspace and the base commit. */
async function repoWith(base: Record<string, string | null>, tidy = ['.']): Promise<{ ws: string; baseSha: string }> {
  const ws = await sandbox.emptyWorkspace();
  git(ws, ['init', '-q']);
  const baseSha = await commit(ws, base, { message: 'base', time: '2026-01-01T10:00:00Z', tidy, env: sandbox.env });
  return { ws, baseSha };
}

describe('mod-review', () => {
  test('an unchanged pull request is a clean "no dependency changes"', async () => {
    const { ws, baseSha } = await repoWith(appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']));
    const head = await commit(ws, { 'README.md': 'docs only\n' }, { message: 'docs', time: '2026-01-01T11:00:00Z' });
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    expect(run.report.result).toBe('pass');
    expect(run.report.headline).toBe(`No dependency changes against ${baseSha.slice(0, 7)} (the merge base of the pull request with main).`);
    expect(run.report.findings).toEqual([]);
    expect(run.outputs).toMatchObject({ 'change-count': '0', 'added-count': '0', 'gosum-count': '0', 'base-sha': baseSha });
    expect(data(run).units.map(u => u.status)).toEqual(['unchanged']);
    await unchanged();
  });

  test('requirements that change without changing the build list: what ships was listed for nothing, and the review is still exact', async () => {
    // An exclude of a version nothing selects: go.mod's version-selecting lines differ, so the gate lists
    // what ships on both sides before it compares the build lists, which turn out the same.
    const { ws, baseSha } = await repoWith(appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']));
    const head = await commit(ws, appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet'], { extra: 'exclude example.com/greet v1.0.0' }), {
      message: 'exclude',
      time: '2026-01-01T11:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    expect(data(run).units.map(u => [u.status, u.changes.length, u.problem, u.shippedProblem])).toEqual([['changed', 0, undefined, undefined]]);
    expect(found(run).map(f => f.split('@')[0])).toEqual(['directive-change']);
    expect(run.outputs).toMatchObject({ 'change-count': '0', 'gosum-count': '0' });
    await unchanged();
  });

  test('an upgrade that pulls in a transitive module, a downgrade, new go.sum lines, annotated at the require lines', async () => {
    const { ws, baseSha } = await repoWith(
      appTree(APP, ['example.com/greet v1.1.0', 'example.com/review/base v1.0.0'], ['example.com/greet', 'example.com/review/base'])
    );
    const head = await commit(
      ws,
      appTree(APP, ['example.com/greet v1.0.0', 'example.com/review/base v1.1.0'], ['example.com/greet', 'example.com/review/base']),
      { message: 'bump', time: '2026-01-01T11:00:00Z', tidy: ['.'], env: sandbox.env }
    );
    const headMod = await fs.readFile(path.join(ws, 'go.mod'), 'utf8');
    const lineOf = (s: string) => headMod.split('\n').findIndex(l => l.includes(s)) + 1;
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    expect(run.report.result).toBe('fail');
    const changes = data(run).units[0].changes.map(c => `${c.path} ${c.kind} ${c.from ?? ''} ${c.to ?? ''}`);
    expect(changes).toEqual([
      'example.com/greet downgraded v1.1.0 v1.0.0',
      'example.com/review/base upgraded v1.0.0 v1.1.0',
      'example.com/review/extra added  v1.0.0'
    ]);
    expect(found(run)).toEqual(
      [
        `dependency-change@go.mod:${lineOf('example.com/greet')}`,
        `dependency-change@go.mod:${lineOf('example.com/review/base')}`,
        `dependency-change@go.mod:${lineOf('example.com/review/extra')}`,
        `downgrade@go.mod:${lineOf('example.com/greet')}`
      ].sort()
    );
    expect(run.outputs).toMatchObject({ 'change-count': '3', 'added-count': '1', 'upgraded-count': '1', 'downgraded-count': '1', 'gosum-count': '6' });
    expect(run.summary).toContain('Dependency changes');
    expect(run.summary).toMatch(/<code>example.com\/review\/extra<\/code> \| added \|/);
    expect(run.annotations.filter(a => a.kind === 'error').map(a => `${a.file}:${a.line}`)).toEqual([`go.mod:${lineOf('example.com/greet')}`]);
    await unchanged();
  });

  test('new replace, pseudo-version, +incompatible, pre-release, retracted, deprecated, major bump; go line and exclude moved', async () => {
    const { ws, baseSha } = await repoWith(
      appTree(APP, ['example.com/greet v1.1.0', 'example.com/review/base v1.0.0'], ['example.com/greet', 'example.com/review/base'])
    );
    const head = await commit(
      ws,
      {
        ...appTree(
          APP,
          [
            'example.com/greet v1.1.0',
            'example.com/review/base v1.0.0',
            'example.com/review/base/v2 v2.0.0',
            'example.com/modverify/pseudo v0.0.0-20240102030405-abcdef123456',
            'example.com/modverify/legacy v2.0.0+incompatible',
            'example.com/modverify/pre v1.2.0-rc.1',
            'example.com/modverify/retracted v1.0.0',
            'example.com/modverify/deprecated v1.0.0'
          ],
          [
            'example.com/greet',
            'example.com/review/base',
            'example.com/review/base/v2',
            'example.com/modverify/pseudo',
            'example.com/modverify/legacy',
            'example.com/modverify/pre',
            'example.com/modverify/retracted',
            'example.com/modverify/deprecated'
          ],
          { extra: 'replace example.com/greet => ./_local/greet\n\nexclude example.com/greet v1.0.0', goLine: '1.22' }
        ),
        '_local/greet/go.mod': 'module example.com/greet\n\ngo 1.21\n',
        '_local/greet/greet.go': 'package greet\n'
      },
      { message: 'many', time: '2026-01-01T11:00:00Z', tidy: ['.'], env: sandbox.env }
    );
    const headMod = await fs.readFile(path.join(ws, 'go.mod'), 'utf8');
    const lineOf = (s: string) => headMod.split('\n').findIndex(l => l.includes(s)) + 1;
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pushEvent(ws, baseSha, head)) });
    const rules = found(run).filter(r => !r.startsWith('dependency-change'));
    expect(rules).toEqual(
      [
        `new-replace@go.mod:${lineOf('replace example.com/greet')}`,
        `new-pseudo-version@go.mod:${lineOf('modverify/pseudo')}`,
        `new-incompatible@go.mod:${lineOf('modverify/legacy')}`,
        `new-prerelease@go.mod:${lineOf('modverify/pre')}`,
        `new-retracted@go.mod:${lineOf('modverify/retracted')}`,
        `new-deprecated@go.mod:${lineOf('modverify/deprecated')}`,
        `major-bump@go.mod:${lineOf('review/base/v2')}`,
        `go-line-change@go.mod:${lineOf('go 1.22')}`,
        `directive-change@go.mod:${lineOf('exclude')}`
      ].sort()
    );
    const byRule = (r: string) => run.report.findings.find(f => f.rule === r)!;
    expect(byRule('new-replace').message).toBe(
      'New replace example.com/greet => ./_local/greet: a local directory (builds outside this checkout cannot see it).'
    );
    expect(byRule('new-retracted').message).toBe(
      'example.com/modverify/retracted@v1.0.0 is newly required but retracted by its author: Broken: Answer returns 41. Upgrade to v1.1.0.'
    );
    expect(byRule('major-bump').message).toBe(
      'example.com/review/base/v2@v2.0.0 is a major version bump from example.com/review/base@v1.0.0: add the label major-dependency-bump or a major-allow entry.'
    );
    expect(byRule('go-line-change').message).toBe('go 1.21 → 1.22.');
    expect(run.outputs).toMatchObject({ 'replace-count': '1', 'pseudo-count': '1', 'major-count': '1', 'retracted-count': '2' });
    expect(run.report.result).toBe('fail');
    await unchanged();

    // The label and the allow lists exempt what they name.
    const allowed = await runGateInProcess(
      gate,
      ws,
      { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head, { labels: ['major-dependency-bump'] })) },
      {
        'replace-allow': 'example.com/greet',
        rules: 'new-retracted: off\nnew-deprecated: off\nnew-pseudo-version: off'
      }
    );
    expect(found(allowed).filter(r => /major|replace|retracted|deprecated|pseudo/.test(r))).toEqual([]);
    expect(allowed.report.result).toBe('pass');

    // The same policy from the shared policy file (mod-verify's and license-policy's keys passed over), on a push
    // without labels; the file is new in the checkout, which the review says.
    await fs.writeFile(
      path.join(ws, 'deps-policy.yaml'),
      [
        'unwanted: {example.com/nothing: not used}',
        'allow: [MIT, Apache-2.0]',
        'replace-allow: [example.com/greet]',
        'review:',
        "  major-allow: ['example.com/review/**']",
        '  rules:',
        '    new-retracted: off',
        '    new-deprecated: off',
        '    new-pseudo-version: off',
        ''
      ].join('\n')
    );
    const fromFile = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pushEvent(ws, baseSha, head)) }, { 'policy-file': 'deps-policy.yaml' });
    expect(found(fromFile).filter(r => /major|replace|retracted|deprecated|pseudo|policy/.test(r))).toEqual(['policy-file-change@deps-policy.yaml:1']);
    expect(fromFile.report.findings.find(f => f.rule === 'policy-file-change')).toMatchObject({
      severity: 'warning',
      message: 'This change adds deps-policy.yaml, the policy file this review applies: its settings were used, so review them as part of the change.'
    });
    expect((fromFile.report.data as ReviewData).policyFile).toBe('deps-policy.yaml');
    expect(fromFile.report.result).toBe('pass');
  });

  test('a policy file the base already had, unchanged, is applied without a finding; an edit to it is a warning', async () => {
    const policyV1 = 'review:\n  max-new-shipped: 1\n';
    const { ws, baseSha } = await repoWith({ ...appTree(APP, [], []), 'policy.yaml': policyV1 }, []);
    const tree = appTree(APP, ['example.com/review/base v1.1.0', 'example.com/greet v1.1.0'], ['example.com/review/base', 'example.com/greet']);
    const head = await commit(ws, { ...tree, 'policy.yaml': policyV1 }, { message: 'deps', time: '2026-01-01T11:00:00Z', tidy: ['.'], env: sandbox.env });
    const event = { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) };
    const run = await runGateInProcess(gate, ws, event, { 'policy-file': 'policy.yaml', 'max-new-shipped': '50' });
    expect(found(run).filter(r => !r.startsWith('dependency-change'))).toEqual(['too-many-new-modules@go.mod:1']);
    expect(run.report.findings.find(f => f.rule === 'too-many-new-modules')!.message).toMatch(/\(max-new-shipped is 1\)\.$/);

    const edited = await commit(
      ws,
      { ...tree, 'policy.yaml': 'review:\n  max-new-shipped: 100\n' },
      { message: 'loosen', time: '2026-01-01T12:00:00Z', env: sandbox.env }
    );
    const loosened = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, edited)) }, { 'policy-file': 'policy.yaml' });
    expect(found(loosened).filter(r => !r.startsWith('dependency-change'))).toEqual(['policy-file-change@policy.yaml:1']);
    expect(loosened.report.findings.find(f => f.rule === 'policy-file-change')).toMatchObject({
      severity: 'warning',
      message: 'This change edits policy.yaml, the policy file this review applies: the edited version was used, so review the edit as part of the change.'
    });
  });

  test('shipped or build-list only, from the component set; a shipped module whose license changed', async () => {
    const { ws, baseSha } = await repoWith(appTree(APP, ['example.com/review/lic v1.0.0'], ['example.com/review/lic']));
    const head = await commit(
      ws,
      {
        ...appTree(APP, ['example.com/review/lic v1.1.0', 'example.com/review/testdep v1.0.0'], ['example.com/review/lic']),
        'main_test.go': 'package main\n\nimport (\n\t"testing"\n\n\t_ "example.com/review/testdep"\n)\n\nfunc TestX(t *testing.T) {}\n'
      },
      { message: 'lic', time: '2026-01-01T11:00:00Z', tidy: ['.'], env: sandbox.env }
    );
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    const changes = data(run).units[0].changes;
    expect(changes.map(c => `${c.path} ${c.kind} ${c.shipped}`)).toEqual(['example.com/review/lic upgraded true', 'example.com/review/testdep added false']);
    expect(changes[0].license).toEqual({ from: 'MIT', to: 'Apache-2.0' });
    expect(found(run)).toEqual(['dependency-change@go.mod:6', 'dependency-change@go.mod:7', 'license-change@go.mod:6']);
    expect(run.report.findings.find(f => f.rule === 'license-change')!.message).toBe(
      'The license of example.com/review/lic changed from MIT to Apache-2.0 (v1.0.0 → v1.1.0).'
    );
    expect(run.report.findings.find(f => f.rule === 'dependency-change' && f.line === 7)!.message).toBe(
      'example.com/review/testdep v1.0.0 added (build list only).'
    );
    expect(run.summary).toMatch(/<code>example.com\/review\/testdep<\/code> \| added \| {2}\| <code>v1.0.0<\/code> \| build list only \| direct \|/);
    expect(run.outputs['license-count']).toBe('1');
    await unchanged();
  });

  test('new go.sum lines are verified against the checksum database; a forged one is gosum-mismatch at its line', async () => {
    const db = new SumdbTestServer();
    db.addProxyModules([...(await fixtureProxyModules()), ...REVIEW_PROXY_MODULES]);
    await db.start();
    try {
      const { ws, baseSha } = await repoWith(appTree(APP, ['example.com/greet v1.0.0'], ['example.com/greet']));
      await commit(ws, appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']), { message: 'bump', tidy: ['.'], env: sandbox.env });
      const forged = 'example.com/greet v1.0.0 h1:f9aXoB8XwtBYwlsOJRxP2H897TmbrvXMeZ9v5lIY9X4=';
      await fs.appendFile(path.join(ws, 'go.sum'), `${forged}\n`);
      const head = await commit(ws, {}, { message: 'forge', time: '2026-01-01T11:30:00Z' });
      const forgedLine = (await fs.readFile(path.join(ws, 'go.sum'), 'utf8')).split('\n').indexOf(forged) + 1;
      const run = await runGateInProcess(gate, ws, { ...sandbox.env, GOSUMDB: db.gosumdb, ...(await pullRequestEvent(ws, baseSha, head)) });
      expect(found(run).filter(r => !r.startsWith('dependency-change'))).toEqual([`gosum-mismatch@go.sum:${forgedLine}`]);
      expect(run.report.findings.find(f => f.rule === 'gosum-mismatch')!.message).toMatch(
        /^The new go.sum line "example.com\/greet v1.0.0 h1:f9aXoB8XwtBY.*" disagrees with the checksum database, which says "example.com\/greet v1.0.0 h1:f9aXoB8XwtAY/
      );
      expect(data(run).units[0].sumdb).toMatchObject({ verified: 2, rejected: [], unverified: [] });
      expect(run.summary).toContain('3 new go.sum lines: 2 verified against the checksum database, 1 disagree');
    } finally {
      await db.stop();
    }
  });

  test('comment: true keeps one comment per changed module on the pull request, updated in place; a read-only token is a notice', async () => {
    const github = new FakeGitHubComments();
    await github.start();
    try {
      const { ws, baseSha } = await repoWith(
        {
          ...appTree('example.com/a', ['example.com/greet v1.0.0'], ['example.com/greet'], { dir: 'a' }),
          ...appTree('example.com/b', ['example.com/greet v1.0.0'], ['example.com/greet'], { dir: 'b' })
        },
        ['a', 'b']
      );
      const head = await commit(
        ws,
        {
          ...appTree('example.com/a', ['example.com/greet v1.1.0'], ['example.com/greet'], { dir: 'a' }),
          ...appTree('example.com/b', ['example.com/greet v1.1.0'], ['example.com/greet'], { dir: 'b' })
        },
        { message: 'bump', time: '2026-01-01T11:00:00Z', tidy: ['a', 'b'], env: sandbox.env }
      );
      github.addComment(7, 'LGTM');
      const env = { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)), ...github.env() };
      const inputs = { comment: 'true', 'github-token': github.token };
      await runGateInProcess(gate, ws, env, inputs);
      const ours = () => github.onIssue(7).filter(c => c.body.startsWith('<!-- go-ci-gates:mod-review'));
      expect(ours().map(c => c.body.split('\n')[0])).toEqual(['<!-- go-ci-gates:mod-review:a -->', '<!-- go-ci-gates:mod-review:b -->']);
      expect(ours()[0].body).toContain('mod-review: example.com/a (a)');
      expect(ours()[0].body).toMatch(/<code>example.com\/greet<\/code> \| upgraded \| <code>v1.0.0<\/code> \| <code>v1.1.0<\/code> \| shipped \|/);
      const ids = ours().map(c => c.id);
      await runGateInProcess(gate, ws, env, inputs);
      expect(ours().map(c => c.id)).toEqual(ids);
      expect(github.onIssue(7)).toHaveLength(3);
      github.readOnly = true;
      const ro = await runGateInProcess(gate, ws, env, inputs);
      expect(ro.report.findings.filter(f => f.rule === 'comment-skipped').map(f => f.message)).toEqual([
        'The pull request comment was skipped: the token cannot write comments here (HTTP 403; fork pull requests get a read-only token).'
      ]);
      expect(ro.report.result).toBe('pass');
    } finally {
      await github.stop();
    }
  });

  test('more new modules than max-new-shipped fails', async () => {
    const { ws, baseSha } = await repoWith(appTree(APP, [], []), []);
    const head = await commit(
      ws,
      appTree(APP, ['example.com/review/base v1.1.0', 'example.com/greet v1.1.0'], ['example.com/review/base', 'example.com/greet']),
      {
        message: 'deps',
        time: '2026-01-01T11:00:00Z',
        tidy: ['.'],
        env: sandbox.env
      }
    );
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) }, { 'max-new-shipped': '2' });
    expect(found(run)).toContain('too-many-new-modules@go.mod:1');
    expect(run.report.findings.find(f => f.rule === 'too-many-new-modules')!.message).toMatch(/^This change adds 3 modules to what example.com\/app ships/);
  });

  test('a go.work that gains a module reports it as new, and the workspace build list', async () => {
    const work = (uses: string[]) => `go 1.21\n\nuse (\n${uses.map(u => `\t${u}\n`).join('')})\n`;
    const { ws, baseSha } = await repoWith(
      { 'go.work': work(['./app']), ...appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet'], { dir: 'app' }) },
      ['app']
    );
    const head = await commit(
      ws,
      {
        'go.work': work(['./app', './tools']),
        ...appTree('example.com/tools', ['example.com/review/base v1.0.0'], ['example.com/review/base'], { dir: 'tools' })
      },
      { message: 'tools', time: '2026-01-01T11:00:00Z', tidy: ['tools'], env: sandbox.env }
    );
    const unchanged = await guardCheckout(ws);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    expect(found(run)).toEqual(['dependency-change@tools/go.mod:5', 'directive-change@go.work:5', 'module-added@tools/go.mod:1']);
    const units = data(run).units;
    expect(units.map(u => `${u.path} ${u.status}`)).toEqual(['go.work changed', `${APP} unchanged`, 'example.com/tools added']);
    expect(units[0].changes.map(c => `${c.path} ${c.kind}`)).toEqual(['example.com/review/base added']);
    expect(run.report.result).toBe('pass');
    await unchanged();
  });

  test('a shallow clone is deepened from origin, with a notice', async () => {
    const { ws: origin, baseSha } = await repoWith(appTree(APP, ['example.com/greet v1.0.0'], ['example.com/greet']));
    const head = await commit(origin, appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']), {
      message: 'bump',
      time: '2026-01-01T11:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    const ws = path.join(path.dirname(origin), `${path.basename(origin)}-shallow`);
    git(path.dirname(origin), ['clone', '-q', '--depth=1', `file://${origin}`, ws]);
    expect(git(ws, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pushEvent(ws, baseSha, head)) });
    expect(found(run)).toEqual(['dependency-change@go.mod:5', 'history-fetched@:']);
    expect(run.report.findings.find(f => f.rule === 'history-fetched')!.message).toBe(
      'The checkout was a shallow clone: its history was fetched from origin (set fetch-depth: 0 in actions/checkout to save this step).'
    );
    expect(run.outputs['upgraded-count']).toBe('1');
  });

  test('a shallow clone without a reachable origin is a clear error, never "no changes"', async () => {
    const { ws: origin, baseSha } = await repoWith(appTree(APP, ['example.com/greet v1.0.0'], ['example.com/greet']));
    const head = await commit(origin, { 'README.md': 'x\n' }, { message: 'docs', time: '2026-01-01T11:00:00Z' });
    const ws = path.join(path.dirname(origin), `${path.basename(origin)}-shallow`);
    git(path.dirname(origin), ['clone', '-q', '--depth=1', `file://${origin}`, ws]);
    git(ws, ['remote', 'set-url', 'origin', `file://${origin}-gone`]);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pushEvent(ws, baseSha, head)) });
    expect(run.report.result).toBe('fail');
    expect(found(run)).toEqual(['base-unavailable@:']);
    expect(run.report.findings[0].message).toMatch(
      /^Nothing was compared: the checkout is a shallow clone and fetching its history from origin failed \(.+\); set fetch-depth: 0 in actions\/checkout so the base commit is there\.$/
    );
    expect(run.report.headline).toBe('Nothing was compared: there is no base commit.');
  });

  test.each([
    [
      'a base commit that is not in the repository',
      (head: string) => ({ before: 'f'.repeat(40), head }),
      /^Nothing was compared: the push's before commit \(f{40}\) is not in the checkout/
    ],
    ['a push that created the branch', (head: string) => ({ before: '0'.repeat(40), head }), /^Nothing was compared: the push created the branch/]
  ])('%s is base-unavailable', async (_name, event, message) => {
    const { ws } = await repoWith(appTree(APP, ['example.com/greet v1.0.0'], ['example.com/greet']));
    const head = git(ws, ['rev-parse', 'HEAD']);
    const e = event(head);
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pushEvent(ws, e.before, e.head)) });
    expect(found(run)).toEqual(['base-unavailable@:']);
    expect(run.report.findings[0].message).toMatch(message);
  });

  test('a workspace that is not a git checkout is base-unavailable', async () => {
    const ws = await sandbox.workspace('modules/clean');
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, GITHUB_EVENT_NAME: 'push' });
    expect(found(run)).toEqual(['base-unavailable@:']);
    expect(run.report.findings[0].message).toBe('Nothing was compared: the workspace is not a git checkout, so there is no history to compare against.');
  });

  test.each([
    ['at head', 'head'],
    ['at base', 'base']
  ])('a go.sum that is a symlink leading out of the checkout %s is refused, never read into the review', async (_name, side) => {
    const ws = await sandbox.emptyWorkspace();
    git(ws, ['init', '-q']);
    const secret = path.join(ws, '..', `secret-${path.basename(ws)}`);
    await fs.writeFile(secret, 'example.com/secret v1.0.0 h1:TOPSECRET\n');
    const link = async () => {
      await fs.rm(path.join(ws, 'go.sum'), { force: true });
      await fs.symlink(secret, path.join(ws, 'go.sum'));
    };
    await commit(ws, appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']), {
      message: 'one',
      time: '2026-01-01T10:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    if (side === 'base') await link();
    const baseSha = await commit(ws, {}, { message: 'base', time: '2026-01-01T10:30:00Z' });
    if (side === 'base') await commit(ws, { 'go.sum': null }, { message: 'unlink', time: '2026-01-01T10:45:00Z', tidy: ['.'], env: sandbox.env });
    else await link();
    const head = await commit(ws, {}, { message: 'head', time: '2026-01-01T11:00:00Z' });
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    if (side === 'head') {
      // Core refuses it before the gate runs (discovery and the checkout guard).
      expect(run.report.result).toBe('error');
      expect(run.report.error).toMatch(/^go.sum leads outside the workspace through a symlink/);
    } else {
      // The base tree is refused as a whole: not compared, never "no changes".
      expect(run.report.result).toBe('fail');
      expect(found(run)).toEqual(['not-compared@go.mod:1']);
      expect(run.report.findings[0].message).toMatch(
        new RegExp(
          `^The build list of example.com/app could not be computed at base ${baseSha.slice(0, 7)}, so it was not compared: go.sum leads outside the workspace through a symlink`
        )
      );
    }
    expect(JSON.stringify(run.report)).not.toContain('TOPSECRET');
    expect(run.summary).not.toContain('TOPSECRET');
  });

  test('an error after the early listings started: one clear error, and no go process outlives the gate', async () => {
    const { ws, baseSha } = await repoWith(appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']));
    const head = await commit(ws, appTree(APP, ['example.com/greet v1.0.0'], ['example.com/greet']), {
      message: 'downgrade',
      time: '2026-01-01T11:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    // The head's go.sum, as the checkout has it, is a directory: reading its new lines fails after go
    // has started listing what ships on both sides (the requirements differ).
    await fs.rm(path.join(ws, 'go.sum'));
    await fs.mkdir(path.join(ws, 'go.sum'));
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    expect(run.report.result).toBe('error');
    expect(run.report.error).toMatch(/^go\.sum in .* is not a regular file; go cannot read it/);
    if (process.platform === 'linux') {
      // Every go the gate started has ended: none runs in the checkout (the head's listing) or in this
      // run's RUNNER_TEMP (the base tree's listing, whose directory the run has removed).
      const runnerTemp = path.join(ws, '..', `runner-temp-${path.basename(ws)}-`);
      const stillRunning = (await fs.readdir('/proc')).filter(pid => {
        try {
          const cwd = /^\d+$/.test(pid) ? readlinkSync(`/proc/${pid}/cwd`) : '';
          return cwd === ws || cwd.startsWith(runnerTemp);
        } catch {
          return false;
        }
      });
      expect(stillRunning).toEqual([]);
    }
  });

  test('a base whose policy file is a symlink leading out of the tree: never read, the head file counts as new', async () => {
    const ws = await sandbox.emptyWorkspace();
    git(ws, ['init', '-q']);
    const secret = path.join(ws, '..', `secret-policy-${path.basename(ws)}`);
    await fs.writeFile(secret, 'review:\n  max-new-shipped: 1\n');
    await fs.symlink(secret, path.join(ws, 'policy.yaml'));
    const baseSha = await commit(ws, appTree(APP, [], []), { message: 'base', time: '2026-01-01T10:00:00Z' });
    // The head's policy file has the secret's very text: a base read through the link would find it unchanged.
    await fs.rm(path.join(ws, 'policy.yaml'));
    const head = await commit(ws, { 'policy.yaml': 'review:\n  max-new-shipped: 1\n' }, { message: 'head', time: '2026-01-01T11:00:00Z' });
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) }, { 'policy-file': 'policy.yaml' });
    expect(found(run)).toEqual(['policy-file-change@policy.yaml:1']);
    expect(run.report.findings[0].message).toMatch(/^This change adds policy.yaml/);
  });

  test('a base whose build list go cannot compute is not-compared, naming the base', async () => {
    const { ws, baseSha } = await repoWith({ ...appTree(APP, ['example.com/missing v1.0.0'], []), 'go.sum': '' }, []);
    const head = await commit(ws, appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']), {
      message: 'fix',
      time: '2026-01-01T11:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, ...(await pullRequestEvent(ws, baseSha, head)) });
    expect(found(run)).toEqual(['not-compared@go.mod:1']);
    expect(run.report.findings[0].message).toMatch(
      new RegExp(
        `^The build list of example.com/app could not be computed at base ${baseSha.slice(0, 7)}, so it was not compared: go list -m all failed: .*example.com/missing`
      )
    );
    expect(run.report.result).toBe('fail');
  });

  test('base-ref overrides the event, and churn counts the go.mod commits of the last 24 hours', async () => {
    const { ws, baseSha } = await repoWith(appTree(APP, ['example.com/greet v1.0.0'], ['example.com/greet']));
    await commit(ws, appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet'], { extra: 'replace example.com/review/x => ../x' }), {
      message: 'one',
      time: '2026-01-01T11:00:00Z'
    });
    await commit(ws, appTree(APP, ['example.com/greet v1.1.0'], ['example.com/greet']), {
      message: 'two',
      time: '2026-01-01T12:00:00Z',
      tidy: ['.'],
      env: sandbox.env
    });
    const run = await runGateInProcess(gate, ws, { ...sandbox.env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, { 'base-ref': baseSha });
    expect(data(run).base).toEqual({ sha: baseSha, how: `base-ref ${baseSha}` });
    expect(data(run).units[0].churn).toEqual({ commits: 3, replacesAdded: 1 });
    expect(run.outputs['upgraded-count']).toBe('1');
    const none = await runGateInProcess(gate, ws, { ...sandbox.env, GITHUB_EVENT_NAME: 'workflow_dispatch' });
    expect(none.report.findings[0].message).toMatch(/^Nothing was compared: the workflow_dispatch event names no base commit/);
  });
});
