/**
 * The mini-month's folded state is the user's, like the calendar's view: kept in the data folder's
 * preferences, read back by the next launch, and left alone when another preference changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../core/api.js';
import { dispatch } from '../../../electron/api/dispatch.js';
import { createCalepinService, type CalepinServiceHandle } from '../../../electron/services/createService.js';
import { fixedClock } from '../../helpers/clock.js';
import { makeTempWorkspace, type TempWorkspace } from '../../helpers/workspace.js';

let ws: TempWorkspace | null = null;
const handles: CalepinServiceHandle[] = [];

async function launch(dir: TempWorkspace): Promise<CalepinServiceHandle> {
  const handle = createCalepinService({
    dataDir: dir.dataDir,
    host: 'web',
    systemLocale: 'fr',
    clock: fixedClock(),
    open: { path: dir.dir },
    backups: { enabled: false },
  });
  handles.push(handle);
  await handle.ready;
  return handle;
}

async function setPreferences(handle: CalepinServiceHandle, input: unknown): Promise<AppStatus> {
  const result = await dispatch(handle.service, 'app.setPreferences', input, { error: () => undefined });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as AppStatus;
}

afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close();
  await ws?.remove();
});

describe('the mini-month preference', () => {
  it('folded stays folded after the calendar moves and after a new launch', async () => {
    ws = await makeTempWorkspace({ sample: true });
    const first = await launch(ws);
    await setPreferences(first, { miniMonth: { collapsed: true } });
    const status = await setPreferences(first, { calendar: { view: 'month', date: '2026-03-01' } });
    expect(status.preferences.miniMonth).toEqual({ collapsed: true });
    await first.close();
    handles.splice(0);

    const second = await launch(ws);
    const reopened = await setPreferences(second, { theme: 'dark' });
    expect(reopened.preferences).toMatchObject({
      theme: 'dark',
      miniMonth: { collapsed: true },
      calendar: { view: 'month', date: '2026-03-01' },
    });
  });

  it('a folded state that is not a yes or no is refused', async () => {
    ws = await makeTempWorkspace({ sample: true });
    const handle = await launch(ws);
    await expect(setPreferences(handle, { miniMonth: { collapsed: 'maybe' } })).rejects.toThrow();
    expect((await setPreferences(handle, {})).preferences.miniMonth).toBeUndefined();
  });
});
