import { code, runGate, tidyDiff, type Block, type Finding, type GateDefinition, type GateDeps, type GateResult } from '@go-ci-gates/core';
import { parseInputs, type SumAuditInputs } from './inputs.js';
import { resolveStateDir } from '@go-ci-gates/core';
import { fileFindings, readSumFiles } from './sum-files.js';
import { checkAgainstSumdb, reasonText, type SumdbCheck } from './sumdb-check.js';
import { checkTidy } from './tidy-check.js';
import { RULES } from './rules.js';

export { parseInputs };

export async function execute(inputs: SumAuditInputs, deps: GateDeps): Promise<GateResult> {
  const { go, discovery, workspace, log } = deps;
  const stateDir = inputs.stateDir ? await resolveStateDir(inputs.stateDir, workspace, deps.env) : undefined;
  // `go env` runs in its own process while this one reads and checks the go.sum files.
  const goEnvRead = go.goEnv();
  goEnvRead.catch(() => undefined); // Awaited below; this only keeps an early failure from counting as unhandled.
  const files = await readSumFiles(discovery, workspace);
  const fileChecks = files.map(f => fileFindings(f));
  const findings: Finding[] = [];
  const fileRows: { rel: string; lines: number; issues: number; stale: number | string; missing: number | string }[] = [];
  let malformed = 0;
  let stale = 0;
  let missing = 0;
  const goEnv = (await goEnvRead) as Record<string, string>;
  // The database check is network-bound and tidy runs go: they overlap.
  const sumdbChecked = checkAgainstSumdb(inputs, files, { goEnv, env: deps.env, tempDir: deps.tempDir, workspace, log, stateDir });
  sumdbChecked.catch(() => undefined); // Awaited below, after tidy.
  for (const [i, f] of files.entries()) {
    const r = fileChecks[i];
    findings.push(...r.findings);
    malformed += r.issues.filter(i => i.kind === 'malformed' || i.kind === 'conflict-marker').length;
    const row = { rel: f.rel, lines: f.parsed.lines.length, issues: r.issues.length, stale: '–' as number | string, missing: '–' as number | string };
    if (inputs.tidy && f.moduleDir) {
      const t = await checkTidy(go, f, deps.tempDir);
      if (t.failed) {
        findings.push({
          rule: 'tidy-failed',
          severity: 'warning',
          title: 'Could not compute stale and missing lines',
          message: `${f.rel}: go mod tidy could not load the module, so stale and missing lines are unknown (this is a load or network error, not a go.sum problem): ${t.failed}`,
          module: f.module,
          file: f.rel
        });
        row.stale = row.missing = 'load error';
      } else {
        findings.push(...t.findings);
        stale += t.stale;
        missing += t.missing;
        row.stale = t.stale;
        row.missing = t.missing;
      }
    }
    fileRows.push(row);
  }
  for (const m of discovery.modules) {
    if (!files.some(f => f.module === m.path) && m.modFile.require.length > 0 && inputs.tidy) {
      const t = await tidyDiff(go, { dir: m.dir, tempDir: deps.tempDir });
      if (t.hunks.some(h => h.file === 'go.sum' && h.added.length > 0)) {
        findings.push({
          rule: 'missing-line',
          severity: 'error',
          title: 'go.sum is missing',
          message: `${m.goModFile}: the module has requirements but no go.sum; builds fail with "missing go.sum entry".`,
          module: m.path,
          file: m.goModFile,
          line: 1,
          fix: { description: 'Create go.sum', command: 'go mod tidy' }
        });
        missing++;
      }
    }
  }

  const sumdb = await sumdbChecked;
  findings.push(...sumdb.findings);
  const count = (s: string) => sumdb.verdicts.filter(v => v.state === s).length;
  const verified = count('verified');
  const mismatches = count('mismatch');
  const rejected = count('rejected');
  const unverified = count('unverified');
  const totalLines = files.reduce((n, f) => n + f.parsed.lines.length, 0);
  const tree = sumdb.audit?.tree?.tree;

  return {
    findings,
    headline: `${totalLines} go.sum line${totalLines === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}: ${
      sumdb.config
        ? `${verified} verified against ${sumdb.config.name}${tree ? ` (tree ${tree.size})` : ''}, ${mismatches} mismatched, ${unverified} unverified.`
        : 'not checked against a checksum database (GOSUMDB=off or the sumdb input is false).'
    }`,
    sections: sections(files.length, fileRows, sumdb, { verified, mismatches, rejected, unverified, malformed, stale, missing }),
    outputs: {
      'verified-count': verified,
      'unverified-count': unverified,
      'mismatch-count': mismatches,
      'stale-count': stale,
      'missing-count': missing,
      'malformed-count': malformed,
      'tree-size': tree ? tree.size : '',
      'tree-hash': tree ? tree.hash.toString('base64') : ''
    },
    data: {
      files: fileRows,
      sumdb: {
        name: sumdb.config?.name,
        url: sumdb.route?.baseUrl,
        via: sumdb.route?.via,
        tree: tree ? { size: tree.size, hash: tree.hash.toString('base64') } : undefined,
        previousTree: sumdb.audit?.previous ? { size: sumdb.audit.previous.size, hash: sumdb.audit.previous.hash.toString('base64') } : undefined,
        fork: sumdb.audit?.fork,
        requests: sumdb.requests,
        retries: sumdb.retries,
        tilesFetched: sumdb.tilesFetched,
        state: sumdb.state,
        lines: sumdb.verdicts.map(v => ({
          file: v.file.rel,
          line: v.line.line,
          module: v.line.module,
          version: v.line.version,
          kind: v.line.kind,
          state: v.state,
          reason: v.reason,
          detail: v.detail,
          database: v.dbLine
        }))
      }
    }
  };
}

/** Unverified lines listed in the summary: a summary holds about 1 MiB, and the JSON report has them all. */
const UNVERIFIED_ROWS = 1000;

function sections(
  fileCount: number,
  rows: { rel: string; lines: number; issues: number; stale: number | string; missing: number | string }[],
  sumdb: SumdbCheck,
  c: { verified: number; mismatches: number; rejected: number; unverified: number; malformed: number; stale: number; missing: number }
): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: 'go.sum lines' },
    {
      kind: 'table',
      columns: ['Class', 'Lines'],
      align: ['left', 'right'],
      rows: [
        ['✅ verified against the checksum database', c.verified],
        ['❌ checksum mismatch', c.mismatches],
        ['❌ failed verification (signature, proof, fork)', c.rejected],
        ['⚠️ unverified', c.unverified],
        ['malformed', c.malformed],
        ['stale (go mod tidy would remove)', c.stale],
        ['missing (go mod tidy would add)', c.missing]
      ]
    }
  ];
  if (fileCount > 0) {
    blocks.push({
      kind: 'table',
      columns: ['File', 'Lines', 'File issues', 'Stale', 'Missing'],
      align: ['left', 'right', 'right', 'right', 'right'],
      rows: rows.map(r => [code(r.rel), r.lines, r.issues, r.stale, r.missing])
    });
  }
  const tree = sumdb.audit?.tree?.tree;
  const db: string[] = [];
  if (!sumdb.config) db.push('Checksum database: off (GOSUMDB=off or the sumdb input is false): no line was checked against it.');
  else {
    db.push(
      `Database: ${sumdb.config.name} (key ${sumdb.config.verifier.text.split('+').slice(0, 2).join('+')}) at ${sumdb.route?.baseUrl ?? 'not reached'}${sumdb.route ? ` (${sumdb.route.via})` : ''}`
    );
    if (tree) db.push(`Verified against signed tree head: size ${tree.size}, hash ${tree.hash.toString('base64')}`);
    if (sumdb.audit?.previous)
      db.push(
        `Tree head from an earlier run: size ${sumdb.audit.previous.size}${sumdb.audit.fork ? ' — CONTRADICTED (fork)' : sumdb.audit.consistencyUnchecked ? ' — consistency not checked' : ' — proven consistent'}`
      );
    db.push(
      `Requests: ${sumdb.requests} (${sumdb.tilesFetched} tiles, ${sumdb.retries} retries); state: ${sumdb.state.store}${sumdb.state.restored ? ', restored' : ''}${sumdb.state.saved ? ', saved' : ''}${sumdb.state.problem ? ` (${sumdb.state.problem})` : ''}`
    );
  }
  blocks.push({ kind: 'heading', level: 3, text: 'Checksum database' }, { kind: 'list', items: db });
  const unverified = sumdb.verdicts.filter(v => v.state === 'unverified');
  if (unverified.length > 0) {
    blocks.push({
      kind: 'details',
      summary: `Unverified lines (${unverified.length})`,
      blocks: [
        {
          kind: 'table',
          columns: ['Line', 'Module', 'Why'],
          // The report's data.sumdb.lines has every line; the summary (and the report's copy of it) lists the first ones.
          rows: unverified
            .slice(0, UNVERIFIED_ROWS)
            .map(v => [
              code(`${v.file.rel}:${v.line.line}`),
              code(`${v.line.module}@${v.line.version}${v.line.kind === 'go.mod' ? '/go.mod' : ''}`),
              `${reasonText(v.reason!)}${v.detail ? `: ${v.detail}` : ''}`
            ]),
          note:
            unverified.length > UNVERIFIED_ROWS
              ? `${unverified.length - UNVERIFIED_ROWS} more unverified lines are in the JSON report (data.sumdb.lines).`
              : undefined
        }
      ]
    });
  }
  return blocks;
}

export const gate: GateDefinition<SumAuditInputs> = {
  name: 'sum-audit',

  rules: RULES,
  parseInputs,
  execute: (inputs, deps) => execute(inputs, deps)
};

export async function run(): Promise<void> {
  await runGate(gate);
}
