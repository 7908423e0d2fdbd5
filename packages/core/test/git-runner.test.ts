import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runGit, runGitRaw } from '@go-ci-gates/core';

// stdin for git (one `git cat-file --batch` answers many object names), and stdout as bytes.

test('stdin reaches git; stdout comes back as bytes; without stdin git reads nothing', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-git-'));
  try {
    const git = (args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
      });
    git(['init', '-q']);
    await fs.writeFile(path.join(dir, 'go.mod'), 'module example.com/é\n');
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'one']);
    const r = await runGitRaw(['cat-file', '--batch'], { cwd: dir, stdin: 'HEAD:go.mod\nHEAD^:go.mod\n' });
    expect(r.ok).toBe(true);
    const size = Buffer.byteLength('module example.com/é\n');
    expect(r.stdout.toString('utf8')).toMatch(new RegExp(`^[0-9a-f]{40} blob ${size}\\nmodule example.com/é\\n\\nHEAD\\^:go.mod missing\\n$`));
    // No stdin: git sees end of input at once, as before.
    expect((await runGit(['cat-file', '--batch'], { cwd: dir })).stdout).toBe('');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
