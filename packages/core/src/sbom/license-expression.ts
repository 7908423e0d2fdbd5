import { spdxLicenseIds } from './license-data.js';

let known: Set<string> | undefined;
/** Every id on the SPDX license list (from the generated license data, so the bundle needs no node_modules). */
function knownIds(): Set<string> {
  known ??= new Set(spdxLicenseIds());
  return known;
}

const EXCEPTION_RE = /^[A-Za-z0-9.+-]+$/;

/**
 * Parses an SPDX license expression (Annex D: ids, LicenseRef-, AND, OR,
 * WITH, parentheses, `+`). Returns an error message, or undefined when it
 * parses and every id is on the SPDX list (or a LicenseRef-).
 */
export function checkLicenseExpression(expression: string): string | undefined {
  if (expression === 'NOASSERTION' || expression === 'NONE') return undefined;
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const fail = (msg: string) => {
    throw new Error(`license expression '${expression}': ${msg}`);
  };
  function simple(): void {
    const t = tokens[i++];
    if (t === undefined) fail('ends too early');
    if (t === '(') {
      compound();
      if (tokens[i++] !== ')') fail('missing )');
      return;
    }
    const id = t!.replace(/\+$/, '');
    if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id)) return;
    if (!knownIds().has(id)) fail(`unknown license id '${id}'`);
    if (tokens[i] === 'WITH') {
      i++;
      const ex = tokens[i++];
      if (!ex || !EXCEPTION_RE.test(ex)) fail('WITH needs an exception id');
    }
  }
  function compound(): void {
    simple();
    while (tokens[i] === 'AND' || tokens[i] === 'OR') {
      i++;
      simple();
    }
  }
  try {
    if (tokens.length === 0) fail('empty');
    compound();
    if (i !== tokens.length) fail(`unexpected '${tokens[i]}'`);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}
