/**
 * `POST /upload/media?name=<file name>` for the web host: files dropped or pasted in a browser have
 * no path, so their bytes come up here. The body is streamed into a temp file in the app's data
 * folder (never whole in memory, capped at MAX_UPLOAD_BYTES), then goes through the very same
 * `media.import` as a path, and the temp folder is removed whatever happens. The server has already
 * checked the session cookie and the Origin. The name is only a name: its last path segment, with
 * control characters dropped, is what the library shows.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { nanoid } from 'nanoid';
import type { CalepinService, MediaImportReport, Result } from '../../core/api.js';
import { dispatch, type DispatchLog } from '../api/dispatch.js';

/** The largest upload taken: a long 1080p video, well under what Node streams comfortably. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
export const UPLOAD_PATH = '/upload/media';
export const UPLOADS_DIR = 'uploads';

class TooLarge extends Error {}

/** Counts bytes as they pass and fails the stream past the limit, so a lying Content-Length changes nothing. */
function capped(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) callback(new TooLarge());
      else callback(null, chunk);
    },
  });
}

/** The name a browser gave the file, made safe to be one path segment: never a path, never empty. */
export function uploadName(given: string | null): string {
  const last = (given ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const name = clean === '' || clean === '.' || clean === '..' ? 'collé' : clean;
  return name.slice(0, 200);
}

export interface UploadOptions {
  service: CalepinService;
  dataDir: string;
  log?: DispatchLog;
  maxBytes?: number;
}

export type UploadRoute = (url: URL, request: IncomingMessage) => Promise<Result<MediaImportReport> | null>;

/**
 * One upload: the body streamed into a temp folder under the given name, imported, the folder
 * removed. Shared by the web host's route and the Electron shell's `app://calepin/upload/media`.
 */
export async function importUpload(
  options: UploadOptions,
  givenName: string | null,
  body: Readable,
  declaredLength: number,
): Promise<Result<MediaImportReport>> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const log: DispatchLog = options.log ?? { error: () => undefined };
  const name = uploadName(givenName);
  const refusedAs = (reason: string): Result<MediaImportReport> => ({
    ok: true,
    value: { results: [{ file: name, status: 'refused', reason }], items: [] },
  });
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    body.resume();
    return refusedAs('too-large');
  }
  const folder = path.join(options.dataDir, UPLOADS_DIR, nanoid(12));
  const file = path.join(folder, name);
  try {
    await mkdir(folder, { recursive: true });
    try {
      await pipeline(body, capped(maxBytes), createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      if (error instanceof TooLarge) return refusedAs('too-large');
      throw error;
    }
    const result = (await dispatch(
      options.service,
      'media.import',
      { paths: [file] },
      log,
    )) as Result<MediaImportReport>;
    if (!result.ok) return result;
    // The temp path means nothing to the user: each line names the file as it was dropped.
    return { ok: true, value: { ...result.value, results: result.value.results.map((r) => ({ ...r, file: name })) } };
  } finally {
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The web host's route (the server has checked the cookie and the Origin). */
export function mediaUploadRoute(options: UploadOptions): UploadRoute {
  return async (url, request) => {
    if (url.pathname !== UPLOAD_PATH) return null;
    const declared = Number(request.headers['content-length'] ?? Number.NaN);
    return importUpload(options, url.searchParams.get('name'), request, declared);
  };
}
