import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GoRunner, MemoryLogger, runGit, runGitInto } from '@go-ci-gates/core';
import { childProcessEnv, RUNNER_CREDENTIALS } from '../src/util/child-env.js';

// What the runner gives the action alone (its inputs, the runner's credentials) never reaches go, git
// or tar: go test runs the checkout's code. What the workflow sets itself does.

const SECRETS: Record<string, string> = {
  'INPUT_GITHUB-TOKEN': 'ghs_input_token',
  INPUT_WORKING_DIRECTORY: '.',
  input_lower: 'x',
  ...Object.fromEntries(RUNNER_CREDENTIALS.map(k => [k, `secret-${k}`]))
};
const KEPT = { GITHUB_TOKEN: 'set-by-the-workflow', GOFLAGS: '-mod=mod', MY_INPUT_DIR: 'kept: INPUT_ not at the start' };

test('childProcessEnv drops every INPUT_* (any case) and the runner credentials, and keeps the rest', () => {
  const env = childProcessEnv({ ...SECRETS, ...KEPT, PATH: '/usr/bin' });
  expect(env).toEqual({ ...KEPT, PATH: '/usr/bin' });
});

test('go is started without them, whatever the runner was given', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-child-env-'));
  try {
    const fakeGo = path.join(dir, 'go');
    await fs.writeFile(fakeGo, '#!/bin/sh\nenv\n', { mode: 0o755 });
    const go = new GoRunner(fakeGo, new MemoryLogger(), { ...process.env, ...SECRETS, ...KEPT }, false);
    const { stdout } = await go.run(['test', './...'], { cwd: dir, env: { INPUT_FROM_OVERLAY: 'no' } });
    const names = stdout.split('\n').map(l => l.split('=')[0]);
    for (const k of [...Object.keys(SECRETS), 'INPUT_FROM_OVERLAY']) expect(names).not.toContain(k);
    for (const [k, v] of Object.entries(KEPT)) expect(stdout).toContain(`${k}=${v}\n`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

// git's environment is the process's own (gitEnv): the runner's variables are set on it here.
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const [k, v] of Object.entries({ ...SECRETS, ...KEPT })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

test('git and the command git writes into are started without them', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-child-env-git-'));
  try {
    // git's own environment, through an alias that runs env; then a sink that writes its environment to a file.
    const shown = await runGit(['-c', 'alias.show-env=!env', 'show-env'], { cwd: dir });
    const sinkOut = path.join(dir, 'sink-env');
    await runGitInto(['version'], { cwd: dir }, { command: 'sh', args: ['-c', `env > '${sinkOut}'`] });
    for (const text of [shown.stdout, await fs.readFile(sinkOut, 'utf8')]) {
      const names = text.split('\n').map(l => l.split('=')[0]);
      for (const k of Object.keys(SECRETS)) expect(names).not.toContain(k);
      for (const [k, v] of Object.entries(KEPT)) expect(text).toContain(`${k}=${v}\n`);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
