/**
 * The bridge between the sandboxed renderer and the main process; the only file that imports
 * ipcRenderer. It exposes `window.calepin`: one named function per operation of the contract,
 * each bound to its own channel. There is deliberately no generic `invoke(channel, …)`, so a
 * compromised page can reach the listed operations and nothing else (DESIGN.md §8).
 *
 * Built as one CommonJS bundle (scripts/build-node.mjs): a sandboxed preload cannot load ES modules
 * and can only `require('electron')`. Only the list of names is bundled, not the zod schemas:
 * inputs are validated in the main process, where they arrive.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { OPERATION_NAME_LIST as OPERATION_NAMES } from '../core/apiNames.js';
import type { CalepinBridge, CalepinFilesBridge } from '../core/api.js';
import { channelOf } from './shell/channels.js';

const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of OPERATION_NAMES) {
  const channel = channelOf(name);
  // Only the input crosses; the IPC event never reaches the page.
  bridge[name] = (input: unknown) => ipcRenderer.invoke(channel, input);
}

contextBridge.exposeInMainWorld('calepin', Object.freeze(bridge as CalepinBridge));

// Dropped files: Electron no longer puts `path` on File; webUtils reads it here, in the preload.
const files: CalepinFilesBridge = {
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
};
contextBridge.exposeInMainWorld('calepinFiles', Object.freeze(files));
