// Keeps the docs generated from their sources, so they cannot drift:
//
// 1. Each actions/<gate>/README.md's input and output tables are rendered from
//    actions/<gate>/action.yml between <!-- inputs:start --> / <!-- inputs:end -->
//    and <!-- outputs:start --> / <!-- outputs:end -->.
// 2. docs show a reusable workflow's inputs/outputs/secrets tables between
//    <!-- workflow-inputs: <path> --> and <!-- workflow-inputs:end --> (same
//    for outputs and secrets), rendered from its on.workflow_call.
// 3. Example workflows live in files (docs/examples/*.yml, workflow-templates/*.yml)
//    that actionlint checks; markdown shows them between
//    <!-- include: <path> --> and <!-- include:end -->, as a ```yaml block.
//
// 4. Each gate README's rule table is rendered from actions/<gate>/src/rules.ts
//    (listed in scripts/gate-rules.ts) between <!-- rules:start --> / <!-- rules:end -->.
//
//   npx tsx scripts/readme-tables.ts           rewrite what drifted (adds the
//                                              table sections to a gate README
//                                              that has no markers yet)
//   npx tsx scripts/readme-tables.ts --check   exit 1 and list what drifted
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { RuleDoc } from '../packages/core/src/index.js';
import { FRAMEWORK_RULES, GATE_RULES } from './gate-rules.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ActionMeta {
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

export function renderInputsTable(meta: ActionMeta): string {
  const rows = Object.entries(meta.inputs ?? {}).map(([name, input]) => {
    const def = input.default === undefined || input.default === '' ? '*(empty)*' : code(cell(String(input.default)));
    return `| ${code(name)} | ${cell(input.description ?? '')} | ${def} | ${input.required ? 'yes' : 'no'} |`;
  });
  return ['| Input | Description | Default | Required |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderOutputsTable(meta: ActionMeta): string {
  const rows = Object.entries(meta.outputs ?? {}).map(([name, output]) => `| ${code(name)} | ${cell(output.description ?? '')} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/**
 * A gate's action.yml defaults as TypeScript (actions/<gate>/src/action-defaults.generated.ts):
 * the one place a gate's code gets its defaults from. Defaults the runner evaluates
 * (`${{ github.token }}`) are left out: outside a job they are empty.
 */
export function renderActionDefaults(gate: string, meta: ActionMeta): string {
  const entries = Object.entries(meta.inputs ?? {})
    .filter(([, i]) => i.default !== undefined && i.default !== '' && !String(i.default).includes('${{'))
    .map(([name, i]) => `  ${JSON.stringify(name)}: ${JSON.stringify(String(i.default))}`);
  return [
    `// Generated from actions/${gate}/action.yml by scripts/readme-tables.ts: do not edit.`,
    "// The inputs' defaults, as the runner applies them in a job (Inputs reads them for the CLI and the tests).",
    `export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {`,
    entries.join(',\n'),
    '};',
    ''
  ].join('\n');
}

/** A gate's rule table: its registry, then the rules the framework adds to every gate. */
export function renderRulesTable(rules: readonly RuleDoc[]): string {
  const rows = [...rules, ...FRAMEWORK_RULES].map(r => `| ${code(r.id)} | ${cell(r.severity)} | ${cell(r.description)} | ${cell(r.example ?? '')} |`);
  return ['| Rule | Severity | What it finds | Example |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between two marker lines; undefined when the markers are absent. */
export function replaceBetween(text: string, start: string, end: string, body: string): string | undefined {
  const s = text.indexOf(start);
  const e = text.indexOf(end, s + start.length);
  if (s < 0 || e < 0) return undefined;
  return `${text.slice(0, s + start.length)}\n${body}\n${text.slice(e)}`;
}

export const INCLUDE_PATTERN = /<!-- include: ([^\s]+) -->\n([\s\S]*?)<!-- include:end -->/g;

/** Rewrites every include block from its file; throws when a named file is missing. */
export function renderIncludes(text: string, root = REPO_ROOT): string {
  return text.replace(INCLUDE_PATTERN, (_all, file: string) => {
    const abs = path.join(root, file);
    if (!existsSync(abs)) throw new Error(`include names ${file}, which does not exist`);
    const body = readFileSync(abs, 'utf8').replace(/\n$/, '');
    return `<!-- include: ${file} -->\n\`\`\`yaml\n${body}\n\`\`\`\n<!-- include:end -->`;
  });
}

export const WORKFLOW_TABLE_PATTERN = /<!-- workflow-(inputs|outputs|secrets): ([^\s]+) -->\n([\s\S]*?)<!-- workflow-\1:end -->/g;

/** Tables of a reusable workflow's workflow_call inputs, outputs or secrets. */
export function renderWorkflowTable(kind: 'inputs' | 'outputs' | 'secrets', workflowYaml: string): string {
  type Entry = { type?: string; description?: string; default?: unknown; required?: boolean };
  const call = (parseYaml(workflowYaml) as { on?: { workflow_call?: Record<string, Record<string, Entry>> } })?.on?.workflow_call ?? {};
  const entries = Object.entries(call[kind] ?? {});
  if (kind === 'inputs') {
    const rows = entries.map(([name, i]) => {
      const def = i.default === undefined || i.default === '' ? '*(empty)*' : code(cell(String(i.default)));
      return `| ${code(name)} | ${i.type} | ${cell(i.description ?? '')} | ${def} |`;
    });
    return ['| Input | Type | Description | Default |', '| --- | --- | --- | --- |', ...rows].join('\n');
  }
  if (kind === 'secrets') {
    const rows = entries.map(([name, sct]) => `| ${code(name)} | ${cell(sct.description ?? '')} | ${sct.required ? 'yes' : 'no'} |`);
    return ['| Secret | Description | Required |', '| --- | --- | --- |', ...rows].join('\n');
  }
  const rows = entries.map(([name, o]) => `| ${code(name)} | ${cell(o.description ?? '')} |`);
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

export function renderWorkflowTables(text: string, root = REPO_ROOT): string {
  return text.replace(WORKFLOW_TABLE_PATTERN, (_all, kind: 'inputs' | 'outputs' | 'secrets', file: string) => {
    const abs = path.join(root, file);
    if (!existsSync(abs)) throw new Error(`workflow-${kind} names ${file}, which does not exist`);
    return `<!-- workflow-${kind}: ${file} -->\n${renderWorkflowTable(kind, readFileSync(abs, 'utf8'))}\n<!-- workflow-${kind}:end -->`;
  });
}

/** The include blocks of a markdown text: file and the YAML shown. */
export function includedBlocks(text: string): { file: string; shown: string }[] {
  return [...text.matchAll(INCLUDE_PATTERN)].map(m => ({ file: m[1], shown: m[2].replace(/^```yaml\n/, '').replace(/\n```\n$/, '') }));
}

/** A gate README with its tables regenerated; sections are appended when the markers are missing. */
export function renderGateReadme(readme: string, meta: ActionMeta, rules?: readonly RuleDoc[]): string {
  let text = readme;
  if (rules) text = replaceBetween(text, '<!-- rules:start -->', '<!-- rules:end -->', renderRulesTable(rules)) ?? text;
  for (const [kind, table] of [
    ['inputs', renderInputsTable(meta)],
    ['outputs', renderOutputsTable(meta)]
  ] as const) {
    const start = `<!-- ${kind}:start -->`;
    const end = `<!-- ${kind}:end -->`;
    const replaced = replaceBetween(text, start, end, table);
    text = replaced ?? `${text.replace(/\n*$/, '\n')}\n## ${kind === 'inputs' ? 'Inputs' : 'Outputs'}\n\n${start}\n${table}\n${end}\n`;
  }
  return text;
}

export function gatesWithActionYml(root = REPO_ROOT): string[] {
  const dir = path.join(root, 'actions');
  return readdirSync(dir)
    .filter(name => existsSync(path.join(dir, name, 'action.yml')))
    .sort();
}

function markdownWithIncludes(root: string): string[] {
  const files: string[] = [];
  if (existsSync(path.join(root, 'README.md'))) files.push('README.md');
  const docs = path.join(root, 'docs');
  if (existsSync(docs)) for (const f of readdirSync(docs).sort()) if (f.endsWith('.md')) files.push(`docs/${f}`);
  for (const gate of gatesWithActionYml(root)) if (existsSync(path.join(root, 'actions', gate, 'README.md'))) files.push(`actions/${gate}/README.md`);
  return files;
}

export interface Drift {
  file: string;
  problem: string;
  /** What the file should contain (absent when it cannot be generated). */
  expected?: string;
}

/** Everything generated that differs from what is committed. */
export function findDrift(root = REPO_ROOT): Drift[] {
  const drift: Drift[] = [];
  const expected = new Map<string, string>();
  for (const gate of gatesWithActionYml(root)) {
    const readmePath = `actions/${gate}/README.md`;
    if (!existsSync(path.join(root, readmePath))) {
      drift.push({ file: readmePath, problem: `missing: every gate documents its inputs and outputs (tables generated from actions/${gate}/action.yml)` });
      continue;
    }
    const meta = parseYaml(readFileSync(path.join(root, 'actions', gate, 'action.yml'), 'utf8')) as ActionMeta;
    const current = readFileSync(path.join(root, readmePath), 'utf8');
    const defaultsFile = `actions/${gate}/src/action-defaults.generated.ts`;
    const defaults = renderActionDefaults(gate, meta);
    if (!existsSync(path.join(root, defaultsFile)) || readFileSync(path.join(root, defaultsFile), 'utf8') !== defaults)
      drift.push({ file: defaultsFile, problem: `differs from actions/${gate}/action.yml's defaults`, expected: defaults });
    const rules = GATE_RULES[gate];
    if (!rules) drift.push({ file: readmePath, problem: `actions/${gate} has no rule registry in scripts/gate-rules.ts` });
    else if (!current.includes('<!-- rules:start -->'))
      drift.push({ file: readmePath, problem: 'has no <!-- rules:start --> / <!-- rules:end --> markers for its rule table' });
    const want = renderGateReadme(current, meta, rules);
    if (want !== current) {
      const markers = current.includes('<!-- inputs:start -->') && current.includes('<!-- outputs:start -->');
      drift.push({
        file: readmePath,
        problem: markers
          ? `its input/output or rule tables differ from actions/${gate}/action.yml and src/rules.ts`
          : 'has no <!-- inputs:start --> / <!-- outputs:start --> markers',
        expected: want
      });
    }
    expected.set(readmePath, want);
  }
  for (const file of markdownWithIncludes(root)) {
    const current = expected.get(file) ?? readFileSync(path.join(root, file), 'utf8');
    let want: string;
    try {
      want = renderWorkflowTables(renderIncludes(current, root), root);
    } catch (err) {
      drift.push({ file, problem: (err as Error).message });
      continue;
    }
    if (want !== current) {
      const stale = includedBlocks(current)
        .filter(b => readFileSync(path.join(root, b.file), 'utf8').replace(/\n$/, '') !== b.shown)
        .map(b => b.file);
      const problem = stale.length ? `its example blocks differ from ${stale.join(', ')}` : 'its reusable-workflow tables differ from the workflow files';
      const prior = drift.find(d => d.file === file);
      if (prior) prior.expected = want;
      else drift.push({ file, problem, expected: want });
    }
  }
  return drift;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const drift = findDrift();
  if (check) {
    for (const d of drift) console.error(`${d.file}: ${d.problem}`);
    if (drift.length) console.error(`\n${drift.length} file(s) drifted; run: npx tsx scripts/readme-tables.ts`);
    return drift.length ? 1 : 0;
  }
  let failed = 0;
  for (const d of drift) {
    if (d.expected === undefined) {
      console.error(`${d.file}: ${d.problem}`);
      failed++;
      continue;
    }
    writeFileSync(path.join(REPO_ROOT, d.file), d.expected);
    console.log(`updated ${d.file}`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
