/**
 * A wheel scroll as a user makes one, and what became of each frame by Chromium's own count.
 *
 * The gesture is Chromium's (CDP `Input.synthesizeScrollGesture`: wheel events at a steady speed,
 * scrolled by the compositor when the page lets it), not a script setting `scrollTop` on each
 * animation frame, which makes the main thread do every frame's scrolling. Each frame's fate is
 * read from Chromium's frame reporter (the `PipelineReporter` trace events behind DevTools' frames
 * track), one entry per display frame while the page scrolls:
 * - dropped: nothing new was shown at that frame;
 * - late drawing: the frame showed the new scroll position, but without the main thread's drawing
 *   for it (rows a virtual list adds as it scrolls); Chromium counts these against smoothness when
 *   the page updates as it scrolls. Lines drawn ahead of the screen fill the view meanwhile;
 * - blank: part of the view had no content yet (checkerboard).
 */
import type { Page } from 'playwright-core';

export interface WheelFrames {
  /** Display frames while the page scrolled. */
  frames: number;
  dropped: number;
  lateDrawing: number;
  blank: number;
  /** How far the scroller went (px). */
  scrolled: number;
}

interface FrameReport {
  state?: string;
  affects_smoothness?: boolean;
  scroll_state?: string;
  frame_sequence?: number;
  has_missing_content?: boolean;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  args?: { frame_reporter?: FrameReport };
}

/** Worst first: a display frame reported twice (compositor and main thread) counts once, at its worst. */
const enum Fate {
  Presented = 0,
  LateDrawing = 1,
  Dropped = 2,
}

function fateOf(report: FrameReport): Fate {
  if (report.state === 'STATE_DROPPED') return Fate.Dropped;
  if (report.state === 'STATE_PRESENTED_PARTIAL' && report.affects_smoothness) return Fate.LateDrawing;
  return Fate.Presented;
}

/** Scrolls `selector` down by wheel from its top, `distance` px at `speed` px/s; every frame's fate. */
export async function wheelScroll(
  page: Page,
  selector: string,
  { distance, speed }: { distance: number; speed: number },
): Promise<WheelFrames> {
  const scroller = page.locator(selector);
  // Back to the top, and the lines there drawn, before the gesture starts.
  await scroller.evaluate(async (element) => {
    element.scrollTop = 0;
    for (let frame = 0; frame < 5; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  const box = (await scroller.boundingBox())!;
  const browser = page.context().browser()!;
  const tracing = await browser.newBrowserCDPSession();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  tracing.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  try {
    await tracing.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['cc'] } });
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(box.x + box.width / 2),
      y: Math.round(box.y + box.height / 2),
      yDistance: -distance,
      speed,
      gestureSourceType: 'mouse',
    });
    const complete = new Promise<void>((resolve) => tracing.once('Tracing.tracingComplete', () => resolve()));
    await tracing.send('Tracing.end');
    await complete;
  } finally {
    await cdp.detach();
    await tracing.detach();
  }
  const worst = new Map<string, Fate>();
  const blank = new Set<string>();
  for (const event of events) {
    const report = event.args?.frame_reporter;
    if (event.name !== 'PipelineReporter' || event.ph !== 'b' || !report) continue;
    // Only the frames of the scroll (other pages of the browser do not scroll meanwhile).
    if (report.scroll_state === undefined || report.scroll_state === 'SCROLL_NONE') continue;
    const key = `${event.pid}:${report.frame_sequence}`;
    if (report.has_missing_content) blank.add(key);
    worst.set(key, Math.max(worst.get(key) ?? Fate.Presented, fateOf(report)));
  }
  const fates = [...worst.values()];
  return {
    frames: fates.length,
    dropped: fates.filter((fate) => fate === Fate.Dropped).length,
    lateDrawing: fates.filter((fate) => fate === Fate.LateDrawing).length,
    blank: blank.size,
    scrolled: await scroller.evaluate((element) => element.scrollTop),
  };
}

/**
 * Two wheel scrolls from the top, each as far and as fast as a scripted scroll of `frames` frames
 * moving `step` px a frame at 60 Hz (so both ways of scrolling cover the same ground), their frames
 * added up.
 */
export async function wheelTwice(
  page: Page,
  selector: string,
  scripted: { frames: number; step: number },
): Promise<WheelFrames> {
  const pace = { distance: scripted.frames * scripted.step, speed: scripted.step * 60 };
  const a = await wheelScroll(page, selector, pace);
  const b = await wheelScroll(page, selector, pace);
  return {
    frames: a.frames + b.frames,
    dropped: a.dropped + b.dropped,
    lateDrawing: a.lateDrawing + b.lateDrawing,
    blank: a.blank + b.blank,
    scrolled: a.scrolled + b.scrolled,
  };
}
