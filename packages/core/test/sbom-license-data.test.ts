import { describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { SPDX_LICENSE_LIST_VERSION } from '../src/sbom/license-data.generated.js';
import { commonLicenseTexts, spdxLicenseIds, spdxLicenseTexts, toVocabularyIndices, UNKNOWN_WORD, vocabularyWord } from '../src/sbom/license-data.js';
import { COMMON_LICENSES, readInstalledLicenseList, UNKNOWN_WORD as GENERATOR_UNKNOWN_WORD } from '../src/sbom/license-data-generator.js';
import { normaliseLicenseWords } from '../src/sbom/license-words.js';

const require = createRequire(import.meta.url);

describe('the generated SPDX license data', () => {
  const installed = readInstalledLicenseList();

  // First in the file, before anything decodes the whole list: the common texts come from their own copy.
  test('holds the common licenses again on their own, word for word as in the whole list', () => {
    const common = commonLicenseTexts().map(t => [t.id, Array.from(t.words)]);
    const whole = spdxLicenseTexts();
    expect(common).toEqual(COMMON_LICENSES.map(id => [id, Array.from(whole.find(t => t.id === id)!.words)]));
    expect(common.every(([, words]) => words.length > 0)).toBe(true);
  });

  test('is generated from the installed spdx-license-list (else: npx tsx packages/core/src/sbom/license-data-generator.ts)', () => {
    expect(SPDX_LICENSE_LIST_VERSION).toBe(installed.version);
    expect(spdxLicenseIds()).toEqual(installed.licenses.map(([id]) => id));
  });

  test('holds every license text as exactly its normalised words', () => {
    const texts = spdxLicenseTexts();
    expect(texts).toHaveLength(installed.licenses.length);
    const mismatched: string[] = [];
    installed.licenses.forEach(([id, text], i) => {
      const expected = normaliseLicenseWords(text);
      const got = Array.from(texts[i].words, w => vocabularyWord(w));
      if (texts[i].id !== id || got.length !== expected.length || got.some((w, k) => w !== expected[k])) mismatched.push(id);
    });
    expect(mismatched).toEqual([]);
  });

  test('knows the same ids as spdx-license-list/simple', () => {
    expect(new Set(spdxLicenseIds())).toEqual(new Set(require('spdx-license-list/simple') as Set<string>));
  });

  test('maps words no license uses to an index no license word has', () => {
    expect(GENERATOR_UNKNOWN_WORD).toBe(UNKNOWN_WORD);
    const [known, unknown] = toVocabularyIndices(['permission', 'zzyzxunheardofword']);
    expect(vocabularyWord(known)).toBe('permission');
    expect(unknown).toBe(UNKNOWN_WORD);
    expect(spdxLicenseTexts().every(t => !t.words.includes(UNKNOWN_WORD))).toBe(true);
  });
});
