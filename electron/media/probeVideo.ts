/**
 * Videos through mediainfo.js (MediaInfoLib in WASM): container, duration, dimensions, frame
 * rate and codecs. The file is handed over in chunks read on demand, so a 2 GB video is never
 * in memory; MediaInfoLib seeks to what it needs (an MP4's moov atom at the end, say).
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { mediaInfoFactory, type MediaInfo, type Track } from 'mediainfo.js';
import { Refusal, VIDEO_FORMATS, type VideoFormat } from './formats.js';

export interface VideoProbe {
  kind: 'video';
  format: VideoFormat;
  mime: string;
  ext: string;
  /** As displayed, after the container's rotation. */
  width: number;
  height: number;
  durationSeconds: number;
  frameRate: number | null;
  videoCodec: string;
  audioCodec: string | null;
  rotation: number;
}

type General = Extract<Track, { '@type': 'General' }>;
type Video = Extract<Track, { '@type': 'Video' }>;
type Audio = Extract<Track, { '@type': 'Audio' }>;

function containerOf(general: General): VideoFormat | null {
  const format = general.Format ?? '';
  const codecId = (general.CodecID ?? '').trim();
  if (format === 'MPEG-4') return codecId === 'qt' ? 'mov' : 'mp4';
  if (format === 'QuickTime') return 'mov';
  if (format === 'WebM') return 'webm';
  return null;
}

function toNumber(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

async function readChunk(handle: FileHandle, size: number, offset: number): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafe(size);
  const { bytesRead } = await handle.read(buffer, 0, size, offset);
  return buffer.subarray(0, bytesRead);
}

/**
 * One MediaInfoLib instance for a batch, made on first use (compiling the WASM takes a moment)
 * and used by one file at a time, as the library requires.
 */
export class VideoProber {
  private instance: Promise<MediaInfo<'object'>> | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  probe(file: string): Promise<VideoProbe> {
    const run = this.turn.then(() => this.probeNow(file));
    this.turn = run.catch(() => undefined);
    return run;
  }

  private async probeNow(file: string): Promise<VideoProbe> {
    this.instance ??= mediaInfoFactory({ format: 'object', chunkSize: 1024 * 1024 });
    const mediainfo = await this.instance;
    const handle = await open(file, 'r');
    let tracks: Track[];
    try {
      const size = (await handle.stat()).size;
      const result = await mediainfo.analyzeData(size, (chunk, offset) => readChunk(handle, chunk, offset));
      tracks = result.media?.track ?? [];
    } finally {
      await handle.close();
    }
    return describe(tracks);
  }

  async close(): Promise<void> {
    const instance = this.instance;
    this.instance = null;
    if (instance) (await instance.catch(() => null))?.close();
  }
}

function describe(tracks: Track[]): VideoProbe {
  const general = tracks.find((t): t is General => t['@type'] === 'General');
  const video = tracks.find((t): t is Video => t['@type'] === 'Video');
  const audio = tracks.find((t): t is Audio => t['@type'] === 'Audio');
  const recognised = tracks.some((t) => t['@type'] !== 'General') || Boolean(general?.Format);
  if (!general || !recognised) throw new Refusal('not-media', 'no media format recognised');
  if (general.extra?.IsTruncated === 'Yes') throw new Refusal('truncated', 'the file ends before its data');
  const format = containerOf(general);
  if (!video) throw new Refusal('unsupported-format', `${general.Format ?? 'unknown'} without a video track`);
  if (!format) throw new Refusal('unsupported-format', `container ${general.Format ?? 'unknown'}`);
  const codedWidth = toNumber(video.Width);
  const codedHeight = toNumber(video.Height);
  const duration = toNumber(general.Duration) ?? toNumber(video.Duration);
  if (!codedWidth || !codedHeight || codedWidth < 1 || codedHeight < 1) throw new Refusal('corrupt', 'no dimensions');
  if (duration === null || duration <= 0) throw new Refusal('corrupt', 'no duration');
  const rotation = Math.round(toNumber(video.Rotation) ?? 0);
  const turned = Math.abs(rotation) % 180 === 90;
  const { mime, ext } = VIDEO_FORMATS[format];
  return {
    kind: 'video',
    format,
    mime,
    ext,
    width: Math.round(turned ? codedHeight : codedWidth),
    height: Math.round(turned ? codedWidth : codedHeight),
    durationSeconds: duration,
    frameRate: toNumber(video.FrameRate),
    videoCodec: video.Format ?? video.CodecID ?? 'unknown',
    audioCodec: audio ? (audio.Format ?? audio.CodecID ?? 'unknown') : null,
    rotation,
  };
}
