// ajv-formats-draft2019 ships no types; this is the one format the validator takes from it.
declare module 'ajv-formats-draft2019/formats/idn-email.js' {
  export default function idnEmail(value: string): boolean;
}
