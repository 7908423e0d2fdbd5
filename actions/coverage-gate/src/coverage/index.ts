export * from './profile.js';
export * from './go-source-scanner.js';
export * from './func-coverage.js';
export * from './exact-percent.js';
export * from './baseline.js';
export * from './unified-diff.js';
export * from './badge.js';
