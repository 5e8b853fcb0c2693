// The packagers cannot run here (no Electron binary), so the packaging config is checked the way
// electron-builder would read it: parsed as YAML and validated against electron-builder's own JSON
// schema, then the settings that carry security or platform promises are asserted one by one.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (it reads this file with it); it has no types of its own here.
const yaml = require('js-yaml') as { load(text: string): unknown };

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  files: string[];
  linux: { target: string[]; category: string; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; fileAssociations: Array<Record<string, unknown>> };
  directories: { output: string; buildResources: string };
};

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
// strict: false because the schema uses keywords of its own (e.g. "tsType") that Ajv does not know.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('electron-builder.yml', () => {
  it('is valid for electron-builder’s own schema', () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a misspelt key (the schema is strict, so the check above means something)', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, linux: { ...config.linux, categroy: 'Office' } })).toBe(false);
  });

  it('names the app and puts the packages in release/', () => {
    expect(config.appId).toBe('app.calepin.studio');
    expect(config.productName).toBe('Calepin');
    expect(config.directories.output).toBe('release');
    expect(config.asar).toBe(true);
  });

  it('flips the Electron fuses that close the doors a packaged app does not need', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds AppImage and deb for Linux (Office), nsis for Windows and dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('uses icons that exist in assets/', () => {
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon])
      expect(existsSync(path.join(root, icon)), icon).toBe(true);
    expect(existsSync(path.join(root, config.linux.icon, '512x512.png'))).toBe(true);
    expect(readFileSync(path.join(root, config.mac.icon)).subarray(0, 4).toString('ascii')).toBe('icns');
    expect(readFileSync(path.join(root, config.win.icon)).readUInt16LE(2)).toBe(1);
  });

  it('makes a .calepin folder a Calepin document on macOS', () => {
    expect(config.mac.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'calepin', isPackage: true, role: 'Editor' }),
    ]);
  });

  it('packs the built app, not the sources', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']),
    );
    expect(config.files.some((pattern) => /^(core|electron|renderer|test)\//.test(pattern))).toBe(false);
  });
});
