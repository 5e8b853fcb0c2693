/**
 * How much CPU the page's threads spent while `run` went on, read from a Chromium trace (each task's
 * thread time, not its wall time). On a busy machine frame intervals mostly measure the other
 * processes; the CPU a frame costs the page does not, so it compares two versions fairly.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/** Milliseconds of CPU per thread kind of the page's renderer: main, raster workers, compositor. */
export interface PageCpu {
  main: number;
  raster: number;
  compositor: number;
}

export async function pageCpuDuring<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; cpu: PageCpu }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
  });
  const result = await run();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();

  const threadNames = new Map<string, string>();
  for (const event of events)
    if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  // The page's renderer is the process whose main thread ran the most tasks.
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask');
  const perMain = new Map<number, number>();
  for (const task of tasks)
    if (threadNames.get(`${task.pid}:${task.tid}`) === 'CrRendererMain')
      perMain.set(task.pid, (perMain.get(task.pid) ?? 0) + 1);
  const renderer = [...perMain].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cpu: PageCpu = { main: 0, raster: 0, compositor: 0 };
  for (const event of events) {
    if (event.pid !== renderer || event.ph !== 'X') continue;
    const thread = threadNames.get(`${event.pid}:${event.tid}`) ?? '';
    const ms = (event.tdur ?? 0) / 1000;
    if (event.name === 'ThreadControllerImpl::RunTask' && thread === 'CrRendererMain') cpu.main += ms;
    else if (event.name === 'ThreadControllerImpl::RunTask' && thread === 'Compositor') cpu.compositor += ms;
    else if (event.name === 'ThreadPool_RunTask' && thread.startsWith('ThreadPoolForegroundWorker')) cpu.raster += ms;
  }
  return { result, cpu };
}
