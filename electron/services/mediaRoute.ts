/**
 * `GET /media/<sha256>` for the web host, so the renderer can show `<img src="media/<sha>">`.
 * Only hashes the open workspace knows are served: the route can never be turned into a way to
 * read other files, whatever the path says.
 */
import { readFile } from 'node:fs/promises';
import { contentTypeOf } from '../web/staticFiles.js';

const MEDIA_PATH = /^\/media\/([0-9a-f]{64})$/;

export type MediaLookup = (sha256: string) => string | null;

export function mediaRoute(lookup: MediaLookup): (urlPath: string) => Promise<{ body: Buffer; type: string } | null> {
  return async (urlPath) => {
    const sha = MEDIA_PATH.exec(urlPath)?.[1];
    if (!sha) return null;
    const file = lookup(sha);
    if (!file) return null;
    try {
      return { body: await readFile(file), type: contentTypeOf(file) };
    } catch {
      return null;
    }
  };
}
