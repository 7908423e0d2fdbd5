// Git repositories for act to run workflows in: act copies the working tree of
// the directory it runs in into each job's workspace and takes GITHUB_SHA from
// its HEAD, so every case gets a fresh repository with a real commit history.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

function git(repo: string, args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=act@example.com', '-c', 'user.name=act test', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8'
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

export function initRepo(repo: string): void {
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
}

/** Writes files (relative path -> text) into the repository. */
export function writeFiles(repo: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), text);
  }
}

export function copyInto(repo: string, from: string, rel: string): void {
  cpSync(path.join(from, rel), path.join(repo, rel), { recursive: true });
}

/** Commits everything; returns the new HEAD. */
export function commitAll(repo: string, message: string): string {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '--allow-empty', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

export function checkoutBranch(repo: string, branch: string): void {
  git(repo, ['checkout', '-q', '-b', branch]);
}

/** An origin remote (never fetched): act takes github.repository (GITHUB_REPOSITORY) from it. */
export function addOrigin(repo: string, url: string): void {
  git(repo, ['remote', 'add', 'origin', url]);
}
