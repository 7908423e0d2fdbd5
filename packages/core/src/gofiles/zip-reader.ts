import { promises as fs } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipFileEntry {
  name: string;
  /** Uncompressed size from the central directory. */
  size: number;
  isDirectory: boolean;
  /** Reads and inflates the entry's data. */
  read(): Buffer;
}

/**
 * Reads a zip archive's central directory (stored and deflated entries; no
 * zip64, which module zips never need: Go caps them at 500 MB). Used to
 * hash module zips from the module cache the way the go command does.
 */
export async function readZip(file: string): Promise<ZipFileEntry[]> {
  return parseZip(await fs.readFile(file));
}

export function parseZip(buf: Buffer): ZipFileEntry[] {
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipFileEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    entries.push({
      name,
      size,
      isDirectory: name.endsWith('/'),
      read() {
        if (buf.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
        const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
        const data = buf.subarray(start, start + compressedSize);
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data);
        throw new Error(`zip: unsupported compression method ${method} for ${name}`);
      }
    });
  }
  return entries;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new Error('zip: end of central directory not found (not a zip file?)');
}
