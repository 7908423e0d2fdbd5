import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError, recordingSource, mapInputSource, type GateDefinition } from '@go-ci-gates/core';
import { REPO_ROOT } from './harness/go-sandbox.js';
import { GATE_RULES as GATE_RULES_SYNC } from '../scripts/gate-rules.js';

const gates = readdirSync(path.join(REPO_ROOT, 'actions')).filter(g => existsSync(path.join(REPO_ROOT, 'actions', g, 'action.yml')));
const FEATHER_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

test('there are gates', () => expect(gates.length).toBeGreaterThan(0));

describe.each(gates)('actions/%s/action.yml', gate => {
  const meta = parseYaml(readFileSync(path.join(REPO_ROOT, 'actions', gate, 'action.yml'), 'utf8'));

  test('has name, description, branding, node24 and an existing main', () => {
    expect(meta.name).toMatch(/go-ci-gates: /);
    expect(meta.description.length).toBeGreaterThan(20);
    expect(typeof meta.branding.icon).toBe('string');
    expect(FEATHER_COLORS).toContain(meta.branding.color);
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../../dist/${gate}/index.js`);
    expect(existsSync(path.join(REPO_ROOT, 'actions', gate, meta.runs.main))).toBe(true);
    expect(existsSync(path.join(REPO_ROOT, 'actions', gate, 'README.md'))).toBe(true);
  });

  test('every input and output has a description and a kebab-case id', () => {
    for (const [id, spec] of Object.entries<{ description?: string }>({ ...meta.inputs, ...meta.outputs })) {
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(spec.description?.length).toBeGreaterThan(5);
    }
    for (const common of ['result', 'error-count', 'warning-count', 'notice-count', 'report-path']) expect(meta.outputs).toHaveProperty(common);
  });

  test('every input read in code is declared, and every declared input is read', async () => {
    const { gate: def } = (await import(`../actions/${gate}/src/main.js`)) as { gate: GateDefinition };
    expect(def.name).toBe(gate);
    const defaults = Object.fromEntries(Object.entries<{ default?: string }>(meta.inputs ?? {}).map(([k, v]) => [k, String(v.default ?? '')]));
    // Defaults like ${{ github.token }} are expanded by the runner; a placeholder stands in for them here.
    for (const k of Object.keys(defaults)) if (defaults[k].includes('${{')) defaults[k] = 'placeholder';
    const rec = recordingSource(mapInputSource(defaults));
    try {
      def.parseInputs(rec.source);
    } catch (err) {
      // Defaults alone may be refused by a check across inputs (coverage-gate needs a profile source);
      // such checks run after every input was read, so the set read is still complete.
      if (!(err instanceof ConfigurationError)) throw err;
    }
    expect([...rec.read].sort()).toEqual(Object.keys(meta.inputs ?? {}).sort());
  });
});

// One default per input: the runner applies action.yml's defaults, and the code's fallbacks serve
// the CLI and the tests. Parsing with no inputs at all must give exactly what parsing with
// action.yml's defaults gives, so the two can never drift apart.
describe.each(gates)("actions/%s: the code's defaults are action.yml's", gate => {
  test('parseInputs({}) equals parseInputs(action.yml defaults)', async () => {
    const meta = parseYaml(readFileSync(path.join(REPO_ROOT, 'actions', gate, 'action.yml'), 'utf8'));
    const { gate: def } = (await import(`../actions/${gate}/src/main.js`)) as { gate: GateDefinition };
    const declared = Object.entries<{ default?: unknown }>(meta.inputs ?? {}).filter(([, v]) => v.default !== undefined && !String(v.default).includes('${{'));
    const parse = (values: Record<string, string>) => {
      try {
        return def.parseInputs(mapInputSource(values));
      } catch (err) {
        if (err instanceof ConfigurationError) return `ConfigurationError: ${err.message}`;
        throw err;
      }
    };
    // Inputs every run needs and that have no default (coverage-gate's profile) get the same value on both sides.
    const required: Record<string, string> = gate === 'coverage-gate' ? { profile: 'cover.out' } : {};
    // With nothing set, every input parses (from action.yml's defaults), as a job with no `with:` does.
    expect(typeof parse({ ...required })).toBe('object');
    expect(parse({ ...required })).toEqual(parse({ ...Object.fromEntries(declared.map(([k, v]) => [k, String(v.default)])), ...required }));
  });
});

test('no gate writes a default of its own: every default comes from action.yml (action-defaults.generated.ts)', () => {
  const files = [
    ...gates.map(g => path.join(REPO_ROOT, 'actions', g, 'src', 'inputs.ts')),
    path.join(REPO_ROOT, 'actions', 'sbom-attach', 'src', 'publish', 'inputs.ts'),
    path.join(REPO_ROOT, 'packages', 'core', 'src', 'inputs', 'common-inputs.ts')
  ];
  const fallbacks = /fallback:|\.boolean\('[a-z-]+', |\.string\('[a-z-]+', |\.enumeration\('[a-z-]+', [^)]*, '[^']*'\)|\bsource\('/;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    expect(
      text
        .split('\n')
        .filter(l => fallbacks.test(l))
        .map(l => `${path.relative(REPO_ROOT, f)}: ${l.trim()}`)
    ).toEqual([]);
  }
  for (const g of gates) expect(readFileSync(path.join(REPO_ROOT, 'actions', g, 'src', 'inputs.ts'), 'utf8')).toContain('new Inputs(source, ACTION_DEFAULTS)');
});

describe.each(gates)('actions/%s: one rule registry', gate => {
  test('the README table is generated from the registry runGate checks findings against', async () => {
    const { gate: def } = (await import(`../actions/${gate}/src/main.js`)) as { gate: GateDefinition };
    const { GATE_RULES } = await import('../scripts/gate-rules.js');
    expect(GATE_RULES[gate]).toBe(def.rules);
    const ids = def.rules.map(r => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of def.rules) expect(r.description.length).toBeGreaterThan(10);
  });

  test('every rule id written in the source is registered, and every registered id is written somewhere', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') && e.name !== 'rules.ts' ? [path.join(dir, e.name)] : []
      );
    const text = sources(path.join(REPO_ROOT, 'actions', gate, 'src'))
      .map(f => readFileSync(f, 'utf8'))
      .join('\n');
    const registered = new Set(GATE_RULES_SYNC[gate].map(r => r.id));
    expect([...text.matchAll(/rule: '([a-z0-9-]+)'/g)].map(m => m[1]).filter(id => !registered.has(id))).toEqual([]);
    expect([...registered].filter(id => !text.includes(`'${id}'`))).toEqual([]);
  });
});
