import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runGit, runGitInto, runGitRaw } from '@go-ci-gates/core';

// stdin for git (one `git cat-file --batch` answers many object names), and stdout as bytes.

/** A repository in a temp dir whose one commit holds `files`; removed after `use`. */
async function withCommit(files: Record<string, string | Buffer>, use: (dir: string) => Promise<void>): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-git-'));
  try {
    const git = (args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
      });
    git(['init', '-q']);
    for (const [name, content] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await fs.writeFile(path.join(dir, name), content);
    }
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'one']);
    await use(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

test('stdin reaches git; stdout comes back as bytes; without stdin git reads nothing', async () => {
  await withCommit({ 'go.mod': 'module example.com/é\n' }, async dir => {
    const r = await runGitRaw(['cat-file', '--batch'], { cwd: dir, stdin: 'HEAD:go.mod\nHEAD^:go.mod\n' });
    expect(r.ok).toBe(true);
    const size = Buffer.byteLength('module example.com/é\n');
    expect(r.stdout.toString('utf8')).toMatch(new RegExp(`^[0-9a-f]{40} blob ${size}\\nmodule example.com/é\\n\\nHEAD\\^:go.mod missing\\n$`));
    // No stdin: git sees end of input at once, as before.
    expect((await runGit(['cat-file', '--batch'], { cwd: dir })).stdout).toBe('');
  });
});

// git's stdout straight into another command (mod-review's base tree: git archive into tar -x).
test('runGitInto: the sink reads all git writes, through a pipe Node does not read; either failing is told apart', async () => {
  // Larger than a pipe's buffer, so git blocks until tar reads.
  const big = Buffer.alloc(3 * 1024 * 1024, 'x');
  await withCommit({ 'big.txt': big, 'sub/go.mod': 'module example.com/sub\n' }, async dir => {
    const out = path.join(dir, 'out');
    await fs.mkdir(out);
    const r = await runGitInto(['archive', '--format=tar', 'HEAD'], { cwd: dir }, { command: 'tar', args: ['-x', '-f', '-', '-C', out] });
    expect([r.git.ok, r.sink.ok, r.git.stdout]).toEqual([true, true, '']);
    expect((await fs.readFile(path.join(out, 'big.txt'))).equals(big)).toBe(true);
    expect(await fs.readFile(path.join(out, 'sub', 'go.mod'), 'utf8')).toBe('module example.com/sub\n');

    // git fails (no such revision): tar sees an empty input.
    const missing = await runGitInto(['archive', '--format=tar', 'no-such-rev'], { cwd: dir }, { command: 'tar', args: ['-x', '-f', '-', '-C', out] });
    expect(missing.git.ok).toBe(false);
    expect(missing.git.stderr).toMatch(/no-such-rev/);

    // The sink fails at once (a directory that is not there): git is stopped, not left writing.
    const gone = await runGitInto(
      ['archive', '--format=tar', 'HEAD'],
      { cwd: dir },
      { command: 'tar', args: ['-x', '-f', '-', '-C', path.join(dir, 'nowhere')] }
    );
    expect([gone.git.ok, gone.sink.ok]).toEqual([false, false]);
    expect(gone.sink.stderr).toMatch(/nowhere/);

    // A sink that is not installed says so.
    const absent = await runGitInto(['archive', '--format=tar', 'HEAD'], { cwd: dir }, { command: 'no-such-tar-here', args: [] });
    expect([absent.git.ok, absent.sink.ok, absent.sink.failure]).toEqual([false, false, 'no-such-tar-here is not installed (not found on PATH)']);
  });
});
