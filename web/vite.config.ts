// Builds the single-page app into dist/, which the C++ server serves at "/".
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill is unnecessary for the browsers we support and keeps the
    // output free of anything that could look like an inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev`: forward API calls to a running server (real or mock).
    proxy: {
      '/api': process.env.LEERPLEK_API ?? 'http://127.0.0.1:18080',
    },
  },
});
