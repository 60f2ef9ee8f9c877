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

/**
 * Lists the first frame's chunks (modulepreload: paint-first-frame.tsx and what it imports,
 * React among them) and their stylesheet in index.html, so they load in parallel with the tiny
 * entry instead of after it runs; without it the stylesheet arrives at run time and the frame
 * can flash unstyled. The app's own chunks are left out on purpose (docs/start-up.md).
 */
function preloadFirstFrame(): Plugin {
  return {
    name: 'passerelle:preload-first-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        const chunks = new Map(
          Object.values(bundle ?? {}).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])),
        );
        const chunkOf = (source: string) => {
          const found = [...chunks.values()].find((c) => c.moduleIds.some((id) => id.endsWith(source)));
          if (!found) throw new Error(`preload-first-frame: no chunk for renderer${source}`);
          return found;
        };
        if (!entry) throw new Error('preload-first-frame: no entry chunk');
        const closure = (name: string, into = new Set<string>()): Set<string> => {
          if (into.has(name)) return into;
          into.add(name);
          for (const imported of chunks.get(name)?.imports ?? []) closure(imported, into);
          return into;
        };
        const loaded = closure(entry.fileName);
        const firstFrame = [...closure(chunkOf('/src/first-frame/paint-first-frame.tsx').fileName)];
        const files = firstFrame.filter((file) => !loaded.has(file));
        const styles = files.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]);
        const link = (rel: string) => (file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        });
        return [...styles.map(link('stylesheet')), ...files.map(link('modulepreload'))];
      },
    },
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
    plugins: [react(), injectContentSecurityPolicy(), preloadFirstFrame()],
    build: {
      outDir: resolve(here, 'out/renderer'),
      minify: true,
      sourcemap: false,
      rolldownOptions: {
        input: { index: resolve(here, 'renderer/index.html') },
        output: {
          // Start-up's chunks, one file per step (docs/start-up.md): fewer requests queued
          // behind each other, and no step waiting on another's code.
          codeSplitting: {
            groups: [
              // Vite's preload helper, which the entry and every chunk call: alone, so that the
              // entry imports nothing else before its requests leave.
              { name: 'preload-helper', priority: 4, test: /vite[\\/]preload-helper/ },
              // React, React DOM, its client and the scheduler: the first frame waits for all four.
              { name: 'react', priority: 3, test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
              // The first frame's own modules, which later chunks share: one file, not five.
              {
                name: 'first-frame',
                priority: 2,
                test: /renderer[\\/]src[\\/](first-frame[\\/]|app[\\/](theme-choice|section-list)|i18n[\\/](shell\.|load-messages))/,
              },
              // The app's start-up code (boot, the shell, the stores: their whole static closure)
              // in one file, fetched once the first frame is up, instead of seventeen.
              { name: 'app', priority: 1, test: /renderer[\\/]src[\\/](boot|app[\\/]App)\.tsx$/ },
            ],
          },
        },
      },
    },
  },
});
