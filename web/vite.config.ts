import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer is a static bundle served by diachi's own Express app at `/` (src/http/serveExplorer.ts).
// Everything is bundled from node_modules: no CDN, no runtime download, no inline script (the app
// runs under a same-origin Content-Security-Policy).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The module-preload polyfill would be inlined into index.html; every browser that runs the
    // explorer supports <link rel=modulepreload> natively.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/explorer-config.json': 'http://127.0.0.1:4000' } },
});
