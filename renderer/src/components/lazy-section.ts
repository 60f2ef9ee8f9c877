/**
 * A section's chunk and its screens as React.lazy components. Once the chunk is loaded (a
 * visit or the idle prefetch), its screens render at once: the lazy factory then hands React
 * a thenable that resolves synchronously, so there is no fallback frame on the first visit.
 */
import { lazy, type ComponentType } from 'react';

export interface SectionChunk<Module> {
  /** Loads (once) and evaluates the chunk. */
  load: () => Promise<Module>;
  /** The chunk's exports if it has been loaded. */
  loaded: () => Module | undefined;
}

export function sectionChunk<Module>(importChunk: () => Promise<Module>): SectionChunk<Module> {
  let module: Module | undefined;
  let loading: Promise<Module> | null = null;
  return {
    load: () =>
      (loading ??= importChunk().then(
        (value) => (module = value),
        (error: unknown) => {
          loading = null; // a failed load may be retried on the next visit
          throw error;
        },
      )),
    loaded: () => module,
  };
}

type PropsOf<T> = T extends ComponentType<infer Props> ? Props : never;

export function lazyScreen<Module, Name extends keyof Module>(
  chunk: SectionChunk<Module>,
  name: Name,
): ComponentType<PropsOf<Module[Name]>> {
  const screen = (module: Module) => ({ default: module[name] as ComponentType<PropsOf<Module[Name]>> });
  return lazy(() => {
    const module = chunk.loaded();
    if (module === undefined) return chunk.load().then(screen);
    // React reads a thenable that calls back at once as already resolved.
    const ready = screen(module);
    return { then: (resolve: (value: typeof ready) => void) => resolve(ready) } as Promise<typeof ready>;
  });
}
