// Keeps the reusable workflows' references to the gates (and to their internal
// step action) on one ref.
//
// Inside a reusable workflow `uses: ./actions/<gate>` resolves against the
// CALLER's checkout, so .github/workflows/go-gates.yml and sbom-publish.yml name
// the gates as go-ci-gates/go-ci-gates/actions/<gate>@<ref>. On the default
// branch <ref> is the moving major tag (v1). The release job rewrites it to the
// release's own tag in the commit it tags, so a caller of go-gates.yml@v1.4.2
// runs exactly the v1.4.2 gates:
//
//   npx tsx scripts/gate-ref.ts set v1.4.2   rewrite every gate reference
//   npx tsx scripts/gate-ref.ts check [ref]  exit 1 unless all references use
//                                            one ref (and it is [ref], if given)
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The repository the gates are published from (a placeholder until release). */
export const GATE_REPOSITORY = 'go-ci-gates/go-ci-gates';
export const REUSABLE_WORKFLOWS = ['.github/workflows/go-gates.yml', '.github/workflows/sbom-publish.yml'];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The gates (actions/<gate>) and the internal step action the workflows run the CLI bundle through
// (.github/actions/go-gates-step): a release's workflow must run its own CLI with its own gates.
export const GATE_REFERENCE = new RegExp(`(uses:\\s*${escapeRe(GATE_REPOSITORY)}/(?:\\.github/)?actions/[a-z0-9-]+)@([^\\s#]+)`, 'g');

export function gateRefs(text: string): { gate: string; ref: string }[] {
  return [...text.matchAll(GATE_REFERENCE)].map(m => ({ gate: m[1].replace(/^uses:\s*/, ''), ref: m[2] }));
}

export function setGateRef(text: string, ref: string): string {
  if (!/^[A-Za-z0-9._/-]+$/.test(ref)) throw new Error(`'${ref}' is not a tag, branch or commit`);
  return text.replace(GATE_REFERENCE, (_all, uses: string) => `${uses}@${ref}`);
}

function main(argv: string[]): number {
  const [command, ref] = argv;
  if (command === 'set' && ref) {
    for (const file of REUSABLE_WORKFLOWS) {
      const abs = path.join(REPO_ROOT, file);
      writeFileSync(abs, setGateRef(readFileSync(abs, 'utf8'), ref));
      console.log(`${file}: gates now @${ref}`);
    }
    return 0;
  }
  if (command === 'check') {
    const refs = new Set<string>();
    for (const file of REUSABLE_WORKFLOWS) for (const r of gateRefs(readFileSync(path.join(REPO_ROOT, file), 'utf8'))) refs.add(r.ref);
    const list = [...refs];
    if (list.length !== 1 || (ref && list[0] !== ref)) {
      console.error(
        `Gate references use ${list.join(', ') || 'no ref'}${ref ? `; expected only ${ref}` : '; expected one ref'}. Run: npx tsx scripts/gate-ref.ts set <ref>`
      );
      return 1;
    }
    console.log(`All gate references use @${list[0]}.`);
    return 0;
  }
  console.error('usage: gate-ref.ts set <ref> | check [ref]');
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
