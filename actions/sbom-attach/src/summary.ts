import type { Block } from '@go-ci-gates/core';
import type { HashCheckReport } from './hash-check.js';
import { NOASSERTION } from '@go-ci-gates/core';
import type { SbomModel } from './model.js';

export interface WrittenFiles {
  model: SbomModel;
  cyclonedx?: string;
  spdx?: string;
}

/** Summary blocks: counts by kind and scope, license coverage, modules left out and why, files written. */
export function summaryBlocks(written: readonly WrittenFiles[], workspaceRel: (p: string) => string): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: 'SBOM components' }];
  blocks.push({
    kind: 'table',
    columns: ['SBOM subject', 'Mode', 'Modules (runtime)', 'Modules (test-only)', 'Standard library', 'Licenses found', 'NOASSERTION'],
    rows: written.map(({ model }) => {
      const modules = model.components.filter(c => c.kind === 'module' || c.kind === 'workspace-module');
      const runtime = modules.filter(c => !c.testOnly).length;
      const test = modules.filter(c => c.testOnly).length;
      const std = model.components.some(c => c.kind === 'stdlib') ? 'yes' : 'no';
      const licensed = modules.filter(c => c.license && c.license.expression !== NOASSERTION).length;
      return [
        { text: `${model.main.path}@${model.main.version}`, code: true },
        model.mode,
        String(runtime),
        String(test),
        std,
        String(licensed),
        String(modules.length - licensed)
      ];
    })
  });
  const leftOut = written.flatMap(w => w.model.leftOut.map(l => ({ ...l, subject: w.model.main.path })));
  if (leftOut.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Modules left out' });
    blocks.push({
      kind: 'table',
      columns: ['Module', 'Version', 'Why'],
      rows: leftOut.map(l => [{ text: l.path, code: true }, l.version, l.reason])
    });
  }
  const noLicense = written.flatMap(w => w.model.components.filter(c => c.kind === 'module' && c.license?.expression === NOASSERTION));
  if (noLicense.length) {
    blocks.push({
      kind: 'details',
      summary: `${noLicense.length} module${noLicense.length === 1 ? '' : 's'} without a recognised license (NOASSERTION)`,
      blocks: [
        {
          kind: 'list',
          items: noLicense.map(
            c =>
              `${c.path}@${c.version}: ${c.license!.files.length ? c.license!.files.map(f => `${f.file} not recognised (coverage ${Math.round(f.coverage * 100)}%)`).join(', ') : 'no license file found'}`
          )
        }
      ]
    });
  }
  blocks.push({ kind: 'heading', level: 3, text: 'Files written' });
  blocks.push({
    kind: 'list',
    items: written.flatMap(w => [w.cyclonedx, w.spdx].filter((f): f is string => !!f).map(f => workspaceRel(f)))
  });
  return blocks;
}

/** One line on the recorded hashes the module cache could not confirm (they are properties marked `unchecked`, not component hashes). */
export function hashCheckBlocks(report: HashCheckReport | undefined): Block[] {
  if (!report?.unchecked.length) return [];
  const n = report.unchecked.length;
  return [
    {
      kind: 'details',
      summary: `${n} recorded hash${n === 1 ? '' : 'es'} not checked: the module is not in the module cache, so ${n === 1 ? 'it is' : 'they are'} written as properties marked unchecked, not as component hashes`,
      blocks: [{ kind: 'list', items: report.unchecked }]
    }
  ];
}
