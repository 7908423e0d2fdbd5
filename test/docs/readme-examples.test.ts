// Every ```yaml example in every README and doc, not only the ones included
// from docs/examples/ (test/workflows lints those files): it parses; every
// `uses:` is a local path, a gate or reusable workflow of this repository at
// @v1, or a third-party action pinned to a full commit SHA; a gate's `with:`
// holds only inputs its action.yml declares; and step lists and workflows
// pass actionlint (the same binary and cache test/workflows uses).
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { REPO_ROOT } from '../harness/go-sandbox.js';
import { installActionlint } from '../harness/actionlint.js';

const REPOSITORY = 'go-ci-gates/go-ci-gates';

function markdownFiles(): string[] {
  const files = ['README.md', 'SECURITY.md', 'CHANGELOG.md', 'test/demo/module/README.md'];
  for (const name of readdirSync(path.join(REPO_ROOT, 'docs'))) if (name.endsWith('.md')) files.push(`docs/${name}`);
  for (const gate of readdirSync(path.join(REPO_ROOT, 'actions'))) files.push(`actions/${gate}/README.md`);
  return files.filter(f => existsSync(path.join(REPO_ROOT, f)));
}

interface Example {
  doc: string;
  line: number;
  text: string;
}

export function yamlExamples(doc: string, markdown: string): Example[] {
  const out: Example[] = [];
  for (const m of markdown.matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```/gm)) {
    out.push({ doc, line: markdown.slice(0, m.index).split('\n').length, text: m[1] });
  }
  return out;
}

/** Every `uses:` value anywhere in a parsed document, with the `with:` beside it. */
function usesOf(node: unknown, found: { uses: string; with?: Record<string, unknown> }[] = []): typeof found {
  if (Array.isArray(node)) for (const n of node) usesOf(n, found);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.uses === 'string') found.push({ uses: o.uses, with: o.with as Record<string, unknown> | undefined });
    for (const v of Object.values(o)) usesOf(v, found);
  }
  return found;
}

/** Problems with one `uses:` reference, or none. */
export function checkUses(uses: string, withKeys: string[]): string[] {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return [];
  const gate = new RegExp(`^${REPOSITORY}/actions/([\\w-]+)@v1$`).exec(uses);
  if (gate) {
    const meta = path.join(REPO_ROOT, 'actions', gate[1], 'action.yml');
    if (!existsSync(meta)) return [`${uses}: no gate ${gate[1]}`];
    const inputs = Object.keys((parseYaml(readFileSync(meta, 'utf8')) as { inputs?: object }).inputs ?? {});
    return withKeys.filter(k => !inputs.includes(k)).map(k => `${uses}: ${gate[1]} has no input '${k}'`);
  }
  const workflow = new RegExp(`^${REPOSITORY}/(\\.github/workflows/[\\w-]+\\.ya?ml)@v1$`).exec(uses);
  if (workflow) return existsSync(path.join(REPO_ROOT, workflow[1])) ? [] : [`${uses}: no such workflow`];
  if (uses.startsWith(`${REPOSITORY}/`) || uses.startsWith('go-ci-gates/')) return [`${uses}: this repository's actions are ${REPOSITORY}/actions/<gate>@v1`];
  if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses)) return [`${uses}: not pinned to a full commit SHA`];
  return [];
}

/** A step list or a workflow as a file actionlint can check; undefined for other YAML (policy files, with: fragments). */
function asWorkflow(doc: unknown): string | undefined {
  const isStep = (s: unknown) => !!s && typeof s === 'object' && ('uses' in s || 'run' in s);
  if (Array.isArray(doc) && doc.length && doc.every(isStep)) {
    return stringify({ on: 'push', jobs: { example: { 'runs-on': 'ubuntu-latest', steps: doc } } });
  }
  if (doc && typeof doc === 'object' && 'jobs' in doc) return stringify({ on: 'push', ...(doc as object) });
  return undefined;
}

function actionlintBinary(): string | undefined {
  const installed = installActionlint();
  if (installed.skipReason) console.warn(`README examples are not linted with actionlint: ${installed.skipReason}`);
  return installed.binary;
}

const examples = markdownFiles().flatMap(f => yamlExamples(f, readFileSync(path.join(REPO_ROOT, f), 'utf8')));

describe('YAML examples in every README and doc', () => {
  test('are found in the gate READMEs too', () => {
    for (const gate of ['coverage-gate', 'readonly-list', 'sum-audit', 'vendor-consistency', 'sbom-attach', 'mod-verify']) {
      expect(examples.some(e => e.doc === `actions/${gate}/README.md`)).toBe(true);
    }
  });

  test('parse, pin every third-party action by SHA and pass only declared gate inputs', () => {
    const problems: string[] = [];
    for (const e of examples) {
      let doc: unknown;
      try {
        doc = parseYaml(e.text);
      } catch (err) {
        problems.push(`${e.doc}:${e.line}: not YAML: ${(err as Error).message.split('\n')[0]}`);
        continue;
      }
      for (const u of usesOf(doc)) for (const p of checkUses(u.uses, Object.keys(u.with ?? {}))) problems.push(`${e.doc}:${e.line}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  test('the checks catch an unpinned action, a wrong repository path and an undeclared input', () => {
    expect(checkUses('actions/setup-go@v5', [])).toEqual(['actions/setup-go@v5: not pinned to a full commit SHA']);
    expect(checkUses('go-ci-gates/actions/coverage-gate@v1', [])[0]).toContain('this repository');
    expect(checkUses(`${REPOSITORY}/actions/coverage-gate@v1`, ['threshold'])).toEqual([
      `${REPOSITORY}/actions/coverage-gate@v1: coverage-gate has no input 'threshold'`
    ]);
    expect(checkUses('actions/setup-go@7a3fe6cf4cb3a834922a1244abfce67bcef6a0c5', [])).toEqual([]);
  });

  test('step lists and workflows pass actionlint', () => {
    const binary = actionlintBinary();
    if (!binary) return;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readme-examples-'));
    const origin = new Map<string, Example>();
    examples.forEach((e, i) => {
      const wf = asWorkflow(parseYaml(e.text));
      if (!wf) return;
      const file = path.join(dir, `example-${i}.yml`);
      writeFileSync(file, wf);
      origin.set(file, e);
    });
    expect(origin.size).toBeGreaterThan(5);
    const r = spawnSync(binary, ['-format', '{{json .}}', '-no-color', ...origin.keys()], { encoding: 'utf8' });
    const errors = (JSON.parse(r.stdout || '[]') as { filepath: string; message: string; kind: string }[]).map(
      err => `${origin.get(path.resolve(err.filepath))?.doc ?? err.filepath}:${origin.get(path.resolve(err.filepath))?.line}: ${err.message} [${err.kind}]`
    );
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });
});

test('no README has the same section twice (gate READMEs once held two Inputs sections)', () => {
  const repeated: string[] = [];
  for (const f of markdownFiles()) {
    const headings = readFileSync(path.join(REPO_ROOT, f), 'utf8')
      .replace(/^```[\s\S]*?^```/gm, '')
      .split('\n')
      .filter(l => /^## /.test(l));
    for (const h of new Set(headings)) if (headings.filter(x => x === h).length > 1) repeated.push(`${f}: ${h}`);
  }
  expect(repeated).toEqual([]);
});
