import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
} from '../../../electron/shell/windowState.js';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const externalOnRight = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('where the window opens', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      x: 80,
      y: 53,
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      maximized: false,
    });
  });

  it('comes back where it was, maximised if it was', () => {
    const saved = { x: 1600, y: 100, width: 1500, height: 1000, maximized: true };
    expect(placeWindow(saved, [laptop, externalOnRight])).toEqual(saved);
  });

  it('comes back on the primary screen when the screen it was on is gone', () => {
    const placed = placeWindow({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop]);
    expect(placed).toEqual({ x: 120, y: 63, width: 1200, height: 800, maximized: false });
  });

  it('is pulled fully back on screen when it hung over an edge', () => {
    const placed = placeWindow({ x: 1000, y: -200, width: 1200, height: 800, maximized: false }, [laptop]);
    expect(placed).toEqual({ x: 240, y: 25, width: 1200, height: 800, maximized: false });
  });

  it('shrinks to fit a smaller screen, but not below the minimum the layout needs', () => {
    expect(placeWindow({ x: 0, y: 25, width: 3000, height: 2000, maximized: false }, [laptop])).toMatchObject({
      width: 1440,
      height: 875,
    });
    expect(placeWindow({ x: 0, y: 25, width: 200, height: 100, maximized: false }, [laptop])).toMatchObject(MIN_SIZE);
  });

  it('still opens on a screen smaller than the minimum size', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 480 };
    expect(placeWindow({ x: 0, y: 0, width: 1280, height: 820, maximized: false }, [tiny])).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 480,
      maximized: false,
    });
  });
});

describe('the saved state file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through <userData>/window-state.json without leaving temp files', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'calepin-window-'));
    const file = path.join(dir, 'window-state.json');
    saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('treats a missing, corrupt or odd file as no state', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'calepin-window-'));
    const file = path.join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    writeFileSync(file, '{"x": 1, "y"');
    expect(loadWindowState(file)).toBeNull();
    expect(parseWindowState('null')).toBeNull();
    expect(parseWindowState('{"width": "wide", "height": 10}')).toBeNull();
    expect(parseWindowState('{"width": -5, "height": 10}')).toBeNull();
    expect(parseWindowState('{"width": 1e999, "height": 10}')).toBeNull();
  });

  it('keeps the size but forgets a half-saved position', () => {
    expect(parseWindowState('{"x": 5, "width": 1000, "height": 700}')).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('never throws when the folder cannot be written', () => {
    expect(() =>
      saveWindowState('/proc/calepin/window-state.json', { width: 1, height: 1, maximized: false }),
    ).not.toThrow();
  });
});
