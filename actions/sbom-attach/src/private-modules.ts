/**
 * Go's GOPRIVATE/GONOPROXY matching (module.MatchPrefixPatterns): a
 * comma-separated list of path.Match globs, each matched against the leading
 * path elements of the module path.
 */
export function matchesPrefixPatterns(patterns: string, modulePath: string): boolean {
  for (const raw of patterns.split(',')) {
    const pattern = raw.trim();
    if (!pattern) continue;
    const n = pattern.split('/').length;
    const elems = modulePath.split('/');
    if (elems.length < n) continue;
    if (globMatch(pattern, elems.slice(0, n).join('/'))) return true;
  }
  return false;
}

/** path.Match: `*` and `?` never cross `/`; `[...]` classes. */
function globMatch(pattern: string, name: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return false;
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^')) cls = '^' + cls.slice(1);
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i]);
    else re += escapeRe(c);
  }
  return new RegExp(re + '$').test(name);
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The first http(s) proxy in GOPROXY, for download URLs; undefined when there is none. */
export function firstHttpProxy(goproxy: string): string | undefined {
  for (const entry of goproxy.split(/[,|]/)) {
    const e = entry.trim();
    if (/^https?:\/\//.test(e)) return e.replace(/\/+$/, '');
  }
  return undefined;
}

/** Private: matched by GOPRIVATE or GONOPROXY (either keeps the module off the public proxy). */
export function isPrivateModule(env: Record<string, string | undefined>, modulePath: string): boolean {
  return matchesPrefixPatterns(env.GOPRIVATE ?? '', modulePath) || matchesPrefixPatterns(env.GONOPROXY ?? '', modulePath);
}
