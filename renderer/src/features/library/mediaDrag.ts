/**
 * Dragging library items inside the app: the Médiathèque's cards and the composer's strip put the
 * ids under MEDIA_DRAG_TYPE; a drop target (a variant's media, a calendar day) reads them back.
 * The calendar accepts it by checking `hasMediaDrag(event)` in dragover (then preventDefault) and
 * calling `actions().startDraftWithMedia(readMediaDrag(event), 'YYYY-MM-DD')` on drop.
 */
import type { DragEvent } from 'react';

export const MEDIA_DRAG_TYPE = 'application/x-calepin-media';

type AnyDragEvent = Pick<DragEvent, 'dataTransfer'> | Pick<globalThis.DragEvent, 'dataTransfer'>;

export function startMediaDrag(event: AnyDragEvent, ids: readonly string[]): void {
  const transfer = event.dataTransfer;
  if (!transfer) return;
  transfer.setData(MEDIA_DRAG_TYPE, JSON.stringify(ids));
  transfer.effectAllowed = 'copy';
}

export function hasMediaDrag(event: AnyDragEvent): boolean {
  return event.dataTransfer?.types.includes(MEDIA_DRAG_TYPE) ?? false;
}

/** The ids dragged, or [] for anything else (a text, a file from the OS, a malformed payload). */
export function readMediaDrag(event: AnyDragEvent): string[] {
  const raw = event.dataTransfer?.getData(MEDIA_DRAG_TYPE) ?? '';
  try {
    const ids: unknown = JSON.parse(raw);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id.length <= 64) : [];
  } catch {
    return [];
  }
}

/** Files dragged in from the OS (not a drag that started inside the page). */
export function hasOsFiles(event: AnyDragEvent): boolean {
  return (event.dataTransfer?.types.includes('Files') ?? false) && !hasMediaDrag(event);
}
