import { goModulePurl, goStdlibCpe, h1ToHex, uuidV5 } from '@go-ci-gates/core';
import type { CycloneDxVersion } from './inputs.js';
import { NOASSERTION } from '@go-ci-gates/core';
import type { ComponentModel, SbomModel } from './model.js';
import { p } from './build-model.js';

export const TOOL_NAME = 'sbom-attach';
export const TOOL_VERSION = '0.1.0';

type Json = Record<string, unknown>;

function sortedProps(props: [string, string][]): { name: string; value: string }[] {
  return [...props].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1])).map(([name, value]) => ({ name, value }));
}

function licenseEntries(c: ComponentModel, version: CycloneDxVersion): Json[] | undefined {
  const l = c.license;
  if (!l || l.expression === NOASSERTION) return undefined;
  const ids = l.expression.split(' AND ');
  if (ids.length > 1) return [{ expression: l.expression, ...(version === '1.6' ? { acknowledgement: 'concluded' } : {}) }];
  const file = l.files.find(f => f.ids.includes(ids[0]));
  return [
    {
      license: {
        id: ids[0],
        ...(version === '1.6' ? { acknowledgement: 'concluded' } : {}),
        ...(file
          ? {
              properties: sortedProps([
                [p('license-file'), file.file],
                [p('license-confidence'), String(file.confidence)]
              ])
            }
          : {})
      }
    }
  ];
}

function component(c: ComponentModel, version: CycloneDxVersion, type: 'library' | 'application'): Json {
  const out: Json = { type, 'bom-ref': c.ref, name: c.path, version: c.version, purl: c.purl };
  if (c.kind !== 'main') out.scope = c.testOnly ? 'excluded' : 'required';
  const hex = c.h1 ? h1ToHex(c.h1) : undefined;
  if (hex) out.hashes = [{ alg: 'SHA-256', content: hex }];
  const licenses = licenseEntries(c, version);
  if (licenses) out.licenses = licenses;
  if (c.kind === 'stdlib') {
    out.cpe = goStdlibCpe(c.version);
    out.licenses = [{ license: { id: 'BSD-3-Clause', ...(version === '1.6' ? { acknowledgement: 'concluded' } : {}) } }];
  }
  const refs: Json[] = [];
  if (c.vcsUrl) refs.push({ type: 'vcs', url: c.vcsUrl });
  if (c.downloadUrl) refs.push({ type: 'distribution', url: c.downloadUrl });
  if (refs.length) out.externalReferences = refs;
  if (c.replaces && !c.localDir)
    out.pedigree = {
      ancestors: [
        {
          type: 'library',
          'bom-ref': `${c.ref}#replaces`,
          name: c.replaces.path,
          version: c.replaces.version || undefined,
          purl: c.replaces.version ? replacedPurl(c) : undefined
        }
      ]
    };
  const props: [string, string][] = [...c.properties];
  if (c.testOnly) props.push([p('scope'), 'test']);
  if (c.license && c.license.expression === NOASSERTION && c.license.files.length) props.push([p('license'), NOASSERTION]);
  if (props.length) out.properties = sortedProps(props);
  return out;
}

function replacedPurl(c: ComponentModel): string {
  return goModulePurl(c.replaces!.path, c.replaces!.version);
}

/**
 * CycloneDX 1.6 (or 1.5) JSON. The serialNumber is a UUIDv5 of the document
 * without it, so the same inputs give byte-identical files.
 */
export function toCycloneDx(model: SbomModel, version: CycloneDxVersion, timestamp: string): string {
  const mainType =
    model.main.kind === 'main' && (model.mode === 'binary' || model.main.properties.some(([k]) => k === p('main-packages'))) ? 'application' : 'library';
  const components = model.components.map(c => component(c, version, 'library'));
  if (model.binary) {
    components.push({
      type: 'file',
      'bom-ref': `file:${model.binary.name}`,
      name: model.binary.name,
      hashes: [{ alg: 'SHA-256', content: model.binary.sha256 }]
    });
  }
  const dependencies = [...model.dependsOn.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([ref, deps]) => ({ ref, dependsOn: [...deps].sort() }));
  const doc: Json = {
    bomFormat: 'CycloneDX',
    specVersion: version,
    version: 1,
    metadata: {
      timestamp,
      ...(version === '1.6' || version === '1.5' ? { lifecycles: [{ phase: model.mode === 'module' ? 'pre-build' : 'build' }] } : {}),
      tools: { components: [{ type: 'application', name: TOOL_NAME, version: TOOL_VERSION, group: 'go-ci-gates' }] },
      component: component(model.main, version, mainType)
    },
    components,
    dependencies,
    compositions: [{ aggregate: model.edgesComplete ? 'complete' : 'unknown', dependencies: [model.main.ref] }]
  };
  const body = JSON.stringify(doc);
  const serialNumber = `urn:uuid:${uuidV5(body)}`;
  const ordered = { $schema: `http://cyclonedx.org/schema/bom-${version}.schema.json`, bomFormat: 'CycloneDX', specVersion: version, serialNumber, ...doc };
  return JSON.stringify(ordered, null, 2) + '\n';
}
