// actionlint on every workflow the repository holds: .github/workflows, the
// starter workflow and the documented examples (the README shows exactly these
// files). actionlint also checks the `with:` of every `uses: ./actions/<gate>`
// against that gate's action.yml. Installed once with `go install` into
// node_modules/.cache; skipped, saying why, only when the module proxy cannot
// be reached.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, workflowFiles } from './workflow-files.js';
import { ACTIONLINT_VERSION, installActionlint } from '../harness/actionlint.js';

interface LintError {
  message: string;
  filepath: string;
  line: number;
  column: number;
  kind: string;
}

function actionlint(binary: string, files: string[], cwd = REPO_ROOT): LintError[] {
  const r = spawnSync(binary, ['-format', '{{json .}}', '-no-color', ...files], { cwd, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`actionlint failed to run (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout || '[]') as LintError[];
}

const installed = installActionlint();
const lintTest = installed.binary ? test : test.skip;
if (installed.skipReason) console.warn(`actionlint tests skipped: ${installed.skipReason}`);

describe(`actionlint ${ACTIONLINT_VERSION}`, () => {
  if (installed.skipReason) test.skip(`skipped: ${installed.skipReason}`, () => undefined);

  lintTest('is the version the tests ask for', () => {
    const r = spawnSync(installed.binary!, ['-version'], { encoding: 'utf8' });
    expect(r.stdout.split('\n')[0]).toBe(ACTIONLINT_VERSION);
  });

  lintTest('finds the workflows, starter workflow and examples', () => {
    const files = workflowFiles();
    for (const f of [
      '.github/workflows/go-gates.yml',
      '.github/workflows/sbom-publish.yml',
      '.github/workflows/self-test.yml',
      'workflow-templates/go-ci-gates.yml',
      'docs/examples/reusable-workflow.yml'
    ]) {
      expect(files).toContain(f);
    }
  });

  lintTest('is clean on every workflow in the repository', () => {
    const errors = actionlint(installed.binary!, workflowFiles()).map(e => `${e.filepath}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
    expect(errors).toEqual([]);
  });

  lintTest('would catch a broken reusable workflow and a bad input to a local gate (the check can fail)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'actionlint-seeded-'));
    // actionlint resolves ./actions/... against the project root, which a .git marks.
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'actions'), path.join(dir, 'actions'), { recursive: true });
    const goGates = readFileSync(path.join(REPO_ROOT, '.github/workflows/go-gates.yml'), 'utf8').replace('${{ inputs.fail-on }}', '${{ inputs.fail-onn }}');
    writeFileSync(path.join(dir, '.github/workflows/go-gates.yml'), goGates);
    writeFileSync(
      path.join(dir, '.github/workflows/seeded.yml'),
      'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./actions/mod-verify\n        with:\n          no-such-input: x\n'
    );
    const errors = actionlint(installed.binary!, ['.github/workflows/go-gates.yml', '.github/workflows/seeded.yml'], dir);
    expect(errors.some(e => e.filepath.endsWith('go-gates.yml') && /fail-onn/.test(e.message))).toBe(true);
    expect(errors.some(e => e.filepath.endsWith('seeded.yml') && /no-such-input/.test(e.message))).toBe(true);
  });
});
