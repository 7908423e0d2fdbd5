import { expect, test } from '@jest/globals';
import { parseModFile, type GoModule } from '@go-ci-gates/core';
import { checkDirectives } from '../src/directives.js';
import { RULES } from '../src/rules.js';

function findings(goMod: string): { rule: string; line?: number; message: string }[] {
  const modFile = parseModFile(goMod);
  const mod: GoModule = { path: modFile.module?.path ?? '', dir: '/ws', relDir: '.', goModFile: 'go.mod', modFile };
  return checkDirectives(mod, { replaceAllow: [] }).map(d => ({ rule: d.rule, line: d.line, message: d.message }));
}

test('ignore directives are found at their lines (gomoddirectives ignore-forbidden), off by default', () => {
  const f = findings('module example.com/m\n\ngo 1.25\n\nignore (\n\t./node_modules\n\tfixtures\n)\n').filter(x => x.rule === 'ignore-directive');
  expect(f).toEqual([
    { rule: 'ignore-directive', line: 6, message: 'ignore ./node_modules: ignore directives are not allowed.' },
    { rule: 'ignore-directive', line: 7, message: 'ignore fixtures: ignore directives are not allowed.' }
  ]);
  expect(RULES.find(r => r.id === 'ignore-directive')?.severity).toBe('off');
});

test('the module path is checked as module.CheckPath does (gomoddirectives check-module-path), off by default', () => {
  const modulePath = (p: string) => findings(`module ${p}\n\ngo 1.22\n`).filter(x => x.rule === 'module-path');
  expect(modulePath('demo')).toEqual([
    {
      rule: 'module-path',
      line: 1,
      message: 'module demo: first element "demo" has no dot (a module path starts with a domain name), so no other module can require it.'
    }
  ]);
  expect(modulePath('Example.com/m')[0].message).toContain('may only hold lower-case letters');
  expect(modulePath('example.com/m/')[0].message).toContain('trailing slash');
  expect(modulePath('-example.com/m')[0].message).toContain('starts with a dash');
  expect(modulePath('example.com/m/v2')).toEqual([]);
  expect(modulePath('gopkg.in/yaml.v3')).toEqual([]);
  expect(RULES.find(r => r.id === 'module-path')?.severity).toBe('off');
});
