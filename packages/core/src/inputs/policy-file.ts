import { promises as fs } from 'node:fs';
import picomatch from 'picomatch';
import { ConfigurationError } from '../errors.js';
import { quoteExcerpt } from '../util/paths.js';

/**
 * The policy file: one YAML (or JSON) file a team keeps once and hands to
 * every gate that takes `policy-file` (mod-verify, license-policy,
 * mod-review). Each gate reads its own top-level keys and passes over the
 * keys of the others, so one file can hold the whole dependency policy:
 *
 *   unwanted: {...}            # mod-verify: the dependency ratchet
 *   allowed-references: {...}
 *   pinned: {...}
 *   replace-allow: [...]       # mod-verify and mod-review: replaces that are fine
 *   allow: [...]               # license-policy
 *   deny: [...]
 *   unknown: error
 *   exceptions: [...]
 *   review: {...}              # mod-review: major-allow, major-label, max-new-shipped, rules
 *
 * A key no gate knows is still an error (a typo must not silently drop a
 * rule), named with its line.
 */
export const POLICY_FILE_KEYS = {
  'mod-verify': ['unwanted', 'allowed-references', 'pinned', 'replace-allow'],
  'license-policy': ['allow', 'deny', 'unknown', 'exceptions'],
  'mod-review': ['replace-allow', 'review']
} as const satisfies Record<string, readonly string[]>;

export type PolicyFileReader = keyof typeof POLICY_FILE_KEYS;

const EVERY_KEY: readonly string[] = [...new Set(Object.values(POLICY_FILE_KEYS).flat())].sort();

/** One top-level entry of the file. */
export interface PolicyEntry {
  key: string;
  /** The value as plain JSON data. */
  value: unknown;
  /** The YAML node of the value, for the lines of its items. */
  node: unknown;
  /** 1-based line of the key. */
  line: number | undefined;
}

export interface PolicyDocument {
  /** Workspace-relative path, as findings and errors name it. */
  file: string;
  text: string;
  /** The entries the reading gate uses, in file order. */
  entries: PolicyEntry[];
  get(key: string): PolicyEntry | undefined;
  /** 1-based line where a YAML node starts. */
  lineOfNode(node: unknown): number | undefined;
  /** One clear input error that names the file and line. */
  bad(why: string, line?: number): never;
}

/**
 * Reads and parses the policy file for one gate. The file comes from the
 * checkout (the caller resolves it inside the workspace, never through a
 * symlink leading out); it is only parsed, never evaluated.
 */
export async function readPolicyFile(absPath: string, relPath: string, reader: PolicyFileReader): Promise<PolicyDocument> {
  const bad = (why: string, line?: number): never => {
    throw new ConfigurationError('policy-file', line ? `${relPath}:${line}` : relPath, why);
  };
  let text = '';
  try {
    text = await fs.readFile(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    bad(code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? (err as Error).message})`);
  }
  // Loaded only for a policy file: the YAML parser is a large part of a bundle, and most runs have none.
  const { parseDocument, LineCounter, isMap } = await import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    bad(`not valid YAML or JSON (${e.message.split('\n')[0]})`, e.linePos?.[0].line);
  }
  const lineOfNode = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  const own: readonly string[] = POLICY_FILE_KEYS[reader];
  const entries: PolicyEntry[] = [];
  const root = doc.contents;
  if (root !== null) {
    if (!isMap(root)) bad(`expected a mapping of policy keys (${EVERY_KEY.join(', ')})`, lineOfNode(root));
    for (const pair of (root as import('yaml').YAMLMap).items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      const line = lineOfNode(pair.key);
      if (!EVERY_KEY.includes(key)) bad(`unknown key ${quoteExcerpt(key)} (a policy file holds ${EVERY_KEY.join(', ')})`, line);
      if (!own.includes(key)) continue; // another gate's key
      const node = pair.value;
      const value = (node as { toJSON?: () => unknown } | null)?.toJSON
        ? (node as { toJSON: () => unknown }).toJSON()
        : ((node as { value?: unknown } | null)?.value ?? null);
      entries.push({ key, value, node, line });
    }
  }
  return { file: relPath, text, entries, get: key => entries.find(e => e.key === key), lineOfNode, bad };
}

/** A list of strings under `key` (a single string counts as a list of one). */
export function policyStringList(doc: PolicyDocument, entry: PolicyEntry, what: string): string[] {
  const list = typeof entry.value === 'string' ? [entry.value] : entry.value;
  if (!Array.isArray(list) || list.some(x => typeof x !== 'string')) return doc.bad(`'${entry.key}' must be a list of ${what}`, entry.line);
  return list as string[];
}

/** A list of module path globs under `key`, each one picomatch compiles (as the glob inputs take them). */
export function policyGlobList(doc: PolicyDocument, entry: PolicyEntry): string[] {
  const globs = policyStringList(doc, entry, 'module path globs');
  for (const g of globs) {
    if (!g.trim()) doc.bad(`'${entry.key}': an empty pattern matches nothing`, entry.line);
    try {
      picomatch.makeRe(g);
    } catch (err) {
      doc.bad(`'${entry.key}': ${quoteExcerpt(g)} is not a valid glob (${(err as Error).message})`, entry.line);
    }
  }
  return globs;
}
