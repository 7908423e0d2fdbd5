import { isValidPurl } from '@go-ci-gates/core';
import type { SbomModel } from './model.js';

/** What the dependency-submission half needs: one manifest per module with its resolved packages. */
export interface SubmissionGraph {
  modules: {
    path: string;
    relDir: string;
    goModFile: string;
    components: {
      purl: string;
      name: string;
      version: string;
      direct: boolean;
      scope: 'runtime' | 'development';
      dependsOn: string[];
    }[];
  }[];
}

/**
 * One entry per module (the parts of a merged model count separately).
 * `direct`: a main-module package imports the module; scope `development`:
 * reached only through tests. Components whose PURL does not parse are left
 * out (with their edges), so one bad PURL cannot get a snapshot rejected.
 */
export function buildSubmissionGraph(models: readonly SbomModel[]): SubmissionGraph {
  const modules: SubmissionGraph['modules'] = [];
  for (const model of models.flatMap(m => m.parts ?? [m])) {
    const valid = new Set(model.components.filter(c => isValidPurl(c.purl)).map(c => c.ref));
    modules.push({
      path: model.modulePath,
      relDir: model.relDir,
      goModFile: model.goModFile,
      components: model.components
        .filter(c => valid.has(c.ref))
        .map(c => ({
          purl: c.purl,
          name: c.path,
          version: c.version,
          direct: c.direct,
          scope: c.testOnly ? 'development' : 'runtime',
          dependsOn: [...(model.dependsOn.get(c.ref) ?? [])].filter(r => valid.has(r)).sort()
        }))
    });
  }
  return { modules };
}
