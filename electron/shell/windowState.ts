/**
 * Where the window was: `<userData>/window-state.json`, read at start and written when the window
 * closes. Screens change between sessions (a laptop leaves its dock), so a saved position is only
 * reused if it still lands on a screen, and the window is pulled fully inside that screen's work
 * area; otherwise it opens centred on the primary screen. Pure apart from the two file helpers.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let Electron centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Anything that is not a well-formed state (hand-edited, truncated, older shape) counts as none. */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { x, y, width, height, maximized } = data as Record<string, unknown>;
  if (!finite(width) || !finite(height) || width <= 0 || height <= 0) return null;
  const state: WindowState = { width: Math.round(width), height: Math.round(height), maximized: maximized === true };
  if (finite(x) && finite(y)) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * The bounds to open with, given the saved state and the screens' work areas now (the primary
 * first). The result always fits on one screen.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const wanted = saved ?? { ...DEFAULT_SIZE, maximized: false };

  let screen = primary;
  let keepPosition = false;
  if (wanted.x !== undefined && wanted.y !== undefined) {
    const bounds = { x: wanted.x, y: wanted.y, width: wanted.width, height: wanted.height };
    let best = 0;
    for (const area of workAreas) {
      const shared = overlap(bounds, area);
      if (shared > best) {
        best = shared;
        screen = area;
      }
    }
    keepPosition = best > 0;
  }

  const width = clamp(wanted.width, Math.min(MIN_SIZE.width, screen.width), screen.width);
  const height = clamp(wanted.height, Math.min(MIN_SIZE.height, screen.height), screen.height);
  if (!keepPosition || wanted.x === undefined || wanted.y === undefined) {
    return {
      x: Math.round(screen.x + (screen.width - width) / 2),
      y: Math.round(screen.y + (screen.height - height) / 2),
      width,
      height,
      maximized: wanted.maximized,
    };
  }
  return {
    x: clamp(wanted.x, screen.x, screen.x + screen.width - width),
    y: clamp(wanted.y, screen.y, screen.y + screen.height - height),
    width,
    height,
    maximized: wanted.maximized,
  };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Written through a unique temp file and a rename, so a crash never leaves half a file. No fsync:
 * losing the last window position to a power cut is harmless, and this runs while the app quits.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, JSON.stringify(state) + '\n');
    renameSync(temp, file);
  } catch {
    // The window state is a convenience; never let it stop the app from quitting.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more to do.
    }
  }
}
