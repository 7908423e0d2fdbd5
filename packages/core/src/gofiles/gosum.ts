import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

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
  problem?: string;
}

export function parseGoSumLine(raw: string, line: number): GoSumLine {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const fields = text.trim().split(/\s+/).filter(Boolean);
  const base: GoSumLine = { line, raw: text, module: '', version: '', kind: 'zip', hash: '' };
  if (/^(<<<<<<<|=======|>>>>>>>|\|\|\|\|\|\|\|)( |$)/.test(text)) {
    return { ...base, problem: 'merge-conflict marker' };
  }
  if (fields.length !== 3) return { ...base, problem: `expected 3 fields, found ${fields.length}` };
  const [module, versionField, hash] = fields;
  const kind = versionField.endsWith('/go.mod') ? 'go.mod' : 'zip';
  const version = kind === 'go.mod' ? versionField.slice(0, -'/go.mod'.length) : versionField;
  return { line, raw: text, module, version, kind, hash };
}

export interface GoSumFile {
  lines: GoSumLine[];
  /** False when the last line has no trailing newline (and the file is not empty). */
  endsWithNewline: boolean;
}

/** Parses go.sum text; blank lines are skipped (the go command skips them too). */
export function parseGoSum(text: string): GoSumFile {
  const rows = text.split('\n');
  const endsWithNewline = text === '' || text.endsWith('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  const lines: GoSumLine[] = [];
  rows.forEach((raw, i) => {
    if (raw.trim() === '') return;
    lines.push(parseGoSumLine(raw, i + 1));
  });
  return { lines, endsWithNewline };
}

/** Streams a go.sum file line by line (large workspaces' go.work.sum can be big). */
export async function* readGoSum(file: string): AsyncGenerator<GoSumLine> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    if (raw.trim() === '') continue;
    yield parseGoSumLine(raw, n);
  }
}

/** Key identifying a go.sum entry: `module version[/go.mod]`. */
export function goSumKey(l: Pick<GoSumLine, 'module' | 'version' | 'kind'>): string {
  return `${l.module} ${l.version}${l.kind === 'go.mod' ? '/go.mod' : ''}`;
}
