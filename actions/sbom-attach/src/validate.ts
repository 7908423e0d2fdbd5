import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { checkLicenseExpression } from '@go-ci-gates/core';
import type { CycloneDxVersion } from './inputs.js';

/** Validation problems of one document; empty when it is valid. */
export type ValidationProblems = string[];

/** CycloneDX: the library's strict JSON validator (ajv, ajv-formats, ajv-formats-draft2019 are its peers). */
export async function validateCycloneDx(json: string, version: CycloneDxVersion): Promise<ValidationProblems> {
  const specVersion = version === '1.5' ? Spec.Version.v1dot5 : Spec.Version.v1dot6;
  const validator = new Validation.JsonStrictValidator(specVersion);
  const error = await validator.validate(json);
  if (!error) return checkCycloneDxGraph(JSON.parse(json));
  return [`schema: ${JSON.stringify(error).slice(0, 600)}`];
}

/** Checks the schema cannot express: every dependency ref exists, none depends on itself. */
function checkCycloneDxGraph(doc: { metadata?: { component?: { 'bom-ref'?: string } }; components?: { 'bom-ref'?: string }[]; dependencies?: { ref: string; dependsOn?: string[] }[] }): ValidationProblems {
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

let spdxValidator: ReturnType<Ajv2019['compile']> | undefined;

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
  if (!spdxValidator) {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    spdxValidator = ajv.compile(JSON.parse(readFileSync(spdxSchemaPath(), 'utf8')));
  }
  const doc = JSON.parse(json) as SpdxDoc;
  const problems: string[] = [];
  if (!spdxValidator(doc)) {
    for (const e of spdxValidator.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`.trim());
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
