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
 * Lists the start-up chunks' scripts (modulepreload: boot.tsx, the shell with Today, what they
 * import) and their stylesheets in index.html, so they load in parallel with the tiny entry
 * instead of after it runs (see docs/start-up.md); without it
 * the stylesheet arrives at run time and the loading line can flash unstyled.
 */
function preloadBoot(): Plugin {
  return {
    name: 'passerelle:preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        const chunks = new Map(
          Object.values(bundle ?? {}).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])),
        );
        const chunkOf = (source: string) => {
          const found = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(source));
          if (!found) throw new Error(`preload-boot: no chunk for renderer${source}`);
          return found;
        };
        // boot.tsx and the shell with Today: main.tsx asks for both at once.
        const startUp = [chunkOf('/src/boot.tsx'), chunkOf('/src/app/App.tsx')];
        if (!entry) throw new Error('preload-boot: no entry chunk');
        const closure = (name: string, into = new Set<string>()): Set<string> => {
          if (into.has(name)) return into;
          into.add(name);
          for (const imported of chunks.get(name)?.imports ?? []) closure(imported, into);
          return into;
        };
        const loaded = closure(entry.fileName);
        const needed = startUp.reduce((into, chunk) => closure(chunk.fileName, into), new Set<string>());
        const files = [...needed].filter((file) => !loaded.has(file));
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
    plugins: [react(), injectContentSecurityPolicy(), preloadBoot()],
    build: {
      outDir: resolve(here, 'out/renderer'),
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: { index: resolve(here, 'renderer/index.html') } },
    },
  },
});
