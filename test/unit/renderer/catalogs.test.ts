/** The two catalogs say the same things: same keys, same placeholders, a label for every value the UI translates. */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../core/errors.js';
import {
  MEDIA_KINDS,
  NETWORKS,
  POST_STATUSES,
  PRIORITIES,
  REGISTERS,
  REQUEST_STATUSES,
} from '../../../core/model/index.js';
import { BackupInfo } from '../../../core/api.js';
import { flatten, loadCatalog } from './support/catalogs.js';

const fr = flatten(loadCatalog('fr'));
const en = flatten(loadCatalog('en'));

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogs', () => {
  it('fr.json and en.json have the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
  });

  it('each message uses the same placeholders in both languages', () => {
    const different = [...fr].filter(
      ([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(en.get(key) ?? '')),
    );
    expect(different.map(([key]) => key)).toEqual([]);
  });

  it('no message is empty', () => {
    expect([...fr, ...en].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it.each([
    ['status', POST_STATUSES],
    ['networks', NETWORKS],
    ['networkMarks', NETWORKS],
    ['registers', REGISTERS],
    ['errors', ERROR_CODES],
    ['requests.priority', PRIORITIES],
    ['requests.status', REQUEST_STATUSES],
    ['library.kinds', MEDIA_KINDS],
    ['settings.backups.reasons', BackupInfo.shape.reason.options],
    // The Node side's reasons for a corrupt file (electron/store/jsonFile.ts, CorruptReason) and read-only.
    [
      'errorReasons',
      [
        'empty',
        'zeros',
        'truncated',
        'not-json',
        'null',
        'wrong-shape',
        'WORKSPACE_LOCKED',
        'WORKSPACE_CORRUPT',
        'WORKSPACE_NEWER_SCHEMA',
      ],
    ],
  ] as const)('has a label for every %s value', (prefix, values) => {
    const missing = values.filter((value) => !fr.has(`${prefix}.${value}`) || !en.has(`${prefix}.${value}`));
    expect(missing).toEqual([]);
  });
});
