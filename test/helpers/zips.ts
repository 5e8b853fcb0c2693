/**
 * Crafting zip files for tests, including the malicious ones a real zip tool refuses to make.
 *
 *   const zip = await makeZip([{ name: 'calepin-archive.json', data: '{…}' }, { name: 'W/xx/evil', data: 'x' }]);
 *   renameEntry(zip, 'W/xx/evil', 'W/../evil');       // same length: patched in place, headers included
 *   setDeclaredSize(zip, 'W/big', 10);                 // the central directory now lies about the size
 *
 * yazl refuses `..` and absolute names, so those are written under a placeholder of the same length
 * and patched in the bytes; yauzl reads names and sizes from the central directory.
 */
import { Buffer } from 'node:buffer';
import { ZipFile } from 'yazl';

export interface ZipEntrySpec {
  name: string;
  data?: string | Buffer;
  /** Unix mode with its type bits: 0o100644 a file, 0o120777 a symbolic link. */
  mode?: number;
  compress?: boolean;
}

export async function makeZip(entries: ZipEntrySpec[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries) {
    if (e.name.endsWith('/')) zip.addEmptyDirectory(e.name);
    else
      zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? '', 'utf8'), e.name, {
        mode: e.mode ?? 0o100644,
        compress: e.compress ?? true,
      });
  }
  zip.end();
  const parts: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) parts.push(chunk);
  return Buffer.concat(parts);
}

/** Replaces every occurrence of an entry's name (local header and central directory). */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  const a = Buffer.from(from, 'utf8');
  const b = Buffer.from(to, 'utf8');
  if (a.length !== b.length) throw new Error('renameEntry: names must have the same length in bytes');
  let found = 0;
  for (let i = zip.indexOf(a); i !== -1; i = zip.indexOf(a, i + 1)) {
    b.copy(zip, i);
    found += 1;
  }
  if (found === 0) throw new Error(`renameEntry: ${from} not found`);
  return zip;
}

const CENTRAL_HEADER = 0x02014b50;

/** Rewrites the uncompressed size the central directory declares for an entry. */
export function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(i) !== CENTRAL_HEADER) continue;
    const nameLength = zip.readUInt16LE(i + 28);
    if (zip.toString('utf8', i + 46, i + 46 + nameLength) === name) {
      zip.writeUInt32LE(size, i + 24);
      return zip;
    }
  }
  throw new Error(`setDeclaredSize: ${name} not in the central directory`);
}
