import type { RuleDoc } from '@go-ci-gates/core';

/** Every finding vendor-consistency reports: the README's rule table is generated from this list. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'vendor-inconsistent',
    severity: 'error',
    description: "go.mod and vendor/modules.txt disagree, as the go command's own consistency check finds (explicit marks, versions, replacements).",
    example:
      '`go.mod:10`: example.com/vendorc/gamma@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt (vendor/modules.txt:8)'
  },
  {
    id: 'vendor-mode-mismatch',
    severity: 'error',
    description: 'vendor/modules.txt was written for workspace mode and this is not one, or the other way round: the go command ignores it.',
    example: 'Outside workspace mode, but vendor/modules.txt is for a workspace ("## workspace"): the go command ignores this vendor directory.'
  },
  {
    id: 'vendor-package-missing',
    severity: 'error',
    description: 'modules.txt lists a package whose directory is not in vendor/.',
    example:
      'vendor/modules.txt:4 lists package example.com/vendorc/alpha/sub of example.com/vendorc/alpha@v1.0.0, but vendor/example.com/vendorc/alpha/sub does not exist.'
  },
  {
    id: 'modules-txt-missing',
    severity: 'error',
    description: 'vendor/ has no modules.txt.',
    example: 'vendor has no modules.txt, so the go command cannot tell which modules it holds.'
  },
  {
    id: 'modules-txt-ignored-line',
    severity: 'warning',
    description: 'A modules.txt line the go command ignores.',
    example: 'The go command ignores this line of modules.txt (module line without a version): "# example.com/broken".'
  },
  {
    id: 'vendor-symlink',
    severity: 'error',
    description: 'A symlink in vendor/ (go mod vendor copies regular files only), or vendor itself is a symlink, which the gate does not follow.',
    example: 'vendor/example.com/vendorc/alpha/COPYING is a symlink (to LICENSE) in example.com/vendorc/alpha@v1.0.0: go mod vendor copies regular files only.'
  },
  {
    id: 'vendor-file-modified',
    severity: 'error',
    description: "A vendored file differs from the module's published content (annotated at the first changed line).",
    example: "`vendor/example.com/vendorc/alpha/sub/sub.go:5`: 1 vendored file of example.com/vendorc/alpha@v1.0.0 differs from the module's published content."
  },
  {
    id: 'vendor-file-missing',
    severity: 'error',
    description: 'A file go mod vendor produces is missing from vendor/.',
    example: '1 file of example.com/vendorc/alpha@v1.0.0 that go mod vendor produces is missing from vendor/: vendor/example.com/vendorc/alpha/sub/sub.go.'
  },
  {
    id: 'vendor-file-extra',
    severity: 'error',
    description: 'A file in vendor/ that go mod vendor does not produce (unless `allow-extra` matches it).',
    example: '1 file in vendor/ of example.com/vendorc/alpha@v1.0.0 is not produced by go mod vendor: vendor/example.com/vendorc/alpha/NOTES.md.'
  },
  {
    id: 'modules-txt-modified',
    severity: 'error',
    description: 'vendor/modules.txt is not what go mod vendor writes for this go.mod.',
    example: 'vendor/modules.txt is not what go mod vendor writes for this go.mod (first difference at line 9).'
  },
  {
    id: 'toolchain-skew',
    severity: 'warning / error',
    description: 'modules.txt differs only in the "## go" annotations another Go writes (warning), or go.mod needs a Go this run cannot switch to (error).',
    example:
      'modules.txt differs from what go 1.26.8 writes only in 2 "## go" annotation lines; or: go.mod requires go >= 1.99, but the go command is 1.26.8 and GOTOOLCHAIN=local forbids switching.'
  },
  {
    id: 'vendor-absent',
    severity: 'notice / error',
    description: 'The module has no vendor/ directory (an error with `require-vendor`).',
    example: 'example.com/clean has no vendor/ directory: nothing to check.'
  },
  {
    id: 'integrity-mismatch',
    severity: 'error',
    description: 'The vendored files of a module hash to another value than the integrity lock records.',
    example: 'The vendored files of example.com/vendorc/alpha@v1.0.0 hash to h1:…, but vendor.lock:3 records h1:….'
  },
  { id: 'integrity-lock-missing', severity: 'error', description: 'The `integrity-lock` file does not exist.', example: '' },
  { id: 'integrity-lock-stale', severity: 'error', description: 'The lock names modules that are not vendored, or misses some that are.', example: '' },
  { id: 'integrity-lock-malformed', severity: 'error', description: 'A line of the lock is not `<module> <version> h1:<hash>`.', example: '' }
];
