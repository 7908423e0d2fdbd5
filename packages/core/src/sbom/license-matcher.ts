import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * Offline license detection: license texts are normalised into words (after
 * the SPDX matching guidelines: case, punctuation, bullets, copyright lines,
 * varietal spellings) and aligned word by word against the SPDX license list
 * texts shipped in the npm `spdx-license-list` package.
 *
 * Thresholds follow pkgsite: every accepted match must be at least 90%
 * similar to its license text, and the accepted matches together must cover
 * at least 75% of the file's words. Anything less is NOASSERTION, never a
 * guess.
 */

export const MIN_MATCH_SIMILARITY = 0.9;
export const MIN_FILE_COVERAGE = 0.75;

export interface LicenseMatch {
  /** SPDX license id. */
  id: string;
  /** Dice similarity of the matched region and the license text, 0..1. */
  similarity: number;
  /** Matched word range in the normalised file: [start, end). */
  start: number;
  end: number;
  /** Words of the license text found, in order, in that range. */
  matchedWords: number;
}

export interface LicenseFileResult {
  /** Distinct license ids matched, in file order; empty when the file is not recognised. */
  ids: string[];
  matches: LicenseMatch[];
  /** Share of the file's words covered by accepted matches, 0..1. */
  coverage: number;
  /** True when the thresholds are met. */
  recognised: boolean;
  /** SHA-256 of the normalised text (the cache key). */
  textHash: string;
}

interface LicenseTemplate {
  id: string;
  words: string[];
  counts: Map<string, number>;
  /** Positions of each 3-word shingle in the first part of the text, for anchoring (built on first use). */
  anchors?: Map<string, number[]>;
}

/**
 * A copyright notice line: "Copyright (c) ...", "Copyright 2009 ...", "(c) 2020 ...",
 * "© ...", "All rights reserved". Not a wrapped license sentence that happens to
 * start with the word (Apache-2.0: "copyright notice that is included in ...").
 */
const COPYRIGHT_LINE = /^\s*(copyright\s*(\(c\)|©|\[?\d{4}|<year>|\[yyyy\]|\{yyyy\})|copyright\b.*\b(19|20)\d\d\b|\(c\)\s*((19|20)\d\d|<year>)|©|all rights reserved)/i;

/** Words of a license text after SPDX-guideline normalisation. */
export function normaliseLicenseWords(text: string): string[] {
  const kept: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    // Copyright notices differ per project and are not part of the license (guideline 8).
    if (!COPYRIGHT_LINE.test(line.replace(/^[\s#*/-]+/, ''))) kept.push(line);
  }
  const flat = kept
    .join('\n')
    .toLowerCase()
    .replace(/https?:\/\//g, '')
    .replace(/&/g, 'and')
    // Punctuation is dropped inside words ("as-is" → "asis"), as one pass over the whole text.
    .replace(/[^a-z0-9\s]+/g, '');
  const words: string[] = [];
  for (const w of flat.split(/\s+/)) {
    if (w) words.push(VARIETAL_WORDS.get(w) ?? w);
  }
  return words;
}

/** Equivalent spellings per the SPDX matching guidelines' varietal word list (the common ones). */
const VARIETAL_WORDS = new Map<string, string>([
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['licensor', 'licensor'],
  ['acknowledgment', 'acknowledgement'],
  ['analogue', 'analog'],
  ['authorisation', 'authorization'],
  ['authorised', 'authorized'],
  ['labelled', 'labeled'],
  ['licencing', 'licensing'],
  ['noncommercial', 'noncommercial'],
  ['organisation', 'organization'],
  ['sublicence', 'sublicense'],
  ['per cent', 'percent'],
  ['copyrightowner', 'copyrightholder']
]);

let templates: LicenseTemplate[] | undefined;
let commonTemplates: LicenseTemplate[] | undefined;

/**
 * The licenses most Go modules carry. A file these explain almost entirely
 * (every match ≥ 97% similar, ≥ 95% of the file covered) needs no comparison
 * with the other ~700 texts: near-variants (MIT-0, BSD-3-Clause-No-Nuclear...)
 * fall below those bars and go through the full list.
 */
const COMMON_LICENSES = ['Apache-2.0', 'MIT', 'BSD-3-Clause', 'BSD-2-Clause', 'ISC', 'MPL-2.0', 'Unlicense', '0BSD'];
const COMMON_SIMILARITY = 0.97;
const COMMON_COVERAGE = 0.95;

function licenseList(): Record<string, { licenseText: string; name: string }> {
  return createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string; name: string }>;
}

function templatesOf(id: string, text: string): LicenseTemplate[] {
  const words = normaliseLicenseWords(text);
  if (words.length < 5) return [];
  const out = [makeTemplate(id, words)];
  // The list's texts carry appendices ("How to apply these terms...") that the
  // SPDX templates mark optional; most LICENSE files leave them out.
  const end = indexOfSequence(words, ['end', 'of', 'terms', 'and', 'conditions']);
  if (end > 0 && end + 5 < words.length) out.push(makeTemplate(id, words.slice(0, end + 5)));
  return out;
}

function loadCommonTemplates(): LicenseTemplate[] {
  if (commonTemplates) return commonTemplates;
  const full = licenseList();
  commonTemplates = COMMON_LICENSES.flatMap(id => (full[id]?.licenseText ? templatesOf(id, full[id].licenseText) : []));
  return commonTemplates;
}

function loadTemplates(): LicenseTemplate[] {
  if (templates) return templates;
  templates = [];
  for (const [id, l] of Object.entries(licenseList())) {
    if (typeof l.licenseText === 'string' && l.licenseText) templates.push(...templatesOf(id, l.licenseText));
  }
  return templates;
}

function makeTemplate(id: string, words: string[]): LicenseTemplate {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { id, words, counts };
}

function indexOfSequence(words: readonly string[], seq: readonly string[]): number {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) continue outer;
    return i;
  }
  return -1;
}

function shingles(words: readonly string[], limit: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i + 3 <= Math.min(words.length, limit + 2); i++) {
    const key = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  }
  return out;
}

/**
 * Banded LCS alignment of `lic` against `file[from, to)`: license word i is
 * expected near window position i + center, and a match at or above 90%
 * similarity cannot drift further than the band, so cells outside it are
 * never computed. Returns the matched word count and the matched span.
 */
function align(lic: readonly string[], file: readonly string[], from: number, to: number, center: number): { lcs: number; first: number; last: number } {
  const n = lic.length;
  const m = to - from;
  if (m <= 0) return { lcs: 0, first: -1, last: -1 };
  const band = Math.ceil(n * 0.12) + 24;
  const width = 2 * band + 1;
  const table = new Uint16Array((n + 1) * width);
  // Column k of row i holds window position j = i + center - band + k.
  const at = (i: number, j: number): number => {
    if (i <= 0 || j <= 0) return 0;
    const k = j - (i + center - band);
    return k < 0 || k >= width ? 0 : table[i * width + k];
  };
  for (let i = 1; i <= n; i++) {
    const a = lic[i - 1];
    const lo = Math.max(1, i + center - band);
    const hi = Math.min(m, i + center + band);
    // Same column index k in the row above is (i-1, j-1); k+1 is (i-1, j); k-1 in this row is (i, j-1).
    const rowStart = i + center - band;
    const cur = i * width;
    const prev = cur - width;
    for (let j = lo; j <= hi; j++) {
      const k = j - rowStart;
      if (a === file[from + j - 1]) table[cur + k] = (i > 1 && j > 1 ? table[prev + k] : 0) + 1;
      else {
        const up = i > 1 && k + 1 < width ? table[prev + k + 1] : 0;
        const left = k > 0 && j > lo ? table[cur + k - 1] : 0;
        table[cur + k] = up > left ? up : left;
      }
    }
  }
  let i = n;
  let j = Math.min(m, n + center + band);
  const lcs = at(i, j);
  let first = -1;
  let last = -1;
  while (i > 0 && j > 0 && at(i, j) > 0) {
    if (lic[i - 1] === file[from + j - 1] && at(i, j) === at(i - 1, j - 1) + 1) {
      if (last < 0) last = from + j - 1;
      first = from + j - 1;
      i--;
      j--;
    } else if (at(i - 1, j) >= at(i, j - 1)) i--;
    else j--;
  }
  return { lcs, first, last };
}

function bestMatch(t: LicenseTemplate, file: readonly string[], fileCounts: Map<string, number>, fileShingles: readonly string[]): LicenseMatch | undefined {
  // Cheap rejection: the multiset overlap bounds the alignment, so it bounds the similarity too.
  let overlap = 0;
  for (const [w, c] of t.counts) overlap += Math.min(c, fileCounts.get(w) ?? 0);
  if ((2 * overlap) / (t.words.length + overlap) < MIN_MATCH_SIMILARITY) return undefined;
  // Candidate start positions: where the license's opening shingles occur in the file (most votes first).
  t.anchors ??= shingles(t.words, Math.max(6, Math.ceil(t.words.length * 0.3)));
  const votes = new Map<number, number>();
  for (let k = 0; k < fileShingles.length; k++) {
    const offsets = t.anchors.get(fileShingles[k]);
    if (!offsets) continue;
    for (const o of offsets) {
      const s = Math.max(0, Math.floor((k - o) / 16) * 16);
      votes.set(s, (votes.get(s) ?? 0) + 1);
    }
  }
  const starts = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 3).map(([s]) => s);
  if (starts.length === 0) starts.push(0);
  let best: LicenseMatch | undefined;
  const slack = Math.ceil(t.words.length * 0.15) + 16;
  for (const s of starts) {
    const from = Math.max(0, s - 16);
    const to = Math.min(file.length, s + t.words.length + slack);
    const r = align(t.words, file, from, to, s - from);
    if (r.lcs === 0) continue;
    const span = r.last - r.first + 1;
    const similarity = (2 * r.lcs) / (t.words.length + span);
    if (!best || similarity > best.similarity) best = { id: t.id, similarity, start: r.first, end: r.last + 1, matchedWords: r.lcs };
    if (best.similarity >= 0.98) break;
  }
  return best;
}

const cache = new Map<string, LicenseFileResult>();

/** Matches one license file's text against the SPDX license list. Results are cached by normalised text. */
export function matchLicenseText(text: string): LicenseFileResult {
  const words = normaliseLicenseWords(text);
  const textHash = createHash('sha256').update(words.join(' ')).digest('hex');
  const cached = cache.get(textHash);
  if (cached) return cached;
  const result = matchWords(words, textHash);
  cache.set(textHash, result);
  return result;
}

function matchWords(words: string[], textHash: string): LicenseFileResult {
  if (words.length === 0) return { ids: [], matches: [], coverage: 0, recognised: false, textHash };
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = selectMatches(words, textHash, counts, loadCommonTemplates());
  if (common.recognised && common.coverage >= COMMON_COVERAGE && common.matches.every(m => m.similarity >= COMMON_SIMILARITY)) return common;
  return selectMatches(words, textHash, counts, loadTemplates());
}

function selectMatches(words: string[], textHash: string, counts: Map<string, number>, pool: readonly LicenseTemplate[]): LicenseFileResult {
  const candidates: LicenseMatch[] = [];
  const fileShingles: string[] = [];
  for (let k = 0; k + 3 <= words.length; k++) fileShingles.push(`${words[k]} ${words[k + 1]} ${words[k + 2]}`);
  for (const t of pool) {
    // A license much longer than the file cannot be 90% present in it.
    if (t.words.length * MIN_MATCH_SIMILARITY > words.length * 1.15 + 8) continue;
    const m = bestMatch(t, words, counts, fileShingles);
    if (m && m.similarity >= MIN_MATCH_SIMILARITY) candidates.push(m);
  }
  // Greedy: the most similar match wins its region; longer texts break ties (more specific).
  // The match explaining the most of the file wins its region (so full Apache-2.0
  // beats a shorter derived license that matches only part of it), weighed by
  // similarity (so BSD-2-Clause beats a variant with extra clauses the file lacks).
  const weight = (m: LicenseMatch) => m.similarity * m.matchedWords;
  candidates.sort((a, b) => weight(b) - weight(a) || b.similarity - a.similarity || a.id.localeCompare(b.id));
  const accepted: LicenseMatch[] = [];
  for (const c of candidates) {
    if (accepted.some(a => a.id === c.id && a.start === c.start)) continue;
    const overlaps = accepted.some(a => Math.min(a.end, c.end) - Math.max(a.start, c.start) > 0.2 * (c.end - c.start));
    if (!overlaps) accepted.push(c);
  }
  accepted.sort((a, b) => a.start - b.start);
  const covered = accepted.reduce((sum, m) => sum + (m.end - m.start), 0);
  const coverage = covered / words.length;
  const recognised = accepted.length > 0 && coverage >= MIN_FILE_COVERAGE;
  const ids = recognised ? [...new Set(accepted.map(m => m.id))] : [];
  return { ids, matches: accepted, coverage, recognised, textHash };
}

/** File names that hold a module's license, as pkgsite recognises them (compared case-insensitively). */
export const LICENSE_FILE_NAMES: readonly string[] = [
  'COPYING', 'COPYING.md', 'COPYING.markdown', 'COPYING.txt',
  'LICENCE', 'LICENCE.md', 'LICENCE.markdown', 'LICENCE.txt',
  'LICENSE', 'LICENSE.md', 'LICENSE.markdown', 'LICENSE.txt',
  'LICENSE-2.0.txt', 'LICENCE-2.0.txt', 'LICENSE-APACHE', 'LICENCE-APACHE',
  'LICENSE-APACHE-2.0.txt', 'LICENCE-APACHE-2.0.txt', 'LICENSE-MIT', 'LICENCE-MIT',
  'LICENSE.MIT', 'LICENCE.MIT', 'LICENSE.code', 'LICENCE.code', 'LICENSE.docs', 'LICENCE.docs',
  'LICENSE.rst', 'LICENCE.rst', 'MIT-LICENSE', 'MIT-LICENCE', 'MIT-LICENSE.md', 'MIT-LICENCE.md',
  'MIT-LICENSE.markdown', 'MIT-LICENCE.markdown', 'MIT-LICENSE.txt', 'MIT-LICENCE.txt',
  'MIT_LICENSE', 'MIT_LICENCE', 'UNLICENSE', 'UNLICENCE'
];

const LICENSE_NAME_SET = new Set(LICENSE_FILE_NAMES.map(n => n.toLowerCase()));

export function isLicenseFileName(name: string): boolean {
  return LICENSE_NAME_SET.has(name.toLowerCase());
}

/** Joins distinct license ids into one SPDX expression (AND), in a stable order. */
export function joinLicenseIds(ids: readonly string[]): string {
  const distinct = [...new Set(ids)].sort();
  return distinct.join(' AND ');
}
