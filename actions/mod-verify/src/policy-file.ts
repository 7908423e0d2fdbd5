import { promises as fs } from 'node:fs';
import { checkModuleVersion, ConfigurationError, quoteExcerpt, type GoModule } from '@go-ci-gates/core';
import type { Draft } from './rules.js';

/**
 * The dependency ratchet (Kubernetes' unwanted-dependencies.json, as YAML or
 * JSON):
 *
 *   unwanted:            # module path -> why it is unwanted
 *     github.com/pkg/errors: use the standard errors package
 *   allowed-references:  # existing references that may stay; the list may only shrink
 *     github.com/pkg/errors: [example.com/app, github.com/old/dep]
 *   pinned:              # module path -> the only version the build list may select
 *     golang.org/x/text: v0.14.0
 */
export interface DependencyPolicy {
  file: string;
  unwanted: Map<string, string>;
  allowed: Map<string, Set<string>>;
  pinned: Map<string, string>;
  /** 1-based line of a key in the file, for annotations. */
  lineOf(key: string): number | undefined;
}

const KEYS = ['unwanted', 'allowed-references', 'pinned'];

export async function loadPolicy(absPath: string, relPath: string): Promise<DependencyPolicy> {
  const bad = (why: string): never => {
    throw new ConfigurationError('policy-file', relPath, why);
  };
  let text = '';
  try {
    text = await fs.readFile(absPath, 'utf8');
  } catch {
    bad('the file does not exist or cannot be read');
  }
  // Loaded only for a policy file: the YAML parser is a third of the bundle, and most runs have none.
  const { parse: parseYaml } = await import('yaml');
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    bad(`not valid YAML or JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) bad('expected a mapping with unwanted, allowed-references and pinned');
  const root = doc as Record<string, unknown>;
  for (const k of Object.keys(root)) if (!KEYS.includes(k)) bad(`unknown key ${quoteExcerpt(k)} (expected ${KEYS.join(', ')})`);
  const mapping = (k: string): Record<string, unknown> => {
    const v = root[k] ?? {};
    if (typeof v !== 'object' || Array.isArray(v) || v === null) bad(`'${k}' must be a mapping of module paths`);
    return v as Record<string, unknown>;
  };
  const unwanted = new Map<string, string>();
  for (const [p, why] of Object.entries(mapping('unwanted'))) {
    if (typeof why !== 'string') bad(`unwanted.${quoteExcerpt(p)} must be a reason (a string)`);
    unwanted.set(p, why as string);
  }
  const allowed = new Map<string, Set<string>>();
  for (const [p, list] of Object.entries(mapping('allowed-references'))) {
    if (!unwanted.has(p)) bad(`allowed-references.${quoteExcerpt(p)} names a module that is not in unwanted`);
    if (!Array.isArray(list) || list.some(x => typeof x !== 'string')) bad(`allowed-references.${quoteExcerpt(p)} must be a list of module paths`);
    allowed.set(p, new Set(list as string[]));
  }
  const pinned = new Map<string, string>();
  for (const [p, v] of Object.entries(mapping('pinned'))) {
    if (typeof v !== 'string') bad(`pinned.${quoteExcerpt(p)} must be a version string`);
    const why = checkModuleVersion(p, v as string);
    if (why) bad(`pinned.${quoteExcerpt(p)}: ${why}`);
    pinned.set(p, v as string);
  }
  const lines = text.split('\n');
  return {
    file: relPath,
    unwanted,
    allowed,
    pinned,
    lineOf: key => {
      const i = lines.findIndex(l => l.includes(key));
      return i < 0 ? undefined : i + 1;
    }
  };
}

/** Who references each unwanted module in one module's graph (referencing module paths, versions dropped). */
export function unwantedReferences(policy: DependencyPolicy, graph: Map<string, string[]>): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  for (const [from, tos] of graph) {
    for (const to of tos) {
      const target = to.slice(0, to.lastIndexOf('@'));
      if (!policy.unwanted.has(target)) continue;
      if (!refs.has(target)) refs.set(target, new Set());
      refs.get(target)!.add(from.includes('@') ? from.slice(0, from.lastIndexOf('@')) : from);
    }
  }
  return refs;
}

export function checkUnwanted(policy: DependencyPolicy, mod: GoModule, refs: Map<string, Set<string>>): Draft[] {
  const out: Draft[] = [];
  for (const [target, from] of refs) {
    const allowed = policy.allowed.get(target) ?? new Set<string>();
    const fresh = [...from].filter(f => !allowed.has(f)).sort();
    if (!fresh.length) continue;
    const req = mod.modFile.require.find(r => r.path === target);
    out.push({
      rule: 'unwanted-module',
      module: mod.path,
      file: mod.goModFile,
      line: req?.line ?? mod.modFile.module?.line,
      title: `Unwanted module ${target}`,
      message: `${target} is unwanted (${policy.unwanted.get(target)}) and gained new references from ${fresh.join(', ')}; ${policy.file} allows only ${allowed.size ? [...allowed].sort().join(', ') : 'none'}.`,
      fix: { description: 'Drop the dependency, or (if you must) add the referencing module to allowed-references in the policy file' }
    });
  }
  return out;
}

/** Allowed references no module uses any more: the ratchet can tighten. */
export function checkStaleAllowances(policy: DependencyPolicy, seen: Map<string, Set<string>>): Draft[] {
  const out: Draft[] = [];
  for (const [target, allowed] of policy.allowed) {
    const stale = [...allowed].filter(a => !seen.get(target)?.has(a)).sort();
    if (!stale.length) continue;
    out.push({
      rule: 'unwanted-allowance-stale',
      file: policy.file,
      line: policy.lineOf(stale[0]) ?? policy.lineOf(target),
      title: `Tighten the allowance for ${target}`,
      message: `${stale.join(', ')} no longer reference${stale.length === 1 ? 's' : ''} ${target}: remove ${stale.length === 1 ? 'it' : 'them'} from allowed-references so the reference cannot come back.`
    });
  }
  return out;
}

export function checkPinned(policy: DependencyPolicy, mod: GoModule, buildList: Map<string, string>): Draft[] {
  const out: Draft[] = [];
  for (const [p, want] of policy.pinned) {
    const got = buildList.get(p);
    if (got === undefined || got === want) continue;
    const req = mod.modFile.require.find(r => r.path === p);
    out.push({
      rule: 'pinned-version',
      module: mod.path,
      file: req ? mod.goModFile : policy.file,
      line: req?.line ?? policy.lineOf(p),
      title: `${p} is pinned to ${want}`,
      message: `${p} resolves to ${got}, but ${policy.file} pins it to ${want}.`,
      fix: { description: 'Require the pinned version', command: `go get ${p}@${want}` }
    });
  }
  return out;
}
