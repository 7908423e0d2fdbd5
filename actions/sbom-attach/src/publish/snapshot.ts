import type { Finding } from '@go-ci-gates/core';
import { purlProblem } from './purl-check.js';
import type { RunContext } from './github-context.js';
import { runUrl } from './github-context.js';
import type { SubmissionGraph } from './types.js';

/** The body of POST /repos/{owner}/{repo}/dependency-graph/snapshots. */
export interface Snapshot {
  version: 0;
  job: { correlator: string; id: string; html_url?: string };
  sha: string;
  ref: string;
  detector: { name: string; version: string; url: string };
  scanned: string;
  manifests: Record<string, Manifest>;
}

export interface Manifest {
  name: string;
  file: { source_location: string };
  resolved: Record<string, ResolvedPackage>;
}

export interface ResolvedPackage {
  package_url: string;
  relationship: 'direct' | 'indirect';
  scope: 'runtime' | 'development';
  dependencies: string[];
}

export const DETECTOR = { name: 'go-ci-gates sbom-attach', version: '0.1.0', url: 'https://github.com/go-ci-gates/go-ci-gates' };

/**
 * One manifest per Go module, keyed by its go.mod path. Packages are keyed by
 * PURL; a PURL GitHub would refuse is dropped (with a warning finding) together
 * with every edge to it, so one bad entry cannot get the whole snapshot
 * rejected with a 422. The module itself is the manifest, not a package of it.
 */
export function buildSnapshot(graph: SubmissionGraph, run: RunContext, scanned: Date): { snapshot: Snapshot; findings: Finding[]; packageCount: number } {
  const findings: Finding[] = [];
  const manifests: Record<string, Manifest> = {};
  let packageCount = 0;
  for (const mod of graph.modules) {
    const components = mod.components.filter(c => c.name !== mod.path);
    const accepted = new Set<string>();
    for (const c of components) {
      const problem = purlProblem(c.purl);
      if (problem) {
        findings.push({
          rule: 'dependency-submission-invalid-purl',
          severity: 'warning',
          module: mod.path,
          file: mod.goModFile,
          message: `${c.name}@${c.version} was left out of the dependency submission: its package URL ${JSON.stringify(c.purl)} is invalid (${problem}).`
        });
      } else accepted.add(c.purl);
    }
    const resolved: Record<string, ResolvedPackage> = {};
    for (const c of components) {
      if (!accepted.has(c.purl)) continue;
      const existing = resolved[c.purl];
      const dependencies = [...new Set(c.dependsOn.filter(d => d !== c.purl && accepted.has(d)))].sort();
      // The same PURL twice (e.g. a module reached as runtime and as test dependency) merges to the strongest claim.
      resolved[c.purl] = {
        package_url: c.purl,
        relationship: c.direct || existing?.relationship === 'direct' ? 'direct' : 'indirect',
        scope: c.scope === 'runtime' || existing?.scope === 'runtime' ? 'runtime' : 'development',
        dependencies: existing ? [...new Set([...existing.dependencies, ...dependencies])].sort() : dependencies
      };
    }
    packageCount += Object.keys(resolved).length;
    manifests[mod.goModFile] = { name: mod.goModFile, file: { source_location: mod.goModFile }, resolved };
  }
  const htmlUrl = runUrl(run);
  const snapshot: Snapshot = {
    version: 0,
    job: { correlator: `${run.workflow}_${run.job}_sbom-attach`, id: run.runId, ...(htmlUrl ? { html_url: htmlUrl } : {}) },
    sha: run.sha,
    ref: run.ref,
    detector: DETECTOR,
    scanned: scanned.toISOString(),
    manifests
  };
  return { snapshot, findings, packageCount };
}
