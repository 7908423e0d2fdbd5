import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import ajvFormats from 'ajv-formats';
import { checkLicenseExpression } from '@go-ci-gates/core';
import type { CycloneDxVersion } from './inputs.js';

/** Validation problems of one document; empty when it is valid. */
export type ValidationProblems = string[];

/**
 * CycloneDX: the strict JSON validation of @cyclonedx/cyclonedx-library (its
 * Ajv setup over its schema files, vendored in actions/sbom-attach/schema/cyclonedx
 * because the bundle has no node_modules), then the dependency graph checks.
 */
export async function validateCycloneDx(json: string, version: CycloneDxVersion): Promise<ValidationProblems> {
  const validate = await cycloneDxValidator(version);
  const doc: unknown = JSON.parse(json);
  const errors = validate(doc);
  if (errors) return [`schema: ${JSON.stringify(errors).slice(0, 600)}`];
  return checkCycloneDxGraph(doc as CycloneDxGraph);
}

/**
 * ajv-formats-draft2019 (the validator's peer, for idn-email) loads Node's
 * deprecated built-in punycode, which prints DEP0040 on Node 22+. That one
 * warning is not the user's concern; every other warning passes through.
 */
async function quietPunycode<T>(fn: () => Promise<T> | T): Promise<T> {
  const original = process.emitWarning;
  process.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const code = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: string }).code : rest[1];
    if (code === 'DEP0040') return;
    return (original as (...a: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    return await fn();
  } finally {
    process.emitWarning = original;
  }
}

/** Returns null when the document is valid, else Ajv's errors. */
export type CycloneDxSchemaCheck = (doc: unknown) => null | unknown[];

const cycloneDxValidators = new Map<string, CycloneDxSchemaCheck>();

/**
 * The library's strict JSON validation with its exact Ajv setup (non-strict
 * schema mode, ajv-formats, idn-email from ajv-formats-draft2019, iri-reference
 * accepted, remote schemas disabled) over the vendored copies of its schema
 * files, plus options that change how fast the schema compiles, not what it
 * accepts: referenced schemas are compiled as functions of their own instead
 * of being inlined at every use, the generated code is not optimised, and the
 * schema files are not checked against their meta-schema on every run (they
 * are the library's own, which a test checks, meta-schema included).
 * Compiling the 1.6 schema takes about a tenth of the time.
 */
export async function cycloneDxValidator(version: CycloneDxVersion): Promise<CycloneDxSchemaCheck> {
  let v = cycloneDxValidators.get(version);
  if (v) return v;
  const dir = path.join(path.dirname(spdxSchemaPath()), 'cyclonedx');
  const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
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
    code: { optimize: false },
    validateSchema: false
  });
  // ajv-formats is CommonJS with its function on `default`.
  const addFormats = ((ajvFormats as unknown as { default?: typeof ajvFormats }).default ?? ajvFormats) as unknown as (a: Ajv) => void;
  addFormats(ajv);
  const { default: addFormatsDraft2019 } = await quietPunycode(() => import('ajv-formats-draft2019'));
  addFormatsDraft2019(ajv, { formats: ['idn-email'] });
  ajv.addFormat('iri-reference', true);
  const validate = ajv.compile(read(`bom-${version}.SNAPSHOT.schema.json`));
  v = (doc: unknown) => (validate(doc) ? null : (validate.errors ?? []));
  cycloneDxValidators.set(version, v);
  return v;
}

interface CycloneDxGraph {
  metadata?: { component?: { 'bom-ref'?: string } };
  components?: { 'bom-ref'?: string }[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

/** Checks the schema cannot express: every dependency ref exists, none depends on itself. */
function checkCycloneDxGraph(doc: CycloneDxGraph): ValidationProblems {
  const refs = new Set<string>([doc.metadata?.component?.['bom-ref'] ?? '', ...(doc.components ?? []).map(c => c['bom-ref'] ?? '')]);
  const problems: string[] = [];
  for (const d of doc.dependencies ?? []) {
    if (!refs.has(d.ref)) problems.push(`dependency entry for missing component ${d.ref}`);
    for (const to of d.dependsOn ?? []) {
      if (!refs.has(to)) problems.push(`${d.ref} depends on missing component ${to}`);
      if (to === d.ref) problems.push(`${d.ref} depends on itself`);
    }
  }
  return problems;
}

let compiledSpdxSchema: ReturnType<Ajv2019['compile']> | undefined;

/**
 * Options that change how fast the SPDX schema compiles, not what it accepts
 * nor the errors it reports (their paths and messages): as for CycloneDX,
 * referenced schemas are compiled as functions of their own, the generated
 * code is not optimised, and the vendored schema is not checked against its
 * meta-schema on every run (a test does). About a third of the compile time.
 */
export const SPDX_COMPILE_OPTIONS = { inlineRefs: false, code: { optimize: false }, validateSchema: false } as const;

/** The official SPDX 2.3 JSON schema, compiled once. */
export function spdxValidator(): ReturnType<Ajv2019['compile']> {
  if (!compiledSpdxSchema) {
    const ajv = new Ajv2019({ allErrors: true, strict: false, ...SPDX_COMPILE_OPTIONS });
    compiledSpdxSchema = ajv.compile(JSON.parse(readFileSync(spdxSchemaPath(), 'utf8')));
  }
  return compiledSpdxSchema;
}

/** The vendored official SPDX 2.3 JSON schema, found from this file in sources and in the bundle. */
function spdxSchemaPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'actions', 'sbom-attach', 'schema', 'spdx-schema.json');
    if (existsSync(candidate)) return candidate;
    const sibling = path.join(dir, 'schema', 'spdx-schema.json');
    if (existsSync(sibling)) return sibling;
    dir = path.dirname(dir);
  }
  throw new Error('the SPDX 2.3 JSON schema (actions/sbom-attach/schema/spdx-schema.json) was not found');
}

interface SpdxDoc {
  SPDXID?: string;
  creationInfo?: { created?: string };
  packages?: { SPDXID: string; licenseConcluded?: string; licenseDeclared?: string }[];
  relationships?: { spdxElementId: string; relatedSpdxElement: string; relationshipType: string }[];
}

/** SPDX 2.3: the official schema plus unique SPDXIDs, no dangling relationships, parseable license expressions. */
export function validateSpdx(json: string): ValidationProblems {
  const schema = spdxValidator();
  const doc = JSON.parse(json) as SpdxDoc;
  const problems: string[] = [];
  if (!schema(doc)) {
    for (const e of schema.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`.trim());
  }
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  for (const p of doc.packages ?? []) {
    if (!/^SPDXRef-[A-Za-z0-9.-]+$/.test(p.SPDXID)) problems.push(`bad SPDXID ${p.SPDXID}`);
    if (ids.has(p.SPDXID)) problems.push(`duplicate SPDXID ${p.SPDXID}`);
    ids.add(p.SPDXID);
    for (const field of ['licenseConcluded', 'licenseDeclared'] as const) {
      const expr = p[field];
      const err = expr ? checkLicenseExpression(expr) : undefined;
      if (err) problems.push(`${p.SPDXID} ${field}: ${err}`);
    }
  }
  for (const r of doc.relationships ?? []) {
    if (!ids.has(r.spdxElementId)) problems.push(`relationship from missing element ${r.spdxElementId}`);
    if (!ids.has(r.relatedSpdxElement)) problems.push(`relationship to missing element ${r.relatedSpdxElement}`);
    if (r.spdxElementId === r.relatedSpdxElement) problems.push(`${r.spdxElementId} ${r.relationshipType} itself`);
  }
  if (doc.creationInfo?.created && !doc.creationInfo.created.endsWith('Z')) problems.push('creationInfo.created is not in UTC');
  return problems;
}
