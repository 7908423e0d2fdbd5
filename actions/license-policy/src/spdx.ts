import parse from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';

/**
 * SPDX expressions as the policy judges them: parsed and satisfied by the
 * maintained libraries (spdx-expression-parse, spdx-satisfies), with
 * deprecated ids mapped to their current ones first, so `GPL-2.0` in a policy
 * and `GPL-2.0-only` in a module mean the same license.
 */

/** Deprecated SPDX ids and what the SPDX list says replaces them (`X+` becomes X-or-later). */
const DEPRECATED: Record<string, string> = {
  'AGPL-1.0': 'AGPL-1.0-only',
  'AGPL-3.0': 'AGPL-3.0-only',
  'GFDL-1.1': 'GFDL-1.1-only',
  'GFDL-1.2': 'GFDL-1.2-only',
  'GFDL-1.3': 'GFDL-1.3-only',
  'GPL-1.0': 'GPL-1.0-only',
  'GPL-2.0': 'GPL-2.0-only',
  'GPL-3.0': 'GPL-3.0-only',
  'LGPL-2.0': 'LGPL-2.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3.0': 'LGPL-3.0-only',
  'GPL-2.0-with-GCC-exception': 'GPL-2.0-only WITH GCC-exception-2.0',
  'GPL-2.0-with-autoconf-exception': 'GPL-2.0-only WITH Autoconf-exception-2.0',
  'GPL-2.0-with-bison-exception': 'GPL-2.0-only WITH Bison-exception-2.2',
  'GPL-2.0-with-classpath-exception': 'GPL-2.0-only WITH Classpath-exception-2.0',
  'GPL-2.0-with-font-exception': 'GPL-2.0-only WITH Font-exception-2.0',
  'GPL-3.0-with-GCC-exception': 'GPL-3.0-only WITH GCC-exception-3.1',
  'GPL-3.0-with-autoconf-exception': 'GPL-3.0-only WITH Autoconf-exception-3.0',
  'BSD-2-Clause-FreeBSD': 'BSD-2-Clause-Views',
  'BSD-2-Clause-NetBSD': 'BSD-2-Clause',
  'StandardML-NJ': 'SMLNJ',
  'bzip2-1.0.5': 'bzip2-1.0.6',
  Nunit: 'zlib-acknowledgement',
  'eCos-2.0': 'GPL-2.0-or-later WITH eCos-exception-2.0',
  wxWindows: 'LGPL-2.0-or-later WITH WxWindows-exception-3.1'
};

type Node = { license: string; plus?: true; exception?: string } | { left: Node; conjunction: 'and' | 'or'; right: Node };

const REF_RE = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

/** The id itself when it is on the SPDX list (current or deprecated, as the parser knows them) or a LicenseRef-, else undefined. */
export function canonicalId(id: string): string | undefined {
  if (REF_RE.test(id)) return id;
  try {
    const n = parse(id) as Node;
    return 'license' in n && n.license === id ? id : undefined;
  } catch {
    return undefined;
  }
}

function render(n: Node, top = true): string {
  if ('license' in n) return `${n.license}${n.plus ? '+' : ''}${n.exception ? ` WITH ${n.exception}` : ''}`;
  const s = `${render(n.left, false)} ${n.conjunction.toUpperCase()} ${render(n.right, false)}`;
  return top ? s : `(${s})`;
}

function modernise(n: Node): Node {
  if (!('license' in n)) return { left: modernise(n.left), conjunction: n.conjunction, right: modernise(n.right) };
  const repl = DEPRECATED[n.license];
  if (!repl) return n;
  if (repl.includes(' WITH ')) {
    const [id, exception] = repl.split(' WITH ');
    return { license: n.plus ? id.replace(/-only$/, '-or-later') : id, exception };
  }
  if (n.plus && repl.endsWith('-only')) return { license: repl.replace(/-only$/, '-or-later'), ...(n.exception ? { exception: n.exception } : {}) };
  return { license: repl, ...(n.plus ? { plus: true as const } : {}), ...(n.exception ? { exception: n.exception } : {}) };
}

/**
 * Parses an SPDX expression and returns it with current ids, or throws an
 * Error whose message says what is wrong (an unknown id by name, else the
 * parser's complaint).
 */
export function normaliseExpression(expression: string): string {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  if (!tokens.length) throw new Error('the expression is empty');
  let afterWith = false;
  const fixed: string[] = [];
  for (const t of tokens) {
    const upper = t.toUpperCase();
    if (['AND', 'OR', 'WITH'].includes(upper)) {
      fixed.push(upper);
      afterWith = upper === 'WITH';
      continue;
    }
    if (t === '(' || t === ')') {
      fixed.push(t);
      continue;
    }
    if (afterWith) {
      fixed.push(t);
      afterWith = false;
      continue;
    }
    const id = canonicalId(t.replace(/\+$/, ''));
    if (!id) throw new Error(`unknown SPDX license id "${t.replace(/\+$/, '')}" (see https://spdx.org/licenses/; use LicenseRef-… for others)`);
    fixed.push(id + (t.endsWith('+') ? '+' : ''));
  }
  let tree: Node;
  try {
    tree = parse(fixed.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')) as Node;
  } catch (err) {
    const msg = err instanceof TypeError ? 'it ends too early or an operator has no operand' : (err as Error).message;
    throw new Error(`not a valid SPDX expression: ${msg}`, { cause: err });
  }
  return render(modernise(tree));
}

/** The license ids (with WITH exceptions) an expression names, normalised. */
export function expressionLeaves(expression: string): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if ('license' in n) out.push(render(n));
    else {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(parse(expression) as Node);
  return out;
}

export type Verdict = 'allowed' | 'denied' | 'not-allowed';

export interface LicensePolicy {
  /** Normalised allowed ids (possibly `X WITH E`); empty means every id not denied. */
  allow: string[];
  deny: string[];
}

const cache = new Map<string, Verdict>();

/**
 * SPDX's meaning: OR passes when either side passes, AND when both do.
 * Denied ids are taken out of the allowed set first; an expression nothing
 * allowed satisfies is `denied` when every way to satisfy it needs a denied
 * id, else `not-allowed`.
 */
export function judgeExpression(expression: string, policy: LicensePolicy): Verdict {
  const key = `${expression}\0${policy.allow.join(',')}\0${policy.deny.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const deny = new Set(policy.deny);
  const leaves = expressionLeaves(expression);
  const isDenied = (leaf: string) => deny.has(leaf) || deny.has(leaf.split(' WITH ')[0]);
  const allowed = (policy.allow.length ? policy.allow : leaves).filter(l => !isDenied(l));
  let verdict: Verdict;
  if (allowed.length && satisfies(expression, allowed)) verdict = 'allowed';
  else {
    const undenied = leaves.filter(l => !isDenied(l));
    verdict = undenied.length && satisfies(expression, undenied) ? 'not-allowed' : 'denied';
  }
  cache.set(key, verdict);
  return verdict;
}
