import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _, Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ajvFormats from 'ajv-formats';
import type { CycloneDxVersion } from './inputs.js';
import { formats } from './schema-runtime.js';

/**
 * The schema validators as Ajv compiles them. The gate does not run this: it
 * loads the code Ajv generates here, written once into the
 * *.validator.generated.ts files by scripts/sbom-validators.ts (compiling the
 * CycloneDX 1.6 schema takes a CPU-bound second on a loaded runner; loading
 * its generated code a tenth of that). The generator and the tests use it.
 */

/** An Ajv instance set up for one schema, and the schema. */
interface Setup {
  ajv: Ajv;
  schema: object;
}

/**
 * CycloneDX: the strict JSON validation of @cyclonedx/cyclonedx-library with
 * its exact Ajv setup (non-strict schema mode, ajv-formats, idn-email from
 * ajv-formats-draft2019, iri-reference accepted, remote schemas disabled) over
 * the vendored copies of its schema files, plus options that change how fast
 * the schema compiles, not what it accepts: referenced schemas are compiled as
 * functions of their own instead of being inlined at every use, and the schema
 * files are not checked against their meta-schema (they are the library's
 * own, which a test checks, meta-schema included).
 */
export function compileCycloneDxSchema(version: CycloneDxVersion): ValidateFunction {
  const { ajv, schema } = cycloneDxSetup(version, false);
  return ajv.compile(schema);
}

/** The CycloneDX validator as the code of an ES module (formats are referred to as `formats[name]`). */
export function cycloneDxStandaloneCode(version: CycloneDxVersion): string {
  const { ajv, schema } = cycloneDxSetup(version, true);
  return standalone(ajv, ajv.compile(schema));
}

function cycloneDxSetup(version: CycloneDxVersion, source: boolean): Setup {
  const dir = path.join(schemaDir(), 'cyclonedx');
  const read = (f: string) => {
    const schema = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
    return source ? withoutAnnotations(schema) : schema;
  };
  const ajv = new Ajv({
    useDefaults: false,
    strict: false,
    strictSchema: false,
    addUsedSchema: false,
    loadSchema: (uri: string) => {
      throw new Error(`Remote schemas are disabled: ${uri}`);
    },
    schemas: {
      'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': read('spdx.SNAPSHOT.schema.json'),
      'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json': read('cryptography-defs.SNAPSHOT.schema.json'),
      'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': read('jsf-0.82.SNAPSHOT.schema.json')
    },
    inlineRefs: false,
    code: source ? { source: true, esm: true, lines: true, formats: _`formats` } : {},
    validateSchema: false
  });
  // ajv-formats is CommonJS with its function on `default`.
  const addFormats = ((ajvFormats as unknown as { default?: typeof ajvFormats }).default ?? ajvFormats) as unknown as (a: Ajv) => void;
  addFormats(ajv);
  // What ajv-formats-draft2019's addFormats(ajv, { formats: ['idn-email'] }) adds, without loading its other
  // formats (they load Node's deprecated punycode, which warns).
  ajv.addFormat('idn-email', formats['idn-email']);
  ajv.addFormat('iri-reference', true);
  return { ajv, schema: read(`bom-${version}.SNAPSHOT.schema.json`) };
}

/**
 * Options that change how fast the SPDX schema compiles, not what it accepts
 * nor the errors it reports (their paths and messages): as for CycloneDX,
 * referenced schemas are compiled as functions of their own, and the vendored
 * schema is not checked against its meta-schema (a test does).
 */
export const SPDX_COMPILE_OPTIONS = { inlineRefs: false, validateSchema: false } as const;

/** The official SPDX 2.3 JSON schema, all errors reported. */
export function compileSpdxSchema(): ValidateFunction {
  const { ajv, schema } = spdxSetup(false);
  return ajv.compile(schema);
}

/** The SPDX validator as the code of an ES module. */
export function spdxStandaloneCode(): string {
  const { ajv, schema } = spdxSetup(true);
  return standalone(ajv, ajv.compile(schema));
}

function spdxSetup(source: boolean): Setup {
  const ajv = new Ajv2019({ allErrors: true, strict: false, ...SPDX_COMPILE_OPTIONS, code: source ? { source: true, esm: true, lines: true } : {} });
  const schema = JSON.parse(readFileSync(spdxSchemaPath(), 'utf8'));
  return { ajv, schema: source ? withoutAnnotations(schema) : schema };
}

/** Keywords that only annotate: no validator checks them (the library's setup has no $comment option, no defaults). */
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'meta:enum']);
/** Keywords whose value is a subschema, an array of them, or a map from names to them. */
const SUBSCHEMA = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties'
]);
const SUBSCHEMAS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies']);

/**
 * A schema without its annotations, for the generated code: Ajv embeds the
 * schema objects the checks read (a `properties` map for additionalProperties,
 * an `enum` for its error), annotations and all, which doubles the code to load.
 * Only keys in schema positions go: a property named "description" stays.
 * What the validator accepts and the errors it reports stay the same (a test
 * compares the generated validators with the schema compiled as it is).
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    if (SUBSCHEMA.has(k) || SUBSCHEMAS.has(k)) out[k] = withoutAnnotations(v);
    else if (SUBSCHEMA_MAP.has(k) && typeof v === 'object' && v !== null && !Array.isArray(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, Array.isArray(sub) ? sub : withoutAnnotations(sub)]));
    else out[k] = v;
  }
  return out;
}

function standalone(ajv: Ajv, validate: ValidateFunction): string {
  // ajv/dist/standalone is CommonJS; its function is on `default` too.
  return standaloneCode.default(ajv, validate);
}

/** The vendored official SPDX 2.3 JSON schema. */
export function spdxSchemaPath(): string {
  return path.join(schemaDir(), 'spdx-schema.json');
}

/** actions/sbom-attach/schema, found from this file. */
function schemaDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'actions', 'sbom-attach', 'schema');
    if (existsSync(path.join(candidate, 'spdx-schema.json'))) return candidate;
    const sibling = path.join(dir, 'schema');
    if (existsSync(path.join(sibling, 'spdx-schema.json'))) return sibling;
    dir = path.dirname(dir);
  }
  throw new Error('the vendored schemas (actions/sbom-attach/schema) were not found');
}
