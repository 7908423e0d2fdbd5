// Differential fuzzing of go.sum parsing: generated go.sum files, judged by sum-audit's own reading
// of the file and by the real go command. Go refuses a go.sum over its first line that does not
// split (strings.Fields) into three fields: "malformed go.sum:\n<file>:<line>: wrong number of
// fields N". Both must agree on accept/reject, the line and N. Used by the bounded test in
// `npm test` and by `npm run fuzz:gosum` (more cases).
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileFindings, loadSumFile } from '../../actions/sum-audit/src/sum-files.js';
import { createGoSandbox, type GoSandbox } from '../harness/go-sandbox.js';

/** What one side decided about a go.sum: accepted, or refused at a line with N fields. */
export interface Verdict {
  refused: boolean;
  line?: number;
  fields?: number;
}

export interface FuzzCase {
  index: number;
  bytes: Buffer;
}

export interface Disagreement {
  index: number;
  /** The case as a JSON string (bytes as latin1 escapes would hide invalid UTF-8: this is hex). */
  hex: string;
  text: string;
  gate: Verdict;
  go: Verdict;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  refusedByGo: number;
  acceptedByGo: number;
  disagreements: Disagreement[];
  ms: number;
}

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Go's unicode.IsSpace, every one of them (strings.Fields splits on these).
const GO_SPACES = [
  '\t',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000'
];
// Look like space to someone (JavaScript's \s or trim(), Python, Unicode Zs history) and are not to Go.
const NOT_GO_SPACES = ['\ufeff', '\u180e', '\u200b', '\u200c', '\u2060', '\u00ad', '\u0000', '\u001c', '\u001d', '\u001e', '\u001f', '\u3164', '\ufffd'];
// Invalid UTF-8: each byte decodes to U+FFFD in Go; a decoder that resynchronised differently could eat a space.
const INVALID_UTF8 = [
  [0x85],
  [0xa0],
  [0xc2],
  [0xe2, 0x80],
  [0xe1, 0x9a],
  [0xe3, 0x80],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xa0],
  [0xc1, 0x85],
  [0xff],
  [0xfe],
  [0xf0, 0x9f, 0x98],
  [0xe2, 0x80, 0x20]
].map(b => Buffer.from(b));

const MODULES = ['example.com/a', 'golang.org/x/text', 'github.com/Foo/bar/v2', 'gopkg.in/yaml.v3', 'example.com/with~tilde', 'x'];
const CONFLICT_MARKERS = ['<<<<<<<', '=======', '>>>>>>>', '|||||||'];
const VERSIONS = ['v1.0.0', 'v0.0.0-20240102030405-abcdefabcdef', 'v2.3.4+incompatible', 'v1.2', 'HEAD', 'v1.0.0/go.mod', 'v1.0.0/go.mod/go.mod'];
const HASHES = [
  `h1:${Buffer.alloc(32, 1).toString('base64')}`,
  `h1:${Buffer.alloc(32, 2).toString('base64')}`,
  'h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=',
  'h1:short',
  'sha256:abcd',
  'h12:x=',
  'garbage'
];

type Part = string | Buffer;

/** One generated go.sum file: mostly well-formed lines, damaged in the ways that make parsers disagree. */
export function generateGoSum(rand: () => number): Buffer {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number) => rand() < p;
  const sep = (): Part[] => {
    if (chance(0.7)) return [' '];
    const n = 1 + Math.floor(rand() * 3);
    return Array.from({ length: n }, () => pick(GO_SPACES));
  };
  const oddity = (): Part => (chance(0.5) ? pick(NOT_GO_SPACES) : pick(INVALID_UTF8));
  const token = (pool: readonly string[]): Part[] => {
    const t: Part[] = [pick(pool)];
    if (chance(0.12)) t.splice(chance(0.5) ? 0 : 1, 0, oddity()); // glued to the token: still one field
    return t;
  };
  const parts: Part[] = [];
  if (chance(0.15)) parts.push('\ufeff');
  const lines = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < lines; i++) {
    const fields: Part[][] = [token(chance(0.08) ? CONFLICT_MARKERS : MODULES), token(VERSIONS), token(HASHES)];
    const r = rand();
    if (r < 0.08) fields.pop();
    else if (r < 0.12) fields.push(token(HASHES));
    else if (r < 0.15) fields.splice(0, 2);
    else if (r < 0.2) fields.length = 0; // blank, or only spaces and oddities
    const line: Part[] = [];
    if (chance(0.15)) line.push(...sep());
    fields.forEach((f, k) => {
      if (k > 0) line.push(...(chance(0.06) ? [oddity()] : sep())); // an oddity instead of a separator glues two fields
      line.push(...f);
    });
    if (fields.length === 0 && chance(0.5)) line.push(...(chance(0.5) ? sep() : [oddity()]));
    if (chance(0.15)) line.push(...sep());
    parts.push(...line);
    const last = i === lines - 1;
    if (!last || chance(0.8)) parts.push(chance(0.1) ? '\r\n' : '\n');
  }
  return Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** sum-audit's verdict: its first finding that says the go command refuses the file. */
export async function gateVerdict(file: string, workspace: string): Promise<Verdict> {
  const f = await loadSumFile(file, workspace, 'example.com/fuzz', workspace);
  if (!f) throw new Error(`could not read ${file}`);
  const refused = fileFindings(f).issues.find(i => i.refusedByGo);
  if (!refused) return { refused: false };
  return { refused: true, line: refused.line, fields: f.parsed.lines.find(l => l.line === refused.line)?.fieldCount };
}

const MALFORMED_RE = /malformed go\.sum:\n.*:(\d+): wrong number of fields (\d+)/;

/** The go command's verdict: `go mod verify` in a module that requires a fixture module, so go reads go.sum. */
export async function goVerdict(sandbox: GoSandbox, workspace: string): Promise<Verdict> {
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn('go', ['mod', 'verify'], {
      cwd: workspace,
      env: { ...process.env, ...sandbox.env, GOFLAGS: '-mod=mod -modcacherw' },
      stdio: ['ignore', 'ignore', 'pipe']
    });
    let err = '';
    child.stderr.on('data', c => (err += c));
    child.on('error', reject);
    child.on('close', c => resolve({ code: c, stderr: err }));
  });
  const m = MALFORMED_RE.exec(stderr);
  if (m) return { refused: true, line: Number(m[1]), fields: Number(m[2]) };
  // Accepted by the parser; go may still fail on a line it read (a hash for the required module).
  if (code !== 0 && !/checksum mismatch/.test(stderr)) throw new Error(`the go oracle failed for another reason (${code}): ${stderr}`);
  return { refused: false };
}

/** A module that requires example.com/greet (from the fixture proxy): any go command that loads it reads go.sum. */
async function oracleWorkspace(sandbox: GoSandbox): Promise<string> {
  const ws = await sandbox.emptyWorkspace();
  await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/fuzz\n\ngo 1.21\n\nrequire example.com/greet v1.0.0\n');
  return ws;
}

const same = (a: Verdict, b: Verdict) => a.refused === b.refused && a.line === b.line && a.fields === b.fields;

/** Runs `cases` generated files from `seed` (and any `extra` files first) through both sides. */
export async function fuzzGoSum(opts: {
  seed: number;
  cases: number;
  concurrency?: number;
  extra?: Buffer[];
  /** Stop starting generated cases after this long (they run in seed order: a shorter run is a prefix). */
  budgetMs?: number;
  onProgress?: (done: number) => void;
}): Promise<FuzzReport> {
  const started = Date.now();
  const sandbox = await createGoSandbox();
  try {
    const rand = rng(opts.seed);
    const inputs: Buffer[] = [...(opts.extra ?? []), ...Array.from({ length: opts.cases }, () => generateGoSum(rand))];
    const report: FuzzReport = { seed: opts.seed, cases: 0, refusedByGo: 0, acceptedByGo: 0, disagreements: [], ms: 0 };
    // Warm the module cache once, so every case only parses.
    const warm = await oracleWorkspace(sandbox);
    await goVerdict(sandbox, warm);
    const extraCount = opts.extra?.length ?? 0; // the given cases always run
    const deadline = opts.budgetMs === undefined ? Infinity : Date.now() + opts.budgetMs;
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      const ws = await oracleWorkspace(sandbox);
      const file = path.join(ws, 'go.sum');
      for (let i = next++; i < inputs.length && (i < extraCount || Date.now() < deadline); i = next++) {
        report.cases++;
        await fs.writeFile(file, inputs[i]);
        const gate = await gateVerdict(file, ws);
        const go = await goVerdict(sandbox, ws);
        if (go.refused) report.refusedByGo++;
        else report.acceptedByGo++;
        if (!same(gate, go))
          report.disagreements.push({ index: i, hex: inputs[i].toString('hex'), text: JSON.stringify(inputs[i].toString('utf8')), gate, go });
        opts.onProgress?.(++done);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 2 }, worker));
    report.ms = Date.now() - started;
    return report;
  } finally {
    await sandbox.cleanup();
  }
}
