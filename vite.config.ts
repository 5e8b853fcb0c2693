import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from a custom protocol in Electron and from the loopback server in web
// mode, so asset URLs are relative and nothing is fetched from anywhere else.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // The bundle is read from the local disk, never downloaded: one ~1 MB chunk (zod, Temporal) costs nothing.
    chunkSizeWarningLimit: 2_000,
  },
});
