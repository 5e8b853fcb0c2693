/**
 * SHA-256 of a string's UTF-8 bytes, as hex. Core runs in the renderer and in Node and may not
 * import node:crypto (Web Crypto is async), yet export version hashes and approval content hashes
 * must be the same digest everywhere: @noble/hashes is the audited, dependency-free, synchronous
 * implementation (the tests check it equals node:crypto's).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
