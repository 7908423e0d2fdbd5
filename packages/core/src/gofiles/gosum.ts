import { createReadStream } from 'node:fs';
import { checkModulePath } from './module-syntax.js';
import { checkModuleVersion, compareModuleVersions } from './module-version.js';

/**
 * go.sum lines: `<module> <version>[/go.mod] <hash>`. The parser never throws:
 * a line it cannot read comes back with `problem` set, so gates can report it
 * at its line.
 */
export interface GoSumLine {
  line: number;
  raw: string;
  module: string;
  /** Version without the `/go.mod` suffix. */
  version: string;
  /** `zip` for the module content hash, `go.mod` for the `/go.mod` hash. */
  kind: 'zip' | 'go.mod';
  hash: string;
  /** Fields as Go's strings.Fields splits the line. */
  fieldCount: number;
  problem?: string;
  /** The go command refuses the whole file over this line ("malformed go.sum"). */
  refusedByGo?: boolean;
}

/**
 * Go's whitespace (unicode.IsSpace): what strings.Fields splits a go.sum line on. It is not
 * JavaScript's \s: U+0085 (NEL) is space to Go and not to JavaScript, U+FEFF (BOM) the reverse.
 */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const GO_SPACE_RUN_RE = new RegExp(`[${GO_SPACE}]+`, 'u');
const GO_ALL_SPACE_RE = new RegExp(`^[${GO_SPACE}]*$`, 'u');

/** Go's strings.Fields: the runs of non-space text, split on unicode.IsSpace. */
export function goFields(text: string): string[] {
  return text.split(GO_SPACE_RUN_RE).filter(f => f !== '');
}

/** A line the go command skips (strings.Fields finds nothing): a line holding only a BOM is not one. */
export function isBlankGoSumLine(raw: string): boolean {
  return GO_ALL_SPACE_RE.test(raw);
}

// Nearly every line is three printable-ASCII fields with one space between them: those skip the general split.
const PLAIN_LINE_RE = /^[\x21-\x7e]+ [\x21-\x7e]+ [\x21-\x7e]+$/;
const CONFLICT_MARKERS = new Set(['<<<<<<<', '=======', '>>>>>>>', '|||||||']);

/**
 * One non-blank go.sum line. The go command (modfetch.readGoSum) refuses the whole file, with
 * "malformed go.sum: <file>:<line>: wrong number of fields N", when a line does not split into
 * exactly three fields; that is the only thing it rejects (other hash algorithms are ignored).
 */
export function parseGoSumLine(raw: string, line: number): GoSumLine {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const fields = PLAIN_LINE_RE.test(text) ? text.split(' ') : goFields(text);
  const base: GoSumLine = { line, raw: text, module: '', version: '', kind: 'zip', hash: '', fieldCount: fields.length };
  if (CONFLICT_MARKERS.has(fields[0])) {
    return { ...base, problem: 'merge-conflict marker', refusedByGo: fields.length !== 3 };
  }
  if (fields.length !== 3) return { ...base, problem: `wrong number of fields ${fields.length} (want 3)`, refusedByGo: true };
  const [module, versionField, hash] = fields;
  const kind = versionField.endsWith('/go.mod') ? 'go.mod' : 'zip';
  const version = kind === 'go.mod' ? versionField.slice(0, -'/go.mod'.length) : versionField;
  return { line, raw: text, module, version, kind, hash, fieldCount: 3 };
}

export interface GoSumFile {
  lines: GoSumLine[];
  /** False when the last line has no trailing newline (and the file is not empty). */
  endsWithNewline: boolean;
}

/** Parses go.sum text: lines end at '\n' only, and blank lines (Go's whitespace only) are skipped, as the go command does. */
export function parseGoSum(text: string): GoSumFile {
  const rows = text.split('\n');
  const endsWithNewline = text === '' || text.endsWith('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  const lines: GoSumLine[] = [];
  rows.forEach((raw, i) => {
    if (isBlankGoSumLine(raw)) return;
    lines.push(parseGoSumLine(raw, i + 1));
  });
  return { lines, endsWithNewline };
}

/**
 * Streams a go.sum file line by line (large workspaces' go.work.sum can be big). Lines end at
 * '\n' only, as in the go command: a lone '\r' is whitespace inside a line, not a line break.
 */
export async function* readGoSum(file: string): AsyncGenerator<GoSumLine> {
  let n = 0;
  let rest = '';
  for await (const chunk of createReadStream(file, 'utf8')) {
    const rows = (rest + (chunk as string)).split('\n');
    rest = rows.pop()!;
    for (const raw of rows) {
      n++;
      if (!isBlankGoSumLine(raw)) yield parseGoSumLine(raw, n);
    }
  }
  if (rest !== '' && !isBlankGoSumLine(rest)) yield parseGoSumLine(rest, n + 1);
}

/** Key identifying a go.sum entry: `module version[/go.mod]`. */
export function goSumKey(l: Pick<GoSumLine, 'module' | 'version' | 'kind'>): string {
  return `${l.module} ${l.version}${l.kind === 'go.mod' ? '/go.mod' : ''}`;
}

/** One problem with a go.sum file's own content, at its line. */
export interface GoSumIssue {
  kind:
    | 'malformed'
    | 'conflict-marker'
    | 'unknown-hash'
    | 'missing-final-newline'
    | 'duplicate-line'
    | 'conflicting-hash'
    | 'missing-go-mod-hash'
    | 'non-canonical-order';
  line: number;
  message: string;
  /** The other line involved (the first of a duplicate, the other hash of a conflict). */
  otherLine?: number;
  /** The go command refuses the whole file over this line ("malformed go.sum"): every go build fails. */
  refusedByGo?: boolean;
}

/** Why a parsed line is malformed (fields, hash encoding, path and version syntax), or undefined. */
export function goSumLineSyntaxProblem(l: GoSumLine): { kind: GoSumIssue['kind']; message: string; refusedByGo?: boolean } | undefined {
  const refused = l.refusedByGo ? `; the go command refuses the whole file ("malformed go.sum ... wrong number of fields ${l.fieldCount}")` : '';
  if (l.problem === 'merge-conflict marker')
    return {
      kind: 'conflict-marker',
      message: `merge-conflict marker ${JSON.stringify(l.raw.slice(0, 20))} left in go.sum${refused}`,
      refusedByGo: l.refusedByGo
    };
  if (l.problem) return { kind: 'malformed', message: `malformed line: ${l.problem}${refused}`, refusedByGo: l.refusedByGo };
  const moduleProblem = moduleVersionProblem(l.module, l.version);
  if (moduleProblem) return { kind: 'malformed', message: moduleProblem };
  const colon = l.hash.indexOf(':');
  if (colon <= 0) return { kind: 'malformed', message: `hash ${JSON.stringify(l.hash)} has no algorithm prefix (expected h1:...)` };
  const alg = l.hash.slice(0, colon);
  if (alg !== 'h1')
    return {
      kind: 'unknown-hash',
      message: `unknown hash algorithm ${JSON.stringify(alg)}: the go command only checks h1 hashes, so this line protects nothing`
    };
  // Padded base64 of exactly 32 bytes is 43 characters and one '=' (42 and '==' is 31 bytes, 44 unpadded is 33).
  if (!/^[A-Za-z0-9+/]{43}=$/.test(l.hash.slice(colon + 1)))
    return { kind: 'malformed', message: `h1 hash ${JSON.stringify(l.hash)} does not decode to a 32-byte SHA-256` };
  return undefined;
}

// Path and version checks depend on the two strings only. Each module version has two lines
// (zip and /go.mod) and gates check a file more than once, so results are kept (bounded).
const moduleVersionProblems = new Map<string, string | undefined>();
const MODULE_VERSION_MEMO_LIMIT = 50_000;

function moduleVersionProblem(module: string, version: string): string | undefined {
  const key = `${module} ${version}`;
  if (moduleVersionProblems.has(key)) return moduleVersionProblems.get(key);
  const pathProblem = checkModulePath(module);
  let problem: string | undefined;
  if (pathProblem) problem = `invalid module path ${JSON.stringify(module)}: ${pathProblem}`;
  else {
    const versionProblem = checkModuleVersion(module, version);
    if (versionProblem) problem = `invalid version ${JSON.stringify(version)} for ${module}: ${versionProblem}`;
  }
  if (moduleVersionProblems.size >= MODULE_VERSION_MEMO_LIMIT) moduleVersionProblems.clear();
  moduleVersionProblems.set(key, problem);
  return problem;
}

/** Go's go.sum order (modfetch.WriteGoSum / module.Sort): path, then version by semver, then the zip line before /go.mod. */
export function compareGoSumLines(
  a: Pick<GoSumLine, 'module' | 'version' | 'kind' | 'hash'>,
  b: Pick<GoSumLine, 'module' | 'version' | 'kind' | 'hash'>
): number {
  if (a.module !== b.module) return a.module < b.module ? -1 : 1;
  if (a.version !== b.version) {
    const c = compareModuleVersions(a.version, b.version);
    if (c !== 0) return c;
  }
  if (a.kind !== b.kind) return a.kind === 'zip' ? -1 : 1;
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

/**
 * Checks a go.sum file line by line: syntax (fields, conflict markers, hash
 * encoding, module path and version), the final newline, identical and
 * conflicting duplicates, zip lines without their /go.mod partner, and order.
 */
export function checkGoSum(file: GoSumFile, lineCount?: number): GoSumIssue[] {
  const issues: GoSumIssue[] = [];
  const good: GoSumLine[] = [];
  for (const l of file.lines) {
    const p = goSumLineSyntaxProblem(l);
    if (p) issues.push({ ...p, line: l.line });
    if (!p || p.kind === 'unknown-hash') good.push(l);
  }
  if (!file.endsWithNewline) {
    const last = lineCount ?? file.lines[file.lines.length - 1]?.line ?? 1;
    issues.push({ kind: 'missing-final-newline', line: last, message: 'the last line has no newline at the end' });
  }
  const seenLine = new Map<string, number>();
  const seenKey = new Map<string, GoSumLine>();
  for (const l of good) {
    const lineKey = goSumKey(l);
    const text = `${lineKey} ${l.hash}`;
    const first = seenLine.get(text);
    if (first !== undefined) {
      issues.push({ kind: 'duplicate-line', line: l.line, otherLine: first, message: `duplicate of line ${first}` });
      continue;
    }
    seenLine.set(text, l.line);
    const colon = l.hash.indexOf(':');
    const key = `${lineKey} ${colon < 0 ? l.hash : l.hash.slice(0, colon)}`;
    const other = seenKey.get(key);
    if (other) {
      issues.push({
        kind: 'conflicting-hash',
        line: l.line,
        otherLine: other.line,
        message: `${l.module}@${l.version}${l.kind === 'go.mod' ? '/go.mod' : ''} has two different hashes: ${other.hash} (line ${other.line}) and ${l.hash}; at most one can be right`
      });
    } else seenKey.set(key, l);
  }
  const hasGoMod = new Set(good.filter(l => l.kind === 'go.mod').map(l => `${l.module}@${l.version}`));
  const linesWithIssues = new Set(issues.map(i => i.line));
  for (const l of good) {
    if (l.kind === 'zip' && !hasGoMod.has(`${l.module}@${l.version}`) && !linesWithIssues.has(l.line)) {
      issues.push({ kind: 'missing-go-mod-hash', line: l.line, message: `${l.module}@${l.version} has a module hash but no /go.mod hash line` });
    }
  }
  for (let i = 1; i < good.length; i++) {
    if (compareGoSumLines(good[i - 1], good[i]) > 0) {
      issues.push({
        kind: 'non-canonical-order',
        line: good[i].line,
        message: `out of order: ${goSumKey(good[i])} should come before ${goSumKey(good[i - 1])} (line ${good[i - 1].line}), as the go command writes go.sum`
      });
      break; // One notice says the file needs rewriting; listing every line would drown the rest.
    }
  }
  return issues.sort((a, b) => a.line - b.line);
}
