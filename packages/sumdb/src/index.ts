// The Go checksum database client: signed notes, tiles, proofs, and the audit of go.sum lines against it.
export * from './note.js';
export * from './tlog.js';
export * from './config.js';
export * from './http.js';
export * from './client.js';
export * from './audit.js';
export * from './session.js';
