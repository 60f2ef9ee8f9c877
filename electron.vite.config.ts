import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './main/csp';

const here = dirname(fileURLToPath(import.meta.url));

/** Puts the single CSP (main/csp.ts) into the page as its first <head> element. */
function injectContentSecurityPolicy(): Plugin {
  return {
    name: 'passerelle:csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(here, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or npm packages: one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(here, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'renderer'),
    // The icon (assets/) doubles as the page's favicon.
    publicDir: resolve(here, 'assets'),
    plugins: [react(), injectContentSecurityPolicy()],
    build: {
      outDir: resolve(here, 'out/renderer'),
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: { index: resolve(here, 'renderer/index.html') } },
    },
  },
});
