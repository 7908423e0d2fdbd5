import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

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

/**
 * Writes a go command that pretends to be an older Go for the gates' version
 * checks: `go env -json` reports `version`, and `-diff` (new in Go 1.23) is
 * rejected as older go rejects an unknown flag; everything else runs the real
 * go. Returns its path, for a gate's `go-binary` input.
 */
export async function writeOlderGo(dir: string, version: string): Promise<string> {
  const realGo = goOk(['env', 'GOROOT'], dir, {}).trim() + '/bin/go';
  const file = path.join(dir, `go${version}`);
  const script = [
    '#!/bin/sh',
    'for a in "$@"; do [ "$a" = -diff ] && { echo "flag provided but not defined: -diff" >&2; exit 2; }; done',
    `if [ "$1" = env ] && [ "$2" = -json ]; then ${realGo} env -json | sed 's/"GOVERSION": "go[^"]*"/"GOVERSION": "go${version}"/'; exit; fi`,
    `exec ${realGo} "$@"`,
    ''
  ];
  await fs.writeFile(file, script.join('\n'), { mode: 0o755 });
  return file;
}
