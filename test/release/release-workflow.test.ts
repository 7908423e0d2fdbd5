import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../harness/go-sandbox.js';

// The release workflow's shell steps, run here as the runner would run them
// (bash, the step's env), on a scratch CHANGELOG.md and package.json.
type Step = { name?: string; run?: string; env?: Record<string, string> };
const workflow = parseYaml(readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } };
  jobs: { release: { steps: Step[] } };
};
const step = (name: string) => workflow.jobs.release.steps.find(s => s.name === name)!;

function runStep(name: string, tag: string, files: Record<string, string>): { code: number | null; out: string; notes: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-step-'));
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  const r = spawnSync('bash', ['-e', '-c', step(name).run!], { cwd: dir, encoding: 'utf8', env: { ...process.env, TAG: tag, RUNNER_TEMP: dir } });
  let notes = '';
  try {
    notes = readFileSync(path.join(dir, 'notes.md'), 'utf8');
  } catch {
    // the step failed before writing them
  }
  return { code: r.status, out: r.stdout + r.stderr, notes };
}

const CHANGELOG = '# Changelog\n\n## Unreleased\n\n- next\n\n## 1.2.0\n\n### Fixed\n\n- one\n- two\n\n## [1.1.0]\n\n- older\n';

test('release notes are the CHANGELOG section of the tagged version, and a missing section fails', () => {
  expect(runStep('Release notes from CHANGELOG.md', 'v1.2.0', { 'CHANGELOG.md': CHANGELOG }).notes.trim()).toBe('### Fixed\n\n- one\n- two');
  expect(runStep('Release notes from CHANGELOG.md', 'v1.1.0', { 'CHANGELOG.md': CHANGELOG }).notes.trim()).toBe('- older');
  const missing = runStep('Release notes from CHANGELOG.md', 'v1.3.0', { 'CHANGELOG.md': CHANGELOG });
  expect(missing.code).toBe(1);
  expect(missing.out).toContain('CHANGELOG.md has no section for 1.3.0');
});

test('the tag must be the package.json version; only vX.Y.Z tags release', () => {
  expect(runStep('The tag is the package.json version', 'v1.2.0', { 'package.json': '{"version":"1.2.0"}' }).code).toBe(0);
  const wrong = runStep('The tag is the package.json version', 'v1.2.1', { 'package.json': '{"version":"1.2.0"}' });
  expect(wrong.code).toBe(1);
  expect(wrong.out).toContain('Tag v1.2.1 does not match package.json version 1.2.0.');
  expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
});
