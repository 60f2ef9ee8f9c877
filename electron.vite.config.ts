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
      rolldownOptions: {
        input: { index: resolve(here, 'renderer/index.html') },
        output: {
          // Start-up's chunks, one file per step (docs/start-up.md): fewer requests queued
          // behind each other, and no step waiting on another's code. index.html lists only the
          // first frame's (Vite adds the entry's imports); React and the app are fetched once
          // that frame is painted: listed there, their download and compile delayed the frame
          // by about 60 ms and brought Today's content no sooner.
          codeSplitting: {
            groups: [
              // The first frame's modules, which later chunks share, and Vite's preload helper,
              // which the entry calls: one file the entry waits for, instead of six.
              {
                name: 'first-frame',
                priority: 3,
                test: /renderer[\\/]src[\\/](start-loading|first-frame[\\/]|app[\\/](theme-choice|section-list)|i18n[\\/](shell\.|load-messages))|vite[\\/]preload-helper/,
              },
              // React, React DOM, its client and the scheduler: the app waits for all four.
              { name: 'react', priority: 2, test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              // The app's start-up code (boot, the shell, the stores: their whole static closure)
              // in one file instead of seventeen.
              { name: 'app', priority: 1, test: /renderer[\\/]src[\\/](boot|app[\\/]App)\.tsx$/ },
            ],
          },
        },
      },
    },
  },
});
