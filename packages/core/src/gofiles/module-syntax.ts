/**
 * Module path syntax as golang.org/x/mod/module.CheckPath defines it (version
 * syntax lives in module-version.ts).
 */

// Paths of the common shape pass every rule below: a dotted lower-case first element not
// starting with '-', later elements of path characters with no leading or trailing dot. The
// rules for gopkg.in and /vN suffixes still go through the full check.
const PLAIN_PATH_RE = /^(?!-)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*)*$/;
// May hold an element Windows cannot name (checked exactly by the full check): the fast path steps aside.
const MAYBE_WINDOWS_RE = /~|(?:^|\/)(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:[./]|$)/i;
/** x/mod's badWindowsNames: an element whose part before the first dot is one of these is refused. */
const WINDOWS_RESERVED = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  'COM1',
  'COM2',
  'COM3',
  'COM4',
  'COM5',
  'COM6',
  'COM7',
  'COM8',
  'COM9',
  'LPT1',
  'LPT2',
  'LPT3',
  'LPT4',
  'LPT5',
  'LPT6',
  'LPT7',
  'LPT8',
  'LPT9'
]);

/** module.CheckPath; returns the problem, or undefined when the path is valid. */
export function checkModulePath(p: string): string | undefined {
  if (PLAIN_PATH_RE.test(p) && !p.startsWith('gopkg.in') && !/\/v[0-9]+$/.test(p) && !MAYBE_WINDOWS_RE.test(p)) return undefined;
  if (p === '') return 'empty module path';
  if (!/^[\x21-\x7e]+$/.test(p)) return 'module path has characters outside printable ASCII';
  if (p.startsWith('/') || p.endsWith('/')) return 'module path has a leading or trailing slash';
  const elems = p.split('/');
  for (const e of elems) {
    if (e === '') return 'module path has an empty element (double slash)';
    if (e.startsWith('.') || e.endsWith('.')) return `element ${JSON.stringify(e)} starts or ends with a dot`;
    if (!/^[A-Za-z0-9._~-]+$/.test(e)) return `element ${JSON.stringify(e)} has an invalid character`;
    // module.checkElem: names Windows reserves, and what looks like a Windows short name (`name~1`), judged before the first dot.
    const short = e.includes('.') ? e.slice(0, e.indexOf('.')) : e;
    if (WINDOWS_RESERVED.has(short.toUpperCase())) return `${JSON.stringify(short)} disallowed as path element component on Windows`;
    if (/~[0-9]+$/.test(short)) return `element ${JSON.stringify(e)} has a trailing tilde and digits (a Windows short name)`;
  }
  const first = elems[0];
  if (!first.includes('.')) return `first element ${JSON.stringify(first)} has no dot (a module path starts with a domain name)`;
  if (first.startsWith('-')) return `first element ${JSON.stringify(first)} starts with a dash`;
  if (!/^[a-z0-9.-]+$/.test(first)) return `first element ${JSON.stringify(first)} may only hold lower-case letters, digits, dots and dashes`;
  if (first === 'gopkg.in' && !/^gopkg\.in\/(?:[A-Za-z0-9_-]+\/)?[A-Za-z0-9_.-]+\.v(0|[1-9][0-9]*)(-unstable)?$/.test(p)) return 'invalid gopkg.in path';
  const last = elems[elems.length - 1];
  if (first !== 'gopkg.in' && /^v[0-9]+$/.test(last) && elems.length > 1 && (last === 'v0' || last === 'v1' || /^v0/.test(last))) {
    return `major version suffix /${last} is not allowed (only /v2 and above)`;
  }
  return undefined;
}
