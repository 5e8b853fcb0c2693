/**
 * The PDF plan book printed for real by Debian's Chromium from real workspaces, then read back
 * with poppler: every exported post is in the text, the paper is A4 in both orientations, the
 * cover names the selection and its version, and hostile text prints as text.
 *
 * CALEPIN_KEEP_PDF=<dir> keeps the PDFs and their pages as PNGs there, to look at them.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_BOOK_STRINGS } from '../../../core/export/planBook/strings.js';
import type { PostStatus } from '../../../core/model/index.js';
import { runExport } from '../../../electron/export/runExport.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { A4, foldSpace, pdfInfo, pdfPages, pdfText } from '../../helpers/pdf.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

const KEEP = process.env.CALEPIN_KEEP_PDF;
const ALL_PLANNED: PostStatus[] = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published'];
const NOW = new Date('2026-03-10T09:00:00Z');

let ws: TempWorkspace;
let store: WorkspaceStore;
let temp: TempDir;

async function keep(file: string): Promise<void> {
  if (!KEEP) return;
  await mkdir(KEEP, { recursive: true });
  await copyFile(file, path.join(KEEP, path.basename(file)));
  await pdfPages(file, KEEP, 60);
}

beforeAll(async () => {
  ws = await makeTempWorkspace({ sample: true });
  store = await WorkspaceStore.open(ws.dir, ws.storeOptions({ readOnly: true }));
  temp = await makeTempDir('calepin-pdf-');
});
afterAll(async () => {
  await store.close();
  await ws.remove();
  await temp.remove();
});

describe('the plan book of the sample', () => {
  it('in French, portrait: every exported post and account is in the text, on A4', async () => {
    const out = temp.join('plan-fr.pdf');
    const result = await runExport('pdf', {
      store,
      selection: { from: '2026-03-01', to: '2026-04-30', statuses: ALL_PLANNED, locale: 'fr' },
      out,
      now: NOW,
      dataDir: ws.dataDir,
    });
    await keep(out);
    expect(result.rows).toBeGreaterThan(40);

    const text = await pdfText(out);
    const s = PLAN_BOOK_STRINGS.fr;
    expect(text).toContain('Plan de publication');
    expect(text).toContain('Les Fournils de Saône');
    expect(text).toContain('01/03/2026 → 30/04/2026');
    expect(text).toContain(result.version);
    expect(text).toContain(foldSpace(s.validatedBy));
    expect(text).toContain('Mars 2026');
    expect(text).toContain('Avril 2026');
    // Every post, for every account it goes to: its opening words and the account's name.
    const posts = await Promise.all(
      store
        .listPosts()
        .filter((p) => p.plannedAt !== null)
        .map((p) => store.getPost(p.id)),
    );
    let checked = 0;
    for (const post of posts) {
      const planned = post.plannedAt!.slice(0, 10);
      if (planned < '2026-03-01' || planned > '2026-04-30' || !ALL_PLANNED.includes(post.status)) continue;
      const words = foldSpace(post.title || post.masterText)
        .slice(0, 40)
        .trim();
      expect(text, `post ${post.id}`).toContain(words);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
    for (const account of store.info().accounts) expect(text).toContain(account.displayName);

    const info = await pdfInfo(out);
    expect(info.width).toBeCloseTo(A4.short, 0);
    expect(info.height).toBeCloseTo(A4.long, 0);
    // Cover, two month spreads, then at least one page per week with posts.
    expect(info.pages).toBeGreaterThanOrEqual(1 + 2 + 8);
  });

  it('in English, landscape: English words and A4 turned sideways', async () => {
    const out = temp.join('plan-en.pdf');
    const result = await runExport('pdf', {
      store,
      selection: { from: '2026-03-01', to: '2026-03-31', locale: 'en' },
      out,
      profile: 'landscape',
      now: NOW,
    });
    await keep(out);
    const text = await pdfText(out);
    expect(text).toContain('Publishing plan');
    expect(text).toContain('2026-03-01 → 2026-03-31');
    expect(text).toContain('Approved, Scheduled');
    expect(text).toContain('March 2026');
    expect(text).not.toContain('Plan de publication');
    expect(result.rows).toBeGreaterThan(0);
    const info = await pdfInfo(out);
    expect(info.width).toBeCloseTo(A4.long, 0);
    expect(info.height).toBeCloseTo(A4.short, 0);
  });
});

describe('hostile text', () => {
  it('prints HTML, emoji, right-to-left and control characters as text, loading nothing', async () => {
    const dir = await makeTempDir('calepin-hostile-');
    try {
      const open = await WorkspaceStore.create(
        dir.join('Hostile.calepin'),
        {
          name: 'Agence <b>gras</b> & « Cie »',
          settings: { zone: 'Europe/Paris', locale: 'fr' },
          seed: {
            workspace: {
              accounts: [
                {
                  id: 'acc-1',
                  network: 'instagram',
                  handle: '@evil"><script>',
                  displayName: 'Compte <i>italique</i>',
                  register: 'merchant',
                  zone: 'Europe/Paris',
                  colour: '#aa3366',
                },
              ],
            },
          },
        },
        { clock: () => NOW, actor: 'test', dataDir: dir.join('data'), backups: { enabled: false } },
      );
      const texts = [
        '<script>alert("x")</script><img src="http://example.com/t.png"> fin du test',
        'Bonjour 👩‍👩‍👧 🇫🇷 et مرحبا بالعالم puis שלום retour au français',
        'Contrôle\u0007cloche\u001béchap\u202eRENVERSÉ\u202c fin',
      ];
      for (const [i, text] of texts.entries()) {
        await open.createPost({
          status: 'approved',
          plannedAt: `2026-03-1${i + 1}T09:00:00.000Z`,
          zone: 'Europe/Paris',
          accounts: ['acc-1'],
          masterText: text,
        } as never);
      }
      const out = temp.join('hostile.pdf');
      const result = await runExport('pdf', {
        store: open,
        selection: { from: '2026-03-01', to: '2026-03-31', locale: 'fr' },
        out,
        now: NOW,
      });
      await open.close();
      await keep(out);
      expect(result.rows).toBe(3);
      const text = await pdfText(out);
      expect(text).toContain('Agence <b>gras</b> & « Cie »');
      expect(text).toContain('<script>alert("x")</script><img src="http://example.com/t.png"> fin du test');
      expect(text).toContain('Compte <i>italique</i>');
      expect(text).toContain('مرحبا بالعالم');
      expect(text).toContain('שלום');
      // The escape is shown as its control picture (␛), not passed to the PDF as a raw control.
      expect(text).toContain('cloche␛échap');
      expect(text).not.toContain('\u0007');
      expect(text).not.toContain('\u001b');
    } finally {
      await dir.remove();
    }
  });
});

describe('no partial output', () => {
  it('a printer that fails leaves no file, and keeps an older one untouched', async () => {
    const out = temp.join('failing.pdf');
    await expect(
      runExport('pdf', {
        store,
        selection: {},
        out,
        now: NOW,
        printer: () => Promise.reject(new Error('boom')),
      }),
    ).rejects.toThrow('boom');
    expect((await readdir(temp.path)).filter((f) => f.includes('failing'))).toEqual([]);
  });
});
