import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { findValidatorDrift } from '../../../scripts/sbom-validators.js';
import { compileCycloneDxSchema, compileSpdxSchema, withoutAnnotations } from '../src/schema-compile.js';
import { formats } from '../src/schema-runtime.js';
import { cycloneDxValidator, spdxValidator, validateCycloneDx } from '../src/validate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const vendored = path.join(here, '..', 'schema', 'cyclonedx');
const libraryRes = path.join(path.dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');

function validDocument(): Record<string, any> {
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: {
      timestamp: '2023-11-14T22:13:20Z',
      tools: { components: [{ type: 'application', name: 'sbom-attach', version: '0.1.0', group: 'go-ci-gates' }] },
      component: {
        type: 'application',
        'bom-ref': 'pkg:golang/example.com/app@v1.0.0',
        name: 'example.com/app',
        version: 'v1.0.0',
        purl: 'pkg:golang/example.com/app@v1.0.0'
      }
    },
    components: [
      {
        type: 'library',
        'bom-ref': 'pkg:golang/example.com/lib@v1.2.3',
        name: 'example.com/lib',
        version: 'v1.2.3',
        purl: 'pkg:golang/example.com/lib@v1.2.3',
        scope: 'required',
        hashes: [{ alg: 'SHA-256', content: 'a'.repeat(64) }],
        licenses: [{ license: { id: 'MIT', acknowledgement: 'concluded' } }],
        externalReferences: [{ type: 'vcs', url: 'https://example.com/lib' }],
        properties: [{ name: 'go-ci-gates:sbom:gosum:h1', value: 'h1:abc=' }]
      }
    ],
    dependencies: [
      { ref: 'pkg:golang/example.com/app@v1.0.0', dependsOn: ['pkg:golang/example.com/lib@v1.2.3'] },
      { ref: 'pkg:golang/example.com/lib@v1.2.3', dependsOn: [] }
    ]
  };
}

/** Schema violations of several kinds: enum, format, type, required, pattern, unknown property. */
const BREAKAGES: [string, (d: Record<string, any>) => void][] = [
  ['unknown license id', d => (d.components[0].licenses[0].license.id = 'Not-A-License')],
  ['bad timestamp format', d => (d.metadata.timestamp = 'yesterday')],
  ['bad e-mail format', d => (d.metadata.authors = [{ name: 'a', email: 'not an e-mail' }])],
  ['version as a string', d => (d.version = '1')],
  ['missing bomFormat', d => delete d.bomFormat],
  ['hash that is not hex', d => (d.components[0].hashes[0].content = 'xyz')],
  ['unknown component type', d => (d.components[0].type = 'gadget')],
  ['property the schema does not allow', d => (d.components[0].colour = 'blue')],
  ['bad serial number', d => (d.serialNumber = 'urn:uuid:nope')]
];

describe('CycloneDX validation', () => {
  test("the vendored schemas are the library's own files", () => {
    for (const f of [
      'bom-1.5.SNAPSHOT.schema.json',
      'bom-1.6.SNAPSHOT.schema.json',
      'spdx.SNAPSHOT.schema.json',
      'cryptography-defs.SNAPSHOT.schema.json',
      'jsf-0.82.SNAPSHOT.schema.json'
    ]) {
      expect(readFileSync(path.join(vendored, f), 'utf8')).toBe(readFileSync(path.join(libraryRes, f), 'utf8'));
    }
  });

  test('the vendored schemas are valid JSON Schemas (the check the gate skips at run time)', () => {
    const ajv = new Ajv({ strict: false });
    for (const f of [
      'bom-1.5.SNAPSHOT.schema.json',
      'bom-1.6.SNAPSHOT.schema.json',
      'spdx.SNAPSHOT.schema.json',
      'cryptography-defs.SNAPSHOT.schema.json',
      'jsf-0.82.SNAPSHOT.schema.json'
    ]) {
      expect([f, ajv.validateSchema(JSON.parse(readFileSync(path.join(vendored, f), 'utf8')))]).toEqual([f, true]);
    }
  });

  test.each([['1.5'], ['1.6']] as const)("gives the library's strict validator's verdict on valid and broken %s documents", async version => {
    const library = new Validation.JsonStrictValidator(version === '1.5' ? Spec.Version.v1dot5 : Spec.Version.v1dot6);
    const ours = await cycloneDxValidator(version);
    const cases: [string, Record<string, any>][] = [['valid', validDocument()]];
    for (const [name, breakIt] of BREAKAGES) {
      const d = validDocument();
      breakIt(d);
      cases.push([name, d]);
    }
    for (const [name, d] of cases) {
      d.specVersion = version;
      d.$schema = `http://cyclonedx.org/schema/bom-${version}.schema.json`;
      if (version === '1.5') delete d.components[0].licenses[0].license.acknowledgement;
      const theirs = (await library.validate(JSON.stringify(d))) === null;
      expect([name, ours(d) === null]).toEqual([name, theirs]);
    }
    // Every breakage is one, and the valid document is valid.
    expect(cases.filter(([, d]) => ours(d) !== null).map(([name]) => name)).toEqual(BREAKAGES.map(([name]) => name));
  });

  test.each([['1.5'], ['1.6']] as const)('the generated %s validator reports exactly the errors of the compiled schema', async version => {
    const compiled = compileCycloneDxSchema(version);
    const ours = await cycloneDxValidator(version);
    for (const [name, breakIt] of [['valid', () => undefined] as const, ...BREAKAGES]) {
      const d = validDocument();
      breakIt(d);
      d.specVersion = version;
      if (version === '1.5') delete d.components[0].licenses[0].license.acknowledgement;
      expect([name, ours(d)]).toEqual([name, compiled(d) ? null : compiled.errors]);
    }
  });

  test("the generated validators call the formats the library's setup adds (ajv-formats, ajv-formats-draft2019), the same functions", () => {
    const source = readFileSync(path.join(here, '..', 'src', 'cyclonedx-1.6.validator.generated.js'), 'utf8');
    const used = [...new Set([...source.matchAll(/formats\["([^"]+)"\]|formats\.([\w]+)/g)].map(m => m[1] ?? m[2]))].sort();
    expect(used).toEqual(['date-time', 'idn-email', 'uri']);
    const fullFormats = (createRequire(import.meta.url)('ajv-formats/dist/formats.js') as { fullFormats: Record<string, unknown> }).fullFormats;
    const idnEmail = createRequire(import.meta.url)('ajv-formats-draft2019/formats/index.js')['idn-email'];
    expect(formats['date-time']).toBe(fullFormats['date-time']);
    expect(formats.uri).toBe(fullFormats.uri);
    expect(formats['idn-email']).toBe(idnEmail);
  });

  test('the generated code leaves out annotations only where they are keywords, never a property of that name', () => {
    const schema = {
      title: 'T',
      description: 'D',
      type: 'object',
      properties: { description: { type: 'string', description: 'the property', enum: ['title'] }, title: { $comment: 'c', examples: ['x'] } },
      definitions: { d: { 'meta:enum': { a: 'A' }, allOf: [{ title: 'x', required: ['description'] }] } },
      items: [{ description: 'i' }],
      required: ['description', 'title']
    };
    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: { description: { type: 'string', enum: ['title'] }, title: {} },
      definitions: { d: { allOf: [{ required: ['description'] }] } },
      items: [{}],
      required: ['description', 'title']
    });
  });

  test('the generated validators are fresh (else: npx tsx scripts/sbom-validators.ts)', () => {
    expect(findValidatorDrift().map(d => d.file)).toEqual([]);
  });

  test('the dependency graph is checked beyond the schema', async () => {
    const d = validDocument();
    d.dependencies[1].dependsOn = ['pkg:golang/example.com/missing@v1'];
    expect(await validateCycloneDx(JSON.stringify(d), '1.6')).toEqual([
      'pkg:golang/example.com/lib@v1.2.3 depends on missing component pkg:golang/example.com/missing@v1'
    ]);
    expect(await validateCycloneDx(JSON.stringify(validDocument()), '1.6')).toEqual([]);
  });
});

function validSpdx(): Record<string, any> {
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'example.com/app',
    documentNamespace: 'https://example.com/spdx/app-1',
    creationInfo: { created: '2023-11-14T22:13:20Z', creators: ['Tool: sbom-attach'] },
    packages: [
      { SPDXID: 'SPDXRef-app', name: 'example.com/app', versionInfo: 'v1.0.0', downloadLocation: 'NOASSERTION', licenseConcluded: 'MIT', filesAnalyzed: false },
      {
        SPDXID: 'SPDXRef-lib',
        name: 'example.com/lib',
        versionInfo: 'v1.2.3',
        downloadLocation: 'NOASSERTION',
        checksums: [{ algorithm: 'SHA256', checksumValue: 'a'.repeat(64) }]
      }
    ],
    relationships: [{ spdxElementId: 'SPDXRef-app', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-lib' }]
  };
}

const SPDX_BREAKAGES: [string, (d: Record<string, any>) => void][] = [
  ['missing spdxVersion', d => delete d.spdxVersion],
  ['unknown relationship type', d => (d.relationships[0].relationshipType = 'LIKES')],
  ['checksum algorithm not in the enum', d => (d.packages[1].checksums[0].algorithm = 'CRC')],
  ['filesAnalyzed as a string', d => (d.packages[0].filesAnalyzed = 'no')],
  ['property the schema does not allow', d => (d.packages[0].colour = 'blue')],
  ['two faults at once', d => ((d.creationInfo.creators = 'me'), delete d.packages[1].name)]
];

describe('SPDX validation', () => {
  const schemaFile = path.join(here, '..', 'schema', 'spdx-schema.json');

  test('the vendored schema is a valid JSON Schema (the check the gate skips at run time)', () => {
    expect(new Ajv2019({ strict: false }).validateSchema(JSON.parse(readFileSync(schemaFile, 'utf8')))).toBe(true);
  });

  test('the generated validator reports exactly the errors of a default one and of the compiled schema', () => {
    const reference = new Ajv2019({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const compiled = compileSpdxSchema();
    const ours = spdxValidator();
    const errors = (v: typeof ours, d: unknown) => (v(d) ? [] : (v.errors ?? []).map(e => `${e.instancePath} ${e.message}`));
    expect(errors(ours, validSpdx())).toEqual([]);
    for (const [name, breakIt] of SPDX_BREAKAGES) {
      const d = validSpdx();
      breakIt(d);
      const theirs = errors(reference, d);
      expect([name, theirs.length > 0]).toEqual([name, true]);
      expect([name, errors(ours, d)]).toEqual([name, theirs]);
      expect([name, ours(d) ? [] : ours.errors]).toEqual([name, compiled(d) ? [] : compiled.errors]);
    }
  });
});
