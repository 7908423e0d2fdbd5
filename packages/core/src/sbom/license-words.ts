/**
 * License text normalisation after the SPDX matching guidelines: case,
 * punctuation, bullets, copyright lines and varietal spellings do not matter,
 * so texts are compared as sequences of normalised words. Used for license
 * files at run time and for the SPDX texts when their index is generated.
 */

/**
 * A copyright notice line: "Copyright (c) ...", "Copyright 2009 ...", "(c) 2020 ...",
 * "© ...", "All rights reserved". Not a wrapped license sentence that happens to
 * start with the word (Apache-2.0: "copyright notice that is included in ...").
 */
const COPYRIGHT_LINE =
  /^\s*(copyright\s*(\(c\)|©|\[?\d{4}|<year>|\[yyyy\]|\{yyyy\})|copyright\b.*\b(19|20)\d\d\b|\(c\)\s*((19|20)\d\d|<year>)|©|all rights reserved)/i;

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
