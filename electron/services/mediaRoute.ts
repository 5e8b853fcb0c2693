/**
 * `GET /media/<sha256>` for the web host, so the renderer can show `<img src="media/<sha>">`, and
 * `GET /media/thumb/<sha256>`, the item's cached 320 px WebP (what the library grid shows: 5,000
 * full photos would not scroll). Only hashes the open workspace knows are served: the route can
 * never be turned into a way to read other files, whatever the path says.
 */
import { readFile } from 'node:fs/promises';
import { contentTypeOf } from '../web/staticFiles.js';

const MEDIA_PATH = /^\/media\/([0-9a-f]{64})$/;
const THUMB_PATH = /^\/media\/thumb\/([0-9a-f]{64})$/;

export type MediaLookup = (sha256: string) => string | null;
export type ThumbnailLookup = (sha256: string) => Promise<string | null>;

export function mediaRoute(
  lookup: MediaLookup,
  thumbnail: ThumbnailLookup = () => Promise.resolve(null),
): (urlPath: string) => Promise<{ body: Buffer; type: string; immutable: boolean } | null> {
  return async (urlPath) => {
    const thumbSha = THUMB_PATH.exec(urlPath)?.[1];
    const sha = MEDIA_PATH.exec(urlPath)?.[1];
    const file = thumbSha ? await thumbnail(thumbSha) : sha ? lookup(sha) : null;
    if (!file) return null;
    try {
      return { body: await readFile(file), type: thumbSha ? 'image/webp' : contentTypeOf(file), immutable: true };
    } catch {
      return null;
    }
  };
}
