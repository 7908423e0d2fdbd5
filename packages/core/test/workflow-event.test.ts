import { expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkflowEvent } from '@go-ci-gates/core';

function eventFile(payload: unknown): string {
  const f = path.join(mkdtempSync(path.join(os.tmpdir(), 'gcg-event-')), 'event.json');
  writeFileSync(f, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return f;
}

const pr = (head: object, base: object) => ({ number: 7, pull_request: { head: { sha: 'h', ...head }, base: { sha: 'b', ref: 'main', ...base } } });

test('a pull request from the same repository is not a fork', () => {
  const e = readWorkflowEvent({
    GITHUB_EVENT_PATH: eventFile(pr({ repo: { full_name: 'o/r' } }, { repo: { full_name: 'o/r' } })),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: 'merge'
  });
  expect(e.pullRequest).toEqual({ number: 7, baseSha: 'b', headSha: 'h', baseRef: 'main', fromFork: false });
  expect(e.sha).toBe('merge');
});

test('a fork is recognised by the fork flag or by a different repository', () => {
  expect(readWorkflowEvent({ GITHUB_EVENT_PATH: eventFile(pr({ repo: { fork: true } }, {})) }).pullRequest?.fromFork).toBe(true);
  expect(readWorkflowEvent({ GITHUB_EVENT_PATH: eventFile(pr({ repo: { full_name: 'x/r' } }, { repo: { full_name: 'o/r' } })) }).pullRequest?.fromFork).toBe(
    true
  );
});

test('no event file, an unreadable one, or a push: no pull request', () => {
  expect(readWorkflowEvent({}).pullRequest).toBeUndefined();
  expect(readWorkflowEvent({ GITHUB_EVENT_PATH: eventFile('{not json') }).payload).toEqual({});
  const push = readWorkflowEvent({ GITHUB_EVENT_PATH: eventFile({ repository: { default_branch: 'trunk' } }), GITHUB_REF: 'refs/heads/trunk' });
  expect(push).toMatchObject({ defaultBranch: 'trunk', ref: 'refs/heads/trunk', pullRequest: undefined });
});
