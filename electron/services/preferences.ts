/** The user's own choices (language, theme), kept in `<dataDir>/preferences.json`. */
import path from 'node:path';
import { Preferences } from '../../core/api.js';
import { jsonSettingsFile } from './jsonSettingsFile.js';

export const PREFERENCES_FILE = 'preferences.json';

export interface PreferencesStore {
  get(): Preferences;
  set(patch: Partial<Preferences>): Promise<Preferences>;
}

export async function openPreferences(dataDir: string, clock: () => Date): Promise<PreferencesStore> {
  const file = jsonSettingsFile(path.join(dataDir, PREFERENCES_FILE), Preferences, () => Preferences.parse({}), clock);
  let current = await file.read();
  return {
    get: () => current,
    async set(patch) {
      // Only the keys that were given: `{ theme: undefined }` must not erase a saved theme.
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const next = Preferences.parse({ ...current, ...defined });
      await file.write(next);
      current = next;
      return current;
    },
  };
}
