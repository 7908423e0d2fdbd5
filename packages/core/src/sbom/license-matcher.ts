import { createHash } from 'node:crypto';
import { commonLicenseTexts, spdxLicenseTexts, toVocabularyIndices, UNKNOWN_WORD, type LicenseText } from './license-data.js';
import { normaliseLicenseWords } from './license-words.js';
import { compareText } from '../util/compare-text.js';

export { normaliseLicenseWords };

/**
 * Offline license detection: license texts are normalised into words (after
 * the SPDX matching guidelines: case, punctuation, bullets, copyright lines,
 * varietal spellings) and aligned word by word against the SPDX license list
 * texts of the npm `spdx-license-list` package, which license-data.generated.ts
 * holds already normalised. Words are compared as vocabulary indices.
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

/** A license text to match against, as vocabulary indices. */
interface LicenseTemplate {
  id: string;
  words: Uint16Array;
  /** The distinct words of the text and how often each occurs (parallel arrays). */
  distinct: Uint16Array;
  counts: Uint32Array;
  /** Positions of each 3-word shingle in the first part of the text, for anchoring (built on first use). */
  anchors?: Map<number, number[]>;
  /**
   * The first template with exactly these words, when this is not it: the list holds
   * some texts under several ids (GPL-3.0, GPL-3.0-only, GPL-3.0-or-later, ...), and
   * such a text is aligned once per file.
   */
  sameWords?: LicenseTemplate;
}

/**
 * A file the common licenses (license-data-generator's COMMON_LICENSES) explain almost entirely
 * (every match ≥ 97% similar, ≥ 95% of the file covered) needs no comparison with the other ~700
 * texts: near-variants (MIT-0, BSD-3-Clause-No-Nuclear...) fall below those bars and go through the full list.
 */
const COMMON_SIMILARITY = 0.97;
const COMMON_COVERAGE = 0.95;

/** Word counts are kept in arrays indexed by vocabulary index (UNKNOWN_WORD is the largest). */
const VOCABULARY_SLOTS = UNKNOWN_WORD + 1;

/** Templates per license id, built once and shared by the common and the full pool. */
const templatesById = new Map<string, LicenseTemplate[]>();
let commonTemplates: LicenseTemplate[] | undefined;
let allTemplates: LicenseTemplate[] | undefined;
let endOfTerms: Uint16Array | undefined;

/**
 * The standard notices some licenses ask to be put in each file ("Licensed under
 * the Apache License, Version 2.0 ..."), which many modules use as their whole
 * LICENSE file. licensecheck recognises them as the license itself, and so do we:
 * each is cut out of the license's own SPDX text, from its first words to its
 * last ones, so no license wording is written here by hand.
 */
const LICENSE_NOTICES: Record<string, { first: string; last: string }> = {
  'Apache-2.0': { first: 'licensed under the apache license version 20', last: 'limitations under the license' },
  'MPL-2.0': { first: 'this source code form is subject to the terms of the mozilla public license', last: 'you can obtain one at mozillaorgmpl20' }
};

function templatesOf(text: LicenseText): LicenseTemplate[] {
  let out = templatesById.get(text.id);
  if (out) return out;
  out = [];
  const words = text.words;
  if (words.length >= 5) {
    out.push(makeTemplate(text.id, words));
    // The list's texts carry appendices ("How to apply these terms...") that the
    // SPDX templates mark optional; most LICENSE files leave them out.
    endOfTerms ??= toVocabularyIndices(['end', 'of', 'terms', 'and', 'conditions']);
    const end = indexOfSequence(words, endOfTerms);
    if (end > 0 && end + 5 < words.length) out.push(makeTemplate(text.id, words.subarray(0, end + 5)));
    const notice = LICENSE_NOTICES[text.id];
    if (notice) {
      const first = indexOfSequence(words, toVocabularyIndices(notice.first.split(' ')));
      const lastWords = toVocabularyIndices(notice.last.split(' '));
      const last = first < 0 ? -1 : indexOfSequence(words, lastWords, first);
      // A list update that rewords the notice must not silently drop it.
      if (last < 0) throw new Error(`the SPDX text of ${text.id} no longer holds its standard notice: update LICENSE_NOTICES`);
      out.push(makeTemplate(text.id, words.subarray(first, last + lastWords.length)));
    }
  }
  templatesById.set(text.id, out);
  return out;
}

function loadCommonTemplates(): LicenseTemplate[] {
  if (commonTemplates) return commonTemplates;
  commonTemplates = commonLicenseTexts().flatMap(text => (text.words.length ? templatesOf(text) : []));
  return commonTemplates;
}

function loadTemplates(): LicenseTemplate[] {
  if (allTemplates) return allTemplates;
  allTemplates = spdxLicenseTexts().flatMap(text => (text.words.length ? templatesOf(text) : []));
  const byWords = new Map<string, LicenseTemplate>();
  for (const t of allTemplates) {
    const key = createHash('sha256')
      .update(new Uint8Array(t.words.buffer, t.words.byteOffset, t.words.byteLength))
      .digest('base64');
    const first = byWords.get(key);
    if (first) t.sameWords = first;
    else byWords.set(key, t);
  }
  return allTemplates;
}

/** Word counts of the template being made, indexed by word (zeroed again after each). */
const templateCounts = new Uint32Array(VOCABULARY_SLOTS);

function makeTemplate(id: string, words: Uint16Array): LicenseTemplate {
  // Distinct words in order of first occurrence, with their counts.
  const order: number[] = [];
  for (const w of words) if (templateCounts[w]++ === 0) order.push(w);
  const distinct = Uint16Array.from(order);
  const counts = new Uint32Array(distinct.length);
  for (let i = 0; i < distinct.length; i++) {
    counts[i] = templateCounts[distinct[i]];
    templateCounts[distinct[i]] = 0;
  }
  return { id, words, distinct, counts };
}

function indexOfSequence(words: Uint16Array, seq: Uint16Array, from = 0): number {
  outer: for (let i = from; i + seq.length <= words.length; i++) {
    for (let k = 0; k < seq.length; k++) if (words[i + k] !== seq[k]) continue outer;
    return i;
  }
  return -1;
}

/** A 3-word shingle as one number (three 16-bit indices). */
function shingleAt(words: Uint16Array, i: number): number {
  return (words[i] * 0x10000 + words[i + 1]) * 0x10000 + words[i + 2];
}

function shingles(words: Uint16Array, limit: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i + 3 <= Math.min(words.length, limit + 2); i++) {
    const key = shingleAt(words, i);
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  }
  return out;
}

/** One table for every alignment (a file needs hundreds, of up to a few MB each), zeroed for each use. */
let sharedTable = new Uint16Array(0);

function alignmentTable(size: number): Uint16Array {
  if (sharedTable.length < size) sharedTable = new Uint16Array(Math.max(size, sharedTable.length * 2));
  else sharedTable.fill(0, 0, size);
  return sharedTable;
}

/**
 * Banded LCS alignment of `lic` against `file[from, to)`: license word i is
 * expected near window position i + center, and a match at or above 90%
 * similarity cannot drift further than the band, so cells outside it are
 * never computed. Returns the matched word count and the matched span, or
 * an lcs of 0 as soon as the alignment can no longer reach 90% similarity.
 */
function align(lic: Uint16Array, file: Uint16Array, from: number, to: number, center: number): { lcs: number; first: number; last: number } {
  const n = lic.length;
  const m = to - from;
  if (m <= 0) return { lcs: 0, first: -1, last: -1 };
  const band = Math.ceil(n * 0.12) + 24;
  const width = 2 * band + 1;
  // Row i holds window positions j = i + center - band + k for k in [0, width), at
  // column k + 1; columns 0 and width + 1 and row 0 are never written, so every
  // cell outside the band (or before the window) reads as 0 without a bounds check.
  const stride = width + 2;
  const table = alignmentTable((n + 1) * stride);
  const at = (i: number, j: number): number => {
    if (i <= 0 || j <= 0) return 0;
    const k = j - (i + center - band);
    return k < 0 || k >= width ? 0 : table[i * stride + k + 1];
  };
  for (let i = 1; i <= n; i++) {
    const a = lic[i - 1];
    const rowStart = i + center - band;
    const lo = Math.max(1, rowStart);
    const hi = Math.min(m, i + center + band);
    // Column c in this row is (i, j); c in the row above is (i-1, j-1); c+1 above is (i-1, j); c-1 here is (i, j-1).
    const cur = i * stride + 1 - rowStart;
    const prev = cur - stride;
    const offset = from - 1;
    for (let j = lo; j <= hi; j++) {
      if (a === file[offset + j]) table[cur + j] = table[prev + j] + 1;
      else {
        const up = table[prev + j + 1];
        const left = table[cur + j - 1];
        table[cur + j] = up > left ? up : left;
      }
    }
    // Every remaining row adds at most one matched word, and the similarity
    // 2·lcs/(n + span), with span ≥ lcs, is at most 2·lcs/(n + lcs): once even
    // that cannot reach the threshold, the rest of the table cannot matter.
    if ((i & 15) === 0 && i < n) {
      let rowMax = 0;
      for (let j = lo; j <= hi; j++) if (table[cur + j] > rowMax) rowMax = table[cur + j];
      const reachable = rowMax + (n - i);
      if ((2 * reachable) / (n + reachable) < MIN_MATCH_SIMILARITY) return { lcs: 0, first: -1, last: -1 };
    }
  }
  // Trace back from the earliest column that reaches the full count, so the match
  // ends at the license's last word rather than at a later repeat of it (the same
  // words in a second copy of the license would otherwise stretch the span).
  let i = n;
  let j = Math.min(m, n + center + band);
  const lcs = at(i, j);
  while (j > 1 && at(i, j - 1) === lcs) j--;
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

/** Scratch counts for windowOverlap (left all zero between calls). */
const windowCounts = new Uint32Array(VOCABULARY_SLOTS);

/** How many words of the license the window `file[from, to)` holds, counted as multisets. */
function windowOverlap(t: LicenseTemplate, file: Uint16Array, from: number, to: number): number {
  for (let k = from; k < to; k++) windowCounts[file[k]]++;
  let overlap = 0;
  for (let d = 0; d < t.distinct.length; d++) overlap += Math.min(t.counts[d], windowCounts[t.distinct[d]]);
  for (let k = from; k < to; k++) windowCounts[file[k]] = 0;
  return overlap;
}

/** Alignments of one template in one file that may find nothing before it stops looking (bounds the work on long files). */
const MAX_FRUITLESS_ALIGNMENTS = 3;
/** Occurrences of one license text kept per file (a notices file may repeat MIT dozens of times). */
const MAX_OCCURRENCES = 64;
/** An alignment this similar is not worth trying to improve on from another start. */
const CLOSE_ENOUGH = 0.98;

/**
 * Every place the license text occurs in the file at ≥ 90% similarity, not
 * overlapping one another. A file often holds one license several times (the
 * project's and a vendored copy's): each copy must be found as itself, or a
 * near-variant of the license (MIT-0, Xnet, BSD-3-Clause-No-Nuclear-...) that is
 * still ≥ 90% similar to the copy would be the only candidate for it.
 */
function templateMatches(t: LicenseTemplate, file: Uint16Array, fileCounts: Uint32Array, fileShingles: readonly number[]): LicenseMatch[] {
  // Cheap rejection: the multiset overlap bounds the alignment, so it bounds the similarity too.
  let overlap = 0;
  for (let d = 0; d < t.distinct.length; d++) overlap += Math.min(t.counts[d], fileCounts[t.distinct[d]]);
  if ((2 * overlap) / (t.words.length + overlap) < MIN_MATCH_SIMILARITY) return [];
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
  const starts = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([s]) => s);
  if (starts.length === 0) starts.push(0);
  const found: LicenseMatch[] = [];
  let fruitless = 0;
  const slack = Math.ceil(t.words.length * 0.15) + 16;
  const n = t.words.length;
  for (const s of starts) {
    if (fruitless >= MAX_FRUITLESS_ALIGNMENTS || found.length >= MAX_OCCURRENCES) break;
    // A start whose expected span is mostly an occurrence already found is that occurrence again.
    if (found.some(m => Math.min(m.end, s + n) - Math.max(m.start, s) > n / 2)) continue;
    const from = Math.max(0, s - 16);
    const to = Math.min(file.length, s + t.words.length + slack);
    // The alignment cannot match more words than the window and the license share, and the
    // similarity 2·lcs/(n + span), with span ≥ lcs, is at most 2·lcs/(n + lcs): a window
    // that cannot reach the threshold yields no acceptable match, so it is not aligned.
    const bound = windowOverlap(t, file, from, to);
    if ((2 * bound) / (t.words.length + bound) < MIN_MATCH_SIMILARITY) {
      fruitless++;
      continue;
    }
    const r = align(t.words, file, from, to, s - from);
    const similarity = r.lcs === 0 ? 0 : (2 * r.lcs) / (t.words.length + r.last - r.first + 1);
    if (similarity < MIN_MATCH_SIMILARITY) {
      fruitless++;
      continue;
    }
    const m: LicenseMatch = { id: t.id, similarity, start: r.first, end: r.last + 1, matchedWords: r.lcs };
    // Two windows can find the same occurrence: keep the more similar alignment of it.
    const same = found.findIndex(f => Math.min(f.end, m.end) - Math.max(f.start, m.start) > 0.2 * Math.min(f.end - f.start, m.end - m.start));
    if (same < 0) found.push(m);
    else if (m.similarity > found[same].similarity) found[same] = m;
    else fruitless++;
    // Done when no other occurrence fits in the words outside those found (one needs
    // over 80% of the license's words) and no closer alignment of them is likely.
    const free = file.length - found.reduce((sum, f) => sum + (f.end - f.start), 0);
    if (free < n * 0.8 && found.every(f => f.similarity >= CLOSE_ENOUGH)) break;
  }
  return found;
}

/**
 * Unpacks the SPDX texts and builds every template now rather than on the
 * first file (for a caller with time to spare, e.g. while go runs).
 */
export function prepareLicenseMatching(): void {
  loadCommonTemplates();
  loadTemplates();
}

const cache = new Map<string, LicenseFileResult>();

/** Matches one license file's text against the SPDX license list. Results are cached by normalised text. */
export function matchLicenseText(text: string): LicenseFileResult {
  const words = normaliseLicenseWords(text);
  const textHash = createHash('sha256').update(words.join(' ')).digest('hex');
  const cached = cache.get(textHash);
  if (cached) return cached;
  const result = matchWords(toVocabularyIndices(words), textHash);
  cache.set(textHash, result);
  return result;
}

function matchWords(words: Uint16Array, textHash: string): LicenseFileResult {
  if (words.length === 0) return { ids: [], matches: [], coverage: 0, recognised: false, textHash };
  const counts = fileCounts;
  for (const w of words) counts[w]++;
  try {
    const fileShingles: number[] = [];
    for (let k = 0; k + 3 <= words.length; k++) fileShingles.push(shingleAt(words, k));
    // The common templates are in the full pool too: their matches are computed once.
    const matched = new Map<LicenseTemplate, LicenseMatch[]>();
    const common = selectMatches(words, textHash, counts, fileShingles, loadCommonTemplates(), matched);
    if (common.recognised && common.coverage >= COMMON_COVERAGE && common.matches.every(m => m.similarity >= COMMON_SIMILARITY)) return common;
    return selectMatches(words, textHash, counts, fileShingles, loadTemplates(), matched);
  } finally {
    for (const w of words) counts[w] = 0;
  }
}

/** Word counts of the file being matched (left all zero between files). */
const fileCounts = new Uint32Array(VOCABULARY_SLOTS);

function selectMatches(
  words: Uint16Array,
  textHash: string,
  counts: Uint32Array,
  fileShingles: readonly number[],
  pool: readonly LicenseTemplate[],
  matched: Map<LicenseTemplate, LicenseMatch[]>
): LicenseFileResult {
  const candidates: LicenseMatch[] = [];
  for (const t of pool) {
    // A license much longer than the file cannot be 90% present in it.
    if (t.words.length * MIN_MATCH_SIMILARITY > words.length * 1.15 + 8) continue;
    let found = matched.get(t);
    if (!found) {
      const first = t.sameWords ?? t;
      let own = matched.get(first);
      if (!own) matched.set(first, (own = templateMatches(first, words, counts, fileShingles)));
      found = first === t ? own : own.map(m => ({ ...m, id: t.id }));
      matched.set(t, found);
    }
    candidates.push(...found);
  }
  // Greedy: the most similar match wins its region; longer texts break ties (more specific).
  // The match explaining the most of the file wins its region (so full Apache-2.0
  // beats a shorter derived license that matches only part of it), weighed by
  // similarity (so BSD-2-Clause beats a variant with extra clauses the file lacks).
  const weight = (m: LicenseMatch) => m.similarity * m.matchedWords;
  candidates.sort((a, b) => weight(b) - weight(a) || b.similarity - a.similarity || compareText(a.id, b.id));
  const accepted: LicenseMatch[] = [];
  for (const c of candidates) {
    if (accepted.some(a => a.id === c.id && a.start === c.start)) continue;
    const overlaps = accepted.some(a => Math.min(a.end, c.end) - Math.max(a.start, c.start) > 0.2 * (c.end - c.start));
    if (!overlaps) accepted.push(c);
  }
  accepted.sort((a, b) => a.start - b.start);
  // Accepted matches may overlap a little: count each word once.
  let covered = 0;
  let coveredTo = 0;
  for (const m of accepted) {
    covered += Math.max(0, m.end - Math.max(m.start, coveredTo));
    coveredTo = Math.max(coveredTo, m.end);
  }
  const coverage = covered / words.length;
  const recognised = accepted.length > 0 && coverage >= MIN_FILE_COVERAGE;
  const ids = recognised ? [...new Set(accepted.map(m => m.id))] : [];
  return { ids, matches: accepted, coverage, recognised, textHash };
}

/** File names that hold a module's license, as pkgsite recognises them (compared case-insensitively). */
export const LICENSE_FILE_NAMES: readonly string[] = [
  'COPYING',
  'COPYING.md',
  'COPYING.markdown',
  'COPYING.txt',
  'LICENCE',
  'LICENCE.md',
  'LICENCE.markdown',
  'LICENCE.txt',
  'LICENSE',
  'LICENSE.md',
  'LICENSE.markdown',
  'LICENSE.txt',
  'LICENSE-2.0.txt',
  'LICENCE-2.0.txt',
  'LICENSE-APACHE',
  'LICENCE-APACHE',
  'LICENSE-APACHE-2.0.txt',
  'LICENCE-APACHE-2.0.txt',
  'LICENSE-MIT',
  'LICENCE-MIT',
  'LICENSE.MIT',
  'LICENCE.MIT',
  'LICENSE.code',
  'LICENCE.code',
  'LICENSE.docs',
  'LICENCE.docs',
  'LICENSE.rst',
  'LICENCE.rst',
  'MIT-LICENSE',
  'MIT-LICENCE',
  'MIT-LICENSE.md',
  'MIT-LICENCE.md',
  'MIT-LICENSE.markdown',
  'MIT-LICENCE.markdown',
  'MIT-LICENSE.txt',
  'MIT-LICENCE.txt',
  'MIT_LICENSE',
  'MIT_LICENCE',
  'UNLICENSE',
  'UNLICENCE'
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
