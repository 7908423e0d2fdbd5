import type { SbomModel } from './model.js';

/**
 * One document for several modules: the first module is the subject, the
 * others become components it depends on; components are merged by PURL
 * (test-only only when test-only everywhere, direct when direct anywhere).
 */
export function mergeModels(models: readonly SbomModel[]): SbomModel {
  const [first, ...rest] = models;
  if (!rest.length) return first;
  const components = new Map(first.components.map(c => [c.ref, { ...c }]));
  const dependsOn = new Map([...first.dependsOn].map(([k, v]) => [k, new Set(v)]));
  for (const m of rest) {
    const asComponent = { ...m.main, kind: 'workspace-module' as const, properties: [...m.main.properties] };
    for (const c of [asComponent, ...m.components]) {
      if (c.ref === first.main.ref) continue;
      const existing = components.get(c.ref);
      if (existing) {
        existing.testOnly &&= c.testOnly;
        existing.direct ||= c.direct;
      } else components.set(c.ref, { ...c });
    }
    for (const [from, tos] of m.dependsOn) {
      const set = dependsOn.get(from) ?? new Set<string>();
      for (const t of tos) if (t !== from) set.add(t);
      dependsOn.set(from, set);
    }
    if (m.main.ref !== first.main.ref) dependsOn.get(first.main.ref)!.add(m.main.ref);
  }
  return {
    ...first,
    components: [...components.values()].sort((a, b) => a.ref.localeCompare(b.ref)),
    dependsOn,
    leftOut: models.flatMap(m => m.leftOut),
    parts: [...models]
  };
}
