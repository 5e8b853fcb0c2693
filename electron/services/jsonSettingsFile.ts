/**
 * A small JSON file in the app's data folder (preferences, recent workspaces). Written with the
 * store's durable write, like workspace files. A file that does not parse is moved aside, not
 * overwritten, so a hand edit gone wrong can still be recovered; the app goes on with defaults.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { durableWrite } from '../store/durableWrite.js';
import { parseJsonFile, toJsonText } from '../store/jsonFile.js';
import { fileStamp } from '../store/layout.js';

export interface JsonSettingsFile<T> {
  read(): Promise<T>;
  write(value: T): Promise<void>;
}

export function jsonSettingsFile<T>(
  file: string,
  schema: z.ZodType<T>,
  fallback: () => T,
  clock: () => Date,
): JsonSettingsFile<T> {
  return {
    async read() {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback();
        throw error;
      }
      try {
        return parseJsonFile(bytes, path.basename(file), schema);
      } catch {
        await rename(file, `${file}.corrupt-${fileStamp(clock())}`).catch(() => undefined);
        return fallback();
      }
    },
    async write(value) {
      await mkdir(path.dirname(file), { recursive: true });
      await durableWrite(file, toJsonText(value));
    },
  };
}
