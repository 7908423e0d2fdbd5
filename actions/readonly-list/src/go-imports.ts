/**
 * Reads the import declarations at the top of a Go source file, with the line
 * and column of every import spec, the way go/parser's ImportsOnly mode does:
 * package clause, then `import "p"`, `import name "p"` and `import ( ... )`
 * groups, stopping at the first other declaration. Comments, raw and
 * interpreted string literals and semicolons are understood, so an import
 * path inside a comment is never reported.
 */

export interface ImportSpec {
  /** The import path, unquoted. */
  path: string;
  /** Explicit name (`_`, `.`, or an identifier) when present. */
  name?: string;
  /** 1-based line and column of the spec's first token (the name, else the path). */
  line: number;
  column: number;
}

interface Token {
  kind: 'ident' | 'string' | 'punct' | 'semi';
  text: string;
  line: number;
  column: number;
}

/** Tokenises just enough Go for the header: identifiers, strings, punctuation, automatic semicolons. */
function* tokens(src: string): Generator<Token> {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let last: Token | undefined;
  const needsSemi = () =>
    last !== undefined && (last.kind === 'ident' || last.kind === 'string' || last.text === ')' || last.text === '}' || last.text === ']');
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      if (needsSemi()) {
        last = { kind: 'semi', text: '\n', line, column: i - lineStart + 1 };
        yield last;
      }
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      // A block comment spanning lines acts like a newline.
      for (let j = i; j < stop; j++) {
        if (src[j] === '\n') {
          if (needsSemi()) {
            last = { kind: 'semi', text: '\n', line, column: j - lineStart + 1 };
            yield last;
          }
          line++;
          lineStart = j + 1;
        }
      }
      i = stop;
      continue;
    }
    const column = i - lineStart + 1;
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < src.length && src[j] !== '"' && src[j] !== '\n') {
        if (src[j] === '\\' && j + 1 < src.length) {
          value += unescapeGo(src[j + 1]);
          j += 2;
        } else value += src[j++];
      }
      last = { kind: 'string', text: value, line, column };
      yield last;
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const end = src.indexOf('`', i + 1);
      const stop = end < 0 ? src.length : end;
      const value = src.slice(i + 1, stop).replace(/\r/g, '');
      last = { kind: 'string', text: value, line, column };
      yield last;
      for (let j = i; j < stop; j++) {
        if (src[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      i = stop + 1;
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      let j = i + 1;
      while (j < src.length && /[\p{L}\p{N}_]/u.test(src[j])) j++;
      last = { kind: 'ident', text: src.slice(i, j), line, column };
      yield last;
      i = j;
      continue;
    }
    last = c === ';' ? { kind: 'semi', text: ';', line, column } : { kind: 'punct', text: c, line, column };
    yield last;
    i++;
  }
}

function unescapeGo(c: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', r: '\r' };
  return simple[c] ?? c;
}

/** The import specs of a Go file, in source order. Stops at the first non-import declaration. */
export function scanImports(source: string): ImportSpec[] {
  const it = tokens(source);
  const next = (): Token | undefined => {
    for (let r = it.next(); !r.done; r = it.next()) return r.value;
    return undefined;
  };
  let tok = next();
  const skipSemis = () => {
    while (tok && tok.kind === 'semi') tok = next();
  };
  skipSemis();
  if (!tok || tok.text !== 'package') return [];
  tok = next(); // package name
  tok = next();
  const specs: ImportSpec[] = [];
  const readSpec = (): boolean => {
    if (!tok) return false;
    let name: string | undefined;
    const start = tok;
    if (tok.kind === 'ident' || tok.text === '.') {
      name = tok.text;
      tok = next();
    }
    if (!tok || tok.kind !== 'string') return false;
    specs.push({ path: tok.text, ...(name !== undefined ? { name } : {}), line: start.line, column: start.column });
    tok = next();
    return true;
  };
  for (;;) {
    skipSemis();
    if (!tok || tok.text !== 'import') return specs;
    tok = next();
    if (tok?.text === '(') {
      tok = next();
      for (;;) {
        skipSemis();
        if (!tok || tok.text === ')') break;
        if (!readSpec()) return specs;
      }
      tok = next();
    } else if (!readSpec()) return specs;
  }
}

/** The first spec importing `importPath`, if any. */
export function findImport(source: string, importPath: string): ImportSpec | undefined {
  return scanImports(source).find(s => s.path === importPath);
}
