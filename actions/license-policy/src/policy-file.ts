import { promises as fs } from 'node:fs';
import picomatch from 'picomatch';
import semver from 'semver';
import { ConfigurationError, quoteExcerpt } from '@go-ci-gates/core';
import { canonicalId, normaliseExpression } from './spdx.js';

/**
 * The license policy file (YAML or JSON):
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

const KEYS = ['allow', 'deny', 'unknown', 'exceptions'];
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

export async function loadPolicyFile(absPath: string, relPath: string): Promise<PolicyFile> {
  const bad = (why: string, line?: number): never => {
    throw new ConfigurationError('policy-file', line ? `${relPath}:${line}` : relPath, why);
  };
  let text = '';
  try {
    text = await fs.readFile(absPath, 'utf8');
  } catch (err) {
    bad(`the file cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  // Loaded only for a policy file: most runs have none.
  const { parseDocument, LineCounter, isMap, isSeq } = await import('yaml');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    bad(`not valid YAML or JSON (${e.message.split('\n')[0]})`, e.linePos?.[0].line);
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lc.linePos(range[0]).line : undefined;
  };
  const root = doc.contents;
  if (root === null) return { file: relPath, exceptions: [] };
  if (!isMap(root)) bad('expected a mapping with allow, deny, unknown and exceptions', lineOf(root));
  const out: PolicyFile = { file: relPath, exceptions: [] };
  for (const pair of (root as import('yaml').YAMLMap).items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const line = lineOf(pair.key);
    const value = pair.value;
    const js = (value as { toJSON?: () => unknown } | null)?.toJSON ? (value as { toJSON: () => unknown }).toJSON() : (value as { value?: unknown })?.value;
    if (!KEYS.includes(key)) bad(`unknown key ${quoteExcerpt(key)} (expected ${KEYS.join(', ')})`, line);
    if (key === 'allow' || key === 'deny') {
      const list = typeof js === 'string' ? [js] : js;
      if (!Array.isArray(list) || list.some(x => typeof x !== 'string')) bad(`'${key}' must be a list of SPDX license ids`, line);
      out[key] = checkIdList(list as string[], why => bad(`${key}: ${why}`, line));
    } else if (key === 'unknown') {
      if (!(UNKNOWN_HANDLING as readonly unknown[]).includes(js)) bad(`'unknown' must be one of: ${UNKNOWN_HANDLING.join(', ')}`, line);
      out.unknown = js as UnknownHandling;
    } else {
      if (!isSeq(value)) bad("'exceptions' must be a list of entries (module, license, reason, and optionally version and expires)", line);
      for (const item of (value as import('yaml').YAMLSeq).items) out.exceptions.push(parseException(item, lineOf(item) ?? line ?? 1, bad));
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
