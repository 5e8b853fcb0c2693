/**
 * The Electron transport of the Calepin API, main-process side; the only file that uses ipcMain.
 *
 * One `ipcMain.handle` per operation of the contract, on the same channels the preload binds
 * (electron/shell/channels.ts). Every call is checked twice before the service sees it:
 *  1. the sender: the frame that sent it must be the app's own top-level page on app://calepin/
 *     (an iframe, a page navigated elsewhere or a destroyed frame is refused);
 *  2. the payload: `dispatch` validates it against the operation's zod schema.
 *
 * The registrar and the sender check are parameters so that this logic is tested in plain Node,
 * where Electron's binary is not available; `registerElectronIpc` plugs in the real ipcMain.
 */
import { ipcMain } from 'electron';
import type { CalepinService } from '../core/api.js';
import { OPERATION_NAMES } from '../core/api.js';
import { dispatch, type DispatchLog } from './api/dispatch.js';
import { channelOf } from './shell/channels.js';
import { isAppUrl } from './shell/origin.js';

/** The part of Electron's IpcMainInvokeEvent this file relies on. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of Electron's ipcMain this file relies on. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export type SenderCheck = (event: InvokeEventLike) => boolean;

/** The default check: the sender is the top-level frame of a page served from app://calepin/. */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export interface IpcOptions {
  registrar: IpcRegistrar;
  service: CalepinService;
  log: DispatchLog;
  isTrusted?: SenderCheck;
}

/** Registers one handler per operation; returns a function that removes them all. */
export function registerCalepinIpc({ registrar, service, log, isTrusted = isTrustedSender }: IpcOptions): () => void {
  const channels: string[] = [];
  for (const name of OPERATION_NAMES) {
    const channel = channelOf(name);
    registrar.handle(channel, async (event, input) => {
      if (!isTrusted(event)) {
        log.error(`refused ${channel}: the sender is not the Calepin page`, { url: event.senderFrame?.url ?? null });
        // Thrown, not returned as a Result: a foreign page gets a rejection and learns nothing.
        throw new Error('Refused');
      }
      return dispatch(service, name, input, log);
    });
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) registrar.removeHandler(channel);
  };
}

/** Registers the handlers on Electron's ipcMain. */
export function registerElectronIpc(service: CalepinService, log: DispatchLog): () => void {
  return registerCalepinIpc({ registrar: ipcMain, service, log });
}
