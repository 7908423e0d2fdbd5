import { runGate, type GateDefinition, type GateDeps, type GateResult } from '@go-ci-gates/core';
import { checkCacheIntegrity } from './cache-integrity.js';
import { parseInputs, type ModVerifyInputs } from './inputs.js';

export { parseInputs };

export async function execute(inputs: ModVerifyInputs, deps: GateDeps): Promise<GateResult> {
  const { go, discovery } = deps;
  const findings: GateResult['findings'] = [];
  const rows: [string, string, string][] = [];
  // Outside a go.work each module is checked on its own, whatever GOWORK says.
  const env = discovery.goWork ? {} : { GOWORK: 'off' };
  for (const mod of discovery.modules) {
    const r = await checkCacheIntegrity(go, mod, { download: inputs.download, env });
    findings.push(...r.findings);
    rows.push([mod.path, mod.relDir, r.verified ? 'verified' : `${r.findings.length} modified`]);
  }
  return {
    findings,
    headline: `Module cache checked with go mod verify for ${discovery.modules.length} module${discovery.modules.length === 1 ? '' : 's'}.`,
    sections: [
      { kind: 'heading', level: 3, text: 'Module cache integrity' },
      {
        kind: 'table',
        columns: ['Module', 'Directory', 'go mod verify'],
        rows: rows.map(([p, d, s]) => [{ text: p, code: true }, { text: d, code: true }, s])
      }
    ]
  };
}

export const gate: GateDefinition<ModVerifyInputs> = {
  name: 'mod-verify',
  title: 'mod-verify',
  parseInputs,
  execute
};

export async function run(): Promise<void> {
  await runGate(gate);
}
