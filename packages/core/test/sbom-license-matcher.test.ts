import { describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { isLicenseFileName, joinLicenseIds, matchLicenseText, normaliseLicenseWords } from '../src/sbom/license-matcher.js';

const full = createRequire(import.meta.url)('spdx-license-list/full') as Record<string, { licenseText: string }>;
const goroot = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();

describe('license matching against the SPDX texts', () => {
  test('canonical texts with a filled-in copyright line', () => {
    expect(matchLicenseText(full['MIT'].licenseText.replace('<year> <copyright holders>', '2020 Jane Doe')).ids).toEqual(['MIT']);
    expect(matchLicenseText(full['Apache-2.0'].licenseText).ids).toEqual(['Apache-2.0']);
    expect(matchLicenseText(full['ISC'].licenseText).ids).toEqual(['ISC']);
    expect(matchLicenseText(full['MPL-2.0'].licenseText).ids).toEqual(['MPL-2.0']);
  });

  test("the Go project's LICENSE (golang.org/x, stdlib) is BSD-3-Clause, not BSD-Source-Code", () => {
    const r = matchLicenseText(readFileSync(path.join(goroot, 'LICENSE'), 'utf8'));
    expect(r.ids).toEqual(['BSD-3-Clause']);
    expect(r.recognised).toBe(true);
    expect(r.coverage).toBeGreaterThanOrEqual(0.75);
  });

  test('Apache-2.0 without its appendix is still Apache-2.0 (not a derived license)', () => {
    const text = full['Apache-2.0'].licenseText;
    const cut = text.indexOf('END OF TERMS AND CONDITIONS');
    expect(cut).toBeGreaterThan(0);
    expect(matchLicenseText(text.slice(0, cut + 'END OF TERMS AND CONDITIONS'.length)).ids).toEqual(['Apache-2.0']);
  });

  test('line wrapping does not matter: a wrapped line starting "copyright notice..." or "(c) You must" is license text', () => {
    const words = full['Apache-2.0'].licenseText.split(/\s+/);
    // Re-wrap so that lines start with the words the copyright-line rule must not drop.
    const lines: string[] = [];
    let line: string[] = [];
    for (const w of words) {
      if ((w === 'copyright' && line.length > 3) || w === '(c)') {
        lines.push(line.join(' '));
        line = [];
      }
      line.push(w);
    }
    lines.push(line.join(' '));
    const r = matchLicenseText(lines.join('\n'));
    expect(r.ids).toEqual(['Apache-2.0']);
    expect(r.matches[0].similarity).toBeGreaterThan(0.99);
  });

  test('two licenses in one file both count', () => {
    const both = `${full['MIT'].licenseText}\n\n----\n\n${full['BSD-2-Clause'].licenseText}`;
    expect(matchLicenseText(both).ids.sort()).toEqual(['BSD-2-Clause', 'MIT']);
  });

  test('a license repeated in one file is that license each time, not a near-variant (issue 20)', () => {
    const mit = full['MIT'].licenseText.replace('<year> <copyright holders>', '2015 A');
    const bsd = full['BSD-3-Clause'].licenseText;
    const twice = (a: string, b: string) => `${a}\n\n- Based on other work, which has the following license:\n\n${b}`;
    expect(matchLicenseText(twice(mit, mit)).ids).toEqual(['MIT']); // not MIT-0 or Xnet for one copy
    expect(matchLicenseText(twice(bsd, bsd)).ids).toEqual(['BSD-3-Clause']); // not ...-No-Nuclear-License-2014
    const r = matchLicenseText(twice(mit, mit));
    expect(r.matches).toHaveLength(2);
    expect(r.coverage).toBeLessThanOrEqual(1);
  });

  test('the near-variants themselves are still recognised as themselves', () => {
    for (const id of ['MIT-0', 'Xnet', 'BSD-3-Clause-No-Nuclear-License-2014', 'BSD-3-Clause-No-Military-License', '0BSD']) {
      expect([id, matchLicenseText(full[id].licenseText).ids]).toEqual([id, [id]]);
    }
  });

  test('the Apache-2.0 and MPL-2.0 standard notices alone are those licenses, as licensecheck says', () => {
    const apache = `Copyright 2022 The Kubernetes Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
`;
    expect(matchLicenseText(apache).ids).toEqual(['Apache-2.0']);
    const mpl = `This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0.
If a copy of the MPL was not distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/.`;
    expect(matchLicenseText(mpl).ids).toEqual(['MPL-2.0']);
    // A mention is not a notice.
    expect(matchLicenseText('This project is licensed under the Apache License, Version 2.0.').recognised).toBe(false);
  });

  test('below the thresholds it is not recognised: a custom text, a truncated license, a license with much extra text', () => {
    expect(matchLicenseText('You may use this only on Tuesdays. No other rights are granted.').recognised).toBe(false);
    const mit = full['MIT'].licenseText;
    expect(matchLicenseText(mit.slice(0, Math.floor(mit.length / 2))).recognised).toBe(false);
    const padded = `${mit}\n\n${'This product also includes a long custom notice that is not any license at all. '.repeat(30)}`;
    const r = matchLicenseText(padded);
    expect(r.ids).toEqual([]);
    expect(r.coverage).toBeLessThan(0.75);
  });

  test('normalisation ignores case, punctuation, copyright lines and British spellings', () => {
    expect(normaliseLicenseWords('Copyright (c) 2020 X\nThe LICENCE, "as-is"!')).toEqual(['the', 'license', 'asis']);
  });

  test('file names and joining', () => {
    expect(isLicenseFileName('license.md')).toBe(true);
    expect(isLicenseFileName('COPYING')).toBe(true);
    expect(isLicenseFileName('LICENSE-APACHE')).toBe(true);
    expect(isLicenseFileName('NOTICE')).toBe(false);
    expect(joinLicenseIds(['MIT', 'Apache-2.0', 'MIT'])).toBe('Apache-2.0 AND MIT');
  });
});
