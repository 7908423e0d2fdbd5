import { describe, expect, test } from '@jest/globals';
import { Minimatch } from 'minimatch';
import { moduleDirKey, modulesScope } from '../src/modules/module-key.js';

describe('moduleDirKey', () => {
  test('readable for plain directories, escaped otherwise', () => {
    expect(moduleDirKey('services/api')).toBe('services.api');
    expect(moduleDirKey('services/api-gateway')).toBe('services.api_2dgateway');
    expect(moduleDirKey('.')).toBe('_2e');
    expect(moduleDirKey('Libs/x_y')).toBe('_4cibs.x_5fy');
    expect(moduleDirKey('ü')).toBe('_c3_bc');
  });

  // Issue 14, defect 1: `<prefix>-coverprofile-services--api-*` matched services--api-gateway's shards.
  test("the download pattern of one module never matches another module's artifact names", () => {
    const dirs = [
      'services/api',
      'services/api-gateway',
      'services/api-1',
      'services/api/v2',
      'services/api.v2',
      'services',
      '.',
      'a-b/c',
      'a/b-c',
      'a_2db',
      'A',
      'a'
    ];
    const keys = dirs.map(moduleDirKey);
    expect(new Set(keys).size).toBe(dirs.length);
    expect(new Set(keys.map(k => k.toLowerCase())).size).toBe(dirs.length); // artifact names compare case-insensitively
    for (const key of keys) {
      expect(key).toMatch(/^[a-z0-9._]+$/);
      const pattern = new Minimatch(`go-gates-coverprofile-${key}-*`);
      for (const other of keys) for (const shard of ['1', '2', '10']) expect(pattern.match(`go-gates-coverprofile-${other}-${shard}`)).toBe(other === key);
    }
  });

  test('a scope of several modules is their keys sorted, joined by a character no key holds', () => {
    expect(modulesScope(['services/api-gateway', 'libs/strutil'])).toBe('libs.strutil+services.api_2dgateway');
  });
});
