import { brotliDecompressSync } from 'node:zlib';
import { COMMON_IDS, COMMON_WORDS, LICENSE_IDS, TEXT_LENGTHS, VOCABULARY, WORDS } from './license-data.generated.js';

/** Index given to words that occur in no license text. */
export const UNKNOWN_WORD = 0xffff;

/** One SPDX license text as vocabulary indices. */
export interface LicenseText {
  id: string;
  words: Uint16Array;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

let ids: string[] | undefined;
let texts: LicenseText[] | undefined;
let common: LicenseText[] | undefined;
let vocabulary: string[] | undefined;
let vocabularyIndex: Map<string, number> | undefined;

/** Every license id on the SPDX list, in the list's order. */
export function spdxLicenseIds(): readonly string[] {
  ids ??= LICENSE_IDS.split(' ');
  return ids;
}

/** Packed words (16-bit little-endian, Brotli, base64) as indices. */
function unpackWords(packed: string): Uint16Array {
  const raw = brotliDecompressSync(Buffer.from(packed, 'base64'));
  const all = new Uint16Array(raw.length / 2);
  // Little-endian in the data; a typed array is in the host's order, so one copy does on little-endian hosts.
  if (LITTLE_ENDIAN) new Uint8Array(all.buffer).set(raw);
  else for (let i = 0; i < all.length; i++) all[i] = raw.readUInt16LE(i * 2);
  return all;
}

/** `ids`' texts, one after another in `all`, each as long as TEXT_LENGTHS says. */
function splitTexts(ids: readonly string[], all: Uint16Array): LicenseText[] {
  const at = new Map(spdxLicenseIds().map((id, i) => [id, i]));
  const out: LicenseText[] = [];
  let offset = 0;
  for (const id of ids) {
    const n = TEXT_LENGTHS[at.get(id)!];
    out.push({ id, words: all.subarray(offset, offset + n) });
    offset += n;
  }
  if (offset !== all.length) throw new Error('license-data.generated.ts is inconsistent: regenerate it');
  return out;
}

/** Every license text, in the list's order (decompressed on first use: 1.5 MB). */
export function spdxLicenseTexts(): readonly LicenseText[] {
  texts ??= splitTexts(spdxLicenseIds(), unpackWords(WORDS));
  return texts;
}

/** The common licenses the matcher tries first (12 KB decompressed, or taken from the whole list once that is). */
export function commonLicenseTexts(): readonly LicenseText[] {
  if (common) return common;
  const ids = COMMON_IDS.split(' ');
  common = texts ? ids.map(id => texts!.find(t => t.id === id)!) : splitTexts(ids, unpackWords(COMMON_WORDS));
  return common;
}

/** Normalised words as vocabulary indices; words no license uses become UNKNOWN_WORD. */
export function toVocabularyIndices(words: readonly string[]): Uint16Array {
  if (!vocabularyIndex) {
    vocabularyIndex = new Map();
    for (const w of vocabularyWords()) vocabularyIndex.set(w, vocabularyIndex.size);
  }
  const out = new Uint16Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = vocabularyIndex.get(words[i]) ?? UNKNOWN_WORD;
  return out;
}

function vocabularyWords(): string[] {
  vocabulary ??= VOCABULARY.split(' ');
  return vocabulary;
}

/** The vocabulary word of an index (for tests and diagnostics). */
export function vocabularyWord(index: number): string | undefined {
  return index === UNKNOWN_WORD ? undefined : vocabularyWords()[index];
}
