/**
 * Differential fuzzing of coverage-gate's coverprofile parser against
 * golang.org/x/tools/cover (see xtools-cover-oracle.ts): a seeded generator
 * of profiles that mixes real-looking -coverpkg output with the inputs where
 * the two once disagreed, the gate's own verdict in the oracle's terms, and
 * the comparison, with the documented deliberate differences applied.
 * Used by actions/coverage-gate/test/coverage-profile-fuzz.test.ts (fixed seeds,
 * bounded) and `npm run fuzz` (scripts/fuzz-coverprofile.ts, longer).
 */
import { parseCoverProfiles, statementTotals } from '../../actions/coverage-gate/src/coverage/index.js';
import type { OracleAnswer } from './xtools-cover-oracle.js';

/** mulberry32: small, fast, and a failing seed replays. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The classes of input the generator mixes in; a case records which it used. */
export type FuzzClass =
  | 'same-start'
  | 'unknown-mode'
  | 'huge-int'
  | 'minus-zero'
  | 'plus-sign'
  | 'leading-zeros'
  | 'long-line'
  | 'crlf'
  | 'missing-mode'
  | 'repeated-mode'
  | 'odd-name'
  | 'empty'
  | 'numstmt-conflict'
  | 'junk'
  | 'count-overflow';

export interface FuzzCase {
  seed: number;
  bytes: Buffer;
  classes: Set<FuzzClass>;
}

const NAMES = [
  'example.com/m/p/a.go',
  'example.com/m/p/b.go',
  'example.com/m/v2/q/c.go',
  'C:/work/m/d.go',
  'dir with spaces/e f.go',
  'a:b:c.go',
  'x.go:1.1,2.2 3 4',
  'mode: x.go',
  'mode:y.go',
  'ünïcödé/ĝ.go',
  'tab\there.go',
  ' lead.go'
];
/** Names that are not valid UTF-8 (x/tools keeps the bytes; two of them must stay two files). */
const BYTE_NAMES = [Buffer.from([0x61, 0xff, 0x2e, 0x67, 0x6f]), Buffer.from([0x61, 0xfe, 0x2e, 0x67, 0x6f]), Buffer.from([0xc3, 0x28, 0x2e, 0x67, 0x6f])];
const MODES_OK = ['set', 'count', 'atomic'];
const MODES_ODD = ['foo', 'set ', ' set', 'SET', 'count\t', 'atomic atomic', 'ßet', 'set\u0000'];
const HUGE = [
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '18014398509481985',
  '4611686018427387904',
  '9223372036854775806',
  '9223372036854775807',
  '9223372036854775808',
  '18446744073709551615',
  '99999999999999999999',
  '-9223372036854775808',
  '-9223372036854775809'
];
const JUNK_NUMBERS = ['', '1_0', '0x1', ' 1', '1 ', '１', '1.0', '+', '-', '+-1', '--0', '++1', '١'];
const MAX_LINE = 65535;

/** One generated profile. */
export function generateCase(seed: number): FuzzCase {
  const rnd = prng(seed);
  const classes = new Set<FuzzClass>();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const parts: Buffer[] = [];
  const eolKind = rnd();
  const eol = () => {
    if (eolKind < 0.75) return '\n';
    classes.add('crlf');
    return eolKind < 0.9 ? '\r\n' : chance(0.5) ? '\r\n' : '\n';
  };

  if (chance(0.02)) {
    classes.add('empty');
    return { seed, bytes: Buffer.alloc(0), classes };
  }
  let mode = pick(MODES_OK);
  if (chance(0.12)) {
    mode = pick(MODES_ODD);
    classes.add('unknown-mode');
  }
  let modeLine = `mode: ${mode}`;
  if (chance(0.03)) {
    classes.add('missing-mode');
    modeLine = pick(['', 'mode:', 'mode: ', 'mode:set', 'Mode: set', '\ufeffmode: set', 'example.com/m/p/a.go:1.1,2.2 1 1']);
  }
  parts.push(Buffer.from(modeLine));
  if (chance(0.05)) {
    // Only the mode line, perhaps without its newline.
    if (chance(0.5)) parts.push(Buffer.from(eol()));
    return { seed, bytes: Buffer.concat(parts), classes };
  }
  parts.push(Buffer.from(eol()));

  // The files and their distinct blocks.
  const fileCount = 1 + Math.floor(rnd() * 4);
  const files: Buffer[] = [];
  for (let f = 0; f < fileCount; f++) {
    if (chance(0.15)) {
      classes.add('odd-name');
      files.push(chance(0.3) ? pick(BYTE_NAMES) : Buffer.from(pick(NAMES.slice(3))));
    } else files.push(Buffer.from(pick(NAMES.slice(0, 3))));
  }
  interface Shape {
    file: number;
    sl: number;
    sc: number;
    el: number;
    ec: number;
    n: number;
  }
  const shapes: Shape[] = [];
  const sameStartRate = chance(0.4) ? 0.3 : 0;
  for (let f = 0; f < fileCount; f++) {
    const blocks = 1 + Math.floor(rnd() * 10);
    let line = 1 + Math.floor(rnd() * 3);
    for (let b = 0; b < blocks; b++) {
      if (shapes.length > 0 && shapes[shapes.length - 1].file === f && chance(sameStartRate)) {
        // Same start, different end (different builds of the file, hand-merged profiles).
        const prev = shapes[shapes.length - 1];
        classes.add('same-start');
        shapes.push({
          file: f,
          sl: prev.sl,
          sc: prev.sc,
          el: prev.el + Math.floor(rnd() * 3),
          ec: prev.ec + 1 + Math.floor(rnd() * 4),
          n: chance(0.5) ? prev.n : 1 + Math.floor(rnd() * 4)
        });
        continue;
      }
      const sl = line;
      const el = sl + Math.floor(rnd() * 3);
      shapes.push({ file: f, sl, sc: 1 + Math.floor(rnd() * 30), el, ec: 1 + Math.floor(rnd() * 30), n: Math.floor(rnd() * 5) });
      line = el + 1 + Math.floor(rnd() * 2);
    }
  }

  // The lines: each block once per copy (as -coverpkg writes them), copies in
  // file order or shuffled, counts mostly 0.
  const copies = 1 + Math.floor(rnd() * 4);
  const conflictRate = chance(0.15) ? 0.05 : 0;
  const lines: string[][] = [];
  // Half the cases keep every number plain; the rest alter a few.
  const rate = chance(0.5) ? 0 : pick([0.01, 0.03, 0.1]);
  const numberText = (v: number, field: 'pos' | 'n' | 'count'): string => {
    if (field === 'count' && mode !== 'set' && chance(rate)) {
      // Sums past 2^63 wrap in x/tools' int.
      classes.add('count-overflow');
      return pick(['4611686018427387904', '9223372036854775807', '4611686018427387903']);
    }
    if (!chance(rate)) return String(v);
    switch (Math.floor(rnd() * 7)) {
      case 0:
        classes.add('minus-zero');
        return pick(['-0', '-00', '-000']);
      case 1:
        classes.add('plus-sign');
        return pick([`+${v}`, '+0', '+00']);
      case 2:
        classes.add('leading-zeros');
        return `${'0'.repeat(1 + Math.floor(rnd() * 3))}${v}`;
      case 3:
      case 4:
        classes.add('huge-int');
        return pick(HUGE);
      case 5:
        classes.add('junk');
        return pick(JUNK_NUMBERS);
      default:
        classes.add('junk');
        return `-${1 + Math.floor(rnd() * 9)}`;
    }
  };
  for (let c = 0; c < copies; c++) {
    const order = [...shapes.keys()];
    if (chance(0.3)) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    for (const k of order) {
      const s = shapes[k];
      let n = s.n;
      if (c > 0 && chance(conflictRate)) {
        classes.add('numstmt-conflict');
        n += 1;
      }
      const count = chance(0.6) ? 0 : mode === 'set' ? (chance(0.8) ? 1 : 1 + Math.floor(rnd() * 6)) : 1 + Math.floor(rnd() * 50);
      lines.push([
        files[s.file].toString('latin1'),
        `:${numberText(s.sl, 'pos')}.${numberText(s.sc, 'pos')},${numberText(s.el, 'pos')}.${numberText(s.ec, 'pos')} ${numberText(n, 'n')} ${numberText(count, 'count')}`
      ]);
    }
    if (chance(0.08)) {
      classes.add('repeated-mode');
      lines.push([chance(0.7) ? modeLine : `mode: ${pick([...MODES_OK, ...MODES_ODD])}`, '']);
    }
  }
  if (chance(0.02)) {
    classes.add('junk');
    lines.splice(
      Math.floor(rnd() * (lines.length + 1)),
      0,
      pick([[''], ['   '], ['garbage'], ['a.go:1.1,2.2 1'], ['a.go:1.1,2.2 1 1 1']]).concat(['']) as string[]
    );
  }
  for (const [name, rest] of lines) {
    parts.push(Buffer.from(name, 'latin1'), Buffer.from(rest), Buffer.from(eol()));
  }
  if (chance(0.04)) {
    // A line near the bufio.Scanner limit: 64 KiB including a \r, not the \n.
    classes.add('long-line');
    const crlf = chance(0.4);
    const len = MAX_LINE + pick([-2, -1, 0, 0, 1, 2]);
    const tail = `:1.1,1.5 1 1${crlf ? '\r' : ''}`;
    parts.push(Buffer.from('p/' + 'x'.repeat(len - tail.length - 2) + tail), Buffer.from(chance(0.8) ? '\n' : ''));
  }
  let bytes = Buffer.concat(parts);
  if (bytes.length > 0 && chance(0.2)) {
    // No newline after the last line.
    const end = bytes[bytes.length - 1] === 0x0a ? (bytes.length > 1 && bytes[bytes.length - 2] === 0x0d ? bytes.length - 2 : bytes.length - 1) : bytes.length;
    bytes = bytes.subarray(0, end);
  }
  return { seed, bytes, classes };
}

/** The gate's verdict on one profile, in the oracle's terms. */
export function gateAnswer(bytes: Buffer): OracleAnswer {
  let profile;
  try {
    profile = parseProfileBytes(bytes);
  } catch (err) {
    if (!(err instanceof Error) || err.name !== 'CoverProfileError') throw err;
    return { ok: false, err: err.message };
  }
  const files = profile.files.map(f => {
    const t = statementTotals({ ...profile, files: [f] });
    return { name: Buffer.from(f.fileName, 'utf8').toString('hex'), covered: String(t.covered), total: String(t.total) };
  });
  const t = statementTotals(profile);
  return { ok: true, mode: profile.mode, files, covered: String(t.covered), total: String(t.total) };
}

function parseProfileBytes(bytes: Buffer) {
  return parseCoverProfiles([{ name: 'fuzz.out', text: bytes }]);
}

/** Decimal strings above 2^53 - 1. */
function unsafe(n: string | undefined): boolean {
  return n !== undefined && BigInt(n) > BigInt(Number.MAX_SAFE_INTEGER);
}

/**
 * Why the gate and x/tools disagree on a case, or undefined when they agree.
 * The documented deliberate differences (actions/coverage-gate/README.md,
 * "Profile format") are applied to the oracle's answer first:
 * - an empty profile (zero bytes) is an error, not zero files;
 * - statement totals above 2^53 are an error, not a number.
 * (The third, repeated mode lines, is applied by the oracle program itself.)
 */
export function difference(bytes: Buffer, gate: OracleAnswer, oracle: OracleAnswer): string | undefined {
  let want = oracle;
  if (bytes.length === 0) want = { ok: false, err: 'empty profile' };
  else if (oracle.ok && (unsafe(oracle.total) || (oracle.files ?? []).some(f => unsafe(f.total)))) want = { ok: false, err: 'statement total above 2^53' };
  if (gate.ok !== want.ok) return gate.ok ? `gate accepts, x/tools rejects: ${want.err}` : `gate rejects (${gate.err}), x/tools accepts`;
  if (!gate.ok) return undefined;
  const key = (f: { name: string; covered: string; total: string }) => `${Buffer.from(f.name, 'hex').toString('utf8')}\u0000${f.covered}/${f.total}`;
  const g = (gate.files ?? []).map(key).sort();
  const o = (want.files ?? []).map(key).sort();
  if (gate.covered !== want.covered || gate.total !== want.total || g.join('\n') !== o.join('\n')) {
    return `totals differ: gate ${gate.covered}/${gate.total} [${g.join(' | ')}], x/tools ${want.covered}/${want.total} [${o.join(' | ')}]`;
  }
  return undefined;
}

export interface FuzzRun {
  cases: number;
  accepted: number;
  rejected: number;
  byClass: Map<FuzzClass, number>;
  failures: { seed: number; why: string }[];
}

/** Generates seeds [from, to), asks both sides, and tallies. */
export async function fuzzRange(judge: (profiles: Buffer[]) => Promise<OracleAnswer[]>, from: number, to: number, run?: FuzzRun): Promise<FuzzRun> {
  const r: FuzzRun = run ?? { cases: 0, accepted: 0, rejected: 0, byClass: new Map(), failures: [] };
  const cases: FuzzCase[] = [];
  for (let seed = from; seed < to; seed++) cases.push(generateCase(seed));
  const answers = await judge(cases.map(c => c.bytes));
  for (const [k, c] of cases.entries()) {
    const why = difference(c.bytes, gateAnswer(c.bytes), answers[k]);
    r.cases++;
    if (answers[k].ok) r.accepted++;
    else r.rejected++;
    for (const cls of c.classes) r.byClass.set(cls, (r.byClass.get(cls) ?? 0) + 1);
    if (why) r.failures.push({ seed: c.seed, why });
  }
  return r;
}
