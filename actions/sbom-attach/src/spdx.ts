import { createHash } from 'node:crypto';
import { goStdlibCpe, h1ToHex, uuidV5 } from '@go-ci-gates/core';
import { TOOL_NAME, TOOL_VERSION } from './cyclonedx.js';
import { NOASSERTION } from '@go-ci-gates/core';
import type { ComponentModel, SbomModel } from './model.js';
import { p } from './build-model.js';

type Json = Record<string, unknown>;

/** `SPDXRef-Package-go-<sanitised name>-<short hash of the ref>`: unique and within the allowed characters. */
export function spdxId(ref: string, name: string): string {
  const clean = name
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `SPDXRef-Package-go-${clean}-${createHash('sha256').update(ref).digest('hex').slice(0, 8)}`;
}

function pkg(c: ComponentModel, isMain: boolean, mainApp: boolean): Json {
  const hex = c.h1 ? h1ToHex(c.h1) : undefined;
  const license = c.license?.expression ?? NOASSERTION;
  const refs: Json[] = [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }];
  if (c.kind === 'stdlib') refs.push({ referenceCategory: 'SECURITY', referenceType: 'cpe23Type', referenceLocator: goStdlibCpe(c.version) });
  const comments = [...c.properties].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`);
  if (c.testOnly) comments.push(`${p('scope')}=test`);
  return {
    SPDXID: spdxId(c.ref, c.path),
    name: c.path,
    versionInfo: c.version,
    supplier: NOASSERTION,
    downloadLocation: c.downloadUrl ?? NOASSERTION,
    filesAnalyzed: false,
    ...(hex ? { checksums: [{ algorithm: 'SHA256', checksumValue: hex }] } : {}),
    licenseConcluded: license,
    licenseDeclared: NOASSERTION,
    copyrightText: c.license?.copyright.length ? c.license.copyright.join('\n') : NOASSERTION,
    externalRefs: refs,
    primaryPackagePurpose: isMain && mainApp ? 'APPLICATION' : 'LIBRARY',
    ...(comments.length ? { comment: comments.join('\n') } : {})
  };
}

/** SPDX 2.3 JSON; the namespace's UUID is derived from the content, so output is reproducible. */
export function toSpdx(model: SbomModel, timestamp: string, repository: string | undefined): string {
  const mainApp = model.mode !== 'module';
  const mainId = spdxId(model.main.ref, model.main.path);
  const idOf = new Map<string, string>([[model.main.ref, mainId]]);
  for (const c of model.components) idOf.set(c.ref, spdxId(c.ref, c.path));
  const packages = [pkg(model.main, true, mainApp), ...model.components.map(c => pkg(c, false, mainApp))];
  const relationships: Json[] = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: mainId }];
  const testOnly = new Set(model.components.filter(c => c.testOnly).map(c => c.ref));
  for (const [from, deps] of [...model.dependsOn.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const to of [...deps].sort()) {
      if (testOnly.has(to) && from === model.main.ref) continue;
      relationships.push({ spdxElementId: idOf.get(from)!, relationshipType: 'DEPENDS_ON', relatedSpdxElement: idOf.get(to)! });
    }
  }
  // Test-only modules: TEST_DEPENDENCY_OF the main module, so they are told apart from runtime ones.
  for (const ref of [...testOnly].sort()) {
    relationships.push({ spdxElementId: idOf.get(ref)!, relationshipType: 'TEST_DEPENDENCY_OF', relatedSpdxElement: mainId });
  }
  const name = `${model.main.path}@${model.main.version}`;
  const body: Json = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    creationInfo: { created: timestamp, creators: [`Tool: ${TOOL_NAME}-${TOOL_VERSION}`] },
    packages,
    relationships
  };
  const uuid = uuidV5(JSON.stringify(body));
  const base = repository ? `https://github.com/${repository}/sbom` : 'https://go-ci-gates.invalid/sbom';
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `${base}/${model.main.path}@${model.main.version}/${uuid}`,
    creationInfo: body.creationInfo,
    packages,
    relationships
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
