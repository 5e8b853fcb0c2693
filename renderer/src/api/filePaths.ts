/** The Electron preload's `window.calepinFiles` (core/api.ts CalepinFilesBridge); absent in the web host. */
import type { CalepinFilesBridge } from '../../../core/api.js';

declare global {
  interface Window {
    calepinFiles?: CalepinFilesBridge;
  }
}

export {};
