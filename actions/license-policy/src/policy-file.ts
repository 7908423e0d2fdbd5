import picomatch from 'picomatch';
import semver from 'semver';
import { policyStringList, quoteExcerpt, readPolicyFile } from '@go-ci-gates/core';
import { canonicalId, normaliseExpression } from './spdx.js';

/**
 * license-policy's keys of the policy file (YAML or JSON, shared with
 * mod-verify and mod-review, whose keys it passes over):
 *
 *   allow: [MIT, Apache-2.0, BSD-3-Clause]   # replaces the allow input
 *   deny: [AGPL-3.0-only]                    # joins the deny input
 *   unknown: error                           # error | warn | allow
 *   exceptions:
 *     - module: example.com/internal/*       # module path glob
 *       version: ">=1.2.0 <2.0.0"            # optional semver range (Go versions)
 *       license: MIT                          # the license to assume, or `allow`
 *       reason: vendor contract, legal ticket LEGAL-42
 *       expires: 2027-06-30                   # optional; after it the exception is a finding
 */
export const UNKNOWN_HANDLING = ['error', 'warn', 'allow'] as const;
export type UnknownHandling = (typeof UNKNOWN_HANDLING)[number];

export interface LicenseException {
  module: string;
  matches: (modulePath: string) => boolean;
  version?: string;
  /** A normalised SPDX expression to assume, or 'allow'. */
  license: string;
  reason: string;
  /** YYYY-MM-DD, last day it applies. */
  expires?: string;
  /** 1-based line of the entry in the policy file. */
  line: number;
}

export interface PolicyFile {
  file: string;
  allow?: string[];
  deny?: string[];
  unknown?: UnknownHandling;
  exceptions: LicenseException[];
}

const EXCEPTION_KEYS = ['module', 'version', 'license', 'reason', 'expires'];

/** A module path glob as the policy takes it: no spaces, and a pattern picomatch can compile strictly. */
export function compileModuleGlob(glob: string): (modulePath: string) => boolean {
  if (!glob || /\s/.test(glob)) throw new Error('a module path glob has no spaces and is not empty');
  return picomatch(glob, { strictBrackets: true, dot: true });
}

/** Checks a list of SPDX ids (allow / deny), returning the ids as written. */
export function checkIdList(ids: readonly string[], bad: (why: string) => never): string[] {
  return ids.map(id => {
    if (id.includes(' WITH ')) {
      try {
        return normaliseExpression(id);
      } catch (err) {
        return bad(`${quoteExcerpt(id)}: ${(err as Error).message}`);
      }
    }
    const plus = id.endsWith('+') ? '+' : '';
    if (!canonicalId(id.slice(0, id.length - plus.length)))
      return bad(`unknown SPDX license id ${quoteExcerpt(id)} (see https://spdx.org/licenses/; use LicenseRef-… for others)`);
    return normaliseExpression(id);
  });
}

/** license-policy's part of the shared policy file (readPolicyFile skips the other gates' keys). */
export async function loadPolicyFile(absPath: string, relPath: string): Promise<PolicyFile> {
  const doc = await readPolicyFile(absPath, relPath, 'license-policy');
  const out: PolicyFile = { file: relPath, exceptions: [] };
  for (const entry of doc.entries) {
    const { key, line } = entry;
    if (key === 'allow' || key === 'deny') {
      const list = policyStringList(doc, entry, 'SPDX license ids');
      out[key] = checkIdList(list, why => doc.bad(`${key}: ${why}`, line));
    } else if (key === 'unknown') {
      if (!(UNKNOWN_HANDLING as readonly unknown[]).includes(entry.value)) doc.bad(`'unknown' must be one of: ${UNKNOWN_HANDLING.join(', ')}`, line);
      out.unknown = entry.value as UnknownHandling;
    } else {
      const { isSeq } = await import('yaml');
      if (!isSeq(entry.node)) doc.bad("'exceptions' must be a list of entries (module, license, reason, and optionally version and expires)", line);
      for (const item of (entry.node as import('yaml').YAMLSeq).items) out.exceptions.push(parseException(item, doc.lineOfNode(item) ?? line ?? 1, doc.bad));
    }
  }
  return out;
}

function parseException(node: unknown, line: number, bad: (why: string, line?: number) => never): LicenseException {
  const js = (node as { toJSON?: () => unknown } | null)?.toJSON?.();
  if (js === null || typeof js !== 'object' || Array.isArray(js)) return bad('an exception must be a mapping with module, license and reason', line);
  const e = js as Record<string, unknown>;
  for (const k of Object.keys(e))
    if (!EXCEPTION_KEYS.includes(k)) bad(`exception: unknown key ${quoteExcerpt(k)} (expected ${EXCEPTION_KEYS.join(', ')})`, line);
  const str = (k: string, required: boolean): string | undefined => {
    const v = e[k];
    if (v === undefined || v === null || v === '') return required ? bad(`exception: '${k}' is required`, line) : undefined;
    if (typeof v !== 'string' && typeof v !== 'number') return bad(`exception: '${k}' must be a string`, line);
    return String(v).trim();
  };
  const module = str('module', true)!;
  let matches: (p: string) => boolean;
  try {
    matches = compileModuleGlob(module);
  } catch (err) {
    return bad(`exception: module ${quoteExcerpt(module)} is not a valid glob (${(err as Error).message})`, line);
  }
  const version = str('version', false);
  if (version !== undefined && semver.validRange(version.replace(/(^|[\s<>=^~])v(\d)/g, '$1$2')) === null)
    bad(`exception for ${module}: version ${quoteExcerpt(version)} is not a version or range (e.g. v1.2.3, ">=1.2.0 <2.0.0")`, line);
  let license = str('license', true)!;
  if (license !== 'allow') {
    try {
      license = normaliseExpression(license);
    } catch (err) {
      bad(`exception for ${module}: license ${quoteExcerpt(license)}: ${(err as Error).message}`, line);
    }
  }
  const reason = str('reason', true)!;
  const expires = str('expires', false);
  if (expires !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(expires) && !Number.isNaN(Date.parse(`${expires}T00:00:00Z`))))
    bad(`exception for ${module}: expires ${quoteExcerpt(expires)} is not a date (YYYY-MM-DD)`, line);
  return { module, matches, version, license, reason, expires, line };
}

/** Whether an exception covers module@version (Go versions: v-prefixed semver, pseudo-versions are pre-releases). */
export function exceptionApplies(e: LicenseException, modulePath: string, version: string): boolean {
  if (!e.matches(modulePath)) return false;
  if (!e.version) return true;
  const v = version.replace(/^v/, '');
  const range = e.version.replace(/(^|[\s<>=^~])v(\d)/g, '$1$2');
  return semver.valid(v) !== null && semver.satisfies(v, range, { includePrerelease: true });
}

/** The exception is past its last day (`expires` is the last day it applies, UTC). */
export function exceptionExpired(e: LicenseException, now: Date): boolean {
  return e.expires !== undefined && now.getTime() >= Date.parse(`${e.expires}T00:00:00Z`) + 86_400_000;
}
