/**
 * The JavaScript a start-up downloads before the Today heading paints, gzipped: the scripts
 * the page actually fetched (Resource Timing) before that frame, whatever the build's shape
 * (the entry and its static imports, the chunks it imports at once, the interface language's
 * strings). Chunks loaded on a section's first visit or prefetched once Today is up are not
 * counted. The preview's own bridge script is not part of the app and is left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

/** `files`: paths under the page's folder, e.g. `assets/index-abc.js`. */
export function initialJavaScript(pageDirectory: string, files: Iterable<string>): InitialJs {
  const unique = [...new Set(files)].sort();
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of unique) {
    const code = readFileSync(join(pageDirectory, file));
    gzipBytes += gzipSync(code).length;
    rawBytes += code.length;
  }
  return { files: unique, gzipBytes, rawBytes };
}

/** Runs in the page once the heading has painted: the app's scripts fetched before `before`. */
export const SCRIPTS_BEFORE = (before: number) => `
  performance.getEntriesByType('resource')
    .filter((entry) => entry.startTime <= ${before} && new URL(entry.name).pathname.endsWith('.js'))
    .map((entry) => new URL(entry.name).pathname.replace(/^\\//, ''))
    .filter((path) => !path.startsWith('__preview/'))
`;
