import type { ValidateFunction } from 'ajv';
import { checkLicenseExpression } from '@go-ci-gates/core';
import type { CycloneDxVersion } from './inputs.js';
import { validate as validateSpdxSchema } from './spdx-2.3.validator.generated.js';

/** Validation problems of one document; empty when it is valid. */
export type ValidationProblems = string[];

/**
 * CycloneDX: the strict JSON validation of @cyclonedx/cyclonedx-library (its
 * Ajv setup over its schema files, vendored in actions/sbom-attach/schema/cyclonedx,
 * compiled into code ahead of time), then the dependency graph checks.
 */
export async function validateCycloneDx(json: string, version: CycloneDxVersion): Promise<ValidationProblems> {
  const validate = await cycloneDxValidator(version);
  const doc: unknown = JSON.parse(json);
  const errors = validate(doc);
  if (errors) return [`schema: ${JSON.stringify(errors).slice(0, 600)}`];
  return checkCycloneDxGraph(doc as CycloneDxGraph);
}

/** Returns null when the document is valid, else Ajv's errors. */
export type CycloneDxSchemaCheck = (doc: unknown) => null | unknown[];

const cycloneDxValidators = new Map<string, CycloneDxSchemaCheck>();

/**
 * The library's strict JSON validation (schema-compile.ts), as the code Ajv
 * generated for it (scripts/sbom-validators.ts): only the version asked for is
 * loaded.
 */
export async function cycloneDxValidator(version: CycloneDxVersion): Promise<CycloneDxSchemaCheck> {
  let v = cycloneDxValidators.get(version);
  if (v) return v;
  const { validate } = version === '1.5' ? await import('./cyclonedx-1.5.validator.generated.js') : await import('./cyclonedx-1.6.validator.generated.js');
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

/** The official SPDX 2.3 JSON schema (schema-compile.ts), as the code Ajv generated for it. */
export function spdxValidator(): ValidateFunction {
  return validateSpdxSchema;
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
