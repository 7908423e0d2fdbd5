// Jest in native ESM mode: ts-jest compiles TypeScript as ES modules, and the
// `.js` suffixes that NodeNext requires in imports are mapped back to sources.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@go-ci-gates/core$': '<rootDir>/packages/core/src/index.ts',
    '^@go-ci-gates/sumdb$': '<rootDir>/packages/sumdb/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  testMatch: ['<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/actions/*/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/node24/'],
  testTimeout: 120000,
  // Fails fast when dist/ was built from other sources than the ones under test, then warms the shared build cache.
  globalSetup: '<rootDir>/test/harness/global-setup.mjs',
  maxWorkers: 2,
  // Longest files first, by the durations jest kept or, in a fresh clone, those of the last fresh-clone run.
  testSequencer: '<rootDir>/test/harness/duration-sequencer.cjs',
  reporters: ['default', '<rootDir>/test/harness/closing-line-reporter.cjs']
};
