/**
 * `calepin validate` on media that the networks refuse: files made here with sharp and ffmpeg,
 * imported with the real `calepin media import`, attached to posts, then validated by the built
 * bundle in English, in French and as JSON.
 */
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account, Network } from '../../../core/model/index.js';
import { rulesFor } from '../../../core/networks/index.js';
import { WorkspaceStore } from '../../../electron/store/WorkspaceStore.js';
import { buildCli, runCalepin } from '../../helpers/cli.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempDir, type TempDir } from '../../helpers/tempDir.js';
import { HAS_FFMPEG, jpeg, mp4, png } from '../media/generate.js';

const NB = '\u202F';
let temp: TempDir;
let env: Record<string, string>;
let dir: string;
const handles = new Map<Network, string>();
const fr = { LANG: 'fr_FR.UTF-8' };

/** A PNG of noise, which does not compress: about 3 bytes a pixel. */
async function noisyPng(file: string, side: number): Promise<void> {
  const bytes = await sharp({
    create: {
      width: side,
      height: side,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
  await writeFile(file, bytes);
}

interface ImportLine {
  file: string;
  status: string;
  id: string | null;
}

beforeAll(async () => {
  await buildCli();
  temp = await makeTempDir('calepin-validate-media-');
  env = { CALEPIN_DATA_DIR: temp.join('data') };
  dir = temp.join('Fournils.calepin');
  expect((await runCalepin(['new', dir, '--sample'], { env })).code).toBe(0);

  const files = {
    story: temp.join('Vitrine story.jpg'),
    logo: temp.join('Logo.png'),
    heavy: temp.join('Fournil HD.png'),
    long: temp.join('Pétrissage.mp4'),
  };
  await jpeg(files.story, 1080, 1920);
  await png(files.logo, 600, 600);
  await noisyPng(files.heavy, 1000);
  if (HAS_FFMPEG) await mp4(files.long, 190, { size: '160x90', rate: 1 });
  const paths = Object.values(files).filter((f) => HAS_FFMPEG || f !== files.long);
  const imported = await runCalepin(['media', 'import', '--workspace', dir, ...paths, '--json'], { env });
  expect(imported.code, imported.stderr).toBe(0);
  const ids = new Map(
    imported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ImportLine)
      .map((l) => [l.file, l.id ?? '']),
  );
  const id = (file: string) => ({ mediaId: ids.get(file) ?? '', alt: 'La boutique, un matin.' });

  const store = await WorkspaceStore.open(dir, {
    clock: fixedClock(),
    actor: 'test',
    dataDir: temp.join('data'),
    backups: { enabled: false },
  });
  try {
    const accounts = store.workspace().accounts;
    const on = (network: Network): Account => {
      const found = accounts.find((a) => a.network === network);
      if (found === undefined) throw new Error(`the sample has no ${network} account`);
      handles.set(network, found.handle);
      return found;
    };
    const instagram = on('instagram');
    const bluesky = on('bluesky');
    const x = on('x');
    await store.createPost({
      title: 'Vitrine en story',
      status: 'draft',
      plannedAt: null,
      accounts: [instagram.id],
      masterText: 'Notre vitrine de saison.',
      variants: [{ accountId: instagram.id, media: [id(files.story), id(files.logo)] }],
    });
    await store.createPost({
      title: 'Photo trop lourde',
      status: 'approved',
      plannedAt: null,
      accounts: [bluesky.id],
      masterText: 'Le fournil en grand.',
      variants: [{ accountId: bluesky.id, media: [id(files.heavy)] }],
    });
    if (HAS_FFMPEG) {
      await store.createPost({
        title: 'Vidéo du pétrissage',
        status: 'scheduled',
        plannedAt: null,
        accounts: [x.id],
        masterText: 'Trois minutes au pétrin.',
        variants: [{ accountId: x.id, media: [id(files.long)] }],
      });
    }
  } finally {
    await store.close();
  }
}, 120_000);

afterAll(async () => {
  await temp?.remove();
});

describe('calepin validate on media the networks refuse', () => {
  it('names each misfit with its measure and the limit, in English, and exits 1', async () => {
    const run = await runCalepin(['validate', '--workspace', dir], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const ig = `Vitrine en story · ${handles.get('instagram')} (instagram): `;
    expect(run.stdout).toContain(
      `${ig}Media 1 “Vitrine story.jpg”: ratio 9:16 (1,080${NB}×${NB}1,920), this network takes 4:5 to 1.91:1.\n`,
    );
    expect(run.stdout).toContain(`${ig}Media 2 “Logo.png”: PNG format, this network takes only JPEG.\n`);
    expect(run.stdout).toMatch(
      new RegExp(
        `Photo trop lourde · ${handles.get('bluesky')} \\(bluesky\\): Media 1 “Fournil HD\\.png” weighs \\d+(\\.\\d)? MB, at most 2 MB on this network\\.\\n`,
      ),
    );
    if (HAS_FFMPEG) {
      expect(run.stdout).toContain(
        `Vidéo du pétrissage · ${handles.get('x')} (x): Media 1 “Pétrissage.mp4” lasts 3 min 10 s, at most 2 min 20 s on this network.\n`,
      );
    }
    // Only the posts made here have problems: the sample itself is clean.
    const lines = run.stdout.trimEnd().split('\n');
    expect(
      lines.slice(0, -1).every((l) => /^(Vitrine en story|Photo trop lourde|Vidéo du pétrissage) · /.test(l)),
    ).toBe(true);
    expect(lines.at(-1)).toMatch(new RegExp(`^${HAS_FFMPEG ? 4 : 3} error\\(s\\) and 0 warning\\(s\\)`));
  });

  it('says the same in French, with its typography and decimal mark', async () => {
    const run = await runCalepin(['validate', '--workspace', dir], { env: { ...env, ...fr } });
    expect(run.code).toBe(1);
    const ig = `Vitrine en story · ${handles.get('instagram')} (instagram)${NB}: `;
    expect(run.stdout).toContain(
      `${ig}Le média 1 «${NB}Vitrine story.jpg${NB}»${NB}: proportions 9:16 (1${NB}080${NB}×${NB}1${NB}920), ce réseau accepte de 4:5 à 1,91:1.\n`,
    );
    expect(run.stdout).toContain(
      `${ig}Le média 2 «${NB}Logo.png${NB}»${NB}: format PNG, ce réseau n’accepte que JPEG.\n`,
    );
    expect(run.stdout).toMatch(
      /«\u202FFournil HD\.png\u202F» pèse \d+(,\d)?\u202FMo, 2\u202FMo au plus sur ce réseau\.\n/,
    );
    if (HAS_FFMPEG) {
      expect(run.stdout).toContain(
        `«${NB}Pétrissage.mp4${NB}» dure 3${NB}min 10${NB}s, 2${NB}min 20${NB}s au plus sur ce réseau.\n`,
      );
    }
  });

  it('gives each misfit’s code and values in JSON', async () => {
    const run = await runCalepin(['validate', '--workspace', dir, '--json'], { env });
    expect(run.code).toBe(1);
    const problems = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { title: string; code: string; severity: string; params: Record<string, unknown> });
    const aspect = rulesFor('instagram').media.kinds.image?.aspect;
    expect(problems.find((p) => p.code === 'media_ratio_not_supported')).toMatchObject({
      title: 'Vitrine en story',
      severity: 'error',
      params: {
        index: 0,
        name: 'Vitrine story.jpg',
        width: 1080,
        height: 1920,
        minRatio: aspect?.min,
        maxRatio: aspect?.max,
      },
    });
    expect(problems.find((p) => p.code === 'media_format_not_supported')?.params).toMatchObject({
      index: 1,
      name: 'Logo.png',
      mime: 'image/png',
      accepted: 'image/jpeg',
    });
    const heavy = problems.find((p) => p.code === 'media_file_too_large');
    expect(heavy?.params).toMatchObject({
      name: 'Fournil HD.png',
      maxBytes: rulesFor('bluesky').media.kinds.image?.maxBytes,
    });
    expect(heavy?.params.bytes).toBeGreaterThan(2_000_000);
    if (HAS_FFMPEG) {
      const long = problems.find((p) => p.code === 'media_duration_too_long');
      expect(long?.params).toMatchObject({ name: 'Pétrissage.mp4', maxSeconds: 140 });
      expect(long?.params.seconds).toBeCloseTo(190, 0);
    }
  });
});
