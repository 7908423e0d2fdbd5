import { cachedModuleHashes, toPosixRelative, type CachedModuleHashes, type Finding } from '@go-ci-gates/core';
import { p } from './build-model.js';
import type { ComponentModel, SbomModel } from './model.js';
import type { SumTable } from './sums.js';

/** How a component's recorded hash fared against the module cache. */
export type HashVerdict = 'module-cache' | 'unchecked' | 'mismatch';

export interface HashCheckReport {
  findings: Finding[];
  /** `path@version` (and `path@version/go.mod`) whose hash the module cache could not confirm: not there. */
  unchecked: string[];
  /** Hashes the module cache confirmed. */
  confirmed: number;
}

/**
 * Checks every recorded hash (go.sum's, or a binary's build info) against
 * the module cache before it goes into an SBOM. go.sum comes from the
 * checkout, so in vendor mode, where go never downloads or verifies a
 * module, a forged line would otherwise be asserted as the component's hash.
 *
 * - confirmed: the hash stays the component's hash; property `gosum:h1-check`
 *   (or `gosum:gomod-check`) is `module-cache`;
 * - the module is not in the cache: the go.sum value stays a property only,
 *   marked `unchecked`, and is not written as the component's hash;
 * - the cache disagrees: an error finding at the go.sum line, the value is
 *   written nowhere in the SBOM, and the check property is `mismatch`.
 */
export async function checkRecordedHashes(
  models: readonly SbomModel[],
  opts: { modCache: string | undefined; sums: SumTable; workspace: string }
): Promise<HashCheckReport> {
  const report: HashCheckReport = { findings: [], unchecked: [], confirmed: 0 };
  const cache = new Map<string, Promise<CachedModuleHashes>>();
  const lookup = (c: ComponentModel) => {
    const key = `${c.path}@${c.version}`;
    let v = cache.get(key);
    if (!v) cache.set(key, (v = opts.modCache ? cachedModuleHashes(opts.modCache, c.path, c.version) : Promise.resolve({})));
    return v;
  };
  const reported = new Set<string>();
  for (const model of models) {
    for (const c of model.components) {
      if (c.kind !== 'module' || (!c.h1 && !c.goModH1)) continue;
      const cached = await lookup(c);
      if (c.h1) {
        const verdict = judge(c.h1, cached.zip);
        if (verdict === 'mismatch') addMismatch(report, reported, opts, c, 'zip', c.h1, cached.zip!);
        settle(c, 'gosum:h1', verdict, report, `${c.path}@${c.version}`);
        if (verdict !== 'module-cache') c.h1 = undefined;
      }
      if (c.goModH1) {
        const verdict = judge(c.goModH1, cached.goMod);
        if (verdict === 'mismatch') addMismatch(report, reported, opts, c, 'go.mod', c.goModH1, cached.goMod!);
        settle(c, 'gosum:gomod', verdict, report, `${c.path}@${c.version}/go.mod`);
        if (verdict !== 'module-cache') c.goModH1 = undefined;
      }
    }
  }
  report.unchecked = [...new Set(report.unchecked)].sort();
  return report;
}

function judge(recorded: string, cached: string | undefined): HashVerdict {
  if (cached === undefined) return 'unchecked';
  return cached === recorded ? 'module-cache' : 'mismatch';
}

/** Records the verdict as a property; a disproved hash is removed from the properties too. */
function settle(c: ComponentModel, property: string, verdict: HashVerdict, report: HashCheckReport, key: string): void {
  if (verdict === 'mismatch') c.properties = c.properties.filter(([name]) => name !== p(property));
  c.properties.push([p(`${property}-check`), verdict]);
  if (verdict === 'module-cache') report.confirmed++;
  else if (verdict === 'unchecked') report.unchecked.push(key);
}

function addMismatch(
  report: HashCheckReport,
  reported: Set<string>,
  opts: { sums: SumTable; workspace: string },
  c: ComponentModel,
  kind: 'zip' | 'go.mod',
  recorded: string,
  cached: string
): void {
  const id = `${kind}:${c.path}@${c.version}`;
  if (reported.has(id)) return;
  reported.add(id);
  // A go.sum location only when go.sum is where the recorded hash came from (binary mode reads build info).
  const fromGoSum = (kind === 'zip' ? opts.sums.zip : opts.sums.goMod).get(`${c.path}@${c.version}`) === recorded;
  const where = fromGoSum ? opts.sums.where.get(id) : undefined;
  const what = kind === 'zip' ? 'module content' : 'go.mod';
  const source = where ? toPosixRelative(opts.workspace, where.file) : 'the build info';
  report.findings.push({
    rule: 'gosum-hash-mismatch',
    severity: 'error',
    ...(where ? { file: toPosixRelative(opts.workspace, where.file), line: where.line } : {}),
    title: `Recorded hash disagrees with the module cache: ${c.path} ${c.version}${kind === 'go.mod' ? '/go.mod' : ''}`,
    message:
      `${source} records ${recorded} for the ${what} of ${c.path}@${c.version}, but the module cache holds ${cached}. ` +
      'The recorded hash is left out of the SBOM; restore the line from a trusted source.'
  });
}
