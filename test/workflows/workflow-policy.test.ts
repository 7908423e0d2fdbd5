// Rules actionlint does not enforce, over every workflow file: pinned
// third-party actions, no expressions inside run:, checkout without persisted
// credentials, least-privilege permissions, stable job names.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { gateRefs, GATE_REPOSITORY as SCRIPT_REPOSITORY, setGateRef } from '../../scripts/gate-ref.js';
import { GATE_REPOSITORY, PLANNED_GATES, readWorkflow, REPO_ROOT, workflowFiles, type Workflow } from './workflow-files.js';

const files = workflowFiles();
const text = (f: string) => readFileSync(path.join(REPO_ROOT, f), 'utf8');
const parsed = (f: string) => parseYaml(text(f)) as Workflow;

/** Every `uses:` line: the reference and the comment after it. */
function usesLines(f: string): { line: number; ref: string; comment: string }[] {
  return text(f)
    .split('\n')
    .map((l, i) => ({ l, line: i + 1 }))
    .map(({ l, line }) => ({ m: /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/.exec(l), line }))
    .filter(x => x.m)
    .map(({ m, line }) => ({ line, ref: m![1], comment: (m![2] ?? '').trim() }));
}

describe.each(files)('%s', file => {
  test('third-party actions are pinned to a full commit SHA with a # vX.Y.Z comment', () => {
    const bad = usesLines(file)
      .filter(u => !u.ref.startsWith('./') && !u.ref.startsWith(`${GATE_REPOSITORY}/`))
      .filter(u => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u.ref) || !/^v\d+\.\d+\.\d+$/.test(u.comment))
      .map(u => `${file}:${u.line}: ${u.ref} # ${u.comment}`);
    expect(bad).toEqual([]);
  });

  test('no ${{ }} expression inside run: (values reach scripts through env:)', () => {
    const wf = parsed(file);
    const bad: string[] = [];
    for (const [job, def] of Object.entries(wf.jobs))
      for (const step of def.steps ?? []) if (step.run?.includes('${{')) bad.push(`${job}: ${step.name ?? step.id ?? step.run.slice(0, 40)}`);
    expect(bad).toEqual([]);
  });

  test('actions/checkout never persists credentials', () => {
    const wf = parsed(file);
    for (const def of Object.values(wf.jobs))
      for (const step of def.steps ?? []) if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
  });

  test('top-level permissions are contents: read; write scopes only on the jobs that need them', () => {
    const wf = parsed(file);
    expect(wf.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(wf.jobs).filter(([, def]) => def.permissions !== undefined);
    for (const [job, def] of writers) {
      // Only SBOM publishing writes: release assets and dependency submission
      // (contents), attestations (id-token to sign, attestations to store);
      // and the project's own release job, which creates the release and moves vX (contents).
      expect(Object.keys(def.permissions as object).every(k => ['contents', 'id-token', 'attestations'].includes(k))).toBe(true);
      expect(`${file}#${job}`).toMatch(/sbom-publish\.yml#sbom-publish|release-sbom\.yml#sbom|\.github\/workflows\/release\.yml#release$/);
    }
  });
});

test('one version comment per pinned commit across all files', () => {
  const seen = new Map<string, string>();
  for (const f of files)
    for (const u of usesLines(f)) {
      if (!/@[0-9a-f]{40}$/.test(u.ref)) continue;
      expect(`${u.ref} # ${seen.get(u.ref) ?? u.comment}`).toBe(`${u.ref} # ${u.comment}`);
      seen.set(u.ref, u.comment);
    }
});

test('the workflows users call, the self-test and the examples use one commit per action', () => {
  // ci.yml and release.yml (the project's own CI and release) are pinned separately.
  const userFacing = files.filter(f => !/\.github\/workflows\/(ci|release)\.yml$/.test(f));
  const commits = new Map<string, Set<string>>();
  for (const f of userFacing)
    for (const u of usesLines(f)) {
      const [action, ref] = u.ref.split('@');
      if (!/^[0-9a-f]{40}$/.test(ref ?? '')) continue;
      if (!commits.has(action)) commits.set(action, new Set());
      commits.get(action)!.add(`${ref} # ${u.comment}`);
    }
  expect(Object.fromEntries([...commits].map(([a, refs]) => [a, [...refs]]))).toEqual({
    'actions/checkout': ['fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0'],
    'actions/setup-go': ['7a3fe6cf4cb3a834922a1244abfce67bcef6a0c5 # v6.2.0'],
    'actions/upload-artifact': ['330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0'],
    'actions/download-artifact': ['018cc2cf5baa6db3ef3c5f8a56943fffe632ef53 # v6.0.0']
  });
});

describe('go-gates.yml', () => {
  const wf = readWorkflow('.github/workflows/go-gates.yml');

  test('jobs have stable names: discover and summary are literal, gate jobs are "<gate> (<module dir>)"', () => {
    expect(wf.jobs.discover.name).toBe('discover');
    expect(wf.jobs.summary.name).toBe('summary');
    for (const gate of PLANNED_GATES) expect(wf.jobs[gate].name).toBe(`${gate} (\${{ matrix.module.dir }})`);
    expect(wf.jobs['coverage-tests'].name).toBe('coverage tests (${{ matrix.module.dir }}, shard ${{ matrix.shard }})');
  });

  test('declares outputs for the overall result, each gate, coverage and the SBOM artifacts, all from jobs', () => {
    const outputs = wf.on.workflow_call.outputs as Record<string, { value: string }>;
    for (const gate of PLANNED_GATES) expect(outputs[`${gate}-result`].value).toBe(`\${{ jobs.summary.outputs.${gate}-result }}`);
    for (const name of ['result', 'results', 'coverage', 'sbom-artifacts']) expect(outputs[name].value).toBe(`\${{ jobs.summary.outputs.${name} }}`);
    for (const [name, out] of Object.entries(outputs)) {
      const m = /^\$\{\{ jobs\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(out.value);
      expect(m).not.toBeNull();
      expect(Object.keys((wf.jobs[m![1]] as any).outputs ?? {})).toContain(m![2]);
      expect(name).toBeTruthy();
    }
  });

  test('a secret is declared for private modules and required by nothing', () => {
    const secrets = wf.on.workflow_call.secrets as Record<string, { required: boolean }>;
    expect(Object.values(secrets).every(s => s.required === false)).toBe(true);
    expect(Object.keys(secrets)).toEqual(['go-private-token']);
  });

  test('setup-go caches modules where there is a go.sum to key them; the gates never cache GOMODCACHE themselves', () => {
    for (const [job, def] of Object.entries(wf.jobs)) {
      const setup = (def.steps ?? []).find(s => s.uses?.startsWith('actions/setup-go@'));
      if (!setup) continue;
      if (job === 'coverage-gate')
        expect(setup.with?.cache).toBe(false); // only reads profiles and sources
      // Without a go.sum setup-go has no cache key and warns "Restore cache failed" in every job (issue 14, defect 6).
      else expect(setup.with?.cache).toBe('${{ matrix.module.goSum }}');
    }
  });
});

describe('gate references', () => {
  test('use the placeholder repository and one ref in both reusable workflows', () => {
    expect(SCRIPT_REPOSITORY).toBe(GATE_REPOSITORY);
    const refs = ['.github/workflows/go-gates.yml', '.github/workflows/sbom-publish.yml'].flatMap(f => gateRefs(text(f)));
    const gates = refs.filter(r => !r.gate.includes('/.github/'));
    expect(gates.length).toBe(PLANNED_GATES.length + 1);
    expect(new Set(refs.map(r => r.ref))).toEqual(new Set(['v1']));
    expect(new Set(gates.map(r => r.gate.split('/').pop()))).toEqual(new Set(PLANNED_GATES));
    // The internal step action (the CLI bundle) is on the same ref: a release's workflow runs its own CLI.
    expect(new Set(refs.filter(r => r.gate.includes('/.github/')).map(r => r.gate))).toEqual(
      new Set(['go-ci-gates/go-ci-gates/.github/actions/go-gates-step'])
    );
  });

  test('set rewrites every gate reference and nothing else', () => {
    const before = text('.github/workflows/go-gates.yml');
    const after = setGateRef(before, 'v1.4.2');
    expect(gateRefs(after).every(r => r.ref === 'v1.4.2')).toBe(true);
    expect(after.replace(/@v1\.4\.2/g, '@v1')).toBe(before);
    // The steps the CLI bundle runs (discover, credentials, record, summary) move with the gates.
    expect(after).not.toMatch(/go-gates-step@v1\b(?!\.4\.2)/);
    expect(setGateRef(text('.github/workflows/sbom-publish.yml'), 'v1.4.2')).toContain('uses: go-ci-gates/go-ci-gates/.github/actions/go-gates-step@v1.4.2');
    expect(() => setGateRef(before, 'v1; rm -rf /')).toThrow("'v1; rm -rf /' is not a tag, branch or commit");
  });
});
