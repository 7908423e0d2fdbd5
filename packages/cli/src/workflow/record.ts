import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RESULT_SCHEMA, type ResultRecord } from './gates.js';
import { envValue, inertLog } from './step-io.js';

/**
 * The "Record result" step of every gate job: the gate step's outcome and
 * outputs and its JSON report, written to RESULT_DIR for the result artifact
 * the summary job reads. SETUP_OUTCOME (the job's setup steps) and
 * SHARDS_OUTCOME (coverage: every shard reported) say why a gate step that
 * did not run did not, so the summary never blames the wrong job.
 */
export function recordResult(env: NodeJS.ProcessEnv): ResultRecord {
  const outputs = JSON.parse(envValue(env, 'OUTPUTS_JSON') || '{}') as Record<string, string>;
  const dir = envValue(env, 'RESULT_DIR');
  if (!dir) throw new Error('RESULT_DIR is not set');
  mkdirSync(dir, { recursive: true });
  let reportFile: string | null = null;
  if (outputs['report-path'] && existsSync(outputs['report-path'])) {
    reportFile = 'report.json';
    copyFileSync(outputs['report-path'], path.join(dir, reportFile));
  }
  const outcome = envValue(env, 'OUTCOME') || 'skipped';
  const record: ResultRecord = {
    schema: RESULT_SCHEMA,
    gate: envValue(env, 'GATE'),
    module: JSON.parse(envValue(env, 'MODULE_JSON')),
    outcome,
    result: outputs.result || (outcome === 'success' ? 'pass' : 'error'),
    outputs,
    reportFile
  };
  if (outcome === 'skipped' || outcome === '') {
    // Each is the space-separated outcomes of the steps it covers (checkout, setup-go, credentials ...).
    const failed = (name: string) =>
      envValue(env, name)
        .split(/\s+/)
        .some(o => o === 'failure' || o === 'cancelled');
    if (failed('SETUP_OUTCOME')) record.notRunBecause = 'setup';
    else if (failed('SHARDS_OUTCOME')) record.notRunBecause = 'shards';
  }
  writeFileSync(path.join(dir, 'result.json'), JSON.stringify(record, null, 2) + '\n');
  return record;
}

export function recordCommand(env: NodeJS.ProcessEnv): number {
  const r = recordResult(env);
  console.log(inertLog(`${r.gate} on ${r.module.dir}: ${r.result} (step ${r.outcome}${r.notRunBecause ? `, not run: ${r.notRunBecause} failed` : ''})`));
  return 0;
}
