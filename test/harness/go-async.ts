import { spawn } from 'node:child_process';

/**
 * Runs the real go command without blocking the event loop, for tests whose
 * go talks to an HTTP test server in the same process (goSync would deadlock).
 */
export function goAsync(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', c => (stdout += c));
    child.stderr.on('data', c => (stderr += c));
    child.on('error', reject);
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}
