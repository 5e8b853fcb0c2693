/**
 * Where the renderer loads a library file from. The Electron shell serves media on its own protocol;
 * the web host serves them next to the app. This is the only place that knows the difference.
 */
import type { AppStatus } from '../../../core/api.js';
import type { MediaItem } from '../../../core/model/index.js';

export function mediaUrl(item: Pick<MediaItem, 'sha256'>, host: AppStatus['host']): string {
  return host === 'electron' ? `calepin-media://${item.sha256}` : `media/${item.sha256}`;
}
