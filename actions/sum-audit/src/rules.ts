import type { RuleDoc } from '@go-ci-gates/core';

/** Every finding sum-audit reports: the README's rule table is generated from this list. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'checksum-mismatch',
    severity: 'error',
    description: "A go.sum hash differs from the checksum database's, for a record proven in the signed log.",
    example: '`go.sum:1` "example.com/greet v1.1.0 h1:RLEz…" has h1:RLEz…, but the checksum database sum.golang.org (tree 41236578) says h1:AQEB….'
  },
  {
    id: 'sumdb-fork',
    severity: 'error',
    description: "Two tree heads that cannot both be true: same size and different hashes, or an earlier verified tree that is not a prefix of today's.",
    example: 'SECURITY ERROR: the checksum database sum.golang.org served a tree that contradicts one verified earlier: …'
  },
  {
    id: 'sumdb-rejected',
    severity: 'error',
    description:
      "The database's answer failed verification: bad signature, inclusion proof that does not lead to the signed root, a record about another module.",
    example: '`go.sum:1` example.com/greet@v1.1.0: … invalid signature by sum.golang.org+033de0ae.'
  },
  {
    id: 'unverified',
    severity: 'warning (`unverifiable: error` → error)',
    description:
      'Lines not checked against the database, one finding per file and reason (private, GOSUMDB=off, not found, unreachable, unknown hash algorithm).',
    example: '`go.sum:1` go.sum: 2 lines could not be verified: not in the checksum database (GET …: HTTP 404: not found): example.com/greet@v1.1.0.'
  },
  {
    id: 'fork-check-incomplete',
    severity: 'warning (error with `unverifiable: error`)',
    description: "The tree head from an earlier run could not be compared with today's (network).",
    example: "The tree head verified in an earlier run could not be proven consistent with today's: …"
  },
  {
    id: 'malformed-line',
    severity: 'error',
    description:
      "A line that is not three fields, split as the go command splits them (Go's `strings.Fields`: U+0085 and U+3000 separate fields, a BOM does not; a line holding only a BOM is not blank): the go command refuses the whole file (`malformed go.sum`), and the finding says so. Also lines go reads but that can never match a module: `h1:` that is not 32 bytes of base64; invalid module path or non-canonical version; version that disagrees with the `/vN` suffix.",
    example:
      '`go.sum:7` malformed line: wrong number of fields 2 (want 3); the go command refuses the whole file ("malformed go.sum ... wrong number of fields 2").'
  },
  {
    id: 'merge-conflict',
    severity: 'error',
    description: '`<<<<<<<`, `=======`, `>>>>>>>`, `|||||||` left in go.sum.',
    example: '`go.sum:2` merge-conflict marker "<<<<<<< HEAD" left in go.sum.'
  },
  {
    id: 'conflicting-hash',
    severity: 'error',
    description: 'Two different hashes for the same module, version and kind: at most one can be right.',
    example: '`go.sum:5` example.com/greet@v1.1.0/go.mod has two different hashes: h1:rcTg… (line 3) and h1:AgIC….'
  },
  {
    id: 'missing-line',
    severity: 'error',
    description: 'A line `go mod tidy -diff` would add (builds fail with "missing go.sum entry"); a module with requirements and no go.sum.',
    example: '`go.sum:4` example.com/greet v1.1.0/go.mod h1:rcTg… is missing.'
  },
  {
    id: 'stale-line',
    severity: 'warning',
    description:
      'A line `go mod tidy -diff` would remove. The extra copies of a duplicated line are `duplicate-line` findings and are not reported again here; a needed line written twice is only a duplicate.',
    example: '`go.sum:2` example.com/greet v1.0.0 h1:… is not needed by the module.'
  },
  { id: 'duplicate-line', severity: 'warning', description: 'An identical line repeated.', example: '`go.sum:4` duplicate of line 3.' },
  {
    id: 'missing-go-mod-hash',
    severity: 'warning',
    description: 'A module hash line without its `/go.mod` partner.',
    example: '`go.sum:1` example.com/greet@v1.1.0 has a module hash but no /go.mod hash line.'
  },
  {
    id: 'unknown-hash',
    severity: 'warning',
    description: 'A hash algorithm other than `h1` (the go command checks nothing with it).',
    example: '`go.sum:12` unknown hash algorithm "sha256".'
  },
  {
    id: 'missing-final-newline',
    severity: 'warning',
    description: 'The last line has no newline.',
    example: '`go.sum:9` the last line has no newline at the end.'
  },
  {
    id: 'tidy-failed',
    severity: 'warning',
    description:
      '`go mod tidy` could not load the module (network, missing version): stale/missing lines are unknown, and this is said instead of reporting them.',
    example: 'go.sum: go mod tidy could not load the module … reading …/@v/v1.9.9.zip: no such file or directory'
  },
  {
    id: 'non-canonical-order',
    severity: 'notice',
    description: 'go.sum is not in the order the go command writes (path, semver, zip before /go.mod); reported once.',
    example: '`go.sum:2` out of order: example.com/greet v1.0.0 should come before example.com/greet v1.1.0.'
  }
];
