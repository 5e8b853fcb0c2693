/**
 * Keeps the library's recently shown thumbnails loaded. Chromium's in-memory image cache only holds
 * an image while some element uses it: without this, a card that scrolls out and back in fetches
 * its thumbnail again (from the HTTP cache, through the network service), then decodes and lays it
 * out a second time, a frame or two after the card appeared. An `Image` per recent thumbnail, with
 * the same address, keeps that resource alive, so a card that comes back shows its picture at once.
 */
import type { SyntheticEvent } from 'react';
import { RecentKeeper } from './recentKeeper.js';

/** About ten screens of cards; a thumbnail is a few kilobytes of WebP. */
const KEPT = 1_000;

const kept = new RecentKeeper<HTMLImageElement>(KEPT);

/** `onLoad` of a thumbnail `<img>`: one stable function, so memoised cards keep their props. */
export function keepLoadedThumbnail(event: SyntheticEvent<HTMLImageElement>): void {
  const src = event.currentTarget.currentSrc || event.currentTarget.src;
  if (!src) return;
  kept.keep(src, () => {
    const image = new Image();
    image.src = src;
    return image;
  });
}
