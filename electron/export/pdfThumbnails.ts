/**
 * The pictures of a plan book, as data: URIs (the document loads nothing from anywhere). Taken
 * from the app's thumbnail cache when there is one (a 320 px WebP per image), otherwise resized
 * from the original by sharp in memory. Each picture is read once however many cards show it;
 * a missing or unreadable file simply has no thumbnail (its card names it instead).
 */
import { readFile } from 'node:fs/promises';
import type { ExportRow, ExportWorkspace } from '../../core/export/selection.js';
import { ensureThumbnail } from '../media/thumbnails.js';
import { thumbnailPipeline } from '../media/probeImage.js';
import { abs } from '../store/layout.js';
import { STORED_FILE } from '../media/formats.js';

const CONCURRENCY = 4;

export async function planBookThumbnails(
  rows: readonly ExportRow[],
  workspace: ExportWorkspace,
  workspaceDir: string,
  dataDir: string | undefined,
): Promise<Map<string, string>> {
  const items = new Map(workspace.media.map((m) => [m.id as string, m]));
  const wanted = [...new Set(rows.flatMap((r) => r.media.map((m) => m.id)))].flatMap((id) => items.get(id) ?? []);
  const out = new Map<string, string>();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < wanted.length) {
      const item = wanted[next++]!;
      if (item.kind === 'video') continue;
      try {
        let webp: Buffer | null = null;
        if (dataDir) {
          const cached = await ensureThumbnail(dataDir, workspaceDir, item);
          if (cached) webp = await readFile(cached);
        } else if (STORED_FILE.exec(item.file)?.[1] === item.sha256) {
          webp = await thumbnailPipeline(abs(workspaceDir, item.file)).toBuffer();
        }
        if (webp) out.set(item.id, `data:image/webp;base64,${webp.toString('base64')}`);
      } catch {
        // Unreadable: the card shows the media's name in a placeholder instead.
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}
