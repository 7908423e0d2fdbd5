import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readCoverProfiles, statementTotals } from '@go-ci-gates/core';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction } from '../../../test/harness/run-action.js';
import { FakeGitHubComments } from '../../../test/servers/github-comments.js';
import { COMMENT_MARKER } from '../src/pr-comment.js';

let sandbox: GoSandbox;
let ws: string;
let profile: string;
/** Statement totals of the profile without the generated gen/gen.go (3 statements, excluded by default). */
let expected: { covered: number; total: number };

beforeAll(async () => {
  sandbox = await createGoSandbox();
  ws = await sandbox.workspace('coverage-gate/alpha');
  profile = path.join(sandbox.root, 'cover.out');
  goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${profile}`, './...'], ws, sandbox.env);
  const read = await readCoverProfiles([profile]);
  expected = statementTotals({ ...read, files: read.files.filter(f => !f.fileName.endsWith('/gen/gen.go')) });
  expect(expected.total).toBe(statementTotals(read).total - 3);
}, 180_000);
afterAll(() => sandbox.cleanup());

const prEvent = (number: number, fork = false) => ({
  pull_request: { number, base: { sha: '', ref: 'main', repo: { full_name: 'octo/demo' } }, head: { sha: '', repo: { full_name: fork ? 'someone/demo' : 'octo/demo' } } }
});

describe.each(nodeBinaries())('pull request comment under $name', ({ bin }) => {
  let github: FakeGitHubComments;
  beforeAll(async () => {
    github = new FakeGitHubComments();
    await github.start();
  });
  afterAll(() => github.stop());

  const comment = (inputs: Record<string, string>, event = prEvent(7)) =>
    runAction({ gate: 'coverage-gate', workspace: ws, node: bin, env: { ...sandbox.env, ...github.env() }, eventName: 'pull_request', event, inputs: { profile, baseline: 'none', comment: 'true', 'github-token': github.token, ...inputs } });

  test('the first run creates a marked comment, the second updates it in place (found past the first page)', async () => {
    // 101 comments by others: the gate's own comment lands on the second page of 100.
    for (let i = 0; i < 101; i++) github.addComment(7, `review remark ${i}`);
    const first = await comment({ 'threshold-total': '10' });
    expect(first.exitCode).toBe(0);
    const own = github.onIssue(7).filter(c => c.body.includes(COMMENT_MARKER));
    expect(own).toHaveLength(1);
    expect(own[0].body.startsWith(COMMENT_MARKER + '\n')).toBe(true);
    expect(own[0].body).toContain(`✅ Coverage ${first.outputs.coverage}% (${expected.covered}/${expected.total} statements)`);
    const id = own[0].id;

    const second = await comment({ 'threshold-total': '99' });
    expect(second.exitCode).toBe(1);
    const after = github.onIssue(7);
    expect(after).toHaveLength(102);
    expect(after.filter(c => c.body.includes(COMMENT_MARKER)).map(c => c.id)).toEqual([id]);
    expect(after.find(c => c.id === id)!.body).toMatch(/❌ Coverage .*\n- Total coverage is .* below the minimum of 99%/);
    expect(after.filter(c => c.body.startsWith('review remark')).map(c => c.body)).toEqual(Array.from({ length: 101 }, (_, i) => `review remark ${i}`));
    expect(github.http.count(/^POST /)).toBe(1);
    expect(github.http.count(/^PATCH \/repos\/octo\/demo\/issues\/comments\//)).toBe(1);
    github.http.requests.length = 0;
  });

  test('a read-only token (403) skips the comment with a notice and does not fail the gate', async () => {
    github.readOnly = true;
    try {
      const run = await comment({ 'threshold-total': '10' }, prEvent(8));
      expect(run.exitCode).toBe(0);
      expect(run.outputs.result).toBe('pass');
      expect(github.onIssue(8)).toHaveLength(0);
      expect(github.http.count(/^POST \/repos\/octo\/demo\/issues\/8\/comments$/)).toBe(1);
      const notice = run.annotations.find(a => a.kind === 'notice' && /comment was skipped/.test(a.message));
      expect(notice?.message).toContain('HTTP 403');
      expect(run.report.findings.map((f: any) => `${f.rule}:${f.severity}`)).toEqual(['comment-skipped:notice']);
    } finally {
      github.readOnly = false;
      github.http.requests.length = 0;
    }
  });

  test('a fork pull request is skipped with a notice without calling the API', async () => {
    const run = await comment({ 'threshold-total': '10' }, prEvent(9, true));
    expect(run.exitCode).toBe(0);
    expect(github.http.count()).toBe(0);
    expect(run.report.findings.map((f: any) => f.rule)).toEqual(['comment-skipped']);
    expect(run.annotations.some(a => a.kind === 'notice' && /fork pull requests get a read-only token/.test(a.message))).toBe(true);
  });
});
