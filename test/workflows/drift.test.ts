// The reusable workflow, the gates' action.yml files, the README tables and
// the documented examples must agree. Gates that have not landed yet are
// checked as soon as their action.yml exists.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WORKFLOW_GATES } from '../../packages/cli/src/workflow/gates.js';
import { findDrift, includedBlocks, renderGateReadme, renderInputsTable, renderOutputsTable } from '../../scripts/readme-tables.js';
import { actionMetadata, existingGates, GATE_REPOSITORY, PLANNED_GATES, readWorkflow, REPO_ROOT, workflowFiles, type Workflow } from './workflow-files.js';

const REUSABLE = ['.github/workflows/go-gates.yml', '.github/workflows/sbom-publish.yml'];
const COMMON_INPUTS = ['working-directory', 'modules', 'go-binary', 'fail-on', 'report-path', 'max-annotations'];

/** Workflow inputs that feed a gate input of another name or from elsewhere on purpose. */
const MAPPED_ELSEWHERE: Record<string, string> = {
  // each matrix job selects exactly its module (its directory, glob characters escaped)
  modules: '${{ matrix.module.select }}',
  // coverage-gate reads its own module's merged shard profiles
  profile: '.go-gates/coverprofiles/${{ matrix.module.key }}.shard-*.out'
};

/** Workflow defaults that differ from the gate's on purpose. */
const DEFAULT_DIFFERS: Record<string, string> = {
  // The defaults must pass on a library module: app where there is a main package, module mode otherwise
  // (in go-gates.yml and in sbom-publish.yml, which publishes every module's SBOM of a monorepo).
  'sbom-mode': 'auto'
};

interface GateStep {
  workflow: string;
  job: string;
  gate: string;
  with: Record<string, unknown>;
}

function gateSteps(file: string, wf: Workflow): GateStep[] {
  const out: GateStep[] = [];
  const prefix = `${GATE_REPOSITORY}/actions/`;
  for (const [job, def] of Object.entries(wf.jobs))
    for (const step of def.steps ?? [])
      if (step.uses?.startsWith(prefix)) out.push({ workflow: file, job, gate: step.uses.slice(prefix.length).split('@')[0], with: step.with ?? {} });
  return out;
}

const stringify = (v: unknown) => (v === undefined ? undefined : String(v));

describe('reusable workflows forward to the gates faithfully', () => {
  const steps = REUSABLE.flatMap(f => gateSteps(f, readWorkflow(f)));

  test('every gate step names a planned gate', () => {
    for (const s of steps) expect(PLANNED_GATES).toContain(s.gate);
  });

  test.each(PLANNED_GATES.map(g => [g]))('%s: with: keys are its inputs, required inputs are given, defaults agree', gate => {
    if (!existingGates().includes(gate)) return; // checked from the moment actions/<gate>/action.yml lands
    const { inputs: actionInputs } = actionMetadata(gate);
    for (const s of steps.filter(x => x.gate === gate)) {
      const wfInputs = readWorkflow(s.workflow).on.workflow_call.inputs as Record<string, { type: string; default?: unknown; description: string }>;
      const where = `${s.workflow} job ${s.job}`;
      const unknown = Object.keys(s.with).filter(k => !(k in actionInputs));
      expect({ where, unknown }).toEqual({ where, unknown: [] });
      const missing = Object.entries(actionInputs)
        .filter(([k, v]) => v.required && v.default === undefined && !(k in s.with))
        .map(([k]) => k);
      expect({ where, missing }).toEqual({ where, missing: [] });
      for (const [key, value] of Object.entries(s.with)) {
        const m = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(String(value));
        if (!m) {
          if (key in MAPPED_ELSEWHERE && s.workflow.endsWith('go-gates.yml')) expect(value).toBe(MAPPED_ELSEWHERE[key]);
          continue;
        }
        const wfInput = wfInputs[m[1]];
        expect({ where, input: m[1], declared: wfInput !== undefined }).toEqual({ where, input: m[1], declared: true });
        // Calling the workflow with defaults must mean calling the gate with its defaults.
        const gateDefault = m[1] in DEFAULT_DIFFERS ? DEFAULT_DIFFERS[m[1]] : (stringify(actionInputs[key].default) ?? '');
        expect({ where, input: m[1], default: stringify(wfInput.default) ?? '' }).toEqual({ where, input: m[1], default: gateDefault });
      }
    }
  });

  test('the common inputs every gate has are forwarded to every gate step', () => {
    for (const s of steps.filter(x => x.workflow.endsWith('go-gates.yml'))) {
      for (const k of ['working-directory', 'modules', 'fail-on', 'max-annotations'])
        expect({ job: s.job, k, has: k in s.with }).toEqual({ job: s.job, k, has: true });
    }
  });

  test('every gate that exists has its job in go-gates.yml, its case in self-test.yml and its name in the scripts', () => {
    const goGates = readWorkflow('.github/workflows/go-gates.yml');
    const selfTest = readWorkflow('.github/workflows/self-test.yml');
    // Discovery and the summary know the gates through the CLI's workflow commands.
    expect([...WORKFLOW_GATES]).toEqual([...PLANNED_GATES]);
    for (const gate of existingGates()) {
      expect(PLANNED_GATES).toContain(gate);
      expect(Object.keys(goGates.jobs)).toContain(gate);
      expect(selfTest.jobs[gate]?.steps?.some(s => s.uses === `./actions/${gate}`)).toBe(true);
    }
  });

  test("each gate's common inputs are the ones mod-verify declares (same defaults and descriptions)", () => {
    const model = actionMetadata('mod-verify').inputs;
    for (const gate of existingGates()) {
      const inputs = actionMetadata(gate).inputs;
      for (const name of COMMON_INPUTS) expect({ gate, name, input: inputs[name] }).toEqual({ gate, name, input: model[name] });
    }
  });
});

describe('README tables', () => {
  test('are generated from action.yml: no README drifted (npx tsx scripts/readme-tables.ts --check)', () => {
    expect(findDrift().map(d => `${d.file}: ${d.problem}`)).toEqual([]);
  });

  test('the renderer lists every input with default and required, every output, and escapes pipes', () => {
    const meta = {
      inputs: { 'fail-on': { description: 'error | warning', default: 'error' }, token: { description: 'A token.', required: true } },
      outputs: { result: { description: 'pass or fail' } }
    };
    expect(renderInputsTable(meta)).toBe(
      [
        '| Input | Description | Default | Required |',
        '| --- | --- | --- | --- |',
        '| `fail-on` | error \\| warning | `error` | no |',
        '| `token` | A token. | *(empty)* | yes |'
      ].join('\n')
    );
    expect(renderOutputsTable(meta)).toBe(['| Output | Description |', '| --- | --- |', '| `result` | pass or fail |'].join('\n'));
  });

  test('a README whose table drifted is rewritten between its markers only; one without markers gets them appended', () => {
    const meta = { inputs: { a: { description: 'new' } }, outputs: {} };
    const readme = '# gate\n\n<!-- inputs:start -->\n| old |\n<!-- inputs:end -->\n\ntext\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n';
    const fixed = renderGateReadme(readme, meta);
    expect(fixed).toContain(
      '<!-- inputs:start -->\n| Input | Description | Default | Required |\n| --- | --- | --- | --- |\n| `a` | new | *(empty)* | no |\n<!-- inputs:end -->\n\ntext'
    );
    expect(renderGateReadme(fixed, meta)).toBe(fixed);
    const appended = renderGateReadme('# gate\n', meta);
    expect(appended).toMatch(
      /^# gate\n\n## Inputs\n\n<!-- inputs:start -->\n[\s\S]*<!-- inputs:end -->\n\n## Outputs\n\n<!-- outputs:start -->\n[\s\S]*<!-- outputs:end -->\n$/
    );
  });
});

describe('documented examples are the linted files', () => {
  const docs = readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`);
  const blocks = docs.flatMap(f => includedBlocks(readFileSync(path.join(REPO_ROOT, f), 'utf8')).map(b => ({ ...b, doc: f })));

  test('every example and starter workflow appears in the docs, byte for byte', () => {
    const examples = workflowFiles().filter(f => !f.startsWith('.github/'));
    expect([...new Set(blocks.map(b => b.file))].sort()).toEqual(examples.sort());
    for (const b of blocks)
      expect({ file: b.file, shown: b.shown }).toEqual({ file: b.file, shown: readFileSync(path.join(REPO_ROOT, b.file), 'utf8').replace(/\n$/, '') });
  });

  test('examples call the reusable workflows and gates with inputs, types, secrets and outputs they declare', () => {
    for (const file of workflowFiles().filter(f => !f.startsWith('.github/'))) {
      const wf = readWorkflow(file);
      for (const [jobId, job] of Object.entries(wf.jobs)) {
        if (job.uses) {
          const m = new RegExp(`^${GATE_REPOSITORY}/(\\.github/workflows/[\\w-]+\\.yml)@v1$`).exec(job.uses);
          expect({ file, uses: job.uses, known: m !== null && REUSABLE.includes(m[1]) }).toEqual({ file, uses: job.uses, known: true });
          const called = readWorkflow(m![1]).on.workflow_call;
          for (const [k, v] of Object.entries(job.with ?? {})) {
            const decl = called.inputs[k];
            expect({ file, input: k, declared: decl !== undefined }).toEqual({ file, input: k, declared: true });
            const type = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
            if (!String(v).startsWith('${{')) expect({ file, input: k, type }).toEqual({ file, input: k, type: decl.type });
          }
          if (job.secrets && job.secrets !== 'inherit') for (const k of Object.keys(job.secrets)) expect(Object.keys(called.secrets ?? {})).toContain(k);
          // needs.<this job>.outputs.<name> used anywhere must be declared.
          const raw = readFileSync(path.join(REPO_ROOT, file), 'utf8');
          for (const use of raw.matchAll(new RegExp(`needs\\.${jobId}\\.outputs\\.([\\w-]+)`, 'g'))) expect(Object.keys(called.outputs)).toContain(use[1]);
        }
        for (const step of job.steps ?? []) {
          const m = new RegExp(`^${GATE_REPOSITORY}/actions/([\\w-]+)@v1$`).exec(step.uses ?? '');
          if (!m) continue;
          expect(PLANNED_GATES).toContain(m[1]);
          if (!existsSync(path.join(REPO_ROOT, 'actions', m[1], 'action.yml'))) continue;
          const { inputs } = actionMetadata(m[1]);
          for (const k of Object.keys(step.with ?? {}))
            expect({ file, gate: m[1], input: k, declared: k in inputs }).toEqual({ file, gate: m[1], input: k, declared: true });
        }
      }
    }
  });

  test('the starter workflow has its properties file and icon', () => {
    const props = JSON.parse(readFileSync(path.join(REPO_ROOT, 'workflow-templates', 'go-ci-gates.properties.json'), 'utf8'));
    expect(props).toMatchObject({ name: 'go-ci-gates', iconName: 'go-ci-gates' });
    expect(props.filePatterns.some((p: string) => new RegExp(p).test('go.mod'))).toBe(true);
    expect(existsSync(path.join(REPO_ROOT, 'workflow-templates', `${props.iconName}.svg`))).toBe(true);
  });
});
