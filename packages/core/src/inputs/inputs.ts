import picomatch from 'picomatch';
import { ConfigurationError } from '../errors.js';

/**
 * Where input values come from: `INPUT_<NAME>` variables in an action run,
 * a plain map in tests and in the CLI. Returns '' for an unset input.
 */
export type InputSource = (name: string) => string;

/** The runner's mangling: upper-case, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export const envInputSource: InputSource = name => {
  const extra = workflowInputs(process.env);
  if (extra && Object.hasOwn(extra, name)) return extra[name].trim();
  return (process.env[inputEnvName(name)] ?? '').trim();
};

/**
 * The reusable workflow's `<gate>-inputs`, validated by its discover job
 * against the gate's action.yml and passed as a JSON object in
 * GO_CI_GATES_WORKFLOW_INPUTS: a step's `with:` keys are fixed in YAML, so
 * inputs the workflow does not list reach the gate this way. Never holds an
 * input the step also sets in `with:` (discover refuses that).
 */
export const WORKFLOW_INPUTS_ENV = 'GO_CI_GATES_WORKFLOW_INPUTS';

function workflowInputs(env: NodeJS.ProcessEnv): Record<string, string> | undefined {
  const raw = (env[WORKFLOW_INPUTS_ENV] ?? '').trim();
  if (raw === '' || raw === 'null' || raw === '{}') return undefined;
  const parsed = JSON.parse(raw) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some(v => typeof v !== 'string')) {
    throw new Error(`${WORKFLOW_INPUTS_ENV} is not a JSON object of strings`);
  }
  return parsed as Record<string, string>;
}

export function mapInputSource(values: Record<string, string | number | boolean>): InputSource {
  return name => (values[name] === undefined ? '' : String(values[name]).trim());
}

/** Wraps a source and remembers every name read (the metadata test uses it). */
export function recordingSource(inner: InputSource): { source: InputSource; read: Set<string> } {
  const read = new Set<string>();
  return {
    read,
    source: name => {
      read.add(name);
      return inner(name);
    }
  };
}

/** Typed readers over a source; each throws ConfigurationError on a bad value. */
export class Inputs {
  /**
   * `defaults` are the action.yml defaults (a gate's generated
   * src/action-defaults.generated.ts): the runner applies them in a job, and
   * with them the CLI and the tests parse exactly as a job does. A gate's code
   * writes no default of its own, so none can disagree with action.yml.
   */
  constructor(
    private readonly source: InputSource,
    private readonly defaults: Readonly<Record<string, string>> = {}
  ) {}

  /** The value given, else action.yml's default, else ''. */
  raw(name: string): string {
    const v = this.source(name);
    return v === '' ? (this.defaults[name] ?? '') : v;
  }

  string(name: string, fallback = ''): string {
    const v = this.raw(name);
    return v === '' ? fallback : v;
  }

  required(name: string): string {
    const v = this.raw(name);
    if (v === '') throw new ConfigurationError(name, v, 'a value is required');
    return v;
  }

  /** YAML 1.2 core-schema booleans, like core.getBooleanInput. Without a value or a default it is an error. */
  boolean(name: string, fallback?: boolean): boolean {
    const v = this.raw(name);
    if (v === '' && fallback !== undefined) return fallback;
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new ConfigurationError(name, v, 'expected true or false');
  }

  number(name: string, opts: { min?: number; max?: number; integer?: boolean; fallback?: number }): number | undefined {
    const v = this.raw(name);
    if (v === '') return opts.fallback;
    const n = Number(v);
    const range = describeRange(opts);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v) || !Number.isFinite(n)) {
      throw new ConfigurationError(name, v, `expected ${opts.integer ? 'a whole number' : 'a number'}${range}`);
    }
    if (opts.integer && !Number.isInteger(n)) throw new ConfigurationError(name, v, `expected a whole number${range}`);
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      throw new ConfigurationError(name, v, `expected a number${range}`);
    }
    return n;
  }

  enumeration<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const v = this.raw(name);
    if (v === '' && fallback !== undefined) return fallback;
    if (!(allowed as readonly string[]).includes(v)) {
      throw new ConfigurationError(name, v, `expected one of: ${allowed.join(', ')}`);
    }
    return v as T;
  }

  /** A list: one item per line, or comma-separated; `#` starts a comment line. */
  list(name: string): string[] {
    return splitList(this.raw(name));
  }

  /** A list of globs, each checked to compile. */
  globs(name: string): string[] {
    const items = this.list(name);
    for (const g of items) {
      try {
        picomatch(g.replace(/^!/, ''));
      } catch (err) {
        throw new ConfigurationError(name, g, `not a valid glob (${(err as Error).message})`);
      }
      if (g === '!' || g === '') throw new ConfigurationError(name, g, 'an empty pattern matches nothing');
    }
    return items;
  }

  /** `key: value` lines (e.g. `internal/**: 60`). */
  mapping(name: string): { key: string; value: string; line: number }[] {
    const raw = this.raw(name);
    const out: { key: string; value: string; line: number }[] = [];
    raw.split(/\r?\n/).forEach((l, i) => {
      const t = l.trim();
      if (t === '' || t.startsWith('#')) return;
      const idx = t.lastIndexOf(':');
      if (idx <= 0) throw new ConfigurationError(name, t, "expected 'key: value' on each line");
      out.push({
        key: t
          .slice(0, idx)
          .trim()
          .replace(/^["']|["']$/g, ''),
        value: t.slice(idx + 1).trim(),
        line: i + 1
      });
    });
    return out;
  }
}

export function splitList(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('#'))
    .flatMap(l => l.split(','))
    .map(s => s.trim())
    .filter(Boolean);
}

function describeRange(opts: { min?: number; max?: number }): string {
  if (opts.min !== undefined && opts.max !== undefined) return ` from ${opts.min} to ${opts.max}`;
  if (opts.min !== undefined) return ` of at least ${opts.min}`;
  if (opts.max !== undefined) return ` of at most ${opts.max}`;
  return '';
}
