import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryLogger } from '@go-ci-gates/core';
import type { HttpPolicy, PublishContext, PublishInputs, SbomFile, SubmissionGraph } from '../../src/publish/index.js';

export const HEAD_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'b'.repeat(40);

export interface Workspace {
  dir: string;
  files: SbomFile[];
  /** The files' bytes as written, to prove nothing touched them. */
  contents: Map<string, string>;
  writeEvent(payload: unknown): Promise<string>;
  cleanup(): Promise<void>;
}

export async function sbomWorkspace(): Promise<Workspace> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sbom-publish-'));
  await fs.mkdir(path.join(dir, 'sbom'));
  const cdx = JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    components: []
  });
  const spdx = JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'hello', dataLicense: 'CC0-1.0', packages: [] });
  const files: SbomFile[] = [
    { path: path.join(dir, 'sbom', 'hello.cdx.json'), format: 'cyclonedx', name: 'hello.cdx.json' },
    { path: path.join(dir, 'sbom', 'hello.spdx.json'), format: 'spdx', name: 'hello.spdx.json' }
  ];
  await fs.writeFile(files[0].path, cdx);
  await fs.writeFile(files[1].path, spdx);
  return {
    dir,
    files,
    contents: new Map([
      [files[0].path, cdx],
      [files[1].path, spdx]
    ]),
    async writeEvent(payload) {
      const p = path.join(dir, 'event.json');
      await fs.writeFile(p, JSON.stringify(payload));
      return p;
    },
    cleanup: () => fs.rm(dir, { recursive: true, force: true })
  };
}

export async function assertFilesIntact(ws: Workspace): Promise<void> {
  for (const [p, content] of ws.contents) {
    const now = await fs.readFile(p, 'utf8');
    if (now !== content) throw new Error(`${p} changed`);
  }
}

export function inputs(overrides: Partial<PublishInputs> = {}): PublishInputs {
  return {
    uploadArtifact: false,
    artifactName: 'sbom',
    releaseAsset: 'false',
    dependencySubmission: false,
    attest: false,
    attestFormat: 'cyclonedx',
    githubToken: 'ghs_test_token',
    ...overrides
  };
}

export function context(ws: Workspace, env: NodeJS.ProcessEnv, http: Partial<HttpPolicy> = {}): PublishContext & { log: MemoryLogger } {
  return { env, log: new MemoryLogger(), workspace: ws.dir, http: { attempts: 3, retryBaseMs: 20, timeoutMs: 400, deadlineMs: 1200, ...http } };
}

/** Two modules (a go.work): the root with runtime and test-only deps, and a tool module. */
export const GRAPH: SubmissionGraph = {
  modules: [
    {
      path: 'example.com/hello',
      relDir: '.',
      goModFile: 'go.mod',
      components: [
        {
          purl: 'pkg:golang/example.com/hello@v1.2.3',
          name: 'example.com/hello',
          version: 'v1.2.3',
          direct: true,
          scope: 'runtime',
          dependsOn: ['pkg:golang/github.com/Foo/Bar/v2@v2.1.0']
        },
        {
          purl: 'pkg:golang/github.com/Foo/Bar/v2@v2.1.0',
          name: 'github.com/Foo/Bar/v2',
          version: 'v2.1.0',
          direct: true,
          scope: 'runtime',
          dependsOn: ['pkg:golang/golang.org/x/text@v0.14.0']
        },
        { purl: 'pkg:golang/golang.org/x/text@v0.14.0', name: 'golang.org/x/text', version: 'v0.14.0', direct: false, scope: 'runtime', dependsOn: [] },
        {
          purl: 'pkg:golang/github.com/stretchr/testify@v1.9.0',
          name: 'github.com/stretchr/testify',
          version: 'v1.9.0',
          direct: true,
          scope: 'development',
          dependsOn: ['pkg:golang/golang.org/x/text@v0.14.0']
        },
        { purl: 'pkg:golang/stdlib@1.23.4', name: 'stdlib', version: '1.23.4', direct: true, scope: 'runtime', dependsOn: [] }
      ]
    },
    {
      path: 'example.com/hello/tools',
      relDir: 'tools',
      goModFile: 'tools/go.mod',
      components: [
        {
          purl: 'pkg:golang/example.com/old@v0.0.0-20240101000000-abcdefabcdef+incompatible',
          name: 'example.com/old',
          version: 'v0.0.0-20240101000000-abcdefabcdef+incompatible',
          direct: true,
          scope: 'runtime',
          dependsOn: []
        }
      ]
    }
  ]
};
