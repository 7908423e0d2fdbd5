import * as path from 'node:path';
import { toPosixRelative, type GoModule } from '@go-ci-gates/core';

/**
 * Maps a profile file name (`<import path>/<file>.go`, or an absolute path)
 * to a workspace-relative file through the discovered modules: the module
 * with the longest matching path wins, so nested modules and `/vN` paths map
 * to their own directories.
 */
export class FileMapper {
  private readonly modules: GoModule[];
  constructor(
    modules: readonly GoModule[],
    private readonly workspace: string
  ) {
    this.modules = [...modules].sort((a, b) => b.path.length - a.path.length);
  }

  map(fileName: string): { file: string; module: GoModule; importDir: string } | undefined {
    for (const m of this.modules) {
      if (fileName.startsWith(m.path + '/')) {
        const rel = fileName.slice(m.path.length + 1);
        return { file: toPosixRelative(this.workspace, path.join(m.dir, rel)), module: m, importDir: fileName.slice(0, fileName.lastIndexOf('/')) };
      }
    }
    if (path.isAbsolute(fileName)) {
      const abs = path.resolve(fileName);
      const m = this.modules.find(mod => abs.startsWith(mod.dir + path.sep));
      if (m) return { file: toPosixRelative(this.workspace, abs), module: m, importDir: path.posix.dirname(toPosixRelative(this.workspace, abs)) };
    }
    return undefined;
  }
}
