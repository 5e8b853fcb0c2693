/**
 * Where the renderer loads a library file from. The Electron shell serves media on its own protocol;
 * the web host serves them next to the app. This is the only place that knows the difference.
 */
import type { AppStatus } from '../../../core/api.js';
import type { MediaItem } from '../../../core/model/index.js';

export function mediaUrl(item: Pick<MediaItem, 'sha256'>, host: AppStatus['host']): string {
  return host === 'electron' ? `calepin-media://${item.sha256}` : `media/${item.sha256}`;
}

/**
 * The item's 320 px thumbnail, made on first request and cached by the Node side; relative, so
 * `app://calepin/media/thumb/<sha>` in Electron and the loopback route in the web host. Images only:
 * there is no poster frame for videos (that would need ffmpeg, which Calepin does not ship).
 */
export function thumbnailUrl(item: Pick<MediaItem, 'sha256'>): string {
  return `media/thumb/${item.sha256}`;
}
