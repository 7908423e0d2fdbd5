import { checkModuleVersion, policyGlobList, quoteExcerpt, readPolicyFile, type GoModule } from '@go-ci-gates/core';
import type { Draft } from './rules.js';

/**
 * mod-verify's keys of the policy file (YAML or JSON, shared with
 * license-policy and mod-review): the dependency ratchet (Kubernetes'
 * unwanted-dependencies.json) and the replaces that are fine.
 *
 *   unwanted:            # module path -> why it is unwanted
 *     github.com/pkg/errors: use the standard errors package
 *   allowed-references:  # existing references that may stay; the list may only shrink
 *     github.com/pkg/errors: [example.com/app, github.com/old/dep]
 *   pinned:              # module path -> the only version the build list may select
 *     golang.org/x/text: v0.14.0
 *   replace-allow:       # module path globs whose replace directives are allowed (joins the input)
 *     - example.com/internal/*
 */
export interface DependencyPolicy {
  file: string;
  unwanted: Map<string, string>;
  allowed: Map<string, Set<string>>;
  pinned: Map<string, string>;
  /** The file's replace-allow globs (united with the input's). */
  replaceAllow: string[];
  /** 1-based line of a key in the file, for annotations. */
  lineOf(key: string): number | undefined;
}

/** mod-verify's part of the shared policy file (readPolicyFile skips the other gates' keys). */
export async function loadPolicy(absPath: string, relPath: string): Promise<DependencyPolicy> {
  const doc = await readPolicyFile(absPath, relPath, 'mod-verify');
  const mapping = (k: string): Record<string, unknown> => {
    const e = doc.get(k);
    const v = e?.value ?? {};
    if (typeof v !== 'object' || Array.isArray(v) || v === null) doc.bad(`'${k}' must be a mapping of module paths`, e?.line);
    return v as Record<string, unknown>;
  };
  const unwanted = new Map<string, string>();
  for (const [p, why] of Object.entries(mapping('unwanted'))) {
    if (typeof why !== 'string') doc.bad(`unwanted.${quoteExcerpt(p)} must be a reason (a string)`, doc.get('unwanted')?.line);
    unwanted.set(p, why as string);
  }
  const allowed = new Map<string, Set<string>>();
  for (const [p, list] of Object.entries(mapping('allowed-references'))) {
    const line = doc.get('allowed-references')?.line;
    if (!unwanted.has(p)) doc.bad(`allowed-references.${quoteExcerpt(p)} names a module that is not in unwanted`, line);
    if (!Array.isArray(list) || list.some(x => typeof x !== 'string')) doc.bad(`allowed-references.${quoteExcerpt(p)} must be a list of module paths`, line);
    allowed.set(p, new Set(list as string[]));
  }
  const pinned = new Map<string, string>();
  for (const [p, v] of Object.entries(mapping('pinned'))) {
    const line = doc.get('pinned')?.line;
    if (typeof v !== 'string') doc.bad(`pinned.${quoteExcerpt(p)} must be a version string`, line);
    const why = checkModuleVersion(p, v as string);
    if (why) doc.bad(`pinned.${quoteExcerpt(p)}: ${why}`, line);
    pinned.set(p, v as string);
  }
  const replaceEntry = doc.get('replace-allow');
  const replaceAllow = replaceEntry ? policyGlobList(doc, replaceEntry) : [];
  const lines = doc.text.split('\n');
  return {
    file: relPath,
    unwanted,
    allowed,
    pinned,
    replaceAllow,
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
