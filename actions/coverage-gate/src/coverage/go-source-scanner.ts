/**
 * A small Go source scanner: just enough of go/scanner to find the extents
 * of top-level function declarations with bodies (what `go tool cover -func`
 * counts) and the generated-file marker of go/ast.IsGenerated, without a Go
 * toolchain. It skips comments, interpreted and raw strings and runes, and
 * applies Go's semicolon insertion, so a `func` literal in a package-level
 * `var` is never taken for a declaration. Positions are 1-based lines and
 * byte columns, as Go and coverprofiles count them.
 */

export interface FuncExtent {
  name: string;
  /** Position of the `func` keyword. */
  startLine: number;
  startCol: number;
  /** Position just after the body's closing brace (ast.FuncDecl.End()). */
  endLine: number;
  endCol: number;
}

export interface GoSourceScan {
  funcs: FuncExtent[];
  /** A `// Code generated ... DO NOT EDIT.` comment line before the package clause. */
  generated: boolean;
}

const KEYWORDS_INSERTING_SEMICOLON = new Set(['break', 'continue', 'fallthrough', 'return']);
const GO_KEYWORDS = new Set([
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var'
]);

const KEYWORDS_BY_LENGTH: string[][] = [];
for (const k of GO_KEYWORDS) (KEYWORDS_BY_LENGTH[k.length] ??= []).push(k);

/** The keyword spelled by src[start, end), compared as bytes (no string is made for an identifier). */
function keywordAt(src: Uint8Array, start: number, end: number): string | undefined {
  const candidates = KEYWORDS_BY_LENGTH[end - start];
  if (candidates === undefined) return undefined;
  next: for (const k of candidates) {
    for (let j = 0; j < k.length; j++) if (src[start + j] !== k.charCodeAt(j)) continue next;
    return k;
  }
  return undefined;
}

/** Stands for an identifier whose text nothing reads (neither a keyword nor an operator). */
const ANY_IDENT = '\u0000ident';

function isIdentByte(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 0x80;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The line of a generated-file marker as go/ast.generator matches it. */
export function isGeneratedCommentText(comment: string): boolean {
  if (!comment.includes('// Code generated ')) return false;
  return comment.split('\n').some(l => l.startsWith('// Code generated ') && l.slice('// Code generated '.length).endsWith(' DO NOT EDIT.'));
}

interface PendingFunc {
  name: string;
  startLine: number;
  startCol: number;
  /** Nesting depth inside the header (params, results, type parameters, struct{} results). */
  headerDepth: number;
  /** Depth (absolute) at which the body brace opened, or -1 before it. */
  bodyDepth: number;
  lastToken: string;
}

export function scanGoSource(src: Uint8Array): GoSourceScan {
  const funcs: FuncExtent[] = [];
  let generated = false;
  let beforePackage = true;
  const n = src.length;
  let i = 0;
  const at: Lines = { line: 1, lineStart: 0 };
  if (n >= 3 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) i = 3;
  // Go's semicolon insertion: a newline after these tokens ends a statement.
  let insertsSemi = false;
  let atStatementStart = true;
  let depth = 0;
  let pending: PendingFunc | undefined;
  const text = (a: number, b: number) => Buffer.from(src.buffer, src.byteOffset + a, b - a).toString('utf8');

  const semicolon = () => {
    insertsSemi = false;
    if (depth === 0) {
      atStatementStart = true;
      // A declaration without a body (assembly, linkname) ends at its semicolon.
      if (pending && pending.bodyDepth < 0 && pending.headerDepth === 0) pending = undefined;
    }
  };
  const token = (tok: string, kind: 'ident' | 'keyword' | 'literal' | 'op', startOffset: number) => {
    const col = startOffset - at.lineStart + 1;
    if (kind === 'ident' || kind === 'keyword') {
      if (tok === 'package' && beforePackage) beforePackage = false;
      if (tok === 'func' && depth === 0 && atStatementStart && !pending) {
        pending = { name: '', startLine: at.line, startCol: col, headerDepth: 0, bodyDepth: -1, lastToken: 'func' };
        atStatementStart = false;
        return;
      }
    }
    atStatementStart = false;
    if (pending && pending.bodyDepth < 0) {
      if (kind === 'ident' && pending.name === '' && pending.headerDepth === 0) {
        // The first identifier at header depth 0 is the name (the receiver is inside parens).
        pending.name = tok;
      }
      if (tok === '(' || tok === '[') pending.headerDepth++;
      else if (tok === ')' || tok === ']') pending.headerDepth--;
      else if (tok === '{') {
        if (pending.headerDepth === 0 && pending.lastToken !== 'struct' && pending.lastToken !== 'interface') {
          pending.bodyDepth = depth;
        } else pending.headerDepth++;
      } else if (tok === '}') pending.headerDepth--;
      pending.lastToken = tok;
    }
    if (tok === '(' || tok === '[' || tok === '{') depth++;
    else if (tok === ')' || tok === ']' || tok === '}') {
      depth--;
      if (tok === '}' && pending && pending.bodyDepth === depth) {
        funcs.push({ name: pending.name, startLine: pending.startLine, startCol: pending.startCol, endLine: at.line, endCol: col + 1 });
        pending = undefined;
      }
    }
  };

  while (i < n) {
    const c = src[i];
    if (c === 10) {
      if (insertsSemi) semicolon();
      i++;
      at.line++;
      at.lineStart = i;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 47 && src[i + 1] === 47) {
      const start = i;
      while (i < n && src[i] !== 10) i++;
      if (beforePackage && !generated) generated = isGeneratedCommentText(text(start, i).replace(/\r/g, ''));
      continue; // the newline (if any) is handled next, a line comment acts like one
    }
    if (c === 47 && src[i + 1] === 42) {
      const start = i;
      const lineBefore = at.line;
      i = skipBlockComment(src, i, at);
      if (beforePackage && !generated) generated = isGeneratedCommentText(text(start, i).replace(/\r/g, ''));
      if (at.line !== lineBefore && insertsSemi) semicolon();
      continue;
    }
    const start = i;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      i = skipQuoted(src, i);
      token('"', 'literal', start);
      insertsSemi = true;
      continue;
    }
    if (c === 96 /* ` */) {
      i = skipRawString(src, i, at);
      token('`', 'literal', start);
      insertsSemi = true;
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(src[i + 1]))) {
      const hex = c === 48 && (src[i + 1] === 120 || src[i + 1] === 88);
      i++;
      while (i < n) {
        const d = src[i];
        if (isIdentByte(d) || d === 46) i++;
        else if ((d === 43 || d === 45) && (src[i - 1] === 112 || src[i - 1] === 80 || (!hex && (src[i - 1] === 101 || src[i - 1] === 69)))) i++;
        else break;
      }
      token('0', 'literal', start);
      insertsSemi = true;
      continue;
    }
    if (isIdentByte(c)) {
      while (i < n && isIdentByte(src[i])) i++;
      const keyword = keywordAt(src, start, i);
      // Only a function header reads an identifier's text (its name): elsewhere a placeholder saves making a string.
      const word = keyword ?? (pending && pending.bodyDepth < 0 ? text(start, i) : ANY_IDENT);
      token(word, keyword ? 'keyword' : 'ident', start);
      insertsSemi = keyword === undefined || KEYWORDS_INSERTING_SEMICOLON.has(keyword);
      continue;
    }
    // Operators and punctuation.
    i++;
    if (c === 59 /* ; */) {
      token(';', 'op', start);
      semicolon();
      continue;
    }
    if ((c === 43 || c === 45) && src[i] === c) {
      i++;
      token(c === 43 ? '++' : '--', 'op', start);
      insertsSemi = true;
      continue;
    }
    const op = String.fromCharCode(c);
    token(op, 'op', start);
    insertsSemi = c === 41 || c === 93 || c === 125;
    if (c === 123 && pending !== undefined && pending.bodyDepth === depth - 1) {
      // A function body opened: only its closing brace matters, so skip to it
      // on brackets, strings, runes, comments and newlines alone.
      i = skipBlock(src, i, at);
      if (i < 0) break; // unterminated: no declaration ends, as go/parser would reject the file
      depth = pending.bodyDepth;
      // The closing brace is at i - 1; the declaration ends just after it.
      funcs.push({ name: pending.name, startLine: pending.startLine, startCol: pending.startCol, endLine: at.line, endCol: i - at.lineStart + 1 });
      pending = undefined;
      atStatementStart = false;
      insertsSemi = true;
    }
  }
  return { funcs, generated };
}

/** The scanner's line count and where the current line starts, moved on by the helpers below. */
interface Lines {
  line: number;
  lineStart: number;
}

/**
 * Skips a brace-delimited block whose `{` ends just before `from`: returns
 * the offset just after its matching `}` (or -1 if the source ends first),
 * counting lines into `at`. Inside a body the scanner needs no tokens, only
 * nesting, so this loop looks at each byte once.
 */
function skipBlock(src: Uint8Array, from: number, at: Lines): number {
  const n = src.length;
  let depth = 1;
  let i = from;
  while (i < n) {
    const c = src[i];
    if (c === 10) {
      at.line++;
      at.lineStart = ++i;
    } else if (c === 123 || c === 40 || c === 91) {
      depth++;
      i++;
    } else if (c === 125 || c === 41 || c === 93) {
      i++;
      if (--depth === 0 && c === 125) return i;
    } else if (c === 34 /* " */ || c === 39 /* ' */) i = skipQuoted(src, i);
    else if (c === 96 /* ` */) i = skipRawString(src, i, at);
    else if (c === 47 /* / */ && src[i + 1] === 47) {
      while (i < n && src[i] !== 10) i++;
    } else if (c === 47 && src[i + 1] === 42) i = skipBlockComment(src, i, at);
    else i++;
  }
  return -1;
}

/** The offset after the interpreted string or rune opening at `from` (it cannot span lines). */
function skipQuoted(src: Uint8Array, from: number): number {
  const quote = src[from];
  let i = from + 1;
  while (i < src.length && src[i] !== quote && src[i] !== 10) i += src[i] === 92 ? 2 : 1;
  return i + 1;
}

/** The offset after the raw string opening at `from`, counting its lines into `at`. */
function skipRawString(src: Uint8Array, from: number, at: Lines): number {
  let i = from + 1;
  while (i < src.length && src[i] !== 96) {
    if (src[i] === 10) {
      at.line++;
      at.lineStart = i + 1;
    }
    i++;
  }
  return i + 1;
}

/** The offset after the block comment opening at `from` (at most the source's end), counting its lines into `at`. */
function skipBlockComment(src: Uint8Array, from: number, at: Lines): number {
  let i = from + 2;
  while (i < src.length && !(src[i] === 42 && src[i + 1] === 47)) {
    if (src[i] === 10) {
      at.line++;
      at.lineStart = i + 1;
    }
    i++;
  }
  return Math.min(src.length, i + 2);
}
