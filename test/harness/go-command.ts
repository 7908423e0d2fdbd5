import { spawnSync } from 'node:child_process';

/** Runs the real go command synchronously in a test (to set up or to get expected numbers). */
export function goSync(args: string[], cwd: string, env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('go', args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function goOk(args: string[], cwd: string, env: Record<string, string>): string {
  const r = goSync(args, cwd, env);
  if (r.code !== 0) throw new Error(`go ${args.join(' ')} failed (${r.code}):\n${r.stderr}`);
  return r.stdout;
}
