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
  vocabulary: Set<string>;
  counts: Map<string, number>;
  /** Positions of each 3-word shingle in the first part of the text, for anchoring. */
  anchors: Map<string, number[]>;
}

const COPYRIGHT_LINE = /^\s*(copyright\b|\(c\)|©|all rights reserved)/i;

/** Words of a license text after SPDX-guideline normalisation. */
export function normaliseLicenseWords(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // Copyright notices differ per project and are not part of the license (guideline 8).
    .filter(l => !COPYRIGHT_LINE.test(l.replace(/^[\s#*/-]+/, '')));
  const words: string[] = [];
  for (const raw of lines.join('\n').toLowerCase().split(/\s+/)) {
    let w = raw
      .replace(/^https?:\/\//, '')
      .replace(/&/g, 'and')
      .replace(/[^a-z0-9]+/g, '');
    if (!w) continue;
    w = VARIETAL_WORDS.get(w) ?? w;
    words.push(w);
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

function loadTemplates(): LicenseTemplate[] {
  if (templates) return templates;
  const require = createRequire(import.meta.url);
  const full = require('spdx-license-list/full') as Record<string, { licenseText: string; name: string }>;
  templates = [];
  for (const [id, l] of Object.entries(full)) {
    if (typeof l.licenseText !== 'string' || !l.licenseText) continue;
    const words = normaliseLicenseWords(l.licenseText);
    if (words.length < 5) continue;
    templates.push(makeTemplate(id, words));
    // The list's texts carry appendices ("How to apply these terms...") that the
    // SPDX templates mark optional; most LICENSE files leave them out.
    const end = indexOfSequence(words, ['end', 'of', 'terms', 'and', 'conditions']);
    if (end > 0 && end + 5 < words.length) templates.push(makeTemplate(id, words.slice(0, end + 5)));
  }
  return templates;
}

function makeTemplate(id: string, words: string[]): LicenseTemplate {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { id, words, vocabulary: new Set(words), counts, anchors: shingles(words, Math.max(6, Math.ceil(words.length * 0.3))) };
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

/** LCS alignment of `lic` against `file[from, to)`: matched word count and matched span in the file. */
function align(lic: readonly string[], file: readonly string[], from: number, to: number): { lcs: number; first: number; last: number } {
  const n = lic.length;
  const m = to - from;
  if (m <= 0) return { lcs: 0, first: -1, last: -1 };
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    const a = lic[i - 1];
    const row = i * width;
    const prev = row - width;
    for (let j = 1; j <= m; j++) {
      table[row + j] = a === file[from + j - 1] ? table[prev + j - 1] + 1 : Math.max(table[prev + j], table[row + j - 1]);
    }
  }
  let i = n;
  let j = m;
  let first = -1;
  let last = -1;
  while (i > 0 && j > 0) {
    if (lic[i - 1] === file[from + j - 1]) {
      if (last < 0) last = from + j - 1;
      first = from + j - 1;
      i--;
      j--;
    } else if (table[(i - 1) * width + j] >= table[i * width + j - 1]) i--;
    else j--;
  }
  return { lcs: table[n * width + m], first, last };
}

function bestMatch(t: LicenseTemplate, file: readonly string[], fileCounts: Map<string, number>): LicenseMatch | undefined {
  // Cheap rejection: the multiset overlap bounds the alignment, so it bounds the similarity too.
  let overlap = 0;
  for (const [w, c] of t.counts) overlap += Math.min(c, fileCounts.get(w) ?? 0);
  if ((2 * overlap) / (t.words.length + overlap) < MIN_MATCH_SIMILARITY) return undefined;
  // Candidate start positions: where the license's opening shingles occur in the file (most votes first).
  const votes = new Map<number, number>();
  for (let k = 0; k + 3 <= file.length; k++) {
    const offsets = t.anchors.get(`${file[k]} ${file[k + 1]} ${file[k + 2]}`);
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
    const r = align(t.words, file, from, to);
    if (r.lcs === 0) continue;
    const span = r.last - r.first + 1;
    const similarity = (2 * r.lcs) / (t.words.length + span);
    if (!best || similarity > best.similarity) best = { id: t.id, similarity, start: r.first, end: r.last + 1, matchedWords: r.lcs };
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
  const candidates: LicenseMatch[] = [];
  for (const t of loadTemplates()) {
    // A license much longer than the file cannot be 90% present in it.
    if (t.words.length * MIN_MATCH_SIMILARITY > words.length * 1.15 + 8) continue;
    const m = bestMatch(t, words, counts);
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
