/**
 * What start-up downloads, step by step (main.tsx says why there are three):
 * - the entry (main.tsx) and the first frame (paint-first-frame.ts) import no package: the
 *   frame is drawn with the DOM, before React, i18next, the stores or date-fns are loaded;
 * - boot.tsx and the shell with Today, and everything they import statically. zod (about
 *   90 kB) must not be among them: the stores start from section-defaults.ts and the schemas
 *   load with the first form. One value import from a schema file, or zod's own config,
 *   brings all of it back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const START_UP = ['renderer/src/main.tsx', 'renderer/src/boot.tsx', 'renderer/src/app/App.tsx'];
// Static imports and re-exports, not `import type`/`export type` (erased) nor import().
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[\s\S]*?\sfrom\s+)?'([^']+)'/gm;

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const found = ['', '.ts', '.tsx', '/index.ts']
    .map((ext) => base + ext)
    .find((path) => existsSync(path) && !path.endsWith('.css'));
  return found ?? null;
}

/** Every module reached from the entry points, with the chain that reaches each package. */
function startUpGraph(entries: readonly string[] = START_UP): {
  modules: Set<string>;
  packages: Map<string, string>;
} {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const queue = entries.map((path) => resolve(path));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier.endsWith('.css')) continue;
      const next = resolveModule(file, specifier);
      if (next) queue.push(next);
      else if (!specifier.startsWith('.') && !packages.has(specifier))
        packages.set(specifier, relative('.', file));
    }
  }
  return { modules, packages };
}

it('start-up imports no zod: not the library, not its core, not a schema file', () => {
  const { modules, packages } = startUpGraph();
  expect(modules.size).toBeGreaterThan(20);
  const zod = [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'));
  expect(zod, 'zod imported at start-up by').toEqual([]);
  // React is there: the walk does follow the imports.
  expect([...packages.keys()]).toContain('react');
});

it('the entry imports no package: React and the app come once the first frame is painted', () => {
  const { packages } = startUpGraph(['renderer/src/main.tsx']);
  expect([...packages.keys()]).toEqual([]);
});

it('the first frame is the DOM alone: no React, i18next, store, date-fns or zod', () => {
  const { modules, packages } = startUpGraph(['renderer/src/first-frame/paint-first-frame.ts']);
  expect([...packages.keys()]).toEqual([]);
  const reached = [...modules].map((file) => relative('renderer/src', file));
  expect(reached.filter((file) => file.startsWith('state/') || file.startsWith('components/'))).toEqual([]);
  expect(reached).toContain('first-frame/draw-first-frame.ts');
});
