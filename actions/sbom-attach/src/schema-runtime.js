// What the generated validators (*.validator.generated.js) call besides their
// own code: Ajv's runtime helpers, and the formats the CycloneDX validator's Ajv
// instance had (ajv-formats' full set, idn-email from ajv-formats-draft2019), by
// name. JavaScript, as they are: the bundler resolves a JavaScript file's
// imports as written, so they import this file, not a TypeScript one.
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import idnEmail from 'ajv-formats-draft2019/formats/idn-email.js';

export const formats = { ...fullFormats, 'idn-email': idnEmail };

// Ajv's runtime modules are CommonJS with the function on `default`: a bundler hands over that function, Node the exports object.
const fn = m => m.default ?? m;
export const equal = fn(equalModule);
export const ucs2length = fn(ucs2lengthModule);
