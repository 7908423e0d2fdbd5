// ajv-formats-draft2019 ships no types; this is the one call the validator makes.
declare module 'ajv-formats-draft2019' {
  import type { Ajv } from 'ajv';
  export default function addFormats(ajv: Ajv, options?: { formats?: string[] }): Ajv;
}
