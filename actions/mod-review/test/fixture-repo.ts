import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import type { ProxyModule } from '@go-ci-gates/core';
import { goOk } from '../../../test/harness/go-command.js';
import { FIXTURES } from '../../../test/harness/go-sandbox.js';

const licenseText = (lib: string) => readFileSync(path.join(FIXTURES, 'proxy', 'example.com', 'sbom', lib, 'LICENSE'), 'utf8');

/** A file tree of one commit: path → content; null deletes the file. */
export type Tree = Record<string, string | null>;

/** Runs git in `dir` with a fixed identity and commit time (committer and author), never the user's config. */
export function git(dir: string, args: string[], time = '2026-01-01T12:00:00Z'): string {
  return execFileSync('git', ['-c', 'user.name=Review Test', '-c', 'user.email=review@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time },
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim();
}

/**
 * Writes a tree and commits it. With `tidy`, `go mod tidy` first writes each
 * listed module's go.sum (real checksums from the sandbox proxy), so the
 * commit holds what a developer would commit.
 */
export async function commit(
  dir: string,
  tree: Tree,
  opts: { message: string; time?: string; tidy?: string[]; env?: Record<string, string> }
): Promise<string> {
  for (const [rel, content] of Object.entries(tree)) {
    const file = path.join(dir, rel);
    if (content === null) await fs.rm(file, { force: true });
    else {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, content);
    }
  }
  for (const modDir of opts.tidy ?? []) goOk(['mod', 'tidy'], path.join(dir, modDir), { ...opts.env!, GOWORK: 'off', GOFLAGS: '-modcacherw -mod=mod' });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', opts.message], opts.time);
  return git(dir, ['rev-parse', 'HEAD']);
}

/** A pull_request event payload (the fields the gate reads) written to a file; returns the env that names it. */
export async function pullRequestEvent(
  dir: string,
  base: string,
  head: string,
  extra: { labels?: string[]; number?: number } = {}
): Promise<Record<string, string>> {
  const file = path.join(dir, '..', `event-${path.basename(dir)}-${Math.random().toString(36).slice(2, 8)}.json`);
  const payload = {
    number: extra.number ?? 7,
    pull_request: {
      number: extra.number ?? 7,
      base: { sha: base, ref: 'main', repo: { full_name: 'octo/demo' } },
      head: { sha: head, ref: 'feature', repo: { full_name: 'octo/demo' } },
      labels: (extra.labels ?? []).map(name => ({ name }))
    },
    repository: { default_branch: 'main', full_name: 'octo/demo' }
  };
  await fs.writeFile(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'octo/demo' };
}

/** A push event payload with its before commit. */
export async function pushEvent(dir: string, before: string, after: string): Promise<Record<string, string>> {
  const file = path.join(dir, '..', `event-${path.basename(dir)}-${Math.random().toString(36).slice(2, 8)}.json`);
  await fs.writeFile(file, JSON.stringify({ before, after, ref: 'refs/heads/main', repository: { default_branch: 'main', full_name: 'octo/demo' } }));
  return { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'octo/demo', GITHUB_REF: 'refs/heads/main' };
}

const goMod = (modPath: string, requires: string[], extra = '', goLine = '1.21') =>
  `module ${modPath}\n\ngo ${goLine}\n${requires.length ? `\nrequire (\n${requires.map(r => `\t${r}\n`).join('')})\n` : ''}${extra ? `\n${extra}\n` : ''}`;

/** A main package importing `imports`, and its go.mod requiring `requires`. */
export function appTree(modPath: string, requires: string[], imports: string[], opts: { extra?: string; goLine?: string; dir?: string } = {}): Tree {
  const at = (f: string) => (opts.dir ? `${opts.dir}/${f}` : f);
  const body = imports.map(i => `\t_ "${i}"\n`).join('');
  return {
    [at('go.mod')]: goMod(modPath, requires, opts.extra, opts.goLine),
    [at('main.go')]: `package main\n\nimport (\n${body})\n\nfunc main() {}\n`
  };
}

/** Modules the review tests add to the fixture proxy: a dependency whose upgrade pulls in another, and its v2. */
export const REVIEW_PROXY_MODULES: ProxyModule[] = [
  {
    path: 'example.com/review/base',
    version: 'v1.0.0',
    files: { 'go.mod': 'module example.com/review/base\n\ngo 1.21\n', 'base.go': 'package base\n', LICENSE: 'MIT License\n' }
  },
  {
    path: 'example.com/review/base',
    version: 'v1.1.0',
    files: {
      'go.mod': 'module example.com/review/base\n\ngo 1.21\n\nrequire example.com/review/extra v1.0.0\n',
      'base.go': 'package base\n\nimport _ "example.com/review/extra"\n',
      LICENSE: 'MIT License\n'
    }
  },
  {
    path: 'example.com/review/extra',
    version: 'v1.0.0',
    files: { 'go.mod': 'module example.com/review/extra\n\ngo 1.21\n', 'extra.go': 'package extra\n' }
  },
  {
    path: 'example.com/review/base/v2',
    version: 'v2.0.0',
    files: { 'go.mod': 'module example.com/review/base/v2\n\ngo 1.21\n', 'base.go': 'package base\n' }
  },
  {
    path: 'example.com/review/lic',
    version: 'v1.0.0',
    files: { 'go.mod': 'module example.com/review/lic\n\ngo 1.21\n', 'lic.go': 'package lic\n', LICENSE: licenseText('mitlib@v1.0.0') }
  },
  {
    path: 'example.com/review/lic',
    version: 'v1.1.0',
    files: { 'go.mod': 'module example.com/review/lic\n\ngo 1.21\n', 'lic.go': 'package lic\n', LICENSE: licenseText('apachelib@v1.2.0') }
  },
  {
    path: 'example.com/review/testdep',
    version: 'v1.0.0',
    files: { 'go.mod': 'module example.com/review/testdep\n\ngo 1.21\n', 'testdep.go': 'package testdep\n' }
  }
];
