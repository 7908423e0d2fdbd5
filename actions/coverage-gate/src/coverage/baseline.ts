import type { Counts } from './func-coverage.js';

export const BASELINE_SCHEMA = 'go-ci-gates/coverage-baseline@1';

/** The coverage a later run compares itself with: small, versioned, per file. */
export interface CoverageBaseline {
  schema: typeof BASELINE_SCHEMA;
  /** Commit the baseline was measured at. */
  commit: string;
  /** `go version` of the run that measured it (statement counts change across Go releases). */
  goVersion: string;
  mode: string;
  denominator: 'statements' | 'func';
  total: Counts;
  /** Workspace-relative file → [covered, total] in the baseline's denominator. */
  files: Record<string, [number, number]>;
}

export function serializeBaseline(b: CoverageBaseline): string {
  const files: Record<string, [number, number]> = {};
  for (const k of Object.keys(b.files).sort()) files[k] = b.files[k];
  return JSON.stringify({ ...b, files }, null, 1) + '\n';
}

/** At most `max` characters of untrusted text, JSON-quoted: no raw newline, quote or control character gets through. */
function excerpt(text: string, max = 40): string {
  const chars = [...text];
  return JSON.stringify(chars.slice(0, max).join('')).replace(/"$/, chars.length > max ? '…"' : '"');
}

/** At most `max` characters of a parsed value as JSON (already escaped: one line, no control characters). */
function jsonExcerpt(value: unknown, max = 40): string {
  const json = [...(JSON.stringify(value) ?? 'undefined')];
  return json.length > max ? `${json.slice(0, max).join('')}…` : json.join('');
}

/** A count go could have produced: a non-negative safe integer. */
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * Parses and validates a baseline record; returns a reason string when it is
 * not one this version reads or its numbers cannot be true (covered above
 * total, negative, fractional or unsafe counts, a total that is not the sum of
 * its files). Judged, such a baseline gives nonsense: [9, 0] for a file made a
 * "drop" of 875 points. The caller treats it as missing. The reason quotes the
 * record only as short escaped excerpts: a baseline file can come from the checkout.
 */
export function parseBaseline(text: string): CoverageBaseline | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    // Not the engine's message: it quotes the text raw, newlines included.
    return `not JSON, starting ${excerpt(text)}`;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'not a JSON object';
  const o = v as Partial<CoverageBaseline>;
  if (o.schema !== BASELINE_SCHEMA) return `schema ${jsonExcerpt(o.schema)} is not ${BASELINE_SCHEMA}`;
  const isCounts = (c: unknown): c is Counts =>
    !!c && typeof c === 'object' && isCount((c as Counts).covered) && isCount((c as Counts).total) && (c as Counts).covered <= (c as Counts).total;
  if (!isCounts(o.total)) return 'total must be {covered, total} integers with 0 <= covered <= total';
  if (o.denominator !== 'statements' && o.denominator !== 'func') return `unknown denominator ${jsonExcerpt(o.denominator)}`;
  if (!o.files || typeof o.files !== 'object' || Array.isArray(o.files)) return 'files must be an object';
  for (const key of ['commit', 'goVersion', 'mode'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') return `${key} must be a string`;
  }
  const sum = { covered: 0, total: 0 };
  for (const [k, c] of Object.entries(o.files)) {
    if (!Array.isArray(c) || c.length !== 2 || !isCount(c[0]) || !isCount(c[1]) || c[0] > c[1]) {
      return `files[${jsonExcerpt(k)}] must be [covered, total] with 0 <= covered <= total, not ${jsonExcerpt(c)}`;
    }
    sum.covered += c[0];
    sum.total += c[1];
  }
  // A saved baseline's total is the sum of its files' counts (both in the same denominator).
  if (sum.covered !== o.total.covered || sum.total !== o.total.total) {
    return `total ${JSON.stringify({ covered: o.total.covered, total: o.total.total })} is not the sum of the files (${JSON.stringify(sum)})`;
  }
  return {
    schema: BASELINE_SCHEMA,
    commit: o.commit ?? '',
    goVersion: o.goVersion ?? '',
    mode: o.mode ?? '',
    denominator: o.denominator,
    total: { covered: o.total.covered, total: o.total.total },
    files: o.files as Record<string, [number, number]>
  };
}
