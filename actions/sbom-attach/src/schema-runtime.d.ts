import type { Format } from 'ajv';

/** The formats of the CycloneDX validator's Ajv instance, by name. */
export declare const formats: Record<string, Format>;
/** Ajv's runtime deep equality (for enum and const). */
export declare const equal: (a: unknown, b: unknown) => boolean;
/** Ajv's runtime string length in code points (for minLength and maxLength). */
export declare const ucs2length: (s: string) => number;
