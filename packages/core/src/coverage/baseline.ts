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

/** Parses a baseline record; returns a reason string when it is not one this version reads. */
export function parseBaseline(text: string): CoverageBaseline | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
  const o = v as Partial<CoverageBaseline>;
  if (!o || typeof o !== 'object') return 'not a JSON object';
  if (o.schema !== BASELINE_SCHEMA) return `schema ${JSON.stringify(o.schema)} is not ${BASELINE_SCHEMA}`;
  const isCounts = (c: unknown): c is Counts =>
    !!c && Number.isInteger((c as Counts).covered) && Number.isInteger((c as Counts).total) && (c as Counts).covered >= 0 && (c as Counts).covered <= (c as Counts).total;
  if (!isCounts(o.total)) return 'total must be {covered, total} integers with covered <= total';
  if (o.denominator !== 'statements' && o.denominator !== 'func') return `unknown denominator ${JSON.stringify(o.denominator)}`;
  if (!o.files || typeof o.files !== 'object') return 'files must be an object';
  for (const [k, c] of Object.entries(o.files)) {
    if (!Array.isArray(c) || c.length !== 2 || !Number.isInteger(c[0]) || !Number.isInteger(c[1])) return `files[${JSON.stringify(k)}] must be [covered, total]`;
  }
  return {
    schema: BASELINE_SCHEMA,
    commit: String(o.commit ?? ''),
    goVersion: String(o.goVersion ?? ''),
    mode: String(o.mode ?? ''),
    denominator: o.denominator,
    total: o.total,
    files: o.files as Record<string, [number, number]>
  };
}
