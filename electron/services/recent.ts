/**
 * The recent workspaces, newest first, in `<dataDir>/recent.json`. Folders that are gone (deleted,
 * on an unplugged disk) are left out when the list is read, so the menu never offers a dead end.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RecentWorkspace } from '../../core/api.js';
import { WORKSPACE_FILE } from '../store/layout.js';
import { jsonSettingsFile } from './jsonSettingsFile.js';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;

export interface RecentList {
  list(): Promise<RecentWorkspace[]>;
  /** Puts `folder` first (once), trims the list to ten, and saves it. */
  add(folder: string, name: string): Promise<RecentWorkspace[]>;
}

export function recentList(dataDir: string, clock: () => Date): RecentList {
  const file = jsonSettingsFile(path.join(dataDir, RECENT_FILE), z.array(RecentWorkspace), () => [], clock);
  const alive = (entry: RecentWorkspace) => existsSync(path.join(entry.path, WORKSPACE_FILE));

  return {
    async list() {
      return (await file.read()).filter(alive).slice(0, MAX_RECENT);
    },
    async add(folder, name) {
      const resolved = path.resolve(folder);
      const others = (await file.read()).filter((entry) => path.resolve(entry.path) !== resolved && alive(entry));
      const next = [{ path: resolved, name, openedAt: clock().toISOString() }, ...others].slice(0, MAX_RECENT);
      await file.write(next);
      return next;
    },
  };
}
