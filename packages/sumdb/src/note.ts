import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Go's signed notes (golang.org/x/mod/sumdb/note): a UTF-8 text ending in a
 * newline, a blank line, then signature lines `— <name> <base64(keyhash‖sig)>`.
 * Keys are `<name>+<hash>+<base64(alg‖key)>` with alg 1 = Ed25519 and hash the
 * first 4 bytes (big-endian) of SHA-256(name ‖ "\n" ‖ alg ‖ key).
 */

/** The checksum database key the go command has built in for sum.golang.org. */
export const SUM_GOLANG_ORG_KEY = 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8';

const ALG_ED25519 = 1;
// DER prefixes that turn a raw 32-byte Ed25519 key into SPKI / PKCS#8 for node:crypto.
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SIG_PREFIX = '\u2014 ';

export class NoteError extends Error {}

export interface NoteVerifier {
  name: string;
  /** Key hash, as in the key text. */
  hash: number;
  /** The verifier key text `name+hash+key`. */
  text: string;
  verify(message: Buffer, signature: Buffer): boolean;
}

export interface NoteSigner {
  name: string;
  hash: number;
  sign(message: Buffer): Buffer;
}

export interface OpenedNote {
  /** The signed text, ending in a newline. */
  text: string;
  /** Names of the verified signers. */
  verifiedBy: string[];
}

function isValidName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  return name !== '' && !/[\s+]/u.test(name) && !/[\u0000-\u001f\u007f]/.test(name);
}

export function keyHash(name: string, key: Buffer): number {
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), key]))
    .digest()
    .readUInt32BE(0);
}

function strictBase64(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  return Buffer.from(text, 'base64');
}

/** Parses a verifier key `name+hash+base64key`; throws NoteError saying what is wrong. */
export function parseVerifierKey(text: string): NoteVerifier {
  const parts = text.split('+');
  // The base64 key may itself contain '+': name and hash are the first two fields.
  if (parts.length < 3) throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: expected name+hash+key`);
  const name = parts[0];
  const hashText = parts[1];
  const keyText = parts.slice(2).join('+');
  if (!isValidName(name)) throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: invalid name`);
  if (!/^[0-9a-f]{8}$/.test(hashText)) throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: hash must be 8 lower-case hex digits`);
  const key = strictBase64(keyText);
  if (!key || key.length === 0) throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: key is not base64`);
  const hash = parseInt(hashText, 16);
  if (keyHash(name, key) !== hash) throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: hash ${hashText} does not match the key`);
  if (key[0] !== ALG_ED25519) throw new NoteError(`verifier key ${JSON.stringify(text)}: unknown algorithm ${key[0]} (only Ed25519 is supported)`);
  if (key.length !== 33) throw new NoteError(`malformed verifier key ${JSON.stringify(text)}: Ed25519 key must be 32 bytes`);
  const publicKey: KeyObject = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, key.subarray(1)]), format: 'der', type: 'spki' });
  return {
    name,
    hash,
    text,
    verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature)
  };
}

/** A new Ed25519 key pair in Go's text forms (`PRIVATE+KEY+name+hash+key` and `name+hash+key`). */
export function generateNoteKey(name: string): { signerKey: string; verifierKey: string } {
  if (!isValidName(name)) throw new NoteError(`invalid key name ${JSON.stringify(name)}`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length);
  const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
  const alg = Buffer.from([ALG_ED25519]);
  const hash = keyHash(name, Buffer.concat([alg, pub]))
    .toString(16)
    .padStart(8, '0');
  return {
    signerKey: `PRIVATE+KEY+${name}+${hash}+${Buffer.concat([alg, seed]).toString('base64')}`,
    verifierKey: `${name}+${hash}+${Buffer.concat([alg, pub]).toString('base64')}`
  };
}

export function parseSignerKey(text: string): NoteSigner {
  const m = /^PRIVATE\+KEY\+([^+]+)\+([0-9a-f]{8})\+(.+)$/.exec(text);
  if (!m) throw new NoteError('malformed signer key');
  const raw = Buffer.from(m[3], 'base64');
  if (raw[0] !== ALG_ED25519 || raw.length !== 33) throw new NoteError('signer key is not an Ed25519 seed');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw.subarray(1)]), format: 'der', type: 'pkcs8' });
  return { name: m[1], hash: parseInt(m[2], 16), sign: message => sign(null, message, privateKey) };
}

/** Signs a note text (which must end in a newline) with each signer. */
export function signNote(text: string, ...signers: NoteSigner[]): string {
  if (!text.endsWith('\n')) throw new NoteError('note text must end in a newline');
  const lines = signers.map(s => {
    const hash = Buffer.alloc(4);
    hash.writeUInt32BE(s.hash >>> 0);
    return `${SIG_PREFIX}${s.name} ${Buffer.concat([hash, s.sign(Buffer.from(text, 'utf8'))]).toString('base64')}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

/**
 * Opens a signed note: checks its format and that at least one signature is a
 * valid signature by one of the known verifiers. A signature by a known key
 * name and hash that does not verify is an error even when others do.
 */
export function openNote(message: string, verifiers: readonly NoteVerifier[]): OpenedNote {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(message)) throw new NoteError('malformed note: control characters');
  const split = message.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed note: no signature block');
  const text = message.slice(0, split + 1);
  const sigBlock = message.slice(split + 2);
  if (sigBlock === '' || !sigBlock.endsWith('\n')) throw new NoteError('malformed note: signature block must end in a newline');
  const verifiedBy: string[] = [];
  for (const line of sigBlock.slice(0, -1).split('\n')) {
    if (!line.startsWith(SIG_PREFIX)) throw new NoteError(`malformed note: bad signature line ${JSON.stringify(line)}`);
    const [name, b64, extra] = line.slice(SIG_PREFIX.length).split(' ');
    const sig = b64 === undefined ? undefined : strictBase64(b64);
    if (!name || extra !== undefined || !sig || sig.length < 5) throw new NoteError(`malformed note: bad signature line ${JSON.stringify(line)}`);
    const hash = sig.readUInt32BE(0);
    const v = verifiers.find(k => k.name === name && k.hash === hash);
    if (!v) continue; // A signature by an unknown key is allowed and ignored.
    if (!v.verify(Buffer.from(text, 'utf8'), sig.subarray(4))) throw new NoteError(`invalid signature by ${name}+${hash.toString(16).padStart(8, '0')}`);
    verifiedBy.push(name);
  }
  if (verifiedBy.length === 0) throw new NoteError('no verifiable signature by a known key');
  return { text, verifiedBy };
}
