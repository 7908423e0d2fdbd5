import { isLocalReplacement, type ModFile, type Replacement } from '@go-ci-gates/core';

export type DirectiveName = 'go' | 'toolchain' | 'replace' | 'exclude' | 'retract' | 'godebug' | 'tool' | 'use';

/** One go.mod (or go.work) directive added, removed or changed. */
export interface DirectiveChange {
  directive: DirectiveName;
  kind: 'added' | 'removed' | 'changed';
  /** What the directive names: `example.com/x v1.0.0`, `go`, `default`. */
  subject: string;
  from?: string;
  to?: string;
  /** Line in the head file (absent for removals). */
  line?: number;
  /** For a new replace: where it points. */
  replaceKind?: 'local' | 'fork' | 'version';
  /** For a replace: the module path it replaces. */
  replaced?: string;
}

const replaceKey = (r: Replacement): string => (r.oldVersion ? `${r.oldPath} ${r.oldVersion}` : r.oldPath);
const replaceTarget = (r: Replacement): string => (r.newVersion ? `${r.newPath} ${r.newVersion}` : r.newPath);

/** Where a replacement points: a directory, another module (a fork), or another version of the same module. */
export function replaceKind(r: Replacement): 'local' | 'fork' | 'version' {
  if (isLocalReplacement(r.newPath)) return 'local';
  return r.newPath === r.oldPath ? 'version' : 'fork';
}

/** Keyed directive values: key → [value, line]. */
function keyed<T>(items: readonly T[], key: (t: T) => string, value: (t: T) => string, line: (t: T) => number): Map<string, { value: string; line: number }> {
  const m = new Map<string, { value: string; line: number }>();
  for (const t of items) m.set(key(t), { value: value(t), line: line(t) });
  return m;
}

/**
 * The directives of two parsed go.mod (or go.work) files that differ: go,
 * toolchain, replace, exclude, retract, godebug, tool and use. `require` is
 * left to the build-list comparison, which sees what go selects.
 */
export function diffDirectives(base: ModFile | undefined, head: ModFile): DirectiveChange[] {
  const out: DirectiveChange[] = [];
  const single = (directive: 'go' | 'toolchain', from: string | undefined, to: string | undefined, line: number | undefined) => {
    if (from === to) return;
    const kind = from === undefined ? 'added' : to === undefined ? 'removed' : 'changed';
    out.push({ directive, kind, subject: directive, from, to, line });
  };
  single('go', base?.go?.version, head.go?.version, head.go?.line);
  single('toolchain', base?.toolchain?.name, head.toolchain?.name, head.toolchain?.line);
  const compare = (
    directive: DirectiveName,
    b: Map<string, { value: string; line: number }>,
    h: Map<string, { value: string; line: number }>,
    extra?: (key: string) => Partial<DirectiveChange>
  ) => {
    for (const [k, v] of h) {
      const old = b.get(k);
      if (!old) out.push({ directive, kind: 'added', subject: k, to: v.value, line: v.line, ...extra?.(k) });
      else if (old.value !== v.value) out.push({ directive, kind: 'changed', subject: k, from: old.value, to: v.value, line: v.line, ...extra?.(k) });
    }
    for (const [k, v] of b) if (!h.has(k)) out.push({ directive, kind: 'removed', subject: k, from: v.value });
  };
  const headReplace = new Map(head.replace.map(r => [replaceKey(r), r]));
  compare(
    'replace',
    keyed(base?.replace ?? [], replaceKey, replaceTarget, r => r.line),
    keyed(head.replace, replaceKey, replaceTarget, r => r.line),
    k => {
      const r = headReplace.get(k);
      return r ? { replaceKind: replaceKind(r), replaced: r.oldPath } : {};
    }
  );
  const pv = (x: { path: string; version: string }) => `${x.path} ${x.version}`;
  compare(
    'exclude',
    keyed(
      base?.exclude ?? [],
      pv,
      () => '',
      e => e.line
    ),
    keyed(
      head.exclude,
      pv,
      () => '',
      e => e.line
    )
  );
  const rk = (r: { low: string; high: string }) => (r.low === r.high ? r.low : `[${r.low}, ${r.high}]`);
  compare(
    'retract',
    keyed(
      base?.retract ?? [],
      rk,
      r => r.rationale,
      r => r.line
    ),
    keyed(
      head.retract,
      rk,
      r => r.rationale,
      r => r.line
    )
  );
  compare(
    'godebug',
    keyed(
      base?.godebug ?? [],
      g => g.key,
      g => g.value,
      g => g.line
    ),
    keyed(
      head.godebug,
      g => g.key,
      g => g.value,
      g => g.line
    )
  );
  compare(
    'tool',
    keyed(
      base?.tool ?? [],
      t => t.path,
      () => '',
      t => t.line
    ),
    keyed(
      head.tool,
      t => t.path,
      () => '',
      t => t.line
    )
  );
  compare(
    'use',
    keyed(
      base?.use ?? [],
      u => u.path,
      () => '',
      u => u.line
    ),
    keyed(
      head.use,
      u => u.path,
      () => '',
      u => u.line
    )
  );
  return out;
}

/** One line of text for a directive change: `replace example.com/x => ../x (added)`. */
export function directiveText(c: DirectiveChange): string {
  const arrow = c.directive === 'replace' ? ' => ' : c.directive === 'godebug' ? '=' : ' ';
  const subject = c.directive === 'go' || c.directive === 'toolchain' ? c.directive : `${c.directive} ${c.subject}`;
  if (c.kind === 'changed') return `${subject}${c.directive === 'go' || c.directive === 'toolchain' ? ' ' : arrow}${c.from} → ${c.to}`;
  const v = c.kind === 'added' ? c.to : c.from;
  const shown = c.directive === 'go' || c.directive === 'toolchain' ? `${subject} ${v}` : v ? `${subject}${arrow}${v}` : subject;
  return `${shown} (${c.kind})`;
}
