import type { Format } from 'ajv';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import idnEmail from 'ajv-formats-draft2019/formats/idn-email.js';

/**
 * What the generated validators (*.validator.generated.ts) call besides their
 * own code: Ajv's runtime helpers, and the formats the CycloneDX validator's Ajv
 * instance had (ajv-formats' full set, idn-email from ajv-formats-draft2019), by name.
 */
export const formats: Record<string, Format> = { ...fullFormats, 'idn-email': idnEmail };

// Ajv's runtime modules are CommonJS with the function on `default`.
const fn = <T>(m: T | { default: T }): T => ((m as { default?: T }).default ?? m) as T;
export const equal = fn(equalModule);
export const ucs2length = fn(ucs2lengthModule);
