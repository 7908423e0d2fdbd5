import { platformOf, tagsLabel, targetLabel, type Target } from './targets.js';

/**
 * Says in which part of the matrix an error occurs: "everywhere",
 * "windows/amd64 only", "tests only", "tags=integration only", or a
 * combination ("windows/amd64, tests only"). When the targets are not a
 * clean product of the three dimensions, lists them.
 */
export function describeWhere(hit: readonly Target[], all: readonly Target[]): string {
  const key = (t: Target) => targetLabel(t);
  const hitKeys = new Set(hit.map(key));
  if (all.every(t => hitKeys.has(key(t)))) return 'everywhere';
  const dims = {
    platform: (t: Target) => platformOf(t),
    tags: (t: Target) => tagsLabel(t.tags),
    tests: (t: Target) => (t.tests ? 'tests' : 'packages')
  };
  const hitValues = Object.fromEntries(Object.entries(dims).map(([d, f]) => [d, new Set(hit.map(f))])) as Record<keyof typeof dims, Set<string>>;
  const allValues = Object.fromEntries(Object.entries(dims).map(([d, f]) => [d, new Set(all.map(f))])) as Record<keyof typeof dims, Set<string>>;
  // A product: every target of the matrix whose values lie in the hit projections was hit.
  const inProjection = (t: Target) => (Object.keys(dims) as (keyof typeof dims)[]).every(d => hitValues[d].has(dims[d](t)));
  const isProduct = all.filter(inProjection).every(t => hitKeys.has(key(t)));
  if (!isProduct) return hit.map(key).sort().join('; ');
  const parts: string[] = [];
  if (hitValues.platform.size < allValues.platform.size) parts.push([...hitValues.platform].sort().join(', '));
  if (hitValues.tags.size < allValues.tags.size) {
    parts.push(
      [...hitValues.tags]
        .sort()
        .map(t => (t ? `tags=${t}` : 'no tags'))
        .join(', ')
    );
  }
  if (hitValues.tests.size < allValues.tests.size) parts.push(hitValues.tests.has('tests') ? 'tests' : 'non-test builds');
  return `${parts.join(', ')} only`;
}
