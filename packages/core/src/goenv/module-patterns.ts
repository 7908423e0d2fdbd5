/**
 * Go's module path patterns, as GOPRIVATE, GONOSUMDB and GONOPROXY use them
 * (golang.org/x/mod/module.MatchPrefixPatterns): a comma-separated list of
 * path.Match globs, each matched against the leading path elements of the
 * module path (as many elements as the glob has).
 */

export class BadPatternError extends Error {}

function escapeRegExpChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

const compiled = new Map<string, RegExp | BadPatternError>();

/** Compiles a path.Match pattern to an anchored RegExp; throws BadPatternError as path.Match returns ErrBadPattern. */
export function compilePathPattern(pattern: string): RegExp {
  const hit = compiled.get(pattern);
  if (hit instanceof RegExp) return hit;
  if (hit) throw hit;
  try {
    const re = translate(pattern);
    compiled.set(pattern, re);
    return re;
  } catch (err) {
    if (err instanceof BadPatternError) compiled.set(pattern, err);
    throw err;
  }
}

function translate(pattern: string): RegExp {
  const chars = [...pattern];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\') {
      if (i + 1 >= chars.length) throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: trailing backslash`);
      out += escapeRegExpChar(chars[++i]);
    } else if (c === '[') {
      i++;
      let negate = false;
      if (chars[i] === '^') {
        negate = true;
        i++;
      }
      const parts: string[] = [];
      // Reads one class character (with escapes); '-' and ']' may not start a range end unescaped.
      const classChar = (): string => {
        const ch = chars[i];
        if (ch === undefined || ch === '-' || ch === ']') throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: bad character class`);
        if (ch === '\\') {
          i++;
          if (chars[i] === undefined) throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: trailing backslash`);
        }
        return chars[i++];
      };
      for (;;) {
        if (chars[i] === ']' && parts.length > 0) break;
        const lo = classChar();
        if (chars[i] === '-') {
          i++;
          const hi = classChar();
          if (hi < lo) throw new BadPatternError(`bad pattern ${JSON.stringify(pattern)}: bad range`);
          parts.push(`${escapeRegExpChar(lo)}-${escapeRegExpChar(hi)}`);
        } else parts.push(escapeRegExpChar(lo));
      }
      out += `[${negate ? '^' : ''}${parts.join('')}]`;
    } else out += escapeRegExpChar(c);
  }
  return new RegExp(`^${out}$`, 'u');
}

/** Go's path.Match; throws BadPatternError for a malformed pattern. */
export function pathMatch(pattern: string, name: string): boolean {
  return compilePathPattern(pattern).test(name);
}

/** module.MatchPrefixPatterns: whether any glob in the comma-separated list matches a prefix of target. */
export function matchPrefixPatterns(globs: string, target: string): boolean {
  for (const raw of globs.split(',')) {
    const glob = raw.replace(/\/$/, '');
    if (glob === '') continue;
    let n = glob.split('/').length - 1;
    let prefix = target;
    for (let i = 0; i < target.length; i++) {
      if (target[i] === '/') {
        if (n === 0) {
          prefix = target.slice(0, i);
          break;
        }
        n--;
      }
    }
    if (n > 0) continue; // Not enough path elements in the target.
    try {
      if (pathMatch(glob, prefix)) return true;
    } catch (err) {
      // The go command ignores a bad pattern here (the match simply fails).
      if (!(err instanceof BadPatternError)) throw err;
    }
  }
  return false;
}

/** The patterns that exclude a module from the checksum database: GONOSUMDB, else GOPRIVATE (cfg.GONOSUMDB). */
export function noSumdbPatterns(env: Record<string, string | undefined>): string {
  return env.GONOSUMDB || env.GOPRIVATE || '';
}

/** The patterns of modules fetched directly, never through GOPROXY: GONOPROXY, else GOPRIVATE (cfg.GONOPROXY). */
export function noProxyPatterns(env: Record<string, string | undefined>): string {
  return env.GONOPROXY || env.GOPRIVATE || '';
}
